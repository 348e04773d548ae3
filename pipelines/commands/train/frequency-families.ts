// Trainers for the claim-frequency families (poisson GLM, CANN) as `telisik train` runs
// them. The families themselves live in models/families/{poisson,cann}; this adapts them
// to the bundle (a tfjs model.json/weights.bin) and to the shared Explanation type.
import * as tf from '@tensorflow/tfjs';
import { getColumn, textValue } from '../../../models/data/table.js';
import type { DataTable } from '../../../models/data/table.js';
import { rowFeatureValues } from '../../../models/explain/feature-values.js';
import { EXACT_COMPLETENESS_TOLERANCE, checkCompleteness } from '../../../models/explain/types.js';
import type { Explanation } from '../../../models/explain/types.js';
import { fitCann, predictCann } from '../../../models/families/cann/train.js';
import { fitPoissonGlm, glmContributions, glmLinearPredictor, logExposure, predictPoissonGlm } from '../../../models/families/poisson/glm.js';
import type { LogLinkGlm } from '../../../models/families/poisson/glm.js';
import { explanationSection, frequencySection, mergeSections } from '../../../models/report/sections.js';
import { buildDesign, designRows, extractResponse, fitPreprocessing, pickRows } from '../../../models/spec/design.js';
import type { DesignMatrix } from '../../../models/spec/design-types.js';
import type { FeatureSpec } from '../../../models/spec/types.js';
import { initBackend } from '../../../models/tf/backend.js';
import type { TrainInputs, TrainedFamily } from './types.js';

interface FrequencyData {
  readonly counts: Float64Array;
  readonly exposure: Float64Array;
}

function frequencyData(spec: FeatureSpec, table: DataTable): FrequencyData {
  const response = extractResponse(table, spec);
  if (!response.target) throw new Error(`spec ${spec.name} names no target (claim count)`);
  return { counts: response.target, exposure: response.exposure ?? new Float64Array(table.nRows).fill(1) };
}

function segmentOf(inputs: TrainInputs): { name: string; values: string[] } | undefined {
  const name = inputs.segment ?? inputs.spec.features.find((f) => f.kind === 'categorical')?.column;
  if (!name) return undefined;
  const col = getColumn(inputs.table, name);
  return { name, values: Array.from(inputs.split.test, (r) => textValue(col, r) ?? '(missing)') };
}

/** The GLM as a one-layer tfjs model (design columns -> linear predictor without offset), for the bundle. */
function glmLayersModel(glm: LogLinkGlm): tf.LayersModel {
  const k = glm.coefficients.length;
  const model = tf.sequential({ name: 'poisson_glm', layers: [tf.layers.dense({ units: 1, inputShape: [k], name: 'linear_predictor' })] });
  const kernel = tf.tensor2d([...glm.coefficients], [k, 1]);
  const bias = tf.tensor1d([glm.intercept]);
  model.setWeights([kernel, bias]);
  tf.dispose([kernel, bias]);
  return model;
}

/** Exact log-space contributions of one row against the reference member (reference levels, continuous terms at 0). */
function glmExplanation(glm: LogLinkGlm, design: DesignMatrix, table: DataTable, designRow: number, tableRow: number, offset: number): Explanation {
  const parts = glmContributions(glm, design, designRow, offset);
  const values = rowFeatureValues(table, tableRow, glm.preprocessing);
  const contributions = glm.preprocessing.terms.map((t, k) => ({
    feature: t.name,
    contribution: parts.terms[k]?.contribution ?? 0,
    value: values[k] ?? null,
    baselineValue: t.kind === 'categorical' ? t.reference : t.center,
  }));
  const baselineOutput = parts.intercept + parts.offset;
  return {
    family: glm.family,
    method: 'exact-additive',
    space: 'log',
    output: parts.eta,
    baselineOutput,
    baseline: 'reference member: reference level of every categorical term, continuous terms at their centre, same exposure',
    contributions,
    completeness: checkCompleteness(contributions, parts.eta, baselineOutput, EXACT_COMPLETENESS_TOLERANCE),
  };
}

