// Writes the model scores back to the warehouse and derives, per claim, the evidence (its
// strongest detector signal: certain before suspicious, then the signal's learned precision,
// then the amount), the primary fraud type, the amount at risk (the largest detector estimate,
// or the audited recovery share of the paid amount), the posterior fraud probability and the
// expected recovery (DOMAIN.md section 4); then which claims form cases (CASE_RULE below).
// Arrival scoring runs the same SELECT on its claim.
import type { DuckDBConnection } from '@duckdb/node-api';
import { double } from '../../data-samples/sql/index.js';

/**
 * Share of the paid amount at risk on a claim the model suspects but no detector explains,
 * when no confirmed audit says otherwise (assumption: audits recover about 30% of a claim).
 */
export const DEFAULT_MODEL_ONLY_RISK_SHARE = 0.3;
/** Case type of claims the model suspects with no detector hit (not a taxonomy code). */
export const UNCLASSIFIED_TYPE = 'UNCLASSIFIED';
/** The provider roll-up counts claims the model finds more likely fraudulent than not (cases follow CASE_RULE). */
export const MIN_CASE_PROBABILITY = 0.5;

/**
 * The economics of a case, named with their source. A case is an audit of one provider's
 * scheme (provider x fraud type): a desk examination of the provider plus a review of each claim.
 */
export const CASE_ECONOMICS = Object.freeze({
  /**
   * Rupiah of opening and closing one provider case: one auditor-day of desk examination
   * (DEFAULT_INVESTIGATION_COST, Rp2.5M: salary, travel share, records request). Assumption,
   * after Peraturan BPJS Kesehatan 6/2020: a case is first examined on the claim records; a
   * site visit follows only a confirmed desk finding and is paid from what it recovers.
   */
  caseAuditCost: 2_500_000,
  /** Rupiah of reviewing one claim of a case on the desk (DEFAULT_REVIEW_COST: a 15-minute verifier review). */
  claimReviewCost: 150_000,
  /**
   * Share of a confirmed amount actually recovered: an overpayment found by audit is returned
   * or offset against the provider's next claims (Permenkes 16/2019 art. 6, Peraturan BPJS 6/2020);
   * assumption 0.9, allowing for disputes and write-offs.
   */
  recoveryShare: 0.9,
});

/** A claim joins a case only when fraud is more likely than not (the balance of probabilities an audit finding must meet to recover). */
export const MIN_CASE_POSTERIOR = 0.5;

/**
 * A suspicious signal is a provider's pattern when the provider has at least this many patients
 * with a claim hitting it, at least `ratio` times what the signal's rate at every other facility
 * gives for its patients, with Poisson z >= `z` (one-sided p ~ 0.001 among hundreds of providers).
 * Assumption, as for the distribution detectors. A pattern is named in the reasons; the case
 * rule weighs the provider's excess continuously (SIGNAL_EXCESS).
 */
export const SIGNAL_PATTERN = Object.freeze({ minClaims: 3, ratio: 2, z: 3 });

/**
 * How a provider's excess of a suspicious signal raises what one of its hits proves. The
 * provider's relative risk of the signal, against the signal's rate at every other facility
 * for the same number of patients, is smoothed towards 1 as in disease mapping and provider
 * profiling (Poisson-Gamma, Clayton & Kaldor, Biometrics 1987): RR = (observed + a) /
 * (expected + a), a Gamma prior of mean 1 worth `priorPatients` patients (coefficient of variation
 * 1/sqrt(a) ~ 0.58 between providers: assumption). The share of the provider's hits its excess
 * explains is the attributable fraction AF = 1 - 1/RR; those hits are taken as the provider's
 * conduct, the rest as the signal's background, right as often as audits say (its precision):
 * evidence = precision + (1 - precision) x AF. One patient's hits of a rare signal reach AF 0.25,
 * two patients at a clean provider 0.4, a rate merely at the network's stays at 0.
 */
export const SIGNAL_EXCESS = Object.freeze({ priorPatients: 3 });

