// `telisik generate` writes an extract and prints plain progress lines when stdout is not a terminal.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { register } from './generate.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('telisik generate', () => {
  it('writes the source tables and truth/ with plain progress lines', async () => {
    const out = await mkdtemp(join(tmpdir(), 'telisik-cli-'));
    dirs.push(out);
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '));
    });
    try {
      const program = new Command('telisik').exitOverride();
      register(program);
      await program.parseAsync(
        ['generate', '--members', '400', '--months', '12', '--seed', '2', '--out', out, '--format', 'csv', '--defect-rate', '0.01'],
        { from: 'user' },
      );
    } finally {
      spy.mockRestore();
    }
    expect(existsSync(join(out, 'claims.csv'))).toBe(true);
    expect(existsSync(join(out, 'truth', 'claim_fraud.csv'))).toBe(true);
    expect(lines.some((l) => l.startsWith('generate: ['))).toBe(true);
    expect(lines.some((l) => /rows\/s/.test(l))).toBe(true);
  });

  it('rejects an unknown format', async () => {
    const program = new Command('telisik').exitOverride();
    register(program);
    await expect(program.parseAsync(['generate', '--members', '400', '--format', 'xlsx'], { from: 'user' })).rejects.toThrow(
      /parquet or csv/,
    );
  });
});
