// The autoencoder family, for fraud where labels are scarce: learn to reconstruct typical
// claims; the anomaly score is the mean squared reconstruction error of the standardised
// design row, and each feature's share of that error is its explanation (exact: the
// shares add up to the score).
import * as tf from '@tensorflow/tfjs';
import { takeRows } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import { columnTerms, rowFeatureValues } from '../../explain/feature-values.js';
import { EXACT_COMPLETENESS_TOLERANCE, checkCompleteness } from '../../explain/types.js';
import type { Explanation, FeatureValue } from '../../explain/types.js';
import { buildDesign, fitPreprocessing } from '../../spec/design.js';
import type { DesignMatrix, FittedPreprocessing } from '../../spec/design-types.js';
import type { FeatureSpec } from '../../spec/types.js';
import { createRng, nextSeed } from '../../tf/seed.js';
import { holdOut } from '../../tf/split.js';
import { trainWithEarlyStopping } from '../../tf/train-loop.js';
import type { TrainLoopResult, TrainingRows } from '../../tf/train-loop.js';
import { DEFAULT_ENCODER_UNITS, buildAutoencoder, reconstructionLoss } from './network.js';

export interface AutoencoderOptions {
  readonly seed: number;
  readonly encoderUnits?: readonly number[];
  readonly epochs?: number;
  readonly batchSize?: number;
  readonly learningRate?: number;
  readonly patience?: number;
  readonly validationShare?: number;
}

export const AUTOENCODER_DEFAULTS = Object.freeze({
  epochs: 200,
  batchSize: 128,
  learningRate: 0.01,
  patience: 10,
  validationShare: 0.2,
});

/** Rows per predict call: bounds tensor memory on large tables. */
export const RECONSTRUCT_BATCH_ROWS = 8192;

export interface AutoencoderPreprocessing {
  readonly kind: 'autoencoder';
  readonly design: FittedPreprocessing;
}

export interface Autoencoder {
  readonly spec: FeatureSpec;
  readonly model: tf.LayersModel;
  readonly preprocessing: AutoencoderPreprocessing;
}

export interface AutoencoderFit {
  readonly autoencoder: Autoencoder;
  readonly training: TrainLoopResult;
}

function rowsOf(design: DesignMatrix, rows: ArrayLike<number>): TrainingRows {
  const x = new Float32Array(rows.length * design.nCols);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    x.set(design.x.subarray(r * design.nCols, (r + 1) * design.nCols), i * design.nCols);
  }
  return { rows: rows.length, x, xCols: design.nCols, y: x, yCols: design.nCols };
}

/** Fit the autoencoder on `learnRows` (labels, if the spec has any, are not used). */
export async function trainAutoencoder(
  spec: FeatureSpec,
  table: DataTable,
  learnRows: ArrayLike<number>,
  options: AutoencoderOptions,
): Promise<AutoencoderFit> {
  const o = { ...AUTOENCODER_DEFAULTS, ...options };
  const rng = createRng(o.seed);
  const split = holdOut(learnRows, o.validationShare, nextSeed(rng));
  const fitted = fitPreprocessing(table, spec, { coding: 'one-hot', scaling: 'standardize' }, split.learn);
  const design = buildDesign(table, spec, fitted);
  const model = buildAutoencoder(design.nCols, o.encoderUnits ?? DEFAULT_ENCODER_UNITS, rng);
  const training = await trainWithEarlyStopping(model, reconstructionLoss, rowsOf(design, split.learn), rowsOf(design, split.test), {
    epochs: o.epochs,
    batchSize: o.batchSize,
    learningRate: o.learningRate,
    patience: o.patience,
    seed: nextSeed(rng),
  });
  return { autoencoder: { spec, model, preprocessing: { kind: 'autoencoder', design: fitted } }, training };
}

