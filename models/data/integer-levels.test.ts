// A column of ids read as integers keeps its levels as numbers until something reads the
// text (load-text.ts integerColumn, table.ts integerLevels): the text, the rows taken from it
// and the data fingerprint must be what the printed levels give.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintTable } from '../bundle/digest.js';
import { integerColumn } from './load-text.js';
import { MISSING_CODE, encodeCategorical, makeTable, takeRows, textValue } from './table.js';
import type { CategoricalColumn } from './table.js';

/** The fingerprint of one text column, one value per update (what the digest stands for). */
function oneValueAtATime(name: string, levels: readonly (string | null)[]): string {
  const hash = createHash('sha256');
  hash.update(`${name}\u0000categorical\u0000`);
  for (const l of levels) hash.update(l === null ? '\u0001' : `${l}\u0000`);
  return hash.digest('hex');
}

/** Ids of every size a double holds: negative, zero, past 2^32, up to and past 2^53 (printed with fewer digits). */
const IDS = [7, -3, 0, 4294967296, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53 + 2, 2 ** 60, 1e21, 123456789, 10, 9];

describe('integer ids without printed levels', () => {
  it('prints no level until one is read, then the text JS prints', () => {
    const col = integerColumn(Float64Array.from(IDS));
    expect(col.integerLevels).toBeDefined();
    expect(textValue(col, 3)).toBe('4294967296');
    expect(col.levels).toEqual(IDS.map(String));
    expect(Array.from(col.codes)).toEqual(IDS.map((_, i) => i));
  });

  it('keeps the numbers when rows are taken, and reads the same text', () => {
    const table = makeTable({ id: integerColumn(Float64Array.from(IDS)) });
    const taken = takeRows(table, [5, 0, 5]).columns.get('id') as CategoricalColumn;
    expect(taken.integerLevels).toBeDefined();
    expect([0, 1, 2].map((r) => textValue(taken, r))).toEqual([String(IDS[5]), String(IDS[0]), String(IDS[5])]);
    expect(taken.levels).toEqual(IDS.map(String));
  });

  it('fingerprints as the printed ids do, over buffers of many rows', () => {
    const many = Float64Array.from({ length: 150_000 }, (_, i) => (i % 3 === 0 ? -i * 7919 : i * 104729));
    const rows = Int32Array.from({ length: 120_000 }, (_, i) => (i * 37) % many.length);
    const printed = Array.from(rows, (r) => String(many[r]));
    expect(fingerprintTable(makeTable({ id: integerColumn(many) }), rows).sha256).toBe(oneValueAtATime('id', printed));
    const awkward = makeTable({ id: integerColumn(Float64Array.from(IDS)) });
    expect(fingerprintTable(awkward).sha256).toBe(oneValueAtATime('id', IDS.map(String)));
  });

  it('fingerprints a missing code as the printed column does (near miss: levels given as text)', () => {
    const numbers = integerColumn(Float64Array.from([11, 12, 13]));
    const withMissing: CategoricalColumn = {
      ...numbers,
      codes: Int32Array.from([0, MISSING_CODE, 2]),
      integerLevels: numbers.integerLevels!,
    };
    const asText = encodeCategorical(['11', null, '13']);
    expect(fingerprintTable(makeTable({ id: withMissing })).sha256).toBe(fingerprintTable(makeTable({ id: asText })).sha256);
  });

  it('prints ids that repeat as encodeCategorical does, with no numbers kept', () => {
    const col = integerColumn(Float64Array.from([5, 3, 5]));
    expect(col.integerLevels).toBeUndefined();
    expect([Array.from(col.codes), col.levels]).toEqual([
      [0, 1, 0],
      ['5', '3'],
    ]);
  });
});