/*
 * CASE_RULE, how claims become cases (documented in models/fraud/README.md):
 * 1. what a hit proves: a certain signal its learned precision (the Beta posterior of the
 *    signal's audited hits); a suspicious one its precision raised by the provider's excess of
 *    the signal (SIGNAL_EXCESS: precision + (1 - precision) x attributable fraction), so a
 *    signal at its network rate proves what audits say of it and one concentrated at a
 *    provider proves more, however clean the provider's history.
 * 2. posterior = max(model probability, the strongest hit's evidence). The model may raise
 *    it, never lower it: a provider with a clean history has no history features to raise its
 *    claims, and that absence is no evidence of honesty.
 * 3. expected recovery = posterior x amount at risk x recoveryShare.
 * 4. a claim with a detector hit is in a case when fraud is more likely than not
 *    (MIN_CASE_POSTERIOR); its scheme (provider x primary type) is the case. A claim the model
 *    alone suspects has no taxonomy type and no evidence an auditor can check: it ranks in the
 *    scores and the provider roll-up, and its reasons say why, but it opens no case. What a case is worth against its audit
 *    cost (caseAuditCost + claimReviewCost per claim, caseNetValueSql) ranks the worklist and
 *    routes triage; it does not decide whether the case exists: a scheme of many cheap
 *    claims (a doctor's impossible day of outpatient sessions) is fraud whatever one audit
 *    recovers, and capacity, not cost, decides what the team opens first.
 * 5. a claim with certain evidence is always in a case.
 * 6. in the batch, a claim of a patient already in a case joins it when it has the case's type
 *    at the same provider: that patient's part of the scheme is audited together, the weaker
 *    claims with the stronger (claimScoresSql). Other patients' weak hits do not ride along.
 *    A claim without a detector hit (UNCLASSIFIED) joins nothing.
 * On arrival the SELECT sees one claim (with the published patterns), so its in_case says
 * whether the claim alone makes a case.
 */

