// The classifier family: a seeded feed-forward network on the one-hot, standardised design,
// trained with class weights and early stopping on a validation split, its probabilities
// calibrated on a further held-out split, explained by integrated gradients.
import * as tf from '@tensorflow/tfjs';
import { takeRows } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import { typicalMember } from '../../explain/baseline.js';
import type { Baseline } from '../../explain/baseline.js';
import { columnTerms, designRow, rowFeatureValues } from '../../explain/feature-values.js';
import { explainNetwork } from '../../explain/integrated-gradients.js';
import type { IntegratedGradientsOptions } from '../../explain/integrated-gradients.js';
import type { Explanation } from '../../explain/types.js';
import { buildDesign, extractResponse, fitPreprocessing } from '../../spec/design.js';
import type { DesignMatrix, FittedPreprocessing } from '../../spec/design-types.js';
import type { FeatureSpec } from '../../spec/types.js';
import { createRng, nextSeed, permutation } from '../../tf/seed.js';
import { holdOut } from '../../tf/split.js';
import { trainWithEarlyStopping } from '../../tf/train-loop.js';
import type { TrainLoopResult, TrainingRows } from '../../tf/train-loop.js';
import { calibrate, fitCalibration } from './calibration.js';
import type { Calibration, CalibrationMethod } from './calibration.js';
import { averageNetworks, folds, without } from './ensemble.js';
import { DEFAULT_HIDDEN_UNITS, buildClassifierNetwork, logitCrossEntropy } from './network.js';

export interface ClassifierOptions {
  readonly seed: number;
  readonly hiddenUnits?: readonly number[];
  readonly epochs?: number;
  readonly batchSize?: number;
  readonly learningRate?: number;
  readonly patience?: number;
  /** Share of the learning rows held out for early stopping. */
  readonly validationShare?: number;
  /** Share of the learning rows held out for calibration (never seen by the network). */
  readonly calibrationShare?: number;
  readonly calibration?: CalibrationMethod;
  /** 'balanced': each class carries half the total weight; 'none': every row weight 1. */
  readonly classWeighting?: 'balanced' | 'none';
  /**
   * Networks whose mean logit is the classifier (ensemble.ts): each validates on its own fold of the
   * learning rows left after calibration and fits on the rest. 1: one network, validationShare held out.
   */
  readonly ensemble?: number;
}

export const CLASSIFIER_DEFAULTS = Object.freeze({
  epochs: 200,
  batchSize: 256,
  /** Adam's usual 1e-3 is slow for a network this small; 1e-2 converges in tens of epochs. */
  learningRate: 0.01,
  patience: 10,
  validationShare: 0.2,
  calibrationShare: 0.2,
  calibration: 'platt' as CalibrationMethod,
  classWeighting: 'balanced' as const,
});

/** Rows per predict call: bounds tensor memory on large tables. */
export const PREDICT_BATCH_ROWS = 8192;

export interface ClassifierPreprocessing {
  readonly kind: 'classifier';
  readonly design: FittedPreprocessing;
  readonly calibration: Calibration;
  readonly baseline: Baseline;
  readonly classWeights: { readonly negative: number; readonly positive: number };
}

export interface Classifier {
  readonly spec: FeatureSpec;
  /** Outputs the uncalibrated logit. */
  readonly model: tf.LayersModel;
  readonly preprocessing: ClassifierPreprocessing;
}

export interface ClassifierFit {
  readonly classifier: Classifier;
  /** The first network's training (of an ensemble: `members` holds every network's). */
  readonly training: TrainLoopResult;
  readonly members: readonly TrainLoopResult[];
  /** Of an ensemble, every learning row fits all networks but one and validates that one. */
  readonly rows: { readonly fit: number; readonly validation: number; readonly calibration: number };
}

function labelsOf(spec: FeatureSpec, table: DataTable): Float64Array {
  const target = extractResponse(table, spec).target;
  if (!target) throw new Error(`classifier: spec ${spec.name} names no target`);
  for (let i = 0; i < target.length; i++) {
    if (target[i] !== 0 && target[i] !== 1) throw new Error(`classifier: target ${spec.target} must be 0 or 1, row ${i} has ${target[i]}`);
  }
  return target;
}

function trainingRows(
  design: DesignMatrix,
  labels: Float64Array,
  rows: ArrayLike<number>,
  weights: { negative: number; positive: number },
): TrainingRows {
  const x = new Float32Array(rows.length * design.nCols);
  const y = new Float32Array(rows.length);
  const weight = new Float32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    x.set(design.x.subarray(r * design.nCols, (r + 1) * design.nCols), i * design.nCols);
    y[i] = labels[r] as number;
    weight[i] = labels[r] === 1 ? weights.positive : weights.negative;
  }
  return { rows: rows.length, x, xCols: design.nCols, y, yCols: 1, weight };
}

/** Network logits for every row of a design. */
export function networkLogits(model: tf.LayersModel, design: DesignMatrix): Float64Array {
  const out = new Float64Array(design.nRows);
  for (let from = 0; from < design.nRows; from += PREDICT_BATCH_ROWS) {
    const to = Math.min(design.nRows, from + PREDICT_BATCH_ROWS);
    const logits = tf.tidy(() => {
      const x = tf.tensor2d(Float32Array.from(design.x.subarray(from * design.nCols, to * design.nCols)), [to - from, design.nCols]);
      // one pass per batch: predict() alone splits it into 32-row calls (tfjs-layers' default)
      return model.predict(x, { batchSize: to - from }) as tf.Tensor;
    });
    // read outside tidy: tidy walks what its function returns, a typed array element by element
    // (a third of the batch's inference CPU)
    out.set(logits.dataSync(), from);
    logits.dispose();
  }
  return out;
}

