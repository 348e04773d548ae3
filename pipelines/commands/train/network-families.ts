// Trainers for the scorecard, classifier and autoencoder families: fit on the learning
// rows, score and explain the test rows, and build the report section.
import { numericValues } from '../../../models/data/table.js';
import type { Explanation } from '../../../models/explain/types.js';
import { anomalyScores, explainAnomaly, trainAutoencoder } from '../../../models/families/autoencoder/train.js';
import { explainClassifier, predictClassifier, trainClassifier } from '../../../models/families/classifier/train.js';
import { scoreTable } from '../../../models/families/scorecard/train.js';
import { selectScorecard } from '../../../models/families/scorecard/selection.js';
import { scoreRange } from '../../../models/families/scorecard/scorecard.js';
import { quantileBands } from '../../../models/families/scorecard/bands.js';
import { scorecardLayersModel, scorecardPreprocessing } from '../../../models/families/scorecard/tfjs-model.js';
import { anomalySection, binarySection, explanationSection, mergeSections } from '../../../models/report/sections.js';
import type { ReportSection } from '../../../models/report/sections.js';
import type { Scorecard } from '../../../models/families/scorecard/scorecard.js';
import { initBackend } from '../../../models/tf/backend.js';
import { classifierDevelopment, informationValueScreen, scorecardDevelopment } from '../../../models/report/development/families.js';
import type { TrainInputs, TrainedFamily } from './types.js';
import { explainSample } from './types.js';

function testLabels(inputs: TrainInputs): Float64Array {
  if (!inputs.spec.target) throw new Error(`spec ${inputs.spec.name} names no target`);
  const y = numericValues(inputs.table, inputs.spec.target);
  return Float64Array.from(inputs.split.test, (r) => y[r] as number);
}

/** Worklist metrics (precision and recall at the top 5%) mean nothing for a credit decision: left out. */
function creditSection(section: ReportSection): ReportSection {
  return { ...section, metrics: Object.fromEntries(Object.entries(section.metrics).filter(([k]) => !/^(precision|recall)@/.test(k))) };
}

/** Per characteristic and bin: counts, bad rate, WoE, IV contribution and points, as a development report tabulates them. */
function binningTable(card: Scorecard): unknown[] {
  return card.characteristics.map((c) => {
    const goods = c.binning.bins.reduce((s, b) => s + b.goods, 0);
    const bads = c.binning.bins.reduce((s, b) => s + b.bads, 0);
    return {
      characteristic: c.binning.characteristic,
      informationValue: c.binning.informationValue,
      coefficient: c.coefficient,
      bins: c.binning.bins.map((b, k) => ({
        bin: b.label,
        kind: b.kind,
        count: b.goods + b.bads,
        goods: b.goods,
        bads: b.bads,
        badRate: b.goods + b.bads > 0 ? b.bads / (b.goods + b.bads) : null,
        woe: b.woe,
        iv: b.neutral ? 0 : (b.goods / goods - b.bads / bads) * b.woe,
        points: c.points[k],
        ...(b.neutral ? { neutral: true } : {}),
      })),
    };
  });
}

export async function trainScorecardFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  const selected = selectScorecard(
    inputs.spec,
    inputs.table,
    inputs.split.learn,
    inputs.scorecard?.options ?? {},
    inputs.scorecard?.selection ?? {},
  );
  const fit = selected.fit;
  const results = scoreTable(fit.card, inputs.table, inputs.split.test);
  const scored = results.map((r, i) => ({ r, i })).filter(({ r }) => !r.thinFile);
  const labels = testLabels(inputs);
  const section = mergeSections(
    creditSection(
      binarySection(
        Float64Array.from(scored, ({ i }) => labels[i] as number),
        Float64Array.from(scored, ({ r }) => r.probabilityOfDefault as number),
      ),
    ),
    explanationSection(scored.slice(0, inputs.explainRows).map(({ r }) => r.explanation as Explanation)),
    {
      metrics: {
        'Newton iterations': fit.newtonIterations,
        'mean score (test)': scored.reduce((s, { r }) => s + (r.score as number), 0) / Math.max(1, scored.length),
        'thin files (test)': results.length - scored.length,
        'minimum score': scoreRange(fit.card).min,
        'maximum score': scoreRange(fit.card).max,
        'characteristics kept': fit.card.characteristics.length,
        'characteristics dropped': selected.dropped.length,
        'reversed signs flagged': selected.flagged.length,
      },
      details: {
        selection: { minInformationValue: selected.minInformationValue, dropped: selected.dropped, flagged: selected.flagged },
        informationValue: Object.fromEntries(fit.card.characteristics.map((c) => [c.binning.characteristic, c.binning.informationValue])),
        binningTable: binningTable(fit.card),
      },
      charts: [],
    },
  );
  const learnScores = scoreTable(fit.card, inputs.table, inputs.split.learn).flatMap((r) => (r.score === null ? [] : [r.score]));
  const bands = quantileBands(learnScores);
  const development = scorecardDevelopment(
    { spec: inputs.spec, table: inputs.table, learn: inputs.split.learn, test: inputs.split.test, seed: inputs.seed },
    selected,
    results,
    learnScores,
    bands,
  );
  return {
    tables: development.tables,
    family: 'scorecard',
    model: scorecardLayersModel(fit.card),
    preprocessing: scorecardPreprocessing(fit.card, bands),
    testOutputs: {
      score: Float64Array.from(results, (r) => r.score ?? Number.NaN),
      probability_of_default: Float64Array.from(results, (r) => r.probabilityOfDefault ?? Number.NaN),
    },
    section: mergeSections(section, development),
    notes: [
      `Points: ${fit.card.scaling.baseScore} at odds ${fit.card.scaling.baseOdds}:1, ${fit.card.scaling.pdo} points to double the odds; base points ${fit.card.basePoints.toFixed(2)}.`,
      'Explanations: points minus the best attribute of each characteristic (exact); reasons are the largest points lost, at most four.',
      `Selection: characteristics with information value under ${selected.minInformationValue} are dropped, and reversed signs ${inputs.scorecard?.selection.reversedSigns === 'flag' ? 'flagged' : 'dropped'}.`,
      ...selected.dropped.map((d) => `Dropped ${d.characteristic}: ${d.why}.`),
      ...selected.flagged.map((d) => `FLAGGED ${d.characteristic}: ${d.why}; kept as asked (--reversed-signs flag).`),
      'Missing values: a missing or special-value bin with fewer than 50 learning rows gets WoE 0 (neutral); the maximum and minimum scores count every bin.',
    ],
  };
}

