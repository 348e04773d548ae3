// `telisik clients create|list|revoke` against a DuckDB store file: the key is printed
// once and works (its hash is what the store holds), revocation shows in the listing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hashApiKey } from '../../api/auth/api-key.js';
import { openOpsStore } from '../../api/store/open-store.js';
import { register } from './clients.js';

const dir = mkdtempSync(join(tmpdir(), 'telisik-clients-'));
const store = `duckdb:${join(dir, 'ops.duckdb')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<string> {
  const program = new Command('telisik').exitOverride();
  register(program);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  const table = vi.spyOn(console, 'table').mockImplementation((rows: unknown) => void lines.push(JSON.stringify(rows)));
  try {
    await program.parseAsync(['node', 'telisik', ...args, '--store', store]);
  } finally {
    log.mockRestore();
    table.mockRestore();
  }
  return lines.join('\n');
}

describe('telisik clients', () => {
  it('creates a client, prints its key once, lists and revokes it', async () => {
    const out = await cli('clients', 'create', '--name', 'Bank Digital Nusantara', '--role', 'bank');
    const key = /api key: (\S+)/.exec(out)?.[1];
    const id = /client (\S+) \(bank\)/.exec(out)?.[1];
    expect(key).toMatch(/^tlk_/);
    expect(id).toBeDefined();

    const opened = await openOpsStore(store);
    expect((await opened.findClientByKeyHash(hashApiKey(key ?? '')))?.id).toBe(id);
    await opened.close();

    const listed = await cli('clients', 'list');
    expect(listed).toContain('Bank Digital Nusantara');
    expect(listed).not.toContain(key);

    expect(await cli('clients', 'revoke', id ?? '')).toContain('revoked at');
    expect(JSON.parse(await cli('clients', 'list'))[0].revoked).not.toBe('');
  });

  it('refuses an unknown role', async () => {
    await expect(cli('clients', 'create', '--name', 'x', '--role', 'boss')).rejects.toThrow(/--role must be one of/);
  });
});
