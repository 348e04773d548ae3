// A text split column is read by its codes (split.ts, splitByCode): the rows must be those
// whose text is the learning or the test value, in row order, with missing and other values
// in neither; a numeric split column still compares the text of its numbers.
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../data/table.js';
import type { FeatureSpec } from '../spec/types.js';
import { learnTestSplit } from './split.js';

const spec = (column: string, learn: string, test: string): FeatureSpec =>
  ({ name: 'split', split: { column, learn, test }, features: [] }) as unknown as FeatureSpec;

describe('learnTestSplit on a split column', () => {
  const table = makeTable({
    set: encodeCategorical(['test', 'learn', null, 'learn', 'holdout', 'test', 'learn', 'Learn']),
    fold: { kind: 'numeric', values: Float64Array.from([1, 2, 1, Number.NaN, 2, 1, 3, 2]) },
  });

  it('takes the rows of each value in row order, and neither missing nor other values', () => {
    const split = learnTestSplit(spec('set', 'learn', 'test'), table, 1);
    expect(Array.from(split.learn)).toEqual([1, 3, 6]);
    expect(Array.from(split.test)).toEqual([0, 5]);
  });

  it('gives nothing for a value the column never holds', () => {
    const split = learnTestSplit(spec('set', 'train', 'test'), table, 1);
    expect(split.learn.length).toBe(0);
    expect(Array.from(split.test)).toEqual([0, 5]);
  });

  it('reads a numeric split column by the text of its numbers', () => {
    const split = learnTestSplit(spec('fold', '1', '2'), table, 1);
    expect(Array.from(split.learn)).toEqual([0, 2, 5]);
    expect(Array.from(split.test)).toEqual([1, 4, 7]);
  });
});
