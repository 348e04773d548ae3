// Fitting the CANN: per network, seeded minibatch Adam on the Poisson loss from the GLM
// start, a running average of the weights, early stopping on a hold-out of the learning
// rows (the best epoch's raw or averaged weights kept); several networks average into one
// (the nagging predictor); then the balance property is checked on the whole learning set
// and restored through the output bias.
import * as tf from '@tensorflow/tfjs';
import type { DesignMatrix, FittedPreprocessing } from '../../spec/design-types.js';
import { initBackend } from '../../tf/backend.js';
import { createRng, nextSeed, permutation } from '../../tf/seed.js';
import { ScheduledAdam, WeightAverage } from './optimiser.js';
import { buildCannEnsemble, buildCannNetwork, cannInputs, cannLayout, inputTensors, outputLayers } from './network.js';
import type { CannInputs, CannLayout } from './network.js';
import type { Rng } from '../../tf/seed.js';

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
/**
 * Share of the learning rows held out to decide when to stop; 0 trains the fixed number of
 * epochs and keeps the last weights. On freMTPL2, 0.2 gave a worse test deviance (31.61 vs
 * 31.54, 3 seeds) and 0.05 stopped on noise (31.66 and 31.58 on two seeds).
 */
export const CANN_VALIDATION_SHARE = 0.1;
/** |sum(pred)/sum(obs) - 1| allowed on the learning set before the output bias is corrected. */
export const CANN_BALANCE_TOLERANCE = 1e-5;
/**
 * Decay of the running average of the weights (window ~1/(1-decay) = 1,000 steps, about
 * four epochs at batch 2,000). On freMTPL2, with the averaged weights as the only
 * candidate, it moved the 3-seed mean test deviance from 31.544 to 31.523; 0 turns it off.
 */
export const CANN_WEIGHT_AVERAGING = 0.999;
/** Networks in the nagging predictor by default: one (the benchmark asks for more). */
export const CANN_MEMBERS = 1;
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
  /** Decay of the exponential moving average of the weights (0 turns averaging off). */
  readonly weightAveraging?: number;
  /** Networks averaged into the nagging predictor (1: a single network). */
  readonly members?: number;
  /** Called after every epoch (progress output in benches). */
  readonly onEpoch?: (epoch: CannEpoch, member: number) => void;
  /** Called with each member's network before it joins the ensemble (it is disposed after). */
  readonly onMember?: (member: CannMemberFit, model: tf.LayersModel) => void;
}

export interface CannEpoch {
  readonly epoch: number;
  /** Mean Poisson negative log-likelihood (up to a constant) on the training rows. */
  readonly trainLoss: number;
  /** Average Poisson deviance on the validation rows, of the better candidate. */
  readonly validationDeviance: number;
  /** Whether the running average of the weights beat the raw weights this epoch. */
  readonly averaged: boolean;
}

export interface CannBalance {
  /** sum(pred) / sum(obs) on the learning set after training, before correction. */
  readonly ratioBeforeCorrection: number;
  readonly ratio: number;
  readonly corrected: boolean;
}

/** One network of the (possibly one-member) ensemble: how its training went. */
export interface CannMemberFit {
  readonly member: number;
  readonly seed: number;
  readonly history: readonly CannEpoch[];
  readonly bestEpoch: number;
}

export interface CannFit {
  /** The fitted network (the members' average adjustment when there are several). */
  readonly model: tf.LayersModel;
  readonly layout: CannLayout;
  readonly preprocessing: FittedPreprocessing;
  readonly seed: number;
  readonly members: readonly CannMemberFit[];
  /** Balance on the learning set of the final model. */
  readonly balance: CannBalance;
}

/** Poisson negative log-likelihood up to a constant, per row mean: exp(eta) - y * eta. */
function poissonLoss(y: tf.Tensor, eta: tf.Tensor): tf.Scalar {
  return tf.mean(tf.sub(tf.exp(eta), tf.mul(y, eta)));
}

