// The fraud models: an autoencoder anomaly score on the claim features (no labels needed)
// and a classifier on audit and investigator outcomes that takes the features, the detector
// flags and the anomaly score; its calibrated output is the one fraud probability per claim.
import { FRAUD_FEATURE_NAMES } from '../../features/fraud/index.js';
import { makeTable, takeRows } from '../data/index.js';
import type { DataTable } from '../data/index.js';
import { anomalyScores, trainAutoencoder } from '../families/autoencoder/index.js';
import type { Autoencoder, AutoencoderFit } from '../families/autoencoder/index.js';
import { predictClassifier, trainClassifier } from '../families/classifier/index.js';
import type { Classifier, ClassifierFit } from '../families/classifier/index.js';
import type { FeatureSpec } from '../spec/index.js';
import { createRng } from '../tf/index.js';

/** Claims the autoencoder learns typical claims from: enough for 21 features, small enough for one wasm thread (assumption). */
export const AUTOENCODER_TRAINING_CLAIMS = 20_000;
/** Epoch cap for both networks; early stopping usually ends far sooner (assumption, measured on the extracts). */
export const FRAUD_MAX_EPOCHS = 60;
/**
 * Networks averaged into the classifier (families/classifier/ensemble.ts). Fitted on a few thousand
 * audited claims, one network's ranking moved with its seed: at 254,439 generated claims (3,025
 * audited) AUC 0.961 with the run's seed and 0.976 with another, a fraud type's top-5% recall
 * 0.69 -> 0.91. Five folds keep each network's validation fold near the single network's (16% of
 * the audited claims against 20%), and train in seconds.
 */
export const FRAUD_CLASSIFIER_NETWORKS = 5;
/** Fewer labelled outcomes than this and the classifier cannot be trusted to learn (assumption). */
export const MIN_LABELLED_CLAIMS = 50;
/** ... and this many confirmed, so that every training split holds both outcomes (assumption). */
export const MIN_CONFIRMED_CLAIMS = 10;
export const ANOMALY_COLUMN = 'anomaly_score';
/**
 * The classifier takes the anomaly score as two inputs: on claims a detector flagged, and on
 * claims none did, each capped at the 99th percentile of the audited claims of its kind.
 * Audits sample what auditors pick, nearly always flagged claims: at 917,162 claims (seed 5),
 * 110 of 113 audited claims with an anomaly score of 20 or more had a hit (97% of all such flagged
 * claims were fraud), while 3 audited unflagged ones stood for 171 unflagged claims of that score.
 * With one input, the classifier learnt the flagged claims' slope and gave it to the unflagged
 * ones too: 62 honest claims without a hit scored p = 0.99999 and took the top 0.1%. Split and
 * capped, an unflagged claim scores as the most anomalous unflagged claims audits have seen; an
 * unusual claim with no hit is a claim to sample for audit, not one the model knows to be fraud.
 */
export const ANOMALY_WITH_HIT = 'anomaly_score_with_hit';
export const ANOMALY_WITHOUT_HIT = 'anomaly_score_without_hit';
/** Detector types a claim hit (a model-input column): zero means no detector flagged it. */
const TYPES_HIT_COLUMN = 'detector_types_hit';
const ANOMALY_CAP_QUANTILE = 0.99;

/** Heavy-tailed features enter capped so that a few extreme claims do not set the scale. */
const caps: Readonly<Record<string, number>> = {
  los_ratio: 6,
  same_day_distance_km: 3000,
  doctor_daily_volume: 200,
  member_claims_90d: 20,
  member_facilities_90d: 10,
  provider_severity3_ratio: 5,
  provider_readmission_oe: 10,
  provider_claim_growth: 5,
};

const numeric = (column: string) =>
  caps[column] !== undefined
    ? { kind: 'numeric' as const, column, transform: { cap: { upper: caps[column] } } }
    : { kind: 'numeric' as const, column };

export const AUTOENCODER_SPEC: FeatureSpec = Object.freeze({
  name: 'fraud claim features (autoencoder)',
  id: 'nomor_sep',
  features: FRAUD_FEATURE_NAMES.map(numeric),
});

