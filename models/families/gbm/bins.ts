// Histogram bins for the gradient-boosting baseline: each feature's values become small
// integers once, so every split search is a scan over at most MAX_BINS + 1 buckets instead
// of a sort of the rows (the LightGBM / XGBoost "hist" method). Cuts come from the
// learning rows only; the last bucket of every feature holds its missing values.
import type { DataTable } from '../../data/table.js';
import { MISSING_CODE, getColumn } from '../../data/table.js';

/** Buckets per numeric feature: enough that a tree finds the cut a scorecard would, few enough to scan fast. */
export const MAX_BINS = 64;
/** Levels a categorical feature may have: beyond this the baseline refuses the column rather than overfit it. */
export const MAX_LEVELS = 1024;

export interface FeatureBins {
  readonly column: string;
  readonly kind: 'numeric' | 'categorical';
  /** Numeric: bucket k holds values v with cuts[k-1] < v <= cuts[k] (open ends at both sides). */
  readonly cuts: Float64Array;
  /** Buckets including the missing one (always the last). */
  readonly buckets: number;
}

export interface BinnedTable {
  readonly features: readonly FeatureBins[];
  /** Per feature, one bucket index per table row. */
  readonly codes: readonly Uint16Array[];
}

/** Interior cuts at quantiles of the distinct learning values (every value its own bucket when few). */
function numericCuts(values: Float64Array, rows: ArrayLike<number>): Float64Array {
  const seen: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i] as number] as number;
    if (!Number.isNaN(v)) seen.push(v);
  }
  seen.sort((a, b) => a - b);
  const distinct: number[] = [];
  for (const v of seen) if (distinct.length === 0 || v !== distinct[distinct.length - 1]) distinct.push(v);
  if (distinct.length <= MAX_BINS) return Float64Array.from(distinct.slice(0, -1));
  const cuts: number[] = [];
  for (let b = 1; b < MAX_BINS; b++) {
    const q = seen[Math.min(seen.length - 1, Math.ceil((b * seen.length) / MAX_BINS) - 1)] as number;
    if (cuts.length === 0 || q > (cuts[cuts.length - 1] as number)) cuts.push(q);
  }
  return Float64Array.from(cuts);
}

function bucketOf(cuts: Float64Array, v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= (cuts[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Bin every row of `table` for `columns`, with cuts from `learnRows`. */
export function binTable(table: DataTable, columns: readonly string[], learnRows: ArrayLike<number>): BinnedTable {
  const features: FeatureBins[] = [];
  const codes: Uint16Array[] = [];
  for (const column of columns) {
    const col = getColumn(table, column);
    const out = new Uint16Array(table.nRows);
    if (col.kind === 'numeric') {
      const cuts = numericCuts(col.values, learnRows);
      const missing = cuts.length + 1;
      for (let r = 0; r < table.nRows; r++) {
        const v = col.values[r] as number;
        out[r] = Number.isNaN(v) ? missing : bucketOf(cuts, v);
      }
      features.push({ column, kind: 'numeric', cuts, buckets: missing + 1 });
    } else {
      if (col.levels.length > MAX_LEVELS)
        throw new Error(`gradient-boosting baseline: column ${column} has ${col.levels.length} levels, more than ${MAX_LEVELS}`);
      const missing = col.levels.length;
      for (let r = 0; r < table.nRows; r++) {
        const c = col.codes[r] as number;
        out[r] = c === MISSING_CODE ? missing : c;
      }
      features.push({ column, kind: 'categorical', cuts: new Float64Array(0), buckets: missing + 1 });
    }
    codes.push(out);
  }
  return { features, codes };
}