/** Reconstructed design rows (row-major, same shape as design.x). */
export function reconstruct(model: tf.LayersModel, design: DesignMatrix): Float32Array {
  const out = new Float32Array(design.nRows * design.nCols);
  for (let from = 0; from < design.nRows; from += RECONSTRUCT_BATCH_ROWS) {
    const to = Math.min(design.nRows, from + RECONSTRUCT_BATCH_ROWS);
    const r = tf.tidy(() => {
      const x = tf.tensor2d(Float32Array.from(design.x.subarray(from * design.nCols, to * design.nCols)), [to - from, design.nCols]);
      // one pass per batch: predict() alone splits it into 32-row calls (tfjs-layers' default)
      return model.predict(x, { batchSize: to - from }) as tf.Tensor;
    });
    // read outside tidy: tidy walks what its function returns, a typed array element by element
    // (a third of the batch's inference CPU)
    out.set(r.dataSync(), from * design.nCols);
    r.dispose();
  }
  return out;
}

/** Anomaly score per row: mean squared reconstruction error over the design columns. */
export function anomalyScores(autoencoder: Autoencoder, table: DataTable, rows?: ArrayLike<number>): Float64Array {
  const subset = rows ? takeRows(table, rows) : table;
  const design = buildDesign(subset, autoencoder.spec, autoencoder.preprocessing.design);
  const rec = reconstruct(autoencoder.model, design);
  const scores = new Float64Array(design.nRows);
  for (let i = 0; i < design.nRows; i++) {
    let sum = 0;
    for (let j = 0; j < design.nCols; j++) sum += ((design.x[i * design.nCols + j] as number) - (rec[i * design.nCols + j] as number)) ** 2;
    scores[i] = sum / design.nCols;
  }
  return scores;
}

/** The reconstruction's value of a term: numbers back in raw units, categories as the most reconstructed level. */
function reconstructedValue(design: DesignMatrix, rec: Float32Array, termIndex: number): FeatureValue {
  const term = design.fitted.terms[termIndex];
  const at = design.terms[termIndex];
  if (!term || !at) return null;
  if (term.kind === 'continuous') {
    const v = (rec[at.start] as number) * term.scale + term.center;
    return term.transform?.log ? Math.exp(v) : v;
  }
  const levels = term.levels.filter((l) => l !== term.reference);
  let best = 0;
  for (let k = 1; k < at.width; k++) if ((rec[at.start + k] as number) > (rec[at.start + best] as number)) best = k;
  return levels[best] ?? null;
}

/**
 * One row's anomaly score split by feature: each feature's squared errors over its
 * columns, divided by the column count, so the contributions add up to the score exactly.
 * The baseline is a perfect reconstruction (score 0); its values are what the
 * autoencoder expected the claim to look like.
 */
export function explainAnomaly(autoencoder: Autoencoder, table: DataTable, row: number): Explanation {
  const one = takeRows(table, [row]);
  const design = buildDesign(one, autoencoder.spec, autoencoder.preprocessing.design);
  const rec = reconstruct(autoencoder.model, design);
  const owner = columnTerms(design);
  const perTerm = new Map<string, number>();
  let score = 0;
  for (let j = 0; j < design.nCols; j++) {
    const share = ((design.x[j] as number) - (rec[j] as number)) ** 2 / design.nCols;
    score += share;
    perTerm.set(owner[j] as string, (perTerm.get(owner[j] as string) ?? 0) + share);
  }
  const values = rowFeatureValues(one, 0, autoencoder.preprocessing.design);
  const contributions = design.fitted.terms.map((t, k) => ({
    feature: t.name,
    contribution: perTerm.get(t.name) ?? 0,
    value: values[k] ?? null,
    baselineValue: reconstructedValue(design, rec, k),
  }));
  return {
    family: 'autoencoder',
    method: 'reconstruction-error',
    space: 'squared-error',
    output: score,
    baselineOutput: 0,
    baseline: "a perfect reconstruction; baseline values are the autoencoder's reconstruction of the row",
    contributions,
    completeness: checkCompleteness(contributions, score, 0, EXACT_COMPLETENESS_TOLERANCE),
  };
}
