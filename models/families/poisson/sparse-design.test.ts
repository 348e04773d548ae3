// The sparse design is the dense one without its zeros, row for row: built from a table
// directly, converted from a dense design, and picked by rows; on freMTPL2-like columns
// with every kind of term (codes, bins, caps, logs, maps, references) and unseen levels.
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable, takeRows } from '../../data/table.js';
import { buildDesign, fitPreprocessing } from '../../spec/design.js';
import type { FeatureSpec } from '../../spec/types.js';
import { buildSparseDesign, sparseFromDense, sparseRows } from './sparse-design.js';
import type { SparseDesign } from './sparse-design.js';

const N = 400;
const pick = <T>(xs: readonly T[], i: number): T => xs[(i * 7919) % xs.length]!;
const table = makeTable({
  Area: encodeCategorical(Array.from({ length: N }, (_, i) => pick(['A', 'B', 'C', 'D'], i))),
  // VehPower 13 appears only after the rows the preprocessing is fitted on: an unseen level.
  VehPower: encodeCategorical(Array.from({ length: N }, (_, i) => String(4 + (i < N / 2 ? i % 9 : i % 10)))),
  DrivAge: { kind: 'numeric', values: Float64Array.from({ length: N }, (_, i) => 18 + ((i * 13) % 70)) },
  BonusMalus: { kind: 'numeric', values: Float64Array.from({ length: N }, (_, i) => 50 + ((i * 31) % 180)) },
  Density: { kind: 'numeric', values: Float64Array.from({ length: N }, (_, i) => 1 + ((i * 97) % 5000)) },
  Region: encodeCategorical(Array.from({ length: N }, (_, i) => (i % 50 === 0 ? null : pick(['R11', 'R24', 'R82', 'R93'], i)))),
});
const spec: FeatureSpec = {
  name: 'sparse test',
  features: [
    { kind: 'numeric', column: 'Area', transform: { codes: { A: 1, B: 2, C: 3, D: 4 } } },
    { kind: 'categorical', column: 'VehPower', reference: '4', map: { '11': '9', '12': '9' } },
    { kind: 'numeric', column: 'DrivAge', transform: { bins: { breaks: [-Infinity, 21, 26, 41, 71, Infinity], reference: 3 } } },
    { kind: 'numeric', column: 'BonusMalus', transform: { cap: { upper: 150 } } },
    { kind: 'numeric', column: 'Density', transform: { log: true } },
    { kind: 'categorical', column: 'Region', reference: 'R24' },
  ],
} as FeatureSpec;

/** Dense rows rebuilt from sparse ones. */
function densify(s: SparseDesign): Float64Array {
  const x = new Float64Array(s.nRows * s.nCols);
  for (let r = 0; r < s.nRows; r++) for (let k = s.rowStart[r]!; k < s.rowStart[r + 1]!; k++) x[r * s.nCols + s.column[k]!] = s.value[k]!;
  return x;
}

describe('sparse GLM design', () => {
  // Fitted on the first half only: VehPower 11 and 12 map to 9, and later rows bring levels the fit never saw.
  const learn = Int32Array.from({ length: N / 2 }, (_, i) => i);
  const fitted = fitPreprocessing(takeRows(table, learn), spec, { coding: 'reference' });
  const dense = buildDesign(table, spec, fitted);

  it('holds exactly the dense design values, columns ascending within each row', () => {
    expect(dense.unseenLevels['VehPower']).toBeGreaterThan(0);
    const sparse = buildSparseDesign(table, fitted);
    expect(sparse.nRows).toBe(N);
    expect(sparse.columnNames).toEqual(dense.columnNames);
    expect(Array.from(densify(sparse))).toEqual(Array.from(dense.x));
    for (let r = 0; r < N; r++)
      for (let k = sparse.rowStart[r]! + 1; k < sparse.rowStart[r + 1]!; k++)
        expect(sparse.column[k]!).toBeGreaterThan(sparse.column[k - 1]!);
    expect(sparse.value.every((v) => v !== 0)).toBe(true);
  });

  it('converts a dense design and picks rows to the same entries', () => {
    const rows = Int32Array.from([5, 399, 0, 17, 17]);
    const fromTable = sparseRows(buildSparseDesign(table, fitted), rows);
    const fromDense = sparseFromDense(dense, rows);
    expect(Array.from(fromDense.rowStart)).toEqual(Array.from(fromTable.rowStart));
    expect(Array.from(fromDense.column)).toEqual(Array.from(fromTable.column));
    expect(Array.from(fromDense.value)).toEqual(Array.from(fromTable.value));
  });

  it('reads values the per-value cells do not hold (fractions, -0, missing, a wide span) row by row, to the same design', () => {
    const n = 300;
    // Income: whole numbers over a span too wide to keep, a fraction, -0 and missing values;
    // Age: whole numbers with a fraction and -0 among them, binned.
    const income = Float64Array.from({ length: n }, (_, i) =>
      i % 37 === 0 ? Number.NaN : i % 11 === 0 ? 2.5 : 1 + ((i * 104_729) % 3_000_000),
    );
    const age = Float64Array.from({ length: n }, (_, i) => (i === 7 ? -0 : i % 13 === 0 ? 30.5 : 18 + ((i * 17) % 60)));
    const wide = makeTable({ Income: { kind: 'numeric', values: income }, Age: { kind: 'numeric', values: age } });
    const wideSpec = {
      name: 'uncached values',
      features: [
        { kind: 'numeric', column: 'Income', transform: { missing: 1000, cap: { upper: 2_000_000 }, log: true } },
        { kind: 'numeric', column: 'Age', transform: { bins: { breaks: [-Infinity, 25, 40, 60, Infinity], reference: 1 } } },
      ],
    } as FeatureSpec;
    const wideFitted = fitPreprocessing(wide, wideSpec, { coding: 'reference' });
    const sparse = buildSparseDesign(wide, wideFitted);
    expect(Array.from(densify(sparse))).toEqual(Array.from(buildDesign(wide, wideSpec, wideFitted).x));
    expect(sparse.value.some((v) => v === Math.log(1000))).toBe(true);
  });
});
