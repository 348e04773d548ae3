// Trainers for the claim-frequency families (poisson GLM, CANN) as `telisik train` runs
// them: fit on the learning rows, score and explain the test rows, build the report
// section. The families, their tfjs models and explanations live in models/families.
import { getColumn, takeRows, textValue } from '../../../models/data/table.js';
import type { DataTable } from '../../../models/data/table.js';
import type { Explanation } from '../../../models/explain/types.js';
import { averagePoissonDeviance, POISSON_DEVIANCE_REPORT_SCALE } from '../../../models/metrics/index.js';
import { glmExplanation } from '../../../models/families/poisson/explain.js';
import { fitPoissonGlm, glmLinearPredictor, logExposure, predictPoissonGlm } from '../../../models/families/poisson/glm.js';
import type { LogLinkGlm } from '../../../models/families/poisson/glm.js';
import { buildSparseDesign } from '../../../models/families/poisson/sparse-design.js';
import type { SparseDesign } from '../../../models/families/poisson/sparse-design.js';
import { glmLayersModel } from '../../../models/families/poisson/tfjs-model.js';
import { explanationSection, frequencySection, mergeSections } from '../../../models/report/sections.js';
import { buildDesign, designRows, extractResponse, fitPreprocessing, pickRows } from '../../../models/spec/design.js';
import type { FeatureSpec } from '../../../models/spec/types.js';
import { initBackend } from '../../../models/tf/backend.js';
import type { TrainInputs, TrainedFamily } from './types.js';
import { explainSample } from './types.js';

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

interface FittedGlm {
  readonly glm: LogLinkGlm;
  /** Every row of the table, as sparse rows (never dense whole; see sparse-design.ts). */
  readonly design: SparseDesign;
  readonly data: FrequencyData;
  /** The learning rows' claim counts and exposure, as fitted (picked once, read again for the in-sample deviance). */
  readonly learn: FrequencyData;
}

function fitGlm(spec: FeatureSpec, inputs: TrainInputs): FittedGlm {
  const fitted = fitPreprocessing(inputs.table, spec, { coding: 'reference' }, inputs.split.learn);
  const design = buildSparseDesign(inputs.table, fitted);
  const data = frequencyData(spec, inputs.table);
  const rows = inputs.split.learn;
  const learn = { counts: pickRows(data.counts, rows), exposure: pickRows(data.exposure, rows) };
  const glm = fitPoissonGlm(design, learn.counts, { exposure: learn.exposure, rows });
  return { glm, design, data, learn };
}

export async function trainPoissonFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  const { glm, design, data, learn } = fitGlm(inputs.spec, inputs);
  const test = inputs.split.test;
  const counts = pickRows(data.counts, test);
  const exposure = pickRows(data.exposure, test);
  // Predicted from the sparse rows (the same sums to the bit as dense rows, glm.ts).
  const predicted = predictPoissonGlm(glm, design, exposure, test);
  const learnPredicted = predictPoissonGlm(glm, design, learn.exposure, inputs.split.learn);
  const explained = Math.min(inputs.explainRows, test.length);
  // The explanations read design rows dense: only the explained test rows are built so.
  const testDesign = buildDesign(takeRows(inputs.table, test.subarray(0, explained)), inputs.spec, glm.preprocessing);
  const explanations = Array.from({ length: explained }, (_, i) =>
    glmExplanation(glm, testDesign, inputs.table, i, test[i] as number, Math.log(exposure[i] as number)),
  );
  // Only the deviance is wanted in-sample: the full section would sort 610,000 rows for a Lorenz curve nobody sees.
  const inSampleDeviance = averagePoissonDeviance(learn.counts, learnPredicted) * POISSON_DEVIANCE_REPORT_SCALE;
  const section = mergeSections(frequencySection(counts, predicted, exposure, segmentOf(inputs)), explanationSection(explanations), {
    metrics: {
      'IRLS iterations': glm.iterations,
      'in-sample average Poisson deviance (x100)': inSampleDeviance,
      parameters: glm.coefficients.length + 1,
    },
    details: {
      coefficients: glm.columnNames.map((c, j) => ({ column: c, estimate: glm.coefficients[j], standardError: glm.standardErrors[j] })),
      intercept: glm.intercept,
    },
    charts: [],
  });
  return {
    family: 'poisson',
    testOutputs: { prediction: predicted },
    model: glmLayersModel(glm),
    preprocessing: { kind: 'poisson', glm },
    section,
    notes: ['model.json holds the GLM as a linear tfjs layer (float32); the manifest keeps the float64 coefficients, which scoring uses.'],
  };
}

