// Minibatch training with early stopping for the network families. A hand-written loop
// rather than model.fit: fit shuffles with Math.random (not seedable), has no sample
// weights and no restore-best-weights; this loop is seeded and keeps the best epoch.
import * as tf from '@tensorflow/tfjs';
import { createRng, permutation } from './seed.js';

/** Rows in row-major typed arrays, as the network families hold them. */
export interface TrainingRows {
  readonly rows: number;
  readonly x: Float32Array;
  readonly xCols: number;
  readonly y: Float32Array;
  readonly yCols: number;
  /** Per-row weight (class weights, exposure); 1 when absent. */
  readonly weight?: Float32Array;
}

/** Per-row loss: a [rows] tensor from targets and model outputs. */
export type RowLoss = (yTrue: tf.Tensor2D, yPred: tf.Tensor2D) => tf.Tensor1D;

export interface TrainLoopOptions {
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  /** Epochs without a validation improvement before stopping. */
  readonly patience: number;
  readonly seed: number;
}

export interface TrainLoopResult {
  readonly epochsRun: number;
  /** Epoch (1-based) whose weights the model holds on return. */
  readonly bestEpoch: number;
  readonly trainLoss: readonly number[];
  readonly validationLoss: readonly number[];
}

/** A relative improvement smaller than this does not reset the patience counter. */
const MIN_RELATIVE_IMPROVEMENT = 1e-4;

function take(rows: TrainingRows, order: Int32Array, from: number, to: number): { x: tf.Tensor2D; y: tf.Tensor2D; w: tf.Tensor1D } {
  const n = to - from;
  const x = new Float32Array(n * rows.xCols);
  const y = new Float32Array(n * rows.yCols);
  const w = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const r = order[from + i] as number;
    x.set(rows.x.subarray(r * rows.xCols, (r + 1) * rows.xCols), i * rows.xCols);
    y.set(rows.y.subarray(r * rows.yCols, (r + 1) * rows.yCols), i * rows.yCols);
    w[i] = rows.weight ? (rows.weight[r] as number) : 1;
  }
  return { x: tf.tensor2d(x, [n, rows.xCols]), y: tf.tensor2d(y, [n, rows.yCols]), w: tf.tensor1d(w) };
}

function weightedMean(loss: RowLoss, yTrue: tf.Tensor2D, yPred: tf.Tensor2D, w: tf.Tensor1D): tf.Scalar {
  return tf.div(tf.sum(tf.mul(loss(yTrue, yPred), w)), tf.sum(w));
}

/** Weighted mean loss of `model` on `rows` (no gradient). */
export function evaluateLoss(model: tf.LayersModel, loss: RowLoss, rows: TrainingRows): number {
  const all = new Int32Array(rows.rows).map((_, i) => i);
  return tf.tidy(() => {
    const { x, y, w } = take(rows, all, 0, rows.rows);
    const pred = model.apply(x, { training: false }) as tf.Tensor2D;
    return weightedMean(loss, y, pred, w).dataSync()[0] as number;
  });
}

/**
 * Adam on seeded minibatches; after each epoch the validation loss decides whether to
 * keep going. The model ends with the weights of its best validation epoch.
 */
export async function trainWithEarlyStopping(
  model: tf.LayersModel,
  loss: RowLoss,
  train: TrainingRows,
  validation: TrainingRows,
  options: TrainLoopOptions,
): Promise<TrainLoopResult> {
  const rng = createRng(options.seed);
  const optimizer = tf.train.adam(options.learningRate);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const trainLoss: number[] = [];
  const validationLoss: number[] = [];
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = 0;
  let bestWeights: tf.Tensor[] = [];
  let sinceBest = 0;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const order = permutation(train.rows, rng);
    let lossSum = 0;
    let batches = 0;
    for (let from = 0; from < train.rows; from += options.batchSize) {
      const to = Math.min(train.rows, from + options.batchSize);
      const batch = take(train, order, from, to);
      const cost = optimizer.minimize(
        () => weightedMean(loss, batch.y, model.apply(batch.x, { training: true }) as tf.Tensor2D, batch.w),
        true,
        variables,
      );
      lossSum += cost ? ((await cost.data())[0] as number) : 0;
      batches++;
      cost?.dispose();
      tf.dispose([batch.x, batch.y, batch.w]);
    }
    trainLoss.push(lossSum / Math.max(1, batches));
    const v = evaluateLoss(model, loss, validation);
    validationLoss.push(v);
    if (v < best * (1 - MIN_RELATIVE_IMPROVEMENT) || bestEpoch === 0) {
      best = v;
      bestEpoch = epoch;
      sinceBest = 0;
      tf.dispose(bestWeights);
      bestWeights = model.getWeights().map((w) => w.clone());
    } else if (++sinceBest >= options.patience) {
      break;
    }
  }
  model.setWeights(bestWeights);
  tf.dispose(bestWeights);
  optimizer.dispose();
  return { epochsRun: trainLoss.length, bestEpoch, trainLoss, validationLoss };
}