export const CLASSIFIER_SPEC: FeatureSpec = Object.freeze({
  name: 'fraud claim features, detector flags and anomaly score (classifier)',
  id: 'nomor_sep',
  target: 'label',
  // Per-type hit flags stay out: most types have too few audited hits to learn a weight from;
  // detector_precision carries what audits say about the detectors that fired.
  features: [...FRAUD_FEATURE_NAMES, 'detector_precision', TYPES_HIT_COLUMN, ANOMALY_WITH_HIT, ANOMALY_WITHOUT_HIT].map(numeric),
});

/** CLASSIFIER_SPEC with the two anomaly inputs capped (the spec travels in the bundle, so arrival caps alike). */
function classifierSpec(caps: Readonly<Record<string, number>>): FeatureSpec {
  return Object.freeze({
    ...CLASSIFIER_SPEC,
    features: CLASSIFIER_SPEC.features.map((f) =>
      caps[f.column] !== undefined
        ? { kind: 'numeric' as const, column: f.column, transform: { cap: { upper: caps[f.column] as number } } }
        : f,
    ),
  });
}

/** The `q` quantile of `values` (nearest rank; NaN-free input); 0 for none (the input then stays 0: nothing audited to learn from). */
function quantile(values: Float64Array, q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Too few audit or investigator outcomes to train the classifier on: the run has nothing to rank with yet. */
export class InsufficientOutcomesError extends Error {
  constructor(
    readonly labelled: number,
    readonly confirmed: number,
  ) {
    super(
      `fraud classifier needs at least ${MIN_LABELLED_CLAIMS} labelled claims, ${MIN_CONFIRMED_CLAIMS} of them confirmed; found ${labelled} (${confirmed} confirmed)`,
    );
    this.name = 'InsufficientOutcomesError';
  }
}

export interface FraudModels {
  readonly autoencoder: Autoencoder;
  readonly classifier: Classifier;
}

export interface FraudTraining {
  readonly models: FraudModels;
  readonly autoencoderFit: AutoencoderFit;
  readonly classifierFit: ClassifierFit;
  readonly labelledClaims: number;
  readonly confirmedClaims: number;
}

function withColumn(table: DataTable, name: string, values: Float64Array): DataTable {
  const columns = new Map(table.columns);
  columns.set(name, { kind: 'numeric', values });
  return makeTable(columns);
}

/** Whether a detector flagged each row (detector_types_hit > 0). */
function flagged(table: DataTable): (row: number) => boolean {
  const col = table.columns.get(TYPES_HIT_COLUMN);
  if (!col || col.kind !== 'numeric') throw new Error(`fraud model input has no numeric ${TYPES_HIT_COLUMN} column`);
  return (row) => (col.values[row] as number) > 0;
}

/** The table with the anomaly score and its two classifier inputs (with and without a detector hit). */
function withAnomaly(table: DataTable, anomaly: Float64Array): DataTable {
  const hit = flagged(table);
  const withHit = anomaly.map((a, i) => (hit(i) ? a : 0));
  const withoutHit = anomaly.map((a, i) => (hit(i) ? 0 : a));
  return withColumn(withColumn(withColumn(table, ANOMALY_COLUMN, anomaly), ANOMALY_WITH_HIT, withHit), ANOMALY_WITHOUT_HIT, withoutHit);
}

function sampleRows(n: number, k: number, seed: number): number[] {
  if (n <= k) return Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(rng() * n));
  return [...picked].sort((a, b) => a - b);
}

/** Fills NaN (a feature with no history yet) with 0 so that networks never see it. */
function withoutMissing(table: DataTable): DataTable {
  const columns = new Map(table.columns);
  for (const [name, col] of table.columns) {
    // a missing label means "not audited": it must stay missing
    if (name === 'label' || col.kind !== 'numeric' || !col.values.some(Number.isNaN)) continue;
    columns.set(name, { kind: 'numeric', values: col.values.map((v) => (Number.isNaN(v) ? 0 : v)) });
  }
  return makeTable(columns);
}