function fitGlm(spec: FeatureSpec, inputs: TrainInputs): { glm: LogLinkGlm; design: DesignMatrix; data: FrequencyData } {
  const fitted = fitPreprocessing(inputs.table, spec, { coding: 'reference' }, inputs.split.learn);
  const design = buildDesign(inputs.table, spec, fitted);
  const data = frequencyData(spec, inputs.table);
  const learn = inputs.split.learn;
  const glm = fitPoissonGlm(designRows(design, learn), pickRows(data.counts, learn), { exposure: pickRows(data.exposure, learn) });
  return { glm, design, data };
}

export async function trainPoissonFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  const { glm, design, data } = fitGlm(inputs.spec, inputs);
  const test = inputs.split.test;
  const testDesign = designRows(design, test);
  const counts = pickRows(data.counts, test);
  const exposure = pickRows(data.exposure, test);
  const predicted = predictPoissonGlm(glm, testDesign, exposure);
  const learnPredicted = predictPoissonGlm(glm, designRows(design, inputs.split.learn), pickRows(data.exposure, inputs.split.learn));
  const learnCounts = pickRows(data.counts, inputs.split.learn);
  const explained = Math.min(inputs.explainRows, test.length);
  const explanations = Array.from({ length: explained }, (_, i) => glmExplanation(glm, testDesign, inputs.table, i, test[i] as number, Math.log(exposure[i] as number)));
  const inSample = frequencySection(learnCounts, learnPredicted, pickRows(data.exposure, inputs.split.learn)).metrics;
  const section = mergeSections(frequencySection(counts, predicted, exposure, segmentOf(inputs)), explanationSection(explanations), {
    metrics: {
      'IRLS iterations': glm.iterations,
      'in-sample average Poisson deviance (x100)': inSample['average Poisson deviance (x100)'] ?? null,
      'parameters': glm.coefficients.length + 1,
    },
    details: { coefficients: glm.columnNames.map((c, j) => ({ column: c, estimate: glm.coefficients[j], standardError: glm.standardErrors[j] })), intercept: glm.intercept },
    charts: [],
  });
  return {
    family: 'poisson',
    model: glmLayersModel(glm),
    preprocessing: { kind: 'poisson', glm },
    section,
    notes: ['model.json holds the GLM as a linear tfjs layer (float32); the manifest keeps the float64 coefficients, which scoring uses.'],
  };
}

export async function trainCannFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  await initBackend();
  const glmSpec = inputs.glmSpec ?? inputs.spec;
  const { glm, design: glmDesign, data } = fitGlm(glmSpec, inputs);
  const glmEta = glmLinearPredictor(glm, glmDesign, logExposure(data.exposure));
  const fitted = fitPreprocessing(inputs.table, inputs.spec, { coding: 'one-hot', scaling: 'min-max' }, inputs.split.learn);
  const design = buildDesign(inputs.table, inputs.spec, fitted);
  const { learn, test } = inputs.split;
  const fit = await fitCann({ design: designRows(design, learn), glmEta: pickRows(glmEta, learn), counts: pickRows(data.counts, learn) }, { seed: inputs.seed });
  const predicted = predictCann(fit, designRows(design, test), pickRows(glmEta, test));
  const glmPredicted = predictPoissonGlm(glm, designRows(glmDesign, test), pickRows(data.exposure, test));
  const counts = pickRows(data.counts, test);
  const exposure = pickRows(data.exposure, test);
  const glmDeviance = frequencySection(counts, glmPredicted, exposure).metrics['average Poisson deviance (x100)'] ?? null;
  const section = mergeSections(frequencySection(counts, predicted, exposure, segmentOf(inputs)), {
    metrics: { 'GLM skip connection: test deviance (x100)': glmDeviance, 'best epoch': fit.bestEpoch, 'learning-set balance before correction': fit.balance.ratioBeforeCorrection },
    details: { history: fit.history, balance: fit.balance },
    charts: [],
  });
  return {
    family: 'cann',
    model: fit.model,
    preprocessing: { kind: 'cann', network: fitted, layout: fit.layout, glm, glmSpec },
    section,
    notes: ['CANN explanations (integrated gradients over its several inputs) are not in this report yet.'],
  };
}
