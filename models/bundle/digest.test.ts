// The training-data fingerprint is the SHA-256 of a defined byte stream (names, kinds,
// numbers as float64, levels as UTF-8 text + NUL, missing as 0x01). Gathering the bytes in
// buffers must not change it: checked against the stream hashed one value at a time.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../data/table.js';
import type { DataTable } from '../data/table.js';
import { fingerprintTable } from './digest.js';

function oneValueAtATime(table: DataTable, rows: readonly number[]): string {
  const hash = createHash('sha256');
  for (const name of [...table.columns.keys()].sort()) {
    const col = table.columns.get(name)!;
    hash.update(`${name}\u0000${col.kind}\u0000`);
    if (col.kind === 'numeric') hash.update(new Uint8Array(Float64Array.from(rows, (r) => col.values[r] as number).buffer));
    else for (const r of rows) hash.update(col.codes[r]! < 0 ? '\u0001' : `${col.levels[col.codes[r]!]}\u0000`);
  }
  return hash.digest('hex');
}

describe('fingerprintTable', () => {
  // 300,000 rows of up to 12-byte levels: several 1 MB buffers, so their boundaries are crossed
  const n = 300_000;
  const levels = ['Région-Île', 'B12', '', 'Diesel', 'x'.repeat(11)];
  const table = makeTable({
    region: encodeCategorical(Array.from({ length: n }, (_, i) => (i % 97 === 0 ? null : levels[(i * 7) % levels.length]!))),
    exposure: { kind: 'numeric', values: Float64Array.from({ length: n }, (_, i) => (i % 13) / 10) },
  });

  it('hashes the same bytes as one update per value, for every row and for a subset', () => {
    const all = Array.from({ length: n }, (_, i) => i);
    expect(fingerprintTable(table).sha256).toBe(oneValueAtATime(table, all));
    const subset = all.filter((i) => i % 3 !== 1);
    const fp = fingerprintTable(table, Int32Array.from(subset));
    expect(fp.sha256).toBe(oneValueAtATime(table, subset));
    expect(fp.rows).toBe(subset.length);
    expect(fp.columns).toEqual(['exposure', 'region']);
  });

  it('hashes a level longer than the buffer whole', () => {
    const long = makeTable({ note: encodeCategorical(['a', 'é'.repeat(700_000), null, 'b']) });
    expect(fingerprintTable(long).sha256).toBe(oneValueAtATime(long, [0, 1, 2, 3]));
  });
});
