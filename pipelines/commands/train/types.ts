// What `telisik train` hands each family trainer, and what it gets back: a tfjs model and
// its fitted preprocessing for the bundle, plus the report section of held-out results.
import type * as tf from '@tensorflow/tfjs';
import type { DataTable } from '../../../models/data/table.js';
import type { ReportSection } from '../../../models/report/sections.js';
import type { ReportTable } from '../../../models/report/write-report.js';
import type { FeatureSpec } from '../../../models/spec/types.js';
import type { RowSplit } from '../../../models/tf/split.js';
import type { ScorecardSettings } from './options.js';

export const TRAIN_FAMILIES = ['poisson', 'cann', 'scorecard', 'classifier', 'autoencoder'] as const;
export type TrainFamily = (typeof TRAIN_FAMILIES)[number];

export interface TrainInputs {
  readonly spec: FeatureSpec;
  readonly table: DataTable;
  readonly split: RowSplit;
  readonly seed: number;
  /** How many test rows to explain for the report's contribution chart. */
  readonly explainRows: number;
  /** Column to break frequency results down by (A/E, deviance). */
  readonly segment?: string;
  /** Scorecard only: binning, scaling, L2, thin-file rule and characteristic selection. */
  readonly scorecard?: ScorecardSettings;
  /** CANN only: the spec of the GLM used as skip connection (default: the main spec). */
  readonly glmSpec?: FeatureSpec;
  /** CANN only: networks averaged into the nagging predictor (default 1). */
  readonly members?: number;
}

export interface TrainedFamily {
  readonly family: TrainFamily;
  readonly model: tf.LayersModel;
  readonly preprocessing: unknown;
  readonly section: ReportSection;
  readonly notes: readonly string[];
  /**
   * The trained model's outputs on the test rows, in test-row order (NaN where a row got no
   * score), written beside the bundle so `telisik score` can be checked against them.
   */
  readonly testOutputs?: Readonly<Record<string, Float64Array>>;
  /** Tables for the report (the scorecard's development tables). */
  readonly tables?: readonly ReportTable[];
  /** The spec the model was fitted on, when the family left characteristics out (the classifier's IV screen); the bundle carries it. */
  readonly fittedSpec?: FeatureSpec;
}

export type FamilyTrainer = (inputs: TrainInputs) => Promise<TrainedFamily>;

/** Test row indices to explain: the first `count` of the test split (deterministic). */
export function explainSample(inputs: TrainInputs): Int32Array {
  return inputs.split.test.slice(0, Math.min(inputs.explainRows, inputs.split.test.length));
}
