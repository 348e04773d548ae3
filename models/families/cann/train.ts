// Fitting the CANN: seeded minibatch Adam on the Poisson loss from the GLM start, early
// stopping on a validation split of the learning rows (best epoch kept), then the balance
// property checked on the whole learning set and restored through the output bias.
import * as tf from '@tensorflow/tfjs';
import type { DesignMatrix, FittedPreprocessing } from '../../spec/design-types.js';
import { initBackend } from '../../tf/backend.js';
import { createRng, nextSeed, permutation } from '../../tf/seed.js';
import { CANN_OUTPUT_LAYER, buildCannNetwork, cannInputs, cannLayout, inputTensors } from './network.js';
import type { CannInputs, CannLayout } from './network.js';

/**
 * Minibatch size. The papers use 10,000 for 100+ epochs; measured on freMTPL2 with tfjs
 * wasm, 2,000 reaches a lower validation deviance per second of CPU (more updates per
 * epoch at little extra per-step cost), which keeps a full-data fit to a few minutes.
 */
export const CANN_BATCH_SIZE = 2_000;
/**
 * Adam's initial step size. tfjs has no Nadam (the papers' optimiser); Adam at 0.004 with
 * halving on plateaus matched or beat 0.002/0.005/0.01 at batch 2,000-5,000 in our runs.
 */
export const CANN_LEARNING_RATE = 0.004;
/** Upper bound on epochs; on freMTPL2 the validation deviance flattens after ~30-40. */
export const CANN_MAX_EPOCHS = 50;
/** Epochs without a validation improvement before stopping. */
export const CANN_PATIENCE = 8;
/** Epochs without improvement before the step size is cut (reduce on plateau). */
export const CANN_PLATEAU_PATIENCE = 3;
/** Factor applied to the step size on a plateau: noisy large-step epochs settle into the minimum. */
export const CANN_PLATEAU_DECAY = 0.5;
/** Share of the learning rows held out to decide when to stop. 0.2 gave a worse test deviance on freMTPL2 (31.61 vs 31.54, 3 seeds). */
export const CANN_VALIDATION_SHARE = 0.1;
/** |sum(pred)/sum(obs) - 1| allowed on the learning set before the output bias is corrected. */
export const CANN_BALANCE_TOLERANCE = 1e-5;
/** Rows per forward pass when predicting (bounds memory on large tables). */
const PREDICT_CHUNK = 50_000;

export interface CannTrainingData {
  /** One-hot coded network design of the learning rows (scaled continuous terms). */
  readonly design: DesignMatrix;
  /** The fitted GLM's linear predictor on the same rows, offset log(exposure) included. */
  readonly glmEta: Float64Array;
  /** Observed claim counts. */
  readonly counts: Float64Array;
}

export interface CannOptions {
  readonly seed: number;
  readonly epochs?: number;
  readonly batchSize?: number;
  readonly learningRate?: number;
  readonly patience?: number;
  readonly plateauPatience?: number;
  readonly validationShare?: number;
  readonly hiddenUnits?: readonly number[];
  readonly embeddingDim?: number;
  /** Called after every epoch (progress output in benches). */
  readonly onEpoch?: (epoch: CannEpoch) => void;
}

export interface CannEpoch {
  readonly epoch: number;
  /** Mean Poisson negative log-likelihood (up to a constant) on the training rows. */
  readonly trainLoss: number;
  /** Average Poisson deviance on the validation rows. */
  readonly validationDeviance: number;
}

export interface CannBalance {
  /** sum(pred) / sum(obs) on the learning set after training, before correction. */
  readonly ratioBeforeCorrection: number;
  readonly ratio: number;
  readonly corrected: boolean;
}

export interface CannFit {
  readonly model: tf.LayersModel;
  readonly layout: CannLayout;
  readonly preprocessing: FittedPreprocessing;
  readonly seed: number;
  readonly history: readonly CannEpoch[];
  readonly bestEpoch: number;
  readonly balance: CannBalance;
}

/** Adam whose step size can be cut between epochs (tfjs keeps it protected and has no schedules). */
class ScheduledAdam extends tf.AdamOptimizer {
  get stepSize(): number {
    return this.learningRate;
  }
  set stepSize(value: number) {
    this.learningRate = value;
  }
}

