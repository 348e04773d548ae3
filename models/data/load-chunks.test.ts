// Loading reads DuckDB's result chunk by chunk into typed arrays, and plans text columns by
// counting distinct values as stored: a table spanning many chunks must come out as its
// values, an id that DuckDB counts as equal (0.0, -0.0) but prints apart stays two levels, and
// integer columns read as numbers give the text DuckDB prints for them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { parseSpec } from '../spec/load.js';
import { loadTable } from './load.js';
import { textValue } from './table.js';

/** Rows in the generated file: several of DuckDB's 2,048-row chunks, the last one partial; more distinct cards than a list of levels takes. */
const ROWS = 12_000;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-load-chunks-'));
  const instance = await createOfflineDuckDB(':memory:');
  const c = await instance.connect();
  await c.run(
    `COPY (SELECT (i * 3 - 5000)::INTEGER AS policy, (CASE WHEN i % 13 = 0 THEN NULL ELSE -i END)::INTEGER AS card, CASE WHEN i % 7 = 0 THEN NULL ELSE i * 0.5 END AS years,
                  CASE WHEN i % 11 = 0 THEN NULL ELSE 'R' || (i % 5) END AS region, (i % 3)::INTEGER AS claims
           FROM range(${ROWS}) t(i) ORDER BY i) TO $1 (FORMAT parquet)`,
    [join(dir, 'many.parquet')],
  );
  await c.run(
    `COPY (SELECT * FROM (VALUES (0.0::DOUBLE, 1), (-0.0::DOUBLE, 2), (1.5::DOUBLE, 3)) t(card, claims)) TO $1 (FORMAT parquet)`,
    [join(dir, 'zeros.parquet')],
  );
  c.closeSync();
  instance.closeSync();
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('loadTable over many result chunks', () => {
  it('keeps every row in file order, missing numbers as NaN and missing text as missing', async () => {
    const spec = parseSpec({
      name: 'many',
      id: 'policy',
      target: 'claims',
      exposure: 'years',
      features: [
        { kind: 'categorical', column: 'region' },
        { kind: 'categorical', column: 'card' },
      ],
    });
    const table = await loadTable(join(dir, 'many.parquet'), spec);
    expect(table.nRows).toBe(ROWS);
    const years = table.columns.get('years');
    const region = table.columns.get('region')!;
    const policy = table.columns.get('policy')!;
    const card = table.columns.get('card')!;
    expect(years?.kind).toBe('numeric');
    if (years?.kind !== 'numeric') return;
    for (let i = 0; i < ROWS; i++) {
      if (i % 7 === 0) expect(Number.isNaN(years.values[i])).toBe(true);
      else expect(years.values[i]).toBe(i * 0.5);
      expect(textValue(region, i)).toBe(i % 11 === 0 ? null : `R${i % 5}`);
      expect(textValue(policy, i)).toBe(String(i * 3 - 5000));
      expect(textValue(card, i)).toBe(i % 13 === 0 ? null : String(-i));
    }
  });
  it('reads an id with 0.0 and -0.0 as the two texts DuckDB prints', async () => {
    const spec = parseSpec({ name: 'zeros', target: 'claims', features: [{ kind: 'categorical', column: 'card' }] });
    const table = await loadTable(join(dir, 'zeros.parquet'), spec);
    const card = table.columns.get('card');
    expect(card?.kind).toBe('categorical');
    if (card?.kind === 'categorical') expect([0, 1, 2].map((r) => textValue(card, r))).toEqual(['0.0', '-0.0', '1.5']);
  });
});
