// The gradient-boosting baseline beside a credit model: fitted on the model's learning rows
// and columns, measured on exactly the rows the model scored, so the AUC gap is like for like.
import type { DataTable } from '../../data/table.js';
import { predictBoosting, trainBoosting } from '../../families/gbm/boost.js';
import { auc, ksStatistic } from '../../metrics/index.js';
import { holdOut } from '../../tf/split.js';

/**
 * Learning rows the baseline fits on at most (a seeded sample beyond): a yardstick need not
 * cost more than the model it measures; 100k rows take a few CPU minutes.
 */
export const MAX_BASELINE_ROWS = 100_000;

export interface BaselineResult {
  readonly auc: number;
  readonly ks: number;
  readonly trees: number;
  readonly depth: number;
  /** Learning rows it was fitted on (all, or a sample of MAX_BASELINE_ROWS). */
  readonly learnRows: number;
  /** PD per evaluated row, in the order given. */
  readonly pd: Float64Array;
}

/** Fit on `learn`, evaluate on `evaluated` (labels parallel to it). */
export function boostingBaseline(
  table: DataTable,
  columns: readonly string[],
  target: string,
  learn: ArrayLike<number>,
  evaluated: ArrayLike<number>,
  labels: Float64Array,
  seed: number,
): BaselineResult {
  const rows = learn.length > MAX_BASELINE_ROWS ? holdOut(learn, MAX_BASELINE_ROWS / learn.length, seed).test : learn;
  const model = trainBoosting(table, columns, target, rows, seed);
  const pd = predictBoosting(model, evaluated);
  return {
    auc: auc(labels, pd),
    ks: ksStatistic(labels, pd),
    trees: model.chosenTrees,
    depth: model.settings.maxDepth,
    learnRows: rows.length,
    pd,
  };
}