/** Poisson negative log-likelihood up to a constant, per row mean: exp(eta) - y * eta. */
function poissonLoss(y: tf.Tensor, eta: tf.Tensor): tf.Scalar {
  return tf.mean(tf.sub(tf.exp(eta), tf.mul(y, eta)));
}

/** Linear predictor (log expected count) for every row of packed inputs. */
function predictEta(model: tf.LayersModel, inputs: CannInputs, layout: CannLayout): Float64Array {
  const out = new Float64Array(inputs.rows);
  for (let from = 0; from < inputs.rows; from += PREDICT_CHUNK) {
    const to = Math.min(inputs.rows, from + PREDICT_CHUNK);
    const chunk = tf.tidy(() => {
      const xs = inputTensors(inputs, layout, undefined, from, to);
      // apply, not predict: predict would cut the chunk into batches of 32 rows.
      return (model.apply(xs, { training: false }) as tf.Tensor).dataSync();
    });
    for (let i = 0; i < chunk.length; i++) out[from + i] = chunk[i]!;
  }
  return out;
}

function deviance(counts: Float64Array, eta: Float64Array): number {
  let s = 0;
  for (let i = 0; i < counts.length; i++) {
    const y = counts[i]!;
    const mu = Math.exp(eta[i]!);
    s += mu - y + (y > 0 ? y * Math.log(y / mu) : 0);
  }
  return (2 * s) / counts.length;
}

function subset(inputs: CannInputs, layout: CannLayout, rows: Int32Array): CannInputs {
  const pick = (src: Float32Array, width: number): Float32Array => {
    const out = new Float32Array(rows.length * width);
    for (let i = 0; i < rows.length; i++) out.set(src.subarray(rows[i]! * width, (rows[i]! + 1) * width), i * width);
    return out;
  };
  return {
    rows: rows.length,
    direct: pick(inputs.direct, layout.directColumns.length),
    embedded: layout.embeddings.map((e, k) => pick(inputs.embedded[k]!, e.width)),
    glmEta: pick(inputs.glmEta, 1),
  };
}

/** Shift the output bias by `delta`: multiplies every prediction by exp(delta). */
function shiftOutputBias(model: tf.LayersModel, delta: number): void {
  const layer = model.getLayer(CANN_OUTPUT_LAYER);
  const [kernel, bias] = layer.getWeights();
  const shifted = tf.add(bias!, delta);
  layer.setWeights([kernel!, shifted]);
  shifted.dispose();
}

/**
 * Fit a CANN on the learning rows. Runs on the wasm backend (one-hot embeddings need no
 * kernel it lacks); the same seed gives the same network, split and minibatches.
 */
