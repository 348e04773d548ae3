// A fitted CANN as scoring sees it: the tfjs network plus everything needed to rebuild its
// inputs from raw rows (the network's design preprocessing and layout, the GLM skip
// connection with its own spec and preprocessing) and the baseline its explanations use.
// This is what a bundle's manifest carries, so a loaded bundle scores like the fit did.
import type * as tf from '@tensorflow/tfjs';
import { takeRows } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import { typicalMember } from '../../explain/baseline.js';
import type { Baseline } from '../../explain/baseline.js';
import { buildDesign, extractResponse } from '../../spec/design.js';
import type { DesignMatrix, FittedPreprocessing } from '../../spec/design-types.js';
import type { FeatureSpec } from '../../spec/types.js';
import { glmLinearPredictor, logExposure } from '../poisson/glm.js';
import type { LogLinkGlm } from '../poisson/glm.js';
import { cannInputs } from './network.js';
import { predictEta } from './train.js';
import type { CannLayout } from './network.js';

/** The manifest's fitted preprocessing for a CANN bundle. */
export interface CannPreprocessing {
  readonly kind: 'cann';
  /** The network's one-hot, min-max scaled design. */
  readonly network: FittedPreprocessing;
  readonly layout: CannLayout;
  /** The GLM skip connection (float64 coefficients and its reference-coded design). */
  readonly glm: LogLinkGlm;
  /** The GLM's spec: its features and the exposure column (with its cap) of the offset. */
  readonly glmSpec: FeatureSpec;
  /** Baseline of the network adjustment's integrated gradients, in the network's design. */
  readonly baseline: Baseline;
}

export interface Cann {
  /** The network's spec. */
  readonly spec: FeatureSpec;
  /** Inputs [direct, onehot_<term>..., glm_eta]; output eta = log expected count. */
  readonly model: tf.LayersModel;
  readonly preprocessing: CannPreprocessing;
}

/** A fitted network with the GLM it was fitted on; `design` is the network design over the table `learnRows` index. */
export function assembleCann(
  spec: FeatureSpec,
  glmSpec: FeatureSpec,
  glm: LogLinkGlm,
  fit: { readonly model: tf.LayersModel; readonly layout: CannLayout },
  design: DesignMatrix,
  learnRows: ArrayLike<number>,
): Cann {
  return {
    spec,
    model: fit.model,
    preprocessing: { kind: 'cann', network: design.fitted, layout: fit.layout, glm, glmSpec, baseline: typicalMember(design, learnRows) },
  };
}

/** The network's and the GLM's designs of some rows, and their offset log(exposure). */
export interface CannDesigns {
  readonly network: DesignMatrix;
  readonly glm: DesignMatrix;
  readonly offset: Float64Array;
}

/**
 * log(exposure) from the GLM spec's exposure column (capped as in training). A spec with
 * no exposure column gives offset 0: the expected count of one unit of exposure.
 */
function offsetOf(glmSpec: FeatureSpec, table: DataTable): Float64Array {
  if (!glmSpec.exposure) return new Float64Array(table.nRows);
  // Only the exposure: scoring rows have no target column.
  const exposure = extractResponse(table, {
    name: glmSpec.name,
    features: [],
    exposure: glmSpec.exposure,
    ...(glmSpec.exposureCap !== undefined ? { exposureCap: glmSpec.exposureCap } : {}),
  }).exposure;
  return logExposure(exposure as Float64Array);
}

/** Both designs of `rows` of `table` (default: all rows), with the preprocessing fitted in training. */
export function cannDesigns(cann: Cann, table: DataTable, rows?: ArrayLike<number>): CannDesigns {
  const subset = rows ? takeRows(table, rows) : table;
  const pre = cann.preprocessing;
  return {
    network: buildDesign(subset, cann.spec, pre.network),
    glm: buildDesign(subset, pre.glmSpec, pre.glm.preprocessing),
    offset: offsetOf(pre.glmSpec, subset),
  };
}

export interface CannPrediction {
  /** GLM linear predictor, offset included (float64). */
  readonly glmEta: Float64Array;
  /** The network's eta = GLM eta + adjustment (float32 arithmetic, widened). */
  readonly eta: Float64Array;
  /** Expected claim count, exp(eta). */
  readonly expected: Float64Array;
}

/** Predict from designs built by cannDesigns. */
export function predictFromDesigns(cann: Cann, designs: CannDesigns): CannPrediction {
  const { layout, glm } = cann.preprocessing;
  const glmEta = glmLinearPredictor(glm, designs.glm, designs.offset);
  const eta = predictEta(cann.model, cannInputs(designs.network, layout, glmEta), layout);
  return { glmEta, eta, expected: eta.map(Math.exp) };
}

/** Expected claim counts (and the linear predictors behind them) for `rows` of a raw table. */
export function predictCannTable(cann: Cann, table: DataTable, rows?: ArrayLike<number>): CannPrediction {
  return predictFromDesigns(cann, cannDesigns(cann, table, rows));
}