/** Linear predictor (log expected count) for every row of packed inputs. */
export function predictEta(model: tf.LayersModel, inputs: CannInputs, layout: CannLayout): Float64Array {
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

/** Shift the output bias by `delta` (every member's, so their average moves by delta): multiplies every prediction by exp(delta). */
function shiftOutputBias(model: tf.LayersModel, delta: number): void {
  for (const layer of outputLayers(model)) {
    const [kernel, bias] = layer.getWeights();
    const shifted = tf.add(bias!, delta);
    layer.setWeights([kernel!, shifted]);
    shifted.dispose();
  }
}

interface MemberData {
  readonly layout: CannLayout;
  readonly train: CannInputs;
  readonly valid: CannInputs;
  readonly trainY: Float32Array;
  readonly validY: Float64Array;
}

/** Seeded hold-out for early stopping: each member draws its own. */
function splitMember(all: CannInputs, layout: CannLayout, counts: Float64Array, rng: Rng, validationShare: number): MemberData {
  const order = permutation(all.rows, createRng(nextSeed(rng)));
  const nValid = Math.round(all.rows * validationShare);
  const validRows = order.slice(0, nValid);
  const trainRows = order.slice(nValid);
  return {
    layout,
    train: subset(all, layout, trainRows),
    valid: subset(all, layout, validRows),
    trainY: Float32Array.from(trainRows, (r) => counts[r]!),
    validY: Float64Array.from(validRows, (r) => counts[r]!),
  };
}

/** Train one network: minibatch Adam, step size halved on plateaus, best (averaged) weights kept. */
function fitMember(
  data: MemberData,
  rng: Rng,
  options: CannOptions,
  member: number,
): { model: tf.LayersModel; bestEpoch: number; history: CannEpoch[] } {
  const { layout, train, valid, trainY, validY } = data;
  const model = buildCannNetwork(layout, rng, options.hiddenUnits ? { hiddenUnits: options.hiddenUnits } : {});
  // tf.train.adam's defaults: beta1 0.9, beta2 0.999, epsilon from the backend.
  const optimizer = new ScheduledAdam(options.learningRate ?? CANN_LEARNING_RATE, 0.9, 0.999);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const batchSize = options.batchSize ?? CANN_BATCH_SIZE;
  const maxEpochs = options.epochs ?? CANN_MAX_EPOCHS;
  const patience = options.patience ?? CANN_PATIENCE;
  const plateauPatience = options.plateauPatience ?? CANN_PLATEAU_PATIENCE;
  const averaging = options.weightAveraging ?? CANN_WEIGHT_AVERAGING;
  const average = averaging > 0 ? new WeightAverage(variables, averaging) : undefined;
  const batchRng = createRng(nextSeed(rng));
  let lastCut = 0;

  const history: CannEpoch[] = [];
  let best = valid.rows > 0 ? deviance(validY, predictEta(model, valid, layout)) : Infinity;
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
      average?.update();
    }
    if (valid.rows === 0) {
      // No hold-out: a fixed number of epochs, the last weights kept (averaged, with averaging).
      history.push({ epoch, trainLoss: lossSum / batches, validationDeviance: Number.NaN, averaged: average !== undefined });
      options.onEpoch?.(history[history.length - 1]!, member);
      bestEpoch = epoch;
      continue;
    }
    // Candidates: the raw weights and, with averaging, their running average (which lags
    // on short fits); the better on the hold-out is kept if it beats the best so far.
    const rawDeviance = deviance(validY, predictEta(model, valid, layout));
    const raw = average?.swapIn();
    const averagedDeviance = raw ? deviance(validY, predictEta(model, valid, layout)) : Infinity;
    if (raw && averagedDeviance >= rawDeviance) average?.swapOut(raw);
    const validationDeviance = Math.min(rawDeviance, averagedDeviance);
    const record = { epoch, trainLoss: lossSum / batches, validationDeviance, averaged: averagedDeviance < rawDeviance };
    history.push(record);
    options.onEpoch?.(record, member);
    if (validationDeviance < best) {
      best = validationDeviance;
      bestEpoch = epoch;
      tf.dispose(bestWeights);
      bestWeights = model.getWeights().map((w) => w.clone());
    }
    if (raw && averagedDeviance < rawDeviance) average?.swapOut(raw);
    if (bestEpoch !== epoch && epoch - Math.max(bestEpoch, lastCut) >= plateauPatience) {
      optimizer.stepSize *= CANN_PLATEAU_DECAY;
      lastCut = epoch;
    }
  }
  if (valid.rows > 0) model.setWeights(bestWeights);
  else if (average) tf.dispose(average.swapIn());
  tf.dispose(bestWeights);
  optimizer.dispose();
  average?.dispose();
  return { model, bestEpoch, history };
}

/**
 * Fit a CANN on the learning rows: `members` networks (default one), each with its own
 * seeded initialisation, hold-out and minibatches, averaged into one network; then the
 * balance property restored on the whole learning set. Runs on the wasm backend (one-hot
 * embeddings need no kernel it lacks); the same seed gives the same network.
 */
export async function fitCann(data: CannTrainingData, options: CannOptions): Promise<CannFit> {
  await initBackend();
  const rng = createRng(options.seed);
  const layout = cannLayout(data.design, options.embeddingDim);
  const all = cannInputs(data.design, layout, data.glmEta);
  const count = options.members ?? CANN_MEMBERS;
  if (!Number.isInteger(count) || count < 1) throw new Error(`CANN members must be a positive integer, got ${count}`);
  const models: tf.LayersModel[] = [];
  const members: CannMemberFit[] = [];
  for (let k = 1; k <= count; k++) {
    const seed = nextSeed(rng);
    const memberRng = createRng(seed);
    const split = splitMember(all, layout, data.counts, memberRng, options.validationShare ?? CANN_VALIDATION_SHARE);
    const fitted = fitMember(split, memberRng, options, k);
    const summary = { member: k, seed, history: fitted.history, bestEpoch: fitted.bestEpoch };
    options.onMember?.(summary, fitted.model);
    models.push(fitted.model);
    members.push(summary);
  }
  const model = buildCannEnsemble(layout, models, options.hiddenUnits ? { hiddenUnits: options.hiddenUnits } : {});
  if (model !== models[0]) models.forEach((m) => m.dispose());
  const balance = restoreBalance(model, all, layout, data.counts);
  return { model, layout, preprocessing: data.design.fitted, seed: options.seed, members, balance };
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
