// Loading the same small table from CSV, Parquet, a DuckDB query and an Arrow IPC file
// gives the same columns: numbers as Float64Array (BIGINT included), text dictionary-encoded.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSpec } from '../spec/load.js';
import { createOfflineDuckDB, literal } from '../../data-samples/sql/index.js';
import { loadTable, specColumns } from './load.js';
import { textValue } from './table.js';
import type { DataTable } from './table.js';

const spec = parseSpec({
  name: 'toy',
  target: 'claims',
  exposure: 'years',
  features: [
    { kind: 'numeric', column: 'age' },
    { kind: 'categorical', column: 'region' },
  ],
});

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-data-'));
  await writeFile(join(dir, 't.csv'), 'age,region,claims,years,unused\n30,R11,0,0.5,x\n45,R24,2,1,y\n,R11,1,0.25,z\n');
  const instance = await createOfflineDuckDB(':memory:');
  const c = await instance.connect();
  await c.run(
    `COPY (SELECT * FROM (VALUES (30::BIGINT, 'R11', 0, 0.5), (45, 'R24', 2, 1.0), (NULL, 'R11', 1, 0.25)) t(age, region, claims, years)) TO '${join(dir, 't.parquet')}' (FORMAT parquet)`,
  );
  c.closeSync();
  instance.closeSync();
  const arrow = tableFromArrays({
    age: Float64Array.from([30, 45, Number.NaN]),
    region: ['R11', 'R24', 'R11'],
    claims: Int32Array.from([0, 2, 1]),
    years: Float64Array.from([0.5, 1, 0.25]),
  });
  await writeFile(join(dir, 't.arrow'), tableToIPC(arrow, 'file'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectToy(t: DataTable, ageMissing: 'nan'): void {
  expect(t.nRows).toBe(3);
  expect([...t.columns.keys()].sort()).toEqual(['age', 'claims', 'region', 'years']);
  const age = t.columns.get('age')!;
  expect(age.kind).toBe('numeric');
  if (age.kind === 'numeric' && ageMissing === 'nan') {
    expect(age.values[0]).toBe(30);
    expect(age.values[1]).toBe(45);
    expect(Number.isNaN(age.values[2])).toBe(true);
  }
  const region = t.columns.get('region')!;
  expect(region.kind).toBe('categorical');
  expect([0, 1, 2].map((r) => textValue(region, r))).toEqual(['R11', 'R24', 'R11']);
  const claims = t.columns.get('claims')!;
  expect(claims.kind === 'numeric' && Array.from(claims.values)).toEqual([0, 2, 1]);
}

describe('loadTable', () => {
  it('lists the spec columns by role', () => {
    expect(specColumns(spec)).toEqual({ numeric: ['age', 'claims', 'years'], text: ['region'] });
  });
  it('reads CSV, Parquet and Arrow IPC alike', async () => {
    expectToy(await loadTable(join(dir, 't.csv'), spec), 'nan');
    expectToy(await loadTable(join(dir, 't.parquet'), spec), 'nan');
    expectToy(await loadTable({ kind: 'arrow', path: join(dir, 't.arrow') }, spec), 'nan');
  });
  it('reads a DuckDB query', async () => {
    const t = await loadTable({ kind: 'duckdb', query: `SELECT * FROM read_parquet('${join(dir, 't.parquet')}') ORDER BY claims` }, spec);
    const claims = t.columns.get('claims')!;
    expect(claims.kind === 'numeric' && Array.from(claims.values)).toEqual([0, 1, 2]);
  });
  it('without a spec loads every column, numeric by type', async () => {
    const t = await loadTable(join(dir, 't.csv'));
    expect(t.columns.get('unused')?.kind).toBe('categorical');
    expect(t.columns.get('years')?.kind).toBe('numeric');
  });
  it('refuses an unknown extension', async () => {
    await expect(loadTable(join(dir, 't.xlsx'))).rejects.toThrow(/cannot tell the format/);
  });
});

describe('text columns read by their distinct values', () => {
  // A file's text columns come back as positions in their list of values (few values) or
  // as row numbers (every value different): the table must be the one the text itself
  // gives, levels in order of first appearance, missing values as MISSING_CODE.
  const region = ['R24', null, 'R11', 'R24', 'R93', null, 'R11', 'R24'];
  const ids = region.map((_, i) => `id-${100 - i}`);
  const textSpec = parseSpec({
    name: 'text',
    id: 'policy',
    features: [
      { kind: 'categorical', column: 'region' },
      { kind: 'numeric', column: 'x' },
    ],
  });

  it('gives the codes and levels of the text itself, from Parquet and CSV', async () => {
    const rows = region.map((r, i) => `(${i}::DOUBLE, ${r === null ? 'NULL' : literal(r)}, ${literal(ids[i]!)})`).join(', ');
    const instance = await createOfflineDuckDB(':memory:');
    const c = await instance.connect();
    for (const format of ['parquet', 'csv'])
      await c.run(`COPY (SELECT * FROM (VALUES ${rows}) t(x, region, policy)) TO $1 (FORMAT ${format})`, [join(dir, `text.${format}`)]);
    c.closeSync();
    instance.closeSync();
    for (const format of ['parquet', 'csv']) {
      const table = await loadTable(join(dir, `text.${format}`), textSpec);
      const col = table.columns.get('region');
      expect(col?.kind).toBe('categorical');
      if (col?.kind !== 'categorical') continue;
      expect(col.levels).toEqual(['R24', 'R11', 'R93']);
      expect(Array.from(col.codes)).toEqual([0, -1, 1, 0, 2, -1, 1, 0]);
      const id = table.columns.get('policy');
      expect(id?.kind === 'categorical' ? [Array.from(id.codes), id.levels] : null).toEqual([region.map((_, i) => i), ids]);
    }
  });
  it('loads a text column with no value at all as all missing', async () => {
    await writeFile(join(dir, 'empty-text.csv'), 'x,region,policy\n1,,a\n2,,a\n3,,b\n');
    const table = await loadTable(join(dir, 'empty-text.csv'), textSpec);
    const col = table.columns.get('region');
    expect(col?.kind).toBe('categorical');
    if (col?.kind === 'categorical') expect(Array.from(col.codes)).toEqual([-1, -1, -1]);
  });
});
