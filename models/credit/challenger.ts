// The challenger: the classifier family's network over the last 24 months of payment
// status (one-hot per month) plus the static credit features, explained by integrated
// gradients. Its attributions are mapped onto the champion's reason vocabulary: each static
// feature to its own code, the 24 sequence months together to CR17 (payment history).
import {
  CREDIT_FEATURES,
  PAYMENT_HISTORY_REASON,
  PAYMENT_STATUS,
  THIN_FILE_MIN_MONTHS,
  creditFeature,
} from '../../features/credit/registry.js';
import { sequenceColumns } from '../../features/credit/features-sql.js';
import { encodeCategorical, getColumn, makeTable } from '../data/table.js';
import type { Column, DataTable } from '../data/table.js';
import { explainClassifier, predictClassifier, trainClassifier } from '../families/classifier/train.js';
import type { Classifier, ClassifierFit } from '../families/classifier/train.js';
import { pointsFactor, pointsOffset } from '../families/scorecard/scorecard.js';
import type { FeatureSpec } from '../spec/types.js';
import { historyMonths, thinFileScore, CREDIT_TARGET } from './champion.js';
import type { CreditReason, CreditScore } from './champion.js';
import { CREDIT_SCALING, bandOf, clampScore } from './config.js';
import { applicantReader } from '../families/scorecard/train.js';
import { MAX_REASON_CODES } from '../families/scorecard/scorecard.js';

/**
 * What a missing static value means to the network (the design needs numbers): no dues in a
 * window reads as neither on time nor late (0.5), never in arrears as "longer ago than the
 * window" (25 months), no reported wage or JHT as zero, no wage history as no change.
 */
export const CHALLENGER_MISSING_FILL: Readonly<Record<string, number>> = Object.freeze({
  on_time_share_6m: 0.5,
  on_time_share_12m: 0.5,
  on_time_share_24m: 0.5,
  self_paid_on_time_share_12m: 0.5,
  months_since_last_arrears: 25,
  wage_level: 0,
  wage_trend_12m: 1,
  jht_balance: 0,
});

/** Suffix of the one-hot sequence columns (text levels of the status codes). */
const SEQ_SUFFIX = '_level';

export const CREDIT_CHALLENGER_SPEC: FeatureSpec = Object.freeze({
  name: 'credit-sequence-network',
  target: CREDIT_TARGET,
  id: 'member_key',
  features: [
    ...CREDIT_FEATURES.map((f) =>
      f.type === 'categorical' ? { kind: 'categorical' as const, column: f.name } : { kind: 'numeric' as const, column: f.name },
    ),
    ...sequenceColumns().map((c) => ({ kind: 'categorical' as const, column: `${c}${SEQ_SUFFIX}` })),
  ],
});

/** The table as the challenger reads it: missing statics filled, sequence months as levels. */
export function challengerTable(table: DataTable): DataTable {
  const columns = new Map<string, Column>(table.columns);
  for (const [name, fill] of Object.entries(CHALLENGER_MISSING_FILL)) {
    const col = getColumn(table, name);
    if (col.kind === 'numeric') columns.set(name, { kind: 'numeric', values: col.values.map((v) => (Number.isNaN(v) ? fill : v)) });
  }
  for (const name of sequenceColumns()) {
    const col = getColumn(table, name);
    if (col.kind !== 'numeric') throw new Error(`${name} must be numeric status codes`);
    columns.set(`${name}${SEQ_SUFFIX}`, encodeCategorical(Array.from(col.values, (v) => String(v))));
  }
  return makeTable(columns);
}

export async function trainCreditChallenger(table: DataTable, learnRows: ArrayLike<number>, seed: number): Promise<ClassifierFit> {
  return trainClassifier(CREDIT_CHALLENGER_SPEC, challengerTable(table), learnRows, { seed, hiddenUnits: [32, 16] });
}

/** Score points from a PD on the champion's scale, so both models report comparable scores. */
export function pointsFromPd(pd: number): number {
  const p = Math.min(1 - 1e-9, Math.max(1e-9, pd));
  return pointsOffset(CREDIT_SCALING) + pointsFactor(CREDIT_SCALING) * Math.log((1 - p) / p);
}

export function predictChallenger(classifier: Classifier, table: DataTable, rows: ArrayLike<number>): Float64Array {
  return predictClassifier(classifier, challengerTable(table), rows).probability;
}

/**
 * Score and explain one row of a challenger-ready table (see challengerTable). Reasons are
 * the codes whose attributions push the calibrated log-odds of default up the most, in
 * points (factor x attribution), at most four.
 */
export function scoreWithChallenger(classifier: Classifier, ready: DataTable, row: number): CreditScore {
  const read = applicantReader(ready, ['ledger_months', ...sequenceColumns()]);
  const values = read(row);
  const months = historyMonths(values);
  if (months < THIN_FILE_MIN_MONTHS) return thinFileScore(months);
  const pd = predictClassifier(classifier, ready, [row]).probability[0] as number;
  const explanation = explainClassifier(classifier, ready, row);
  const byCode = new Map<string, { characteristic: string; logit: number; value: number | string | null }>();
  for (const c of explanation.contributions) {
    const isSequence = c.feature.endsWith(SEQ_SUFFIX);
    const key = isSequence ? PAYMENT_HISTORY_REASON.reasonCode : creditFeature(c.feature).reasonCode;
    const entry = byCode.get(key) ?? {
      characteristic: isSequence ? PAYMENT_HISTORY_REASON.name : c.feature,
      logit: 0,
      value: isSequence ? null : c.value,
    };
    entry.logit += c.contribution;
    byCode.set(key, entry);
  }
  const badMonths = sequenceColumns().filter((c) => values[c] === PAYMENT_STATUS.late || values[c] === PAYMENT_STATUS.unpaid).length;
  const factor = pointsFactor(CREDIT_SCALING);
  const reasons: CreditReason[] = [...byCode.entries()]
    .filter(([, e]) => e.logit > 0)
    .sort((a, b) => b[1].logit - a[1].logit)
    .slice(0, MAX_REASON_CODES)
    .map(([code, e], i) => ({
      rank: i + 1,
      code,
      characteristic: e.characteristic,
      sentence:
        code === PAYMENT_HISTORY_REASON.reasonCode
          ? PAYMENT_HISTORY_REASON.reason(badMonths)
          : creditFeature(e.characteristic).reason(e.value),
      pointsLost: factor * e.logit,
    }));
  const points = pointsFromPd(pd);
  const score = clampScore(points);
  return { thinFile: false, score, band: bandOf(score), probabilityOfDefault: pd, points, reasons };
}