export async function fitCann(data: CannTrainingData, options: CannOptions): Promise<CannFit> {
  await initBackend();
  const rng = createRng(options.seed);
  const layout = cannLayout(data.design, options.embeddingDim);
  const all = cannInputs(data.design, layout, data.glmEta);
  const n = all.rows;
  // Seeded hold-out for early stopping.
  const order = permutation(n, createRng(nextSeed(rng)));
  const nValid = Math.round(n * (options.validationShare ?? CANN_VALIDATION_SHARE));
  const validRows = order.slice(0, nValid);
  const trainRows = order.slice(nValid);
  const train = subset(all, layout, trainRows);
  const valid = subset(all, layout, validRows);
  const trainY = Float32Array.from(trainRows, (r) => data.counts[r]!);
  const validY = Float64Array.from(validRows, (r) => data.counts[r]!);

  const model = buildCannNetwork(layout, rng, options.hiddenUnits ? { hiddenUnits: options.hiddenUnits } : {});
  // tf.train.adam's defaults: beta1 0.9, beta2 0.999, epsilon from the backend.
  const optimizer = new ScheduledAdam(options.learningRate ?? CANN_LEARNING_RATE, 0.9, 0.999);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const batchSize = options.batchSize ?? CANN_BATCH_SIZE;
  const maxEpochs = options.epochs ?? CANN_MAX_EPOCHS;
  const patience = options.patience ?? CANN_PATIENCE;
  const plateauPatience = options.plateauPatience ?? CANN_PLATEAU_PATIENCE;
  let lastCut = 0;
  const batchRng = createRng(nextSeed(rng));

  const history: CannEpoch[] = [];
  let best = deviance(validY, predictEta(model, valid, layout));
  let bestEpoch = 0;
  let bestWeights = model.getWeights().map((w) => w.clone());
  for (let epoch = 1; epoch <= maxEpochs && epoch - bestEpoch <= patience; epoch++) {
    const batchOrder = permutation(train.rows, batchRng);
    let lossSum = 0;
    let batches = 0;
    for (let from = 0; from < train.rows; from += batchSize) {
      const to = Math.min(train.rows, from + batchSize);
      const xs = inputTensors(train, layout, batchOrder, from, to);
      const yBatch = new Float32Array(to - from);
      for (let i = from; i < to; i++) yBatch[i - from] = trainY[batchOrder[i]!]!;
      const y = tf.tensor2d(yBatch, [to - from, 1]);
      const cost = optimizer.minimize(() => poissonLoss(y, model.apply(xs, { training: true }) as tf.Tensor), true, variables);
      lossSum += cost ? cost.dataSync()[0]! : 0;
      batches++;
      tf.dispose([...xs, y, ...(cost ? [cost] : [])]);
    }
    const validationDeviance = deviance(validY, predictEta(model, valid, layout));
    const record = { epoch, trainLoss: lossSum / batches, validationDeviance };
    history.push(record);
    options.onEpoch?.(record);
    if (validationDeviance < best) {
      best = validationDeviance;
      bestEpoch = epoch;
      tf.dispose(bestWeights);
      bestWeights = model.getWeights().map((w) => w.clone());
    } else if (epoch - Math.max(bestEpoch, lastCut) >= plateauPatience) {
      optimizer.stepSize *= CANN_PLATEAU_DECAY;
      lastCut = epoch;
    }
  }
  model.setWeights(bestWeights);
  tf.dispose(bestWeights);
  optimizer.dispose();

  const balance = restoreBalance(model, all, layout, data.counts);
  return { model, layout, preprocessing: data.design.fitted, seed: options.seed, history, bestEpoch, balance };
}

function balanceRatioOf(model: tf.LayersModel, inputs: CannInputs, layout: CannLayout, counts: Float64Array): number {
  const eta = predictEta(model, inputs, layout);
  let pred = 0;
  let obs = 0;
  for (let i = 0; i < eta.length; i++) {
    pred += Math.exp(eta[i]!);
    obs += counts[i]!;
  }
  return pred / obs;
}

/**
 * Balance property: on the learning set total predicted claims must equal total observed
 * (the GLM has it by its score equations; early-stopped SGD does not). Off by more than
 * the tolerance, the output bias moves by -log(ratio), which rescales every prediction.
 */
export function restoreBalance(model: tf.LayersModel, inputs: CannInputs, layout: CannLayout, counts: Float64Array): CannBalance {
  const before = balanceRatioOf(model, inputs, layout, counts);
  if (Math.abs(before - 1) <= CANN_BALANCE_TOLERANCE) return { ratioBeforeCorrection: before, ratio: before, corrected: false };
  shiftOutputBias(model, -Math.log(before));
  const after = balanceRatioOf(model, inputs, layout, counts);
  if (Math.abs(after - 1) > CANN_BALANCE_TOLERANCE) throw new Error(`CANN balance could not be restored: ratio ${after}`);
  return { ratioBeforeCorrection: before, ratio: after, corrected: true };
}

/** Expected claim counts for a one-hot network design built with the fit's preprocessing. */
export function predictCann(fit: CannFit, design: DesignMatrix, glmEta: Float64Array): Float64Array {
  const inputs = cannInputs(design, fit.layout, glmEta);
  const eta = predictEta(fit.model, inputs, fit.layout);
  for (let i = 0; i < eta.length; i++) eta[i] = Math.exp(eta[i]!);
  return eta;
}

/** Balance ratio of a fitted CANN on rows it is given (1 on its learning set after fitting). */
export function cannBalanceRatio(fit: CannFit, design: DesignMatrix, glmEta: Float64Array, counts: Float64Array): number {
  return balanceRatioOf(fit.model, cannInputs(design, fit.layout, glmEta), fit.layout, counts);
}
