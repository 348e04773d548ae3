// Per-value work for a term's column: a cap, a log, a bin search or a level lookup depends on
// nothing but the row's source value (a text code, or a number), so it is worked out once
// per distinct value and kept in a slot, `source[row] - low`, instead of once per row.
// freMTPL2's terms have at most 27,000 distinct values over 678,013 rows. A value with no
// slot (NaN, a fraction, -0, beyond the span) is worked out row by row, so a missing number
// still fails naming its row, at the same row as a row-by-row pass would.
import { MISSING_CODE } from '../data/table.js';
import type { Column } from '../data/table.js';

/**
 * Most distinct whole values a numeric column may span to be kept per value: freMTPL2's
 * widest, Density, spans 27,000 (a 27,000-slot table is 0.3 MB).
 */
export const MAX_VALUE_SLOTS = 1 << 16;

/** A column's values as slots: `source[row] - low` is a row's slot when it is whole and below `slots`. */
export interface ValueSlots {
  /** The column's codes (a text column) or numbers. */
  readonly source: Int32Array | Float64Array;
  /** Source value of slot 0. */
  readonly low: number;
  /** Slots: 0 when the values are not kept (every row is worked out on its own). */
  readonly slots: number;
}

/** The span of whole values a numeric column's results are kept for, from its smallest value. */
function numberSpan(values: Float64Array): { low: number; slots: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const slots = high - low + 1;
  return Number.isInteger(low) && slots <= MAX_VALUE_SLOTS ? { low, slots } : { low: 0, slots: 0 };
}

/** Slots of a text column's codes (missing included) or of a numeric column's whole values. */
export function valueSlots(col: Column): ValueSlots {
  if (col.kind === 'categorical') return { source: col.codes, low: MISSING_CODE, slots: col.levels.length - MISSING_CODE };
  return { source: col.values, ...numberSpan(col.values) };
}

/** The slot of source value `v`, or -1 when it has none. -0 is kept apart from 0 (a slot holds one value's result). */
export function slotOfValue(v: number, slots: ValueSlots): number {
  const s = v - slots.low;
  return s >= 0 && s < slots.slots && s === Math.floor(s) && !(v === 0 && 1 / v < 0) ? s : -1;
}

/**
 * `resultOf(row)` for each of `rows`, in order, worked out at the first row holding each
 * slotted value and reused for the others (an integer result, e.g. a bin or a level slot).
 */
export function eachRowResult(
  rows: ArrayLike<number>,
  slots: ValueSlots,
  resultOf: (row: number) => number,
  visit: (result: number) => void,
): void {
  const known = new Uint8Array(slots.slots);
  const kept = new Int32Array(slots.slots);
  const { source } = slots;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const s = slotOfValue(source[row]!, slots);
    if (s < 0) visit(resultOf(row));
    else {
      if (known[s] === 0) {
        kept[s] = resultOf(row);
        known[s] = 1;
      }
      visit(kept[s]!);
    }
  }
}

/**
 * Calls `check(row)` for the first of `rows` holding each slotted value, and for every row
 * whose value has no slot: what fails for a value fails at the row a row-by-row pass would
 * fail at, with the same message, and nothing is repeated for values already checked.
 */
export function checkEachValue(rows: ArrayLike<number>, slots: ValueSlots, check: (row: number) => void): void {
  const known = new Uint8Array(slots.slots);
  const { source } = slots;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const s = slotOfValue(source[row]!, slots);
    if (s < 0) check(row);
    else if (known[s] === 0) {
      check(row);
      known[s] = 1;
    }
  }
}
