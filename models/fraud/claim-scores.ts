// Writes the model scores back to the warehouse and derives, per claim, the evidence (its
// strongest detector signal: certain before suspicious, then the signal's learned precision,
// then the amount), the primary fraud type, the amount at risk (the largest detector estimate,
// or the audited recovery share of the paid amount) and the expected recovery = probability x
// amount at risk (DOMAIN.md section 4). Arrival scoring runs the same SELECT on its claim.
import type { DuckDBConnection } from '@duckdb/node-api';
import { double } from '../../data-samples/sql/index.js';

/**
 * Share of the paid amount at risk on a claim the model suspects but no detector explains,
 * when no confirmed audit says otherwise (assumption: audits recover about 30% of a claim).
 */
export const DEFAULT_MODEL_ONLY_RISK_SHARE = 0.3;
/** Case type of claims the model suspects with no detector hit (not a taxonomy code). */
export const UNCLASSIFIED_TYPE = 'UNCLASSIFIED';
/** Claims below this probability join no case unless certain evidence puts them there: they are more likely honest than not. */
export const MIN_CASE_PROBABILITY = 0.5;

export async function writeModelScores(
  connection: DuckDBConnection, nomorSep: readonly string[], probability: Float64Array, anomaly: Float64Array,
): Promise<void> {
  await connection.run('CREATE OR REPLACE TABLE fraud_model_scores (nomor_sep VARCHAR, probability DOUBLE, anomaly_score DOUBLE)');
  const appender = await connection.createAppender('fraud_model_scores');
  for (let i = 0; i < nomorSep.length; i++) {
    appender.appendVarchar(nomorSep[i] as string);
    appender.appendDouble(probability[i] as number);
    appender.appendDouble(anomaly[i] as number);
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}

/** fraud_risk_share: the audited recovery share of confirmed claims (one row), what a claim without detector estimate puts at risk. */
export function riskShareSql(audits: string): string {
  return `
CREATE OR REPLACE TABLE fraud_risk_share AS
SELECT coalesce(avg(least(a.amount_recovered / nullif(b.paid_amount, 0), 1)), ${double(DEFAULT_MODEL_ONLY_RISK_SHARE)}) AS model_only_share
FROM ${audits} a JOIN fraud_claim_base b USING (nomor_sep) WHERE a.outcome = 'CONFIRMED'`;
}

/**
 * SELECT of claim scores from fraud_claim_base, fraud_model_scores, fraud_detector_hits,
 * fraud_signal_precision and fraud_risk_share. One row per scored claim.
 */
export function claimScoresSelect(minProbability: number = MIN_CASE_PROBABILITY): string {
  return `
WITH hp AS (
  SELECT h.*, coalesce(sp.precision, 0) AS precision,
    row_number() OVER (PARTITION BY h.nomor_sep ORDER BY h.strength = 'certain' DESC, coalesce(sp.precision, 0) DESC, h.amount_at_risk DESC, h.fraud_type, h.signal) AS evidence_rank
  FROM fraud_detector_hits h LEFT JOIN fraud_signal_precision sp USING (fraud_type, signal)
), hit AS (
  SELECT nomor_sep, max(amount_at_risk) AS hit_amount,
    any_value(fraud_type) FILTER (WHERE evidence_rank = 1) AS primary_type, any_value(signal) FILTER (WHERE evidence_rank = 1) AS primary_signal,
    any_value(strength) FILTER (WHERE evidence_rank = 1) AS evidence_strength, max(precision) AS evidence_precision,
    list(DISTINCT fraud_type ORDER BY fraud_type) AS fraud_types, list(DISTINCT signal ORDER BY signal) AS signals
  FROM hp GROUP BY nomor_sep
), scored AS (
  SELECT b.*, s.probability, s.anomaly_score, h.primary_type, h.primary_signal, h.evidence_strength, h.evidence_precision, h.fraud_types, h.signals,
    least(coalesce(h.hit_amount, round(b.paid_amount * r.model_only_share, -2)), greatest(b.paid_amount, b.billed_cost))::BIGINT AS risk
  FROM fraud_claim_base b JOIN fraud_model_scores s USING (nomor_sep) LEFT JOIN hit h USING (nomor_sep) CROSS JOIN fraud_risk_share r
)
SELECT nomor_sep, facility_id, facility_province AS province_code, submit_month, tgl_masuk, tgl_pulang, card_key, member_key, kode_dpjp,
  diagnosa, procedure, kode_inacbg, jenis_rawat, paid_amount, billed_cost, probability, anomaly_score,
  coalesce(primary_type, '${UNCLASSIFIED_TYPE}') AS primary_type, primary_signal, evidence_strength, coalesce(evidence_precision, 0) AS evidence_precision,
  coalesce(fraud_types, []::VARCHAR[]) AS fraud_types, coalesce(signals, []::VARCHAR[]) AS signals,
  risk AS amount_at_risk, probability * risk AS expected_recovery,
  -- the model ranks and adds evidence; it never hides a certain hit
  (probability >= ${double(minProbability)} OR evidence_strength = 'certain') AS in_case
FROM scored`;
}

/** fraud_claim_scores: one row per claim, ready for worklists, triage and the API. */
export function claimScoresSql(minProbability: number = MIN_CASE_PROBABILITY): string {
  return `CREATE OR REPLACE TABLE fraud_claim_scores AS ${claimScoresSelect(minProbability)}`;
}

/**
 * fraud_provider_scores: the provider roll-up. Expected fraudulent claims is the sum of the
 * claims' probabilities; the fraud rate is that over the claims; types are those of the
 * provider's claims in cases, most expected recovery first.
 */
export function providerRollupSql(minProbability: number = MIN_CASE_PROBABILITY): string {
  return `
CREATE OR REPLACE TABLE fraud_provider_scores AS
WITH t AS (
  SELECT facility_id, primary_type, sum(expected_recovery) AS er FROM fraud_claim_scores
  WHERE in_case AND primary_type <> '${UNCLASSIFIED_TYPE}' GROUP BY ALL
)
SELECT s.facility_id, any_value(s.province_code) AS province_code, count(*) AS claims,
  sum(s.probability) AS expected_fraudulent_claims, avg(s.probability) AS fraud_rate,
  count(*) FILTER (WHERE s.probability >= ${double(minProbability)}) AS likely_fraudulent_claims,
  coalesce(sum(s.amount_at_risk) FILTER (WHERE s.in_case), 0) AS amount_at_risk,
  sum(s.expected_recovery) AS expected_recovery,
  count(*) FILTER (WHERE s.evidence_strength = 'certain') AS certain_evidence_claims,
  coalesce((SELECT list(primary_type ORDER BY er DESC) FROM t WHERE t.facility_id = s.facility_id), []::VARCHAR[]) AS fraud_types
FROM fraud_claim_scores s GROUP BY s.facility_id`;
}
