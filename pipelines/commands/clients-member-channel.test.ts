// `telisik clients create --role member_channel`: the member app gets a key of its own role
// (consents and the access log), so it needs no admin key.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, expect, it, vi } from 'vitest';
import { hashApiKey } from '../../api/auth/api-key.js';
import { openOpsStore } from '../../api/store/open-store.js';
import { register } from './clients.js';

const dir = mkdtempSync(join(tmpdir(), 'telisik-clients-mc-'));
const store = `duckdb:${join(dir, 'ops.duckdb')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('creates a member_channel client whose key resolves to that role', async () => {
  const program = new Command('telisik').exitOverride();
  register(program);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  try {
    await program.parseAsync([
      'node',
      'telisik',
      'clients',
      'create',
      '--name',
      'Aplikasi JMO',
      '--role',
      'member_channel',
      '--store',
      store,
    ]);
  } finally {
    log.mockRestore();
  }
  const out = lines.join('\n');
  expect(out).toMatch(/client \S+ \(member_channel\) "Aplikasi JMO"/);
  const key = /api key: (\S+)/.exec(out)?.[1] ?? '';
  const opened = await openOpsStore(store);
  try {
    expect(await opened.findClientByKeyHash(hashApiKey(key))).toMatchObject({
      name: 'Aplikasi JMO',
      role: 'member_channel',
      revokedAt: null,
    });
  } finally {
    await opened.close();
  }
});