export async function trainCannFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  // The network modules are imported for the CANN only: the poisson family never loads them.
  const [{ CANN_GLM_PART, CANN_NETWORK_PART, explainCann }, { assembleCann }, { fitCann, predictCann }] = await Promise.all([
    import('../../../models/families/cann/explain.js'),
    import('../../../models/families/cann/model.js'),
    import('../../../models/families/cann/train.js'),
  ]);
  await initBackend();
  const glmSpec = inputs.glmSpec ?? inputs.spec;
  const { glm, design: glmDesign, data } = fitGlm(glmSpec, inputs);
  const glmEta = glmLinearPredictor(glm, glmDesign, logExposure(data.exposure));
  const fitted = fitPreprocessing(inputs.table, inputs.spec, { coding: 'one-hot', scaling: 'min-max' }, inputs.split.learn);
  const design = buildDesign(inputs.table, inputs.spec, fitted);
  const { learn, test } = inputs.split;
  const fit = await fitCann(
    { design: designRows(design, learn), glmEta: pickRows(glmEta, learn), counts: pickRows(data.counts, learn) },
    { seed: inputs.seed, ...(inputs.members !== undefined ? { members: inputs.members } : {}) },
  );
  const predicted = predictCann(fit, designRows(design, test), pickRows(glmEta, test));
  const glmPredicted = predictPoissonGlm(glm, glmDesign, pickRows(data.exposure, test), test);
  const counts = pickRows(data.counts, test);
  const exposure = pickRows(data.exposure, test);
  const glmDeviance = frequencySection(counts, glmPredicted, exposure).metrics['average Poisson deviance (x100)'] ?? null;
  const cann = assembleCann(inputs.spec, glmSpec, glm, fit, design, learn);
  const explanations = Array.from(explainSample(inputs), (r) => explainCann(cann, inputs.table, r));
  const section = mergeSections(frequencySection(counts, predicted, exposure, segmentOf(inputs)), explanationSection(explanations), {
    metrics: {
      'GLM skip connection: test deviance (x100)': glmDeviance,
      'best epoch': fit.members.map((m) => m.bestEpoch).join(', '),
      'learning-set balance before correction': fit.balance.ratioBeforeCorrection,
    },
    details: { members: fit.members, balance: fit.balance, importanceByPart: importanceByPart(explanations) },
    charts: [],
  });
  return {
    family: 'cann',
    model: fit.model,
    preprocessing: cann.preprocessing,
    section,
    notes: [
      `Explanations in log space: the ${CANN_GLM_PART} exactly against its reference member, the ${CANN_NETWORK_PART} by integrated gradients against the typical learning-set member; per feature the two add up (importanceByPart keeps them apart).`,
    ],
  };
}

/** Mean |contribution| per feature within each part, so the report shows what the network adds to the GLM. */
function importanceByPart(explanations: readonly Explanation[]): Record<string, unknown> {
  const names = explanations[0]?.parts?.map((p) => p.part) ?? [];
  return Object.fromEntries(
    names.map((name) => [
      name,
      explanationSection(explanations.flatMap((e) => e.parts?.filter((p) => p.part === name) ?? [])).details['importance'],
    ]),
  );
}
