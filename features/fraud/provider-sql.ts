// Provider-level fraud features as of the first day of each month, from claims submitted
// and audits concluded before it: severity-III share against the other hospitals of the same
// class and province (never itself), 30-day readmissions observed/expected, claim growth,
// top-up share, the share of earlier claims hit by a detector (the detector-hit table is an
// input the caller names: features never reach into a table the models build) and of earlier
// audits confirmed.
import type { FraudSources } from './claim-sql.js';

/** Pseudo-claims of peer behaviour mixed into each provider's shares, so small providers are not extreme by chance (assumption). */
export const PROVIDER_SMOOTHING_CLAIMS = 20;
/** Pseudo-audits of the overall confirmed rate mixed into a provider's audit record (assumption). */
export const PROVIDER_SMOOTHING_AUDITS = 5;
/** Readmission window of the provider observed/expected ratio (DOMAIN.md: 30 days). */
export const READMISSION_WINDOW_DAYS = 30;

/** Tables the provider phase takes from later layers, named by the caller (models/fraud). */
export interface ProviderPhaseInputs {
  /** One row per detector hit, with at least nomor_sep. */
  readonly detectorHits: string;
}

export function providerMonthSql(src: FraudSources, inputs: ProviderPhaseInputs): string {
  const k = PROVIDER_SMOOTHING_CLAIMS;
  const ka = PROVIDER_SMOOTHING_AUDITS;
  return `
CREATE OR REPLACE TABLE fraud_provider_month AS
WITH hits AS (SELECT DISTINCT nomor_sep FROM ${inputs.detectorHits}),
readmit AS (
  SELECT DISTINCT p.nomor_sep FROM fraud_card_pairs p JOIN fraud_claim_base b USING (nomor_sep)
  WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_masuk < b.tgl_masuk
    AND b.tgl_masuk - p.other_pulang BETWEEN 0 AND ${READMISSION_WINDOW_DAYS}
), m AS (
  SELECT b.facility_id, b.submit_month AS month, count(*) AS n, count(*) FILTER (WHERE b.jenis_rawat = 1) AS n_inp,
    count(*) FILTER (WHERE b.severity_rank = 3) AS n_sev3, count(*) FILTER (WHERE b.special_cmg IS NOT NULL) AS n_topup,
    count(h.nomor_sep) AS n_hit, count(r.nomor_sep) AS n_readmit
  FROM fraud_claim_base b LEFT JOIN hits h USING (nomor_sep) LEFT JOIN readmit r USING (nomor_sep)
  GROUP BY ALL
), a AS (
  SELECT b.facility_id, date_trunc('month', a.audit_date)::DATE AS month, count(*) AS n_aud,
    count(*) FILTER (WHERE a.outcome = 'CONFIRMED') AS n_conf
  FROM ${src.audits} a JOIN fraud_claim_base b USING (nomor_sep) GROUP BY ALL
), span AS (SELECT min(submit_month) AS lo, max(submit_month) AS hi FROM fraud_claim_base),
grid AS (
  SELECT f.facility_id, f.hospital_class, f.province_code, unnest(generate_series(span.lo, span.hi + INTERVAL 1 MONTH, INTERVAL 1 MONTH))::DATE AS month
  FROM ${src.facilities} f CROSS JOIN span
), g AS (
  SELECT grid.*, coalesce(m.n, 0) AS n, coalesce(m.n_inp, 0) AS n_inp, coalesce(m.n_sev3, 0) AS n_sev3,
    coalesce(m.n_topup, 0) AS n_topup, coalesce(m.n_hit, 0) AS n_hit, coalesce(m.n_readmit, 0) AS n_readmit,
    coalesce(a.n_aud, 0) AS n_aud, coalesce(a.n_conf, 0) AS n_conf
  FROM grid LEFT JOIN m USING (facility_id, month) LEFT JOIN a USING (facility_id, month)
), c AS (
  SELECT facility_id, hospital_class, province_code, month,
    coalesce(sum(n) OVER w, 0) AS c_n, coalesce(sum(n_inp) OVER w, 0) AS c_inp, coalesce(sum(n_sev3) OVER w, 0) AS c_sev3,
    coalesce(sum(n_topup) OVER w, 0) AS c_topup, coalesce(sum(n_hit) OVER w, 0) AS c_hit, coalesce(sum(n_readmit) OVER w, 0) AS c_readmit,
    coalesce(sum(n_aud) OVER w, 0) AS c_aud, coalesce(sum(n_conf) OVER w, 0) AS c_conf,
    coalesce(sum(n) OVER w3, 0) AS n_last3, coalesce(sum(n) OVER w6, 0) AS n_prev3
  FROM g
  WINDOW w AS (PARTITION BY facility_id ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
         w3 AS (PARTITION BY facility_id ORDER BY month ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING),
         w6 AS (PARTITION BY facility_id ORDER BY month ROWS BETWEEN 6 PRECEDING AND 4 PRECEDING)
), peer AS (
  SELECT hospital_class, province_code, month, sum(c_sev3) AS p_sev3, sum(c_inp) AS p_inp FROM c GROUP BY ALL
), peer_class AS (
  SELECT hospital_class, month, sum(c_sev3) AS k_sev3, sum(c_inp) AS k_inp, sum(c_readmit) / nullif(sum(c_inp), 0) AS class_readmit
  FROM c GROUP BY ALL
), overall AS (
  SELECT month, sum(c_topup) / nullif(sum(c_n), 0) AS all_topup, sum(c_hit) / nullif(sum(c_n), 0) AS all_hit,
    sum(c_conf) / nullif(sum(c_aud), 0) AS all_conf
  FROM c GROUP BY ALL
), s AS (
  -- peers are the other hospitals: a hospital alone in its class and province is compared with its class elsewhere
  SELECT c.*, coalesce((p.p_sev3 - c.c_sev3) / nullif(p.p_inp - c.c_inp, 0), (pc.k_sev3 - c.c_sev3) / nullif(pc.k_inp - c.c_inp, 0), 0) AS peer_severity3_share,
    coalesce(pc.class_readmit, 0) AS peer_readmission_rate, coalesce(o.all_topup, 0) AS peer_topup_share,
    coalesce(o.all_hit, 0) AS peer_hit_share, coalesce(o.all_conf, 0) AS peer_confirmed_share
  FROM c LEFT JOIN peer p USING (hospital_class, province_code, month) LEFT JOIN peer_class pc USING (hospital_class, month)
  LEFT JOIN overall o USING (month)
)
-- 0.001 keeps the ratios finite in a peer group with no severity-III stay or readmission yet
SELECT facility_id, month, hospital_class, province_code, c_n AS provider_prior_claims,
  ((c_sev3 + ${k} * peer_severity3_share) / (c_inp + ${k})) / greatest(peer_severity3_share, 0.001) AS provider_severity3_ratio,
  peer_severity3_share,
  (c_readmit + ${k} * peer_readmission_rate) / (c_inp * peer_readmission_rate + ${k} * peer_readmission_rate + 0.001) AS provider_readmission_oe,
  (n_last3 + 1.0) / (n_prev3 + 1.0) AS provider_claim_growth,
  (c_topup + ${k} * peer_topup_share) / (c_n + ${k}) AS provider_topup_share, peer_topup_share,
  (c_hit + ${k} * peer_hit_share) / (c_n + ${k}) AS provider_rule_hit_share,
  (c_conf + ${ka} * peer_confirmed_share) / (c_aud + ${ka}) AS provider_audit_confirmed_share
FROM s`;
}

/** The model's input table: claim and member features with the provider's features as of the submission month. */
export function claimFeatureTableSql(): string {
  return `
CREATE OR REPLACE TABLE fraud_claim_features AS
SELECT l.*, p.provider_severity3_ratio, p.peer_severity3_share, p.provider_readmission_oe, p.provider_claim_growth,
  p.provider_topup_share, p.peer_topup_share, p.provider_rule_hit_share, p.provider_audit_confirmed_share
FROM fraud_claim_level l LEFT JOIN fraud_provider_month p ON p.facility_id = l.facility_id AND p.month = l.submit_month`;
}
