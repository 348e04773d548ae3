// Work per distinct value (value-slots.ts) must give what work per row gives: the same
// results in row order, and a value that fails must fail at the row a row-by-row pass fails
// at. Fitting an unscaled continuous term only checks its values that way (fit-preprocessing.ts).
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../data/table.js';
import { fitPreprocessing } from './design.js';
import type { FeatureSpec } from './types.js';
import { checkEachValue, eachRowResult, slotOfValue, valueSlots } from './value-slots.js';

describe('value slots', () => {
  const numbers = Float64Array.from([3, -0, 0, 2.5, Number.NaN, 3, 7, 0]);

  it('slot whole numbers within the span, not NaN, fractions or -0', () => {
    const slots = valueSlots({ kind: 'numeric', values: numbers });
    // the span starts at the smallest value, here -0 (a row's slot is still its value minus 0)
    expect(slots.low === 0 && slots.slots).toBe(8);
    expect(Array.from(numbers, (v) => slotOfValue(v, slots))).toEqual([3, -1, 0, -1, -1, 3, 7, 0]);
    const text = valueSlots(encodeCategorical(['a', null, 'b']));
    expect([text.low, text.slots]).toEqual([-1, 3]);
  });

  it('give each row the result of its own value, asking once per slotted value', () => {
    const slots = valueSlots({ kind: 'numeric', values: numbers });
    const rows = Int32Array.from([6, 0, 5, 1, 2, 7, 3]);
    const asked: number[] = [];
    const results: number[] = [];
    // -0 and 0 give different results (1 / v): -0 must not take 0's slot
    const resultOf = (row: number): number => {
      asked.push(row);
      return 1 / numbers[row]! < 0 ? -100 : Math.round(numbers[row]! * 10);
    };
    eachRowResult(rows, slots, resultOf, (r) => results.push(r));
    // rows 6, 0, 5, 1, 2, 7, 3 hold 7, 3, 3, -0, 0, 0, 2.5
    expect(results).toEqual([70, 30, 30, -100, 0, 0, 25]);
    expect(asked).toEqual([6, 0, 1, 2, 3]);
  });

  it('check each value at its first row, and every unslotted row', () => {
    const slots = valueSlots({ kind: 'numeric', values: numbers });
    const checked: number[] = [];
    checkEachValue(Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]), slots, (row) => checked.push(row));
    expect(checked).toEqual([0, 1, 2, 3, 4, 6]);
  });
});

describe('fitting an unscaled continuous term', () => {
  const table = makeTable({
    density: { kind: 'numeric', values: Float64Array.from([10, 5, 10, Number.NaN, 0, 5]) },
    area: encodeCategorical(['A', 'B', 'A', 'C', 'A', 'B']),
  });
  const spec = (rows: number[]): { spec: FeatureSpec; rows: Int32Array } => ({
    spec: { name: 'unscaled', features: [{ kind: 'numeric', column: 'density', transform: { log: true } }] } as FeatureSpec,
    rows: Int32Array.from(rows),
  });

  it('fails at the first failing row, as the statistics pass did', () => {
    const missingFirst = spec([0, 1, 3, 4]);
    expect(() => fitPreprocessing(table, missingFirst.spec, {}, missingFirst.rows)).toThrow(/missing value at row 3/);
    const logFirst = spec([2, 4, 3]);
    expect(() => fitPreprocessing(table, logFirst.spec, {}, logFirst.rows)).toThrow(/log of 0/);
  });

  it('is centred at 0 with scale 1', () => {
    const ok = spec([0, 1, 2, 5]);
    expect(fitPreprocessing(table, ok.spec, {}, ok.rows).terms).toEqual([
      { kind: 'continuous', name: 'density', column: 'density', center: 0, scale: 1, transform: { log: true } },
    ]);
  });
});
