// Learn/test split of a table's rows: the spec's split column when it has one (freMTPL2
// ships its own), else a seeded random hold-out, so a rerun with the same seed holds out
// the same rows.
import { getColumn, textValue } from '../data/table.js';
import type { DataTable } from '../data/table.js';
import type { FeatureSpec } from '../spec/types.js';
import { createRng } from './seed.js';

/** Share of rows held out for testing when the spec names no split column. */
export const DEFAULT_TEST_SHARE = 0.2;

export interface RowSplit {
  readonly learn: Int32Array;
  readonly test: Int32Array;
}

/** Learn and test row indices for `spec` on `table`. */
export function learnTestSplit(spec: FeatureSpec, table: DataTable, seed: number, testShare = DEFAULT_TEST_SHARE): RowSplit {
  const learn: number[] = [];
  const test: number[] = [];
  if (spec.split) {
    const col = getColumn(table, spec.split.column);
    for (let i = 0; i < table.nRows; i++) {
      const v = textValue(col, i);
      if (v === spec.split.learn) learn.push(i);
      else if (v === spec.split.test) test.push(i);
    }
  } else {
    const rng = createRng(seed);
    for (let i = 0; i < table.nRows; i++) (rng() < testShare ? test : learn).push(i);
  }
  return { learn: Int32Array.from(learn), test: Int32Array.from(test) };
}

/** Split `rows` (indices) into two seeded parts, the second holding about `share` of them. */
export function holdOut(rows: ArrayLike<number>, share: number, seed: number): RowSplit {
  const rng = createRng(seed);
  const keep: number[] = [];
  const held: number[] = [];
  for (let i = 0; i < rows.length; i++) (rng() < share ? held : keep).push(rows[i] as number);
  return { learn: Int32Array.from(keep), test: Int32Array.from(held) };
}
