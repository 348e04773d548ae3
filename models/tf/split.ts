// Learn/test split of a table's rows: the spec's split column when it has one (freMTPL2
// ships its own), else a seeded random hold-out, so a rerun with the same seed holds out
// the same rows.
import { getColumn, textValue } from '../data/table.js';
import type { CategoricalColumn, DataTable } from '../data/table.js';
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
  if (spec.split) {
    const col = getColumn(table, spec.split.column);
    if (col.kind === 'categorical') return splitByCode(col, spec.split.learn, spec.split.test);
  }
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

/**
 * The rows of a text split column whose level is `learn` or `test`, in row order: compared
 * by code, and written straight into typed arrays (a string comparison and a growing JS
 * array per row were 0.1 s of CPU for freMTPL2's 678,013 rows).
 */
function splitByCode(col: CategoricalColumn, learnLevel: string, testLevel: string): RowSplit {
  const part = new Int8Array(col.levels.length + 1);
  col.levels.forEach((level, code) => {
    part[code + 1] = level === learnLevel ? LEARN : level === testLevel ? TEST : 0;
  });
  let learnRows = 0;
  let testRows = 0;
  for (let i = 0; i < col.codes.length; i++) {
    const p = part[col.codes[i]! + 1];
    if (p === LEARN) learnRows++;
    else if (p === TEST) testRows++;
  }
  const learn = new Int32Array(learnRows);
  const test = new Int32Array(testRows);
  let l = 0;
  let t = 0;
  for (let i = 0; i < col.codes.length; i++) {
    const p = part[col.codes[i]! + 1];
    if (p === LEARN) learn[l++] = i;
    else if (p === TEST) test[t++] = i;
  }
  return { learn, test };
}

const LEARN = 1;
const TEST = 2;

/** Split `rows` (indices) into two seeded parts, the second holding about `share` of them. */
export function holdOut(rows: ArrayLike<number>, share: number, seed: number): RowSplit {
  const rng = createRng(seed);
  const keep: number[] = [];
  const held: number[] = [];
  for (let i = 0; i < rows.length; i++) (rng() < share ? held : keep).push(rows[i] as number);
  return { learn: Int32Array.from(keep), test: Int32Array.from(held) };
}
