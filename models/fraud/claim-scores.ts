// Writes the model scores back to the warehouse and derives, per claim, the amount at risk
// (the largest detector estimate, or a model-only share of the paid amount), the primary
// fraud type and the expected recovery = probability x amount at risk (DOMAIN.md section 4).
import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Share of the paid amount at risk on a claim the model suspects but no detector explains,
 * when no confirmed audit says otherwise (assumption: audits recover about 30% of a claim).
 */
export const DEFAULT_MODEL_ONLY_RISK_SHARE = 0.3;
/** Case type of claims the model suspects with no detector hit (not a taxonomy code). */
export const UNCLASSIFIED_TYPE = 'UNCLASSIFIED';

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

/** fraud_claim_scores: one row per claim, ready for worklists, triage and the API. */
export function claimScoresSql(audits: string): string {
  return `
CREATE OR REPLACE TABLE fraud_claim_scores AS
WITH share AS (
  SELECT coalesce(avg(least(a.amount_recovered / nullif(b.paid_amount, 0), 1)), ${DEFAULT_MODEL_ONLY_RISK_SHARE}) AS model_only_share
  FROM ${audits} a JOIN fraud_claim_base b USING (nomor_sep) WHERE a.outcome = 'CONFIRMED'
), hit AS (
  SELECT nomor_sep, arg_max(fraud_type, amount_at_risk) AS primary_type, max(amount_at_risk) AS hit_amount,
    list(DISTINCT fraud_type ORDER BY fraud_type) AS fraud_types
  FROM fraud_detector_hits GROUP BY nomor_sep
)
SELECT b.nomor_sep, b.facility_id, b.facility_province AS province_code, b.submit_month, b.tgl_masuk, b.kode_inacbg,
  b.paid_amount, s.probability, s.anomaly_score,
  coalesce(h.primary_type, '${UNCLASSIFIED_TYPE}') AS primary_type, coalesce(h.fraud_types, []::VARCHAR[]) AS fraud_types,
  least(coalesce(h.hit_amount, round(b.paid_amount * share.model_only_share, -2)), greatest(b.paid_amount, b.billed_cost))::BIGINT AS amount_at_risk,
  s.probability * least(coalesce(h.hit_amount, round(b.paid_amount * share.model_only_share, -2)), greatest(b.paid_amount, b.billed_cost)) AS expected_recovery
FROM fraud_claim_base b JOIN fraud_model_scores s USING (nomor_sep) LEFT JOIN hit h USING (nomor_sep) CROSS JOIN share`;
}

/**
 * fraud_provider_scores: the provider roll-up. Expected fraudulent claims is the sum of the
 * claims' probabilities; the fraud rate is that over the claims; types are those detectors
 * found on the provider's likely-fraud claims, most expected recovery first.
 */
export function providerRollupSql(minProbability: number): string {
  return `
CREATE OR REPLACE TABLE fraud_provider_scores AS
WITH t AS (
  SELECT facility_id, primary_type, sum(expected_recovery) AS er FROM fraud_claim_scores
  WHERE probability >= ${minProbability} AND primary_type <> '${UNCLASSIFIED_TYPE}' GROUP BY ALL
)
SELECT s.facility_id, any_value(s.province_code) AS province_code, count(*) AS claims,
  sum(s.probability) AS expected_fraudulent_claims, avg(s.probability) AS fraud_rate,
  count(*) FILTER (WHERE s.probability >= ${minProbability}) AS likely_fraudulent_claims,
  sum(s.amount_at_risk) FILTER (WHERE s.probability >= ${minProbability}) AS amount_at_risk,
  sum(s.expected_recovery) AS expected_recovery,
  coalesce((SELECT list(primary_type ORDER BY er DESC) FROM t WHERE t.facility_id = s.facility_id), []::VARCHAR[]) AS fraud_types
FROM fraud_claim_scores s GROUP BY s.facility_id`;
}
