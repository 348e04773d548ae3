// `telisik k3 export` writes the published book's tables as files an analyst reads back:
// Parquet by default, CSV on request, one table or all; the options are checked by
// commander's choices, naming the option.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import {
  CLAIMS_FILE,
  EMPLOYER_YEARS_FILE,
  MODEL_FILE,
  PORTFOLIO_FILE,
  buildK3RatingModel,
  modelJson,
  rateBook,
  syntheticBook,
} from '../../models/k3/index.js';
import { createProgram } from '../runtime/cli/program.js';

let dir: string;
let bookDir: string;
let employers: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-k3-export-cli-'));
  bookDir = join(dir, 'k3');
  const { years, claims } = syntheticBook({ employers: 300, years: 3, seed: 5 });
  const model = buildK3RatingModel(years, '2026-06-30', claims);
  const { rows, summary } = rateBook(model, years, undefined, claims);
  employers = rows.length;
  // the files the k3 stage publishes (pipelines/runtime/stages/k3/k3-stage.ts)
  await mkdir(bookDir, { recursive: true });
  await writeFile(join(bookDir, MODEL_FILE), modelJson(model));
  await writeFile(join(bookDir, EMPLOYER_YEARS_FILE), JSON.stringify(years));
  await writeFile(join(bookDir, CLAIMS_FILE), JSON.stringify(claims));
  await writeFile(join(bookDir, PORTFOLIO_FILE), JSON.stringify(summary));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function telisik(argv: string[]): Promise<{ out: string; error?: { code: string; message: string } }> {
  let out = '';
  const program = await createProgram();
  const quiet = (c: Command): void => {
    c.exitOverride().configureOutput({ writeOut: (s) => void (out += s), writeErr: (s) => void (out += s) });
    for (const sub of c.commands) quiet(sub);
  };
  quiet(program);
  const log = console.log;
  console.log = (line: string) => void (out += `${line}\n`);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { out };
  } catch (e) {
    return { out, error: e as { code: string; message: string } };
  } finally {
    console.log = log;
  }
}

async function count(path: string, reader: string): Promise<number> {
  const db = await createOfflineDuckDB(':memory:');
  const c = await db.connect();
  try {
    return Number((await c.runAndReadAll(`SELECT count(*) AS n FROM ${reader}($1)`, [path])).getRowObjectsJson()[0]!.n);
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

describe('telisik k3 export', () => {
  it('writes every table as Parquet by default', async () => {
    const out = join(dir, 'parquet');
    const { out: printed, error } = await telisik(['k3', 'export', '--book', bookDir, '--out', out]);
    expect(error).toBeUndefined();
    const files = ['book', 'rates', 'factors'].map((t) => join(out, `k3-${t}.parquet`));
    expect(printed.trim().split('\n')).toEqual(files);
    expect(await count(files[0]!, 'read_parquet')).toBe(employers);
    expect(await count(files[1]!, 'read_parquet')).toBe(10);
  });

  it('writes one table as CSV with a header', async () => {
    const out = join(dir, 'csv');
    const { error } = await telisik(['k3', 'export', '--book', bookDir, '--table', 'rates', '--format', 'csv', '--out', out]);
    expect(error).toBeUndefined();
    const text = await readFile(join(out, 'k3-rates.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      'rate_table,regulation,applies_to,risk_group,group_number,statutory_rate,risk_rate_from,risk_rate_to,loading',
    );
    expect(await count(join(out, 'k3-rates.csv'), 'read_csv')).toBe(10);
  });

  it('refuses an unknown table or format, naming the option', async () => {
    const table = await telisik(['k3', 'export', '--book', bookDir, '--table', 'claims']);
    expect(table.error?.code).toBe('commander.invalidArgument');
    expect(table.error?.message).toContain('--table');
    const format = await telisik(['k3', 'export', '--book', bookDir, '--format', 'xlsx']);
    expect(format.error?.code).toBe('commander.invalidArgument');
    expect(format.error?.message).toContain('--format');
  });
});
