// The gradient-boosting baseline of the credit development report: how much ranking power
// the scorecard's additive, binned form leaves on the table. Log-loss boosting of depth-
// limited trees with shrinkage; the number of trees is chosen by early stopping on a
// seeded hold-out of the learning rows (never the test rows), then the model is refitted
// on every learning row with that many trees. Deterministic: no row or column sampling.
import type { DataTable } from '../../data/table.js';
import { numericValues } from '../../data/table.js';
import { holdOut } from '../../tf/split.js';
import { binTable } from './bins.js';
import type { BinnedTable } from './bins.js';
import { growTree, treeValue } from './tree.js';
import type { TreeNode, TreeSettings } from './tree.js';

export interface BoostingSettings extends TreeSettings {
  readonly learningRate: number;
  readonly maxTrees: number;
  /** Stop when the hold-out log loss has not improved for this many trees. */
  readonly patience: number;
  /** Share of the learning rows held out to choose the number of trees. */
  readonly validationShare: number;
}

/** Common defaults of GBM libraries for tabular credit data (rate 0.05, leaves of 20+ rows); depth is searched. */
export const DEFAULT_BOOSTING: BoostingSettings = Object.freeze({
  maxDepth: 3,
  minLeafRows: 20,
  l2: 1,
  minGain: 1e-6,
  learningRate: 0.05,
  maxTrees: 1000,
  patience: 50,
  validationShare: 0.2,
});

/** Tree depths tried, the one with the lowest hold-out log loss kept: shallow for small tables, deeper for large. */
export const DEPTH_GRID: readonly number[] = [2, 3, 4, 6];

export interface BoostedModel {
  readonly columns: readonly string[];
  readonly intercept: number;
  readonly learningRate: number;
  readonly trees: readonly TreeNode[];
  /** Trees chosen by early stopping, and the hold-out log loss at that point. */
  readonly chosenTrees: number;
  readonly validationLogLoss: number;
  readonly settings: BoostingSettings;
  readonly binned: BinnedTable;
}

const EPS = 1e-15;

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function fitTrees(
  data: BinnedTable,
  y: Float64Array,
  rows: Int32Array,
  trees: number,
  s: BoostingSettings,
  watch?: Int32Array,
): { intercept: number; trees: TreeNode[]; best: number; bestLoss: number } {
  let mean = 0;
  for (const r of rows) mean += y[r] as number;
  mean = Math.min(1 - 1e-6, Math.max(1e-6, mean / rows.length));
  const intercept = logit(mean);
  const f = new Float64Array(y.length).fill(intercept);
  const grad = new Float64Array(y.length);
  const hess = new Float64Array(y.length);
  const out: TreeNode[] = [];
  let best = 0;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0; t < trees; t++) {
    for (const r of rows) {
      const p = sigmoid(f[r] as number);
      grad[r] = p - (y[r] as number);
      hess[r] = Math.max(p * (1 - p), EPS);
    }
    const tree = growTree(data, rows, grad, hess, s);
    out.push(tree);
    for (const r of rows) f[r] = (f[r] as number) + s.learningRate * treeValue(tree, data, r);
    if (watch) {
      let loss = 0;
      for (const r of watch) {
        f[r] = (f[r] as number) + s.learningRate * treeValue(tree, data, r);
        const p = Math.min(1 - EPS, Math.max(EPS, sigmoid(f[r] as number)));
        loss -= (y[r] as number) * Math.log(p) + (1 - (y[r] as number)) * Math.log(1 - p);
      }
      loss /= watch.length;
      if (loss < bestLoss - 1e-9) {
        bestLoss = loss;
        best = t + 1;
      } else if (t + 1 - best >= s.patience) break;
    }
  }
  return { intercept, trees: out, best, bestLoss };
}

/**
 * Fit on `learnRows` of `table` (target 0/1 in `target`, rows with a missing target skipped),
 * trying each depth of `depths` and keeping the one with the lowest hold-out log loss.
 */
export function trainBoosting(
  table: DataTable,
  columns: readonly string[],
  target: string,
  learnRows: ArrayLike<number>,
  seed: number,
  settings: BoostingSettings = DEFAULT_BOOSTING,
  depths: readonly number[] = DEPTH_GRID,
): BoostedModel {
  const y = numericValues(table, target);
  const labelled = Int32Array.from(Array.from(learnRows).filter((r) => !Number.isNaN(y[r] as number)));
  const data = binTable(table, columns, labelled);
  const split = holdOut(labelled, settings.validationShare, seed);
  let chosen = { settings, best: 0, bestLoss: Number.POSITIVE_INFINITY };
  for (const maxDepth of depths) {
    const s = { ...settings, maxDepth };
    const search = fitTrees(data, y, split.learn, settings.maxTrees, s, split.test);
    if (search.bestLoss < chosen.bestLoss) chosen = { settings: s, best: search.best, bestLoss: search.bestLoss };
  }
  const trees = Math.max(1, chosen.best);
  const final = fitTrees(data, y, labelled, trees, chosen.settings);
  return {
    columns,
    intercept: final.intercept,
    learningRate: settings.learningRate,
    trees: final.trees,
    chosenTrees: trees,
    validationLogLoss: chosen.bestLoss,
    settings: chosen.settings,
    binned: data,
  };
}

/** Probability of the positive class for rows of the table the model was fitted on. */
export function predictBoosting(model: BoostedModel, rows: ArrayLike<number>): Float64Array {
  return Float64Array.from(Array.from(rows), (r) => {
    let z = model.intercept;
    for (const t of model.trees) z += model.learningRate * treeValue(t, model.binned, r);
    return sigmoid(z);
  });
}