export async function trainClassifierFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  await initBackend();
  // The scorecard's IV rule, on the learning rows: a characteristic without information only lets the network fit noise.
  const screen = informationValueScreen(inputs.spec, inputs.table, inputs.split.learn);
  const fit = await trainClassifier(screen.spec, inputs.table, inputs.split.learn, { seed: inputs.seed });
  const p = predictClassifier(fit.classifier, inputs.table, inputs.split.test).probability;
  const explanations = Array.from(explainSample(inputs), (r) => explainClassifier(fit.classifier, inputs.table, r));
  const learnPd = predictClassifier(fit.classifier, inputs.table, inputs.split.learn).probability;
  const development = classifierDevelopment(
    { spec: inputs.spec, table: inputs.table, learn: inputs.split.learn, test: inputs.split.test, seed: inputs.seed },
    screen,
    learnPd,
    p,
    explanations,
  );
  const section = mergeSections(
    creditSection(binarySection(testLabels(inputs), p)),
    explanationSection(explanations),
    {
      metrics: {
        'epochs run': fit.training.epochsRun,
        'best epoch': fit.training.bestEpoch,
        calibration: fit.classifier.preprocessing.calibration.kind,
      },
      details: { trainLoss: fit.training.trainLoss, validationLoss: fit.training.validationLoss, rows: fit.rows },
      charts: [],
    },
    development,
  );
  return {
    tables: development.tables,
    family: 'classifier',
    testOutputs: { probability_of_default: p },
    model: fit.classifier.model,
    preprocessing: fit.classifier.preprocessing,
    section,
    ...(screen.dropped.length > 0 ? { fittedSpec: screen.spec } : {}),
    notes: [
      `Integrated gradients against the ${fit.classifier.preprocessing.baseline.description}.`,
      `Selection: characteristics with information value under ${screen.minInformationValue} on the learning rows are left out (the scorecard's rule); the bundle reads only the others.`,
      ...screen.dropped.map((d) => `Dropped ${d.characteristic}: ${d.why}.`),
      'Score, bands, KS and distributions: the PD on the scorecard points scale (600 at 50:1, 20 points to double the odds).',
    ],
  };
}

export async function trainAutoencoderFamily(inputs: TrainInputs): Promise<TrainedFamily> {
  await initBackend();
  const fit = await trainAutoencoder(inputs.spec, inputs.table, inputs.split.learn, { seed: inputs.seed });
  const scores = anomalyScores(fit.autoencoder, inputs.table, inputs.split.test);
  const explanations = Array.from(explainSample(inputs), (r) => explainAnomaly(fit.autoencoder, inputs.table, r));
  const section = mergeSections(
    anomalySection(scores, inputs.spec.target ? testLabels(inputs) : undefined),
    explanationSection(explanations),
    {
      metrics: { 'epochs run': fit.training.epochsRun, 'best epoch': fit.training.bestEpoch },
      details: { trainLoss: fit.training.trainLoss, validationLoss: fit.training.validationLoss },
      charts: [],
    },
  );
  return {
    family: 'autoencoder',
    model: fit.autoencoder.model,
    preprocessing: fit.autoencoder.preprocessing,
    section,
    notes: ['The target, if the spec names one, is used only to evaluate the anomaly score, never to train.'],
  };
}
