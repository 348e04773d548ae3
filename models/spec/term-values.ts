// A term's value for a row of a table: numbers capped and logged, binned into labelled
// intervals, text mapped onto levels (a missing value a level of its own). Fitting reads the
// learning rows so, and the design matrix every row.
import { MISSING_CODE, getColumn } from '../data/table.js';
import type { CategoricalColumn, Column, DataTable } from '../data/table.js';
import type { FittedCategoricalTerm } from './design-types.js';
import type { NumericTransform } from './types.js';

/** Level given to a missing text value: missing is information, so it is a level of its own. */
export const MISSING_LEVEL = '(missing)';

/** Cap, then log: the continuous part of a numeric transform. */
export function transformNumber(value: number, transform: NumericTransform | undefined, column: string): number {
  let v = value;
  const cap = transform?.cap;
  if (cap?.lower !== undefined && v < cap.lower) v = cap.lower;
  if (cap?.upper !== undefined && v > cap.upper) v = cap.upper;
  if (transform?.log) {
    if (!(v > 0)) throw new Error(`${column}: log of ${v} (values must be > 0 after capping)`);
    v = Math.log(v);
  }
  return v;
}

/** Index of the interval [b_i, b_i+1) holding `value`; values beyond either end go to the end interval. */
export function binIndex(value: number, breaks: readonly number[]): number {
  const last = breaks.length - 2;
  for (let i = 1; i <= last; i++) if (value < breaks[i]!) return i - 1;
  return last;
}

function formatBreak(b: number): string {
  return b === Number.POSITIVE_INFINITY ? 'inf' : b === Number.NEGATIVE_INFINITY ? '-inf' : String(b);
}

/** Interval labels, `[18,21)` style, unless the spec names them. */
export function binLabels(bins: NonNullable<NumericTransform['bins']>): string[] {
  if (bins.labels) return [...bins.labels];
  const out: string[] = [];
  for (let i = 0; i + 1 < bins.breaks.length; i++) out.push(`[${formatBreak(bins.breaks[i]!)},${formatBreak(bins.breaks[i + 1]!)})`);
  return out;
}

/** A numeric column's raw value for a row, reading text through `codes` when the spec gives them. */
export function numericReader(table: DataTable, column: string, transform: NumericTransform | undefined): (row: number) => number {
  const col = getColumn(table, column);
  const codes = transform?.codes;
  if (codes) {
    if (col.kind !== 'categorical') throw new Error(`${column}: codes given but the column is numeric`);
    const byCode = col.levels.map((l) => codes[l] ?? Number.NaN);
    return (row) => {
      const c = col.codes[row]!;
      if (c === MISSING_CODE && transform.missing !== undefined) return transform.missing;
      const v = c === MISSING_CODE ? Number.NaN : byCode[c]!;
      if (Number.isNaN(v)) throw new Error(`${column}: value ${c === MISSING_CODE ? 'missing' : col.levels[c]} has no code`);
      return v;
    };
  }
  if (col.kind !== 'numeric') throw new Error(`${column}: text column used as numeric without codes`);
  const fill = transform?.missing;
  return (row) => {
    const v = col.values[row]!;
    if (!Number.isNaN(v)) return v;
    if (fill !== undefined) return fill;
    throw new Error(`${column}: missing value at row ${row} (the spec's transform.missing says what a missing value stands for)`);
  };
}

/** The level of each code of a text column under a term's map: index 0 for the missing code, c + 1 for code c. */
export function levelsByCode(col: CategoricalColumn, map: Readonly<Record<string, string>> | undefined): string[] {
  const mapped = (raw: string): string => map?.[raw] ?? raw;
  return [mapped(MISSING_LEVEL), ...col.levels.map(mapped)];
}

/** A categorical term's level text for a row (binned numeric or mapped text). */
export function levelReader(table: DataTable, term: Pick<FittedCategoricalTerm, 'column' | 'transform' | 'map'>): (row: number) => string {
  const bins = term.transform?.bins;
  if (bins) {
    const read = numericReader(table, term.column, term.transform);
    const labels = binLabels(bins);
    return (row) => labels[binIndex(transformNumber(read(row), term.transform, term.column), bins.breaks)]!;
  }
  const col: Column = getColumn(table, term.column);
  const map = term.map;
  const mapped = (raw: string): string => map?.[raw] ?? raw;
  if (col.kind === 'categorical') {
    const byCode = levelsByCode(col, map);
    return (row) => byCode[col.codes[row]! - MISSING_CODE]!;
  }
  return (row) => {
    const v = col.values[row]!;
    return mapped(Number.isNaN(v) ? MISSING_LEVEL : String(v));
  };
}