/** Fit the classifier on the rows `learnRows` of `table`. */
export async function trainClassifier(
  spec: FeatureSpec,
  table: DataTable,
  learnRows: ArrayLike<number>,
  options: ClassifierOptions,
): Promise<ClassifierFit> {
  const o = { ...CLASSIFIER_DEFAULTS, ...options };
  const rng = createRng(o.seed);
  const calibrationSplit = holdOut(learnRows, o.calibrationShare, nextSeed(rng));
  const members = o.ensemble ?? 1;
  if (!Number.isInteger(members) || members < 1) throw new Error(`classifier: ensemble must be a whole number >= 1, got ${members}`);
  // one network: validationShare held out; an ensemble: one fold per network (ensemble.ts)
  const fitSets: Array<{ fit: Int32Array; validation: Int32Array }> = [];
  if (members === 1) {
    const v = holdOut(calibrationSplit.learn, o.validationShare / (1 - o.calibrationShare), nextSeed(rng));
    fitSets.push({ fit: v.learn, validation: v.test });
  } else {
    const fold = folds(calibrationSplit.learn, members, permutation(calibrationSplit.learn.length, createRng(nextSeed(rng))));
    for (const f of fold) fitSets.push({ fit: without(calibrationSplit.learn, f), validation: f });
  }
  const fitRows = members === 1 ? (fitSets[0] as { fit: Int32Array }).fit : calibrationSplit.learn;
  const fitted = fitPreprocessing(table, spec, { coding: 'one-hot', scaling: 'standardize' }, fitRows);
  const design = buildDesign(table, spec, fitted);
  const labels = labelsOf(spec, table);
  let positives = 0;
  for (const r of fitRows) positives += labels[r] as number;
  if (positives === 0 || positives === fitRows.length) throw new Error('classifier: the fitting rows hold only one class');
  const classWeights =
    o.classWeighting === 'balanced'
      ? { negative: fitRows.length / (2 * (fitRows.length - positives)), positive: fitRows.length / (2 * positives) }
      : { negative: 1, positive: 1 };
  const networks: tf.LayersModel[] = [];
  const trainings: TrainLoopResult[] = [];
  for (const set of fitSets) {
    const network = buildClassifierNetwork(design.nCols, o.hiddenUnits ?? DEFAULT_HIDDEN_UNITS, rng);
    trainings.push(
      await trainWithEarlyStopping(
        network,
        logitCrossEntropy,
        trainingRows(design, labels, set.fit, classWeights),
        trainingRows(design, labels, set.validation, classWeights),
        { epochs: o.epochs, batchSize: o.batchSize, learningRate: o.learningRate, patience: o.patience, seed: nextSeed(rng) },
      ),
    );
    networks.push(network);
  }
  const model = members === 1 ? (networks[0] as tf.LayersModel) : averageNetworks(networks, design.nCols);
  const calRows = calibrationSplit.test;
  const allLogits = networkLogits(model, design);
  const calibration = fitCalibration(
    o.calibration,
    Float64Array.from(calRows, (r) => allLogits[r] as number),
    Float64Array.from(calRows, (r) => labels[r] as number),
  );
  const preprocessing: ClassifierPreprocessing = {
    kind: 'classifier',
    design: fitted,
    calibration,
    baseline: typicalMember(design, fitRows),
    classWeights,
  };
  return {
    classifier: { spec, model, preprocessing },
    training: trainings[0] as TrainLoopResult,
    members: trainings,
    rows: {
      fit: fitRows.length,
      validation: members === 1 ? (fitSets[0] as { validation: Int32Array }).validation.length : calibrationSplit.learn.length,
      calibration: calRows.length,
    },
  };
}

/** Network logit and calibrated probability for `rows` of `table` (default: all rows). */
export function predictClassifier(
  classifier: Classifier,
  table: DataTable,
  rows?: ArrayLike<number>,
): { logit: Float64Array; probability: Float64Array } {
  const subset = rows ? takeRows(table, rows) : table;
  const design = buildDesign(subset, classifier.spec, classifier.preprocessing.design);
  const logit = networkLogits(classifier.model, design);
  const probability = logit.map((z) => calibrate(classifier.preprocessing.calibration, z));
  return { logit, probability };
}

/**
 * Integrated gradients for one row against the typical member. Under Platt calibration
 * the contributions are scaled by its slope, so they add up in the calibrated logit (the
 * log-odds behind the reported probability); under isotonic, in the network's own logit.
 */
export function explainClassifier(
  classifier: Classifier,
  table: DataTable,
  row: number,
  options?: IntegratedGradientsOptions,
): Explanation {
  const one = takeRows(table, [row]);
  const pre = classifier.preprocessing;
  const design = buildDesign(one, classifier.spec, pre.design);
  const values = rowFeatureValues(one, 0, pre.design);
  const platt = pre.calibration.kind === 'platt' ? pre.calibration : undefined;
  return explainNetwork({
    family: 'classifier',
    space: 'logit',
    f: (x) => classifier.model.apply(x) as tf.Tensor,
    input: designRow(design, 0),
    baselineRow: Float32Array.from(pre.baseline.row),
    columnFeature: columnTerms(design),
    features: pre.design.terms.map((t, k) => ({ name: t.name, value: values[k] ?? null, baselineValue: pre.baseline.values[k] ?? null })),
    baseline: platt
      ? `${pre.baseline.description}; calibrated logit`
      : `${pre.baseline.description}; network logit (isotonic calibration is not linear)`,
    ...(platt ? { scale: platt.slope, shift: platt.intercept } : {}),
    ...(options ? { options } : {}),
  });
}