export async function writeModelScores(
  connection: DuckDBConnection,
  nomorSep: readonly string[],
  probability: Float64Array,
  anomaly: Float64Array,
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

export const SIGNAL_PATTERN_TABLE = 'fraud_signal_patterns';

/**
 * fraud_signal_patterns: per provider and suspicious signal, its patients with a claim hitting
 * the signal against what the signal's rate at every other facility gives for the provider's
 * patients, whether that is a pattern (SIGNAL_PATTERN), the smoothed relative risk and the
 * share of its hits the excess explains (SIGNAL_EXCESS). Built in the batch, published for
 * arrival scoring.
 */
export function signalPatternsSql(): string {
  const t = SIGNAL_PATTERN;
  const a = double(SIGNAL_EXCESS.priorPatients);
  return `
CREATE OR REPLACE TABLE ${SIGNAL_PATTERN_TABLE} AS
-- counted in patients: one patient's repeated sessions (dialysis, chemotherapy) are one observation of the provider
WITH hits AS (
  SELECT DISTINCT h.fraud_type, h.signal, b.facility_id, b.member_key FROM fraud_detector_hits h JOIN fraud_claim_base b USING (nomor_sep) WHERE h.strength = 'suspicious'
), f AS (SELECT facility_id, count(DISTINCT member_key) AS claims FROM fraud_claim_base GROUP BY ALL),
c AS (SELECT fraud_type, signal, facility_id, count(*) AS observed FROM hits GROUP BY ALL),
t AS (SELECT fraud_type, signal, sum(observed) AS total FROM c GROUP BY ALL),
n AS (SELECT sum(claims) AS claims FROM f),
e AS (
  SELECT c.fraud_type, c.signal, c.facility_id, c.observed, f.claims * (t.total - c.observed + 0.5) / (n.claims - f.claims + 1) AS expected
  FROM c JOIN f USING (facility_id) JOIN t USING (fraud_type, signal) CROSS JOIN n
)
SELECT fraud_type, signal, facility_id, observed, expected,
  (observed >= ${t.minClaims} AND observed >= ${t.ratio} * expected AND (observed - expected) / sqrt(greatest(expected, 0.5)) >= ${t.z}) AS pattern,
  (observed + ${a}) / (expected + ${a}) AS relative_risk,
  greatest(0, 1 - (expected + ${a}) / (observed + ${a})) AS excess_share
FROM e`;
}

/** Net expected value of a scheme in SQL: expected recovery less the case's audit cost (CASE_ECONOMICS). */
export function caseNetValueSql(expectedRecovery: string, claims: string): string {
  const e = CASE_ECONOMICS;
  return `(${expectedRecovery} - ${double(e.caseAuditCost)} - ${double(e.claimReviewCost)} * ${claims})`;
}

/**
 * SELECT of claim scores from fraud_claim_base, fraud_model_scores, fraud_detector_hits,
 * fraud_signal_precision, fraud_signal_patterns and fraud_risk_share. One row per scored claim. in_case follows
 * CASE_RULE over the claims the SELECT scores (the batch: all; arrival: the one claim).
 */
export function claimScoresSelect(): string {
  const e = CASE_ECONOMICS;
  return `
WITH hp AS (
  SELECT h.*, coalesce(sp.precision, 0) AS precision,
    -- what the hit proves (CASE_RULE 1): certain at its precision, suspicious raised by the provider's excess
    CASE WHEN h.strength = 'certain' THEN coalesce(sp.precision, 0)
      ELSE coalesce(sp.precision, 0) + (1 - coalesce(sp.precision, 0)) * coalesce(pt.excess_share, 0) END AS evidence,
    row_number() OVER (PARTITION BY h.nomor_sep ORDER BY h.strength = 'certain' DESC, evidence DESC, h.amount_at_risk DESC, h.fraud_type, h.signal) AS evidence_rank
  FROM fraud_detector_hits h JOIN fraud_claim_base b USING (nomor_sep) LEFT JOIN fraud_signal_precision sp USING (fraud_type, signal)
  LEFT JOIN ${SIGNAL_PATTERN_TABLE} pt ON pt.fraud_type = h.fraud_type AND pt.signal = h.signal AND pt.facility_id = b.facility_id
), hit AS (
  SELECT nomor_sep, max(amount_at_risk) AS hit_amount, max(evidence) AS evidence,
    any_value(fraud_type) FILTER (WHERE evidence_rank = 1) AS primary_type, any_value(signal) FILTER (WHERE evidence_rank = 1) AS primary_signal,
    any_value(strength) FILTER (WHERE evidence_rank = 1) AS evidence_strength, max(evidence) AS evidence_precision,
    list(DISTINCT fraud_type ORDER BY fraud_type) AS fraud_types, list(DISTINCT signal ORDER BY signal) AS signals
  FROM hp GROUP BY nomor_sep
), scored AS (
  SELECT b.*, s.probability, s.anomaly_score, h.primary_type, h.primary_signal, h.evidence_strength, h.evidence_precision, h.fraud_types, h.signals,
    least(coalesce(h.hit_amount, round(b.paid_amount * r.model_only_share, -2)), greatest(b.paid_amount, b.billed_cost))::BIGINT AS risk,
    -- the model may raise what the evidence proves, never lower it (CASE_RULE 2)
    greatest(s.probability, coalesce(h.evidence, 0)) AS posterior
  FROM fraud_claim_base b JOIN fraud_model_scores s USING (nomor_sep) LEFT JOIN hit h USING (nomor_sep) CROSS JOIN fraud_risk_share r
), valued AS (
  SELECT *, posterior * risk * ${double(e.recoveryShare)} AS er,
    coalesce(evidence_strength = 'certain', false) OR (primary_type IS NOT NULL AND posterior >= ${double(MIN_CASE_POSTERIOR)}) AS candidate
  FROM scored
)
SELECT nomor_sep, facility_id, facility_province AS province_code, submit_month, tgl_masuk, tgl_pulang, card_key, member_key, kode_dpjp,
  diagnosa, procedure, kode_inacbg, jenis_rawat, paid_amount, billed_cost, probability, anomaly_score,
  coalesce(primary_type, '${UNCLASSIFIED_TYPE}') AS primary_type, primary_signal, evidence_strength, coalesce(evidence_precision, 0) AS evidence_precision,
  coalesce(fraud_types, []::VARCHAR[]) AS fraud_types, coalesce(signals, []::VARCHAR[]) AS signals,
  risk AS amount_at_risk, posterior, er AS expected_recovery,
  -- certain evidence, or evidence more likely than not (CASE_RULE 4-5); worth ranks, it does not exclude
  candidate AS in_case
FROM valued`;
}

/** fraud_claim_scores: one row per claim, ready for worklists, triage and the API; a patient's claim joins the case its other claims are in (CASE_RULE 6). */
export function claimScoresSql(): string {
  // the patients already in a case, joined back: what bool_or(in_case) OVER (PARTITION BY facility,
  // type, card) says, without sorting every claim's row (that window was two thirds of this statement)
  return `CREATE OR REPLACE TABLE fraud_claim_scores AS
WITH s AS (${claimScoresSelect()}),
in_case_patients AS (SELECT DISTINCT facility_id, primary_type, card_key FROM s WHERE in_case)
SELECT s.* REPLACE (s.in_case OR (s.primary_type <> '${UNCLASSIFIED_TYPE}' AND p.primary_type IS NOT NULL) AS in_case)
FROM s LEFT JOIN in_case_patients p ON p.facility_id IS NOT DISTINCT FROM s.facility_id AND p.primary_type = s.primary_type
  AND p.card_key IS NOT DISTINCT FROM s.card_key`;
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
