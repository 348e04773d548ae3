// Integer columns read as text (ids, codes stored as INTEGER) are planned by their span, not
// by counting their distinct values (load.ts, planText): whichever way each is read, as list
// positions (narrow span) or as numbers printed by JS (wide span, every value different or
// not, in order or not, missing or not), the table must be the one the text itself gives.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { parseSpec } from '../spec/load.js';
import { loadTable } from './load.js';
import { encodeCategorical } from './table.js';

/** Wider than load-text.ts's FEW_LEVELS (10,000): such a column is read as numbers. */
const WIDE = 50_000;

const columns: Record<string, readonly (number | null)[]> = {
  increasing: [5, 7, WIDE, WIDE + 3, 2 * WIDE],
  unordered: [2 * WIDE, 5, WIDE, 7, WIDE + 3],
  repeated: [2 * WIDE, 5, 2 * WIDE, 7, 5],
  withMissing: [2 * WIDE, null, 5, WIDE, 7],
  narrow: [3, 1, 3, null, 2],
};
const names = Object.keys(columns);
const spec = parseSpec({ name: 'integer ids', features: names.map((column) => ({ kind: 'categorical', column })) });

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-integer-ids-'));
  const rows = columns['increasing']!.map((_, r) => `(${names.map((n) => `${columns[n]![r] ?? 'NULL'}::INTEGER`).join(', ')})`);
  const instance = await createOfflineDuckDB(':memory:');
  const c = await instance.connect();
  await c.run(`COPY (SELECT * FROM (VALUES ${rows.join(', ')}) t(${names.join(', ')})) TO $1 (FORMAT parquet)`, [join(dir, 'ids.parquet')]);
  c.closeSync();
  instance.closeSync();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('integer columns read as text', () => {
  it('give the codes and levels of their text, planned by span', async () => {
    const table = await loadTable(join(dir, 'ids.parquet'), spec);
    for (const name of names) {
      const expected = encodeCategorical(columns[name]!.map((v) => (v === null ? null : String(v))));
      const col = table.columns.get(name);
      expect(col?.kind, name).toBe('categorical');
      if (col?.kind !== 'categorical') continue;
      expect([Array.from(col.codes), col.levels], name).toEqual([Array.from(expected.codes), expected.levels]);
    }
  });
});