/** Trains both networks on the model input table (every claim; labels where known). */
export async function trainFraudModels(input: DataTable, seed: number): Promise<FraudTraining> {
  const table = withoutMissing(input);
  const aeRows = sampleRows(table.nRows, AUTOENCODER_TRAINING_CLAIMS, seed);
  const autoencoderFit = await trainAutoencoder(AUTOENCODER_SPEC, table, aeRows, { seed, epochs: FRAUD_MAX_EPOCHS });
  const label = table.columns.get('label');
  if (!label || label.kind !== 'numeric') throw new Error('fraud model input has no numeric label column');
  const labelled: number[] = [];
  let confirmed = 0;
  label.values.forEach((y, i) => {
    if (y === 0 || y === 1) {
      labelled.push(i);
      confirmed += y;
    }
  });
  if (labelled.length < MIN_LABELLED_CLAIMS || confirmed < MIN_CONFIRMED_CLAIMS) {
    throw new InsufficientOutcomesError(labelled.length, confirmed);
  }
  const learn = takeRows(table, labelled);
  const learnAnomaly = anomalyScores(autoencoderFit.autoencoder, learn);
  const learnTable = withAnomaly(learn, learnAnomaly);
  const hit = flagged(learn);
  const ofKind = (flaggedRows: boolean) => learnAnomaly.filter((_, i) => hit(i) === flaggedRows);
  const spec = classifierSpec({
    [ANOMALY_WITH_HIT]: quantile(ofKind(true), ANOMALY_CAP_QUANTILE),
    [ANOMALY_WITHOUT_HIT]: quantile(ofKind(false), ANOMALY_CAP_QUANTILE),
  });
  const rows = Array.from({ length: learnTable.nRows }, (_, i) => i);
  let classifierFit: ClassifierFit;
  try {
    classifierFit = await trainClassifier(spec, learnTable, rows, { seed, epochs: FRAUD_MAX_EPOCHS, ensemble: FRAUD_CLASSIFIER_NETWORKS });
  } catch (err) {
    // Platt scaling cannot be fitted when the held-out logits separate the outcomes almost
    // perfectly (its Hessian vanishes); isotonic calibration still can.
    if (!(err instanceof Error) || !/Hessian/.test(err.message)) throw err;
    classifierFit = await trainClassifier(spec, learnTable, rows, {
      seed,
      epochs: FRAUD_MAX_EPOCHS,
      ensemble: FRAUD_CLASSIFIER_NETWORKS,
      calibration: 'isotonic',
    });
  }
  return {
    models: { autoencoder: autoencoderFit.autoencoder, classifier: classifierFit.classifier },
    autoencoderFit,
    classifierFit,
    labelledClaims: labelled.length,
    confirmedClaims: confirmed,
  };
}

export interface FraudScores {
  /** The input table with the anomaly score added (what explanations read). */
  readonly table: DataTable;
  readonly anomaly: Float64Array;
  readonly probability: Float64Array;
  readonly logit: Float64Array;
}

/**
 * Rows the networks score at a time. Scoring every claim at once held a design matrix, its
 * tensors and each layer's activations for all of them (at 1.7M claims, GBs of the wasm heap,
 * which never shrinks); chunks bound that to a few tens of MB whatever the extract's size.
 */
export const SCORING_CHUNK_ROWS = 65_536;

/** Anomaly score and combined fraud probability for every row of a model input table, `chunkRows` rows at a time. */
export function scoreFraud(models: FraudModels, input: DataTable, chunkRows = SCORING_CHUNK_ROWS): FraudScores {
  const base = withoutMissing(input);
  const n = base.nRows;
  const chunks = (score: (rows: number[], start: number) => void): void => {
    for (let start = 0; start < n; start += chunkRows) {
      const rows = Array.from({ length: Math.min(chunkRows, n - start) }, (_, i) => start + i);
      score(rows, start);
    }
  };
  const anomaly = new Float64Array(n);
  chunks((rows, start) => anomaly.set(anomalyScores(models.autoencoder, base, rows), start));
  const table = withAnomaly(base, anomaly);
  const probability = new Float64Array(n);
  const logit = new Float64Array(n);
  chunks((rows, start) => {
    const scored = predictClassifier(models.classifier, table, rows);
    probability.set(scored.probability, start);
    logit.set(scored.logit, start);
  });
  return { table, anomaly, probability, logit };
}
