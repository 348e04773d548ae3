// Trainers for the scorecard, classifier and autoencoder families: fit on the learning
// rows, score and explain the test rows, and build the report section.
import { numericValues } from '../../../models/data/table.js';
import type { Explanation } from '../../../models/explain/types.js';
import { anomalyScores, explainAnomaly, trainAutoencoder } from '../../../models/families/autoencoder/train.js';
import { explainClassifier, predictClassifier, trainClassifier } from '../../../models/families/classifier/train.js';
import { scoreTable, trainScorecard } from '../../../models/families/scorecard/train.js';
import { scorecardLayersModel, scorecardPreprocessing } from '../../../models/families/scorecard/tfjs-model.js';
import { anomalySection, binarySection, explanationSection, mergeSections } from '../../../models/report/sections.js';
import { initBackend } from '../../../models/tf/backend.js';
import type { TrainInputs, TrainedFamily } from './types.js';
import { explainSample } from './types.js';

function testLabels(inputs: TrainInputs): Float64Array {
  if (!inputs.spec.target) throw new Error(`spec ${inputs.spec.name} names no target`);
  const y = numericValues(inputs.table, inputs.spec.target);
  return Float64Array.from(inputs.split.test, (r) => y[r] as number);
}

export async function trainScorecardFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  const fit = trainScorecard(inputs.spec, inputs.table, inputs.split.learn, inputs.specialValues ? { specialValues: inputs.specialValues } : {});
  const results = scoreTable(fit.card, inputs.table, inputs.split.test);
  const scored = results.map((r, i) => ({ r, i })).filter(({ r }) => !r.thinFile);
  const labels = testLabels(inputs);
  const section = mergeSections(
    binarySection(Float64Array.from(scored, ({ i }) => labels[i] as number), Float64Array.from(scored, ({ r }) => r.probabilityOfDefault as number)),
    explanationSection(scored.slice(0, inputs.explainRows).map(({ r }) => r.explanation as Explanation)),
    {
      metrics: {
        'Newton iterations': fit.newtonIterations,
        'mean score (test)': scored.reduce((s, { r }) => s + (r.score as number), 0) / Math.max(1, scored.length),
        'thin files (test)': results.length - scored.length,
      },
      details: {
        informationValue: Object.fromEntries(fit.card.characteristics.map((c) => [c.binning.characteristic, c.binning.informationValue])),
        points: fit.card.characteristics.map((c) => ({ characteristic: c.binning.characteristic, bins: c.binning.bins.map((b, k) => ({ bin: b.label, woe: b.woe, points: c.points[k] })) })),
      },
      charts: [],
    },
  );
  return {
    family: 'scorecard',
    model: scorecardLayersModel(fit.card),
    preprocessing: scorecardPreprocessing(fit.card),
    section,
    notes: [
      `Points: ${fit.card.scaling.baseScore} at odds ${fit.card.scaling.baseOdds}:1, ${fit.card.scaling.pdo} points to double the odds; base points ${fit.card.basePoints.toFixed(2)}.`,
      'Explanations: points minus the best attribute of each characteristic (exact); reasons are the largest points lost, at most four.',
    ],
  };
}

export async function trainClassifierFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  await initBackend();
  const fit = await trainClassifier(inputs.spec, inputs.table, inputs.split.learn, { seed: inputs.seed });
  const p = predictClassifier(fit.classifier, inputs.table, inputs.split.test).probability;
  const explanations = Array.from(explainSample(inputs), (r) => explainClassifier(fit.classifier, inputs.table, r));
  const section = mergeSections(binarySection(testLabels(inputs), p), explanationSection(explanations), {
    metrics: { 'epochs run': fit.training.epochsRun, 'best epoch': fit.training.bestEpoch, calibration: fit.classifier.preprocessing.calibration.kind },
    details: { trainLoss: fit.training.trainLoss, validationLoss: fit.training.validationLoss, rows: fit.rows },
    charts: [],
  });
  return {
    family: 'classifier',
    model: fit.classifier.model,
    preprocessing: fit.classifier.preprocessing,
    section,
    notes: [`Integrated gradients against the ${fit.classifier.preprocessing.baseline.description}.`],
  };
}

export async function trainAutoencoderFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  await initBackend();
  const fit = await trainAutoencoder(inputs.spec, inputs.table, inputs.split.learn, { seed: inputs.seed });
  const scores = anomalyScores(fit.autoencoder, inputs.table, inputs.split.test);
  const explanations = Array.from(explainSample(inputs), (r) => explainAnomaly(fit.autoencoder, inputs.table, r));
  const section = mergeSections(anomalySection(scores, inputs.spec.target ? testLabels(inputs) : undefined), explanationSection(explanations), {
    metrics: { 'epochs run': fit.training.epochsRun, 'best epoch': fit.training.bestEpoch },
    details: { trainLoss: fit.training.trainLoss, validationLoss: fit.training.validationLoss },
    charts: [],
  });
  return {
    family: 'autoencoder',
    model: fit.autoencoder.model,
    preprocessing: fit.autoencoder.preprocessing,
    section,
    notes: ['The target, if the spec names one, is used only to evaluate the anomaly score, never to train.'],
  };
}
