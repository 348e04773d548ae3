// `telisik ingest` and `telisik warehouse summary` end to end through commander, with
// plain progress lines (stdout is not a terminal under vitest).
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contribution, toCsv, workspace } from '../../features/ingest/testing/fixtures.js';
import type { Workspace } from '../../features/ingest/testing/fixtures.js';
import { register as registerIngest } from './ingest.js';
import { register as registerWarehouse } from './warehouse.js';

let ws: Workspace | undefined;
afterEach(() => {
  ws?.remove();
  process.exitCode = undefined;
});

async function telisik(args: string[]): Promise<string[]> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    lines.push(a.join(' '));
  });
  const warn = vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => {
    lines.push(a.join(' '));
  });
  try {
    const program = new Command('telisik').exitOverride();
    registerIngest(program);
    registerWarehouse(program);
    await program.parseAsync(args, { from: 'user' });
  } finally {
    log.mockRestore();
    warn.mockRestore();
  }
  return lines;
}

describe('telisik ingest / warehouse summary', () => {
  it('ingests a directory with the demo key, then summarises the warehouse', async () => {
    ws = workspace();
    ws.write('contributions.csv', toCsv('contributions', [contribution(0), contribution(1), contribution(2, { amount_paid: -3 })]));
    const out = await telisik(['ingest', ws.dir, '--db', ws.dbPath, '--demo-key']);
    expect(out.some((l) => l.includes('public demo key'))).toBe(true);
    expect(out).toContain(`ingest: [1/1] ${ws.dir}/contributions.csv`);
    expect(out.some((l) => /contributions\s+loaded\s+read 3, loaded 2, quarantined 1/.test(l))).toBe(true);
    expect(process.exitCode).toBeUndefined();

    const again = await telisik(['ingest', ws.dir, '--db', ws.dbPath, '--demo-key']);
    expect(again.some((l) => /skipped\s+already loaded as file 1: nothing added/.test(l))).toBe(true);

    const summary = (await telisik(['warehouse', 'summary', '--db', ws.dbPath])).join('\n');
    expect(summary).toMatch(/raw_contributions\s+2/);
    expect(summary).toMatch(/contributions\s+negative_amount\s+1/);
  });

  it('refuses to run without a key unless --demo-key is given', async () => {
    ws = workspace();
    ws.write('contributions.csv', toCsv('contributions', [contribution(0)]));
    const saved = process.env['TELISIK_PSEUDONYM_KEY'];
    delete process.env['TELISIK_PSEUDONYM_KEY'];
    try {
      await expect(telisik(['ingest', ws.dir, '--db', ws.dbPath])).rejects.toThrow(/TELISIK_PSEUDONYM_KEY is not set/);
    } finally {
      if (saved !== undefined) process.env['TELISIK_PSEUDONYM_KEY'] = saved;
    }
  });

  it('sets a failing exit code when a file is rejected', async () => {
    ws = workspace();
    ws.write('contributions.csv', 'contribution_id,nik\nC1,3171011505850001\n');
    const out = await telisik(['ingest', ws.dir, '--db', ws.dbPath, '--demo-key']);
    expect(out.some((l) => l.includes('error: table contributions: required column(s) missing'))).toBe(true);
    expect(process.exitCode).toBe(1);
  });
});
