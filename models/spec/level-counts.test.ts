// Fitting counts a text term's levels by code and a binned term's by bin, then names them
// (fit-preprocessing.ts, countLevels). Whatever the counting, the fitted levels and references must be
// those of counting the level text row by row: order of first appearance breaks ties in the
// natural sort ("01" and "1" both read as 1), a map merges codes into one level, missing is
// a level of its own, and the most frequent level is the default reference.
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../data/table.js';
import type { DataTable } from '../data/table.js';
import { fitPreprocessing, levelReader } from './design.js';
import type { FittedCategoricalTerm } from './design-types.js';
import type { FeatureSpec } from './types.js';

/** The levels and reference the per-row count gives: counts in order of first appearance. */
function rowByRow(table: DataTable, term: FittedCategoricalTerm, rows: ArrayLike<number>): Map<string, number> {
  const read = levelReader(table, term);
  const counts = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) counts.set(read(rows[i]!), (counts.get(read(rows[i]!)) ?? 0) + 1);
  return counts;
}

const table = makeTable({
  // "01" and "1" sort as equals: which comes first is the order they first appear in the rows fitted on
  power: encodeCategorical(['7', '01', null, '1', '12', '11', '01', '1', '1', '7', null, '12']),
  brand: encodeCategorical(['B2', 'B10', 'B2', 'B1', 'B10', 'B2', 'B10', 'B10', 'B1', 'B2', 'B3', 'B3']),
  age: { kind: 'numeric', values: Float64Array.from([18, 30, 49, 90, 22, 35, 61, 19, 44, 50, 51, 29]) },
});
const spec: FeatureSpec = {
  name: 'level counts',
  features: [
    { kind: 'categorical', column: 'power', map: { '11': '9', '12': '9' } },
    { kind: 'categorical', column: 'brand' },
    { kind: 'numeric', column: 'age', transform: { bins: { breaks: [-Infinity, 21, 30, 50, Infinity] } } },
  ],
} as FeatureSpec;

describe('fitting categorical levels by code', () => {
  // Rows out of order and repeated, as learning rows may be; the fit must follow them.
  const rowSets = [Int32Array.from({ length: 12 }, (_, i) => i), Int32Array.from([9, 3, 1, 1, 6, 10, 0, 8, 4]), Int32Array.from([5])];

  it('gives the levels and references of counting each row text', () => {
    for (const rows of rowSets) {
      const fitted = fitPreprocessing(table, spec, { coding: 'reference' }, rows);
      for (const term of fitted.terms) {
        if (term.kind !== 'categorical') continue;
        const counts = rowByRow(table, term, rows);
        if (!term.transform?.bins) expect(new Set(term.levels)).toEqual(new Set(counts.keys()));
        const most = Math.max(...counts.values());
        const firstMost = term.levels.find((l) => counts.get(l) === most);
        expect(term.reference).toBe(firstMost);
      }
    }
  });

  it('breaks a tie of the natural sort by first appearance, and merges mapped codes', () => {
    const all = fitPreprocessing(table, spec, { coding: 'one-hot' }, rowSets[0]);
    const power = all.terms[0] as FittedCategoricalTerm;
    // 7 before 01 in the rows; 01 (first seen at row 1) before 1 (row 3); 11 and 12 are one level, 9
    expect(power.levels).toEqual(['01', '1', '7', '9', '(missing)']);
    const later = fitPreprocessing(table, spec, { coding: 'one-hot' }, Int32Array.from([3, 1]));
    expect((later.terms[0] as FittedCategoricalTerm).levels).toEqual(['1', '01']);
  });

  it('names the reference by count: the mapped level holding two codes wins over each of them alone', () => {
    const rows = Int32Array.from([4, 5, 0, 1, 3]);
    const fitted = fitPreprocessing(table, spec, { coding: 'reference' }, rows);
    expect((fitted.terms[0] as FittedCategoricalTerm).reference).toBe('9');
    // without the map 11 and 12 each occur once, tied with 7, 01 and 1: the first in sorted order
    const unmapped = fitPreprocessing(table, { ...spec, features: [{ kind: 'categorical', column: 'power' }] } as FeatureSpec, {}, rows);
    expect((unmapped.terms[0] as FittedCategoricalTerm).reference).toBe('01');
  });
});
