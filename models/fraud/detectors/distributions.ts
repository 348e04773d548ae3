// Provider distributions the distribution detectors compare a claim's provider with: its
// severity-III count against what case-mix-matched peers (the same CBG group at every other
// facility, never itself) would code, and its ventilated stays just past the tariff boundary
// against those just before it. Built from every claim in the batch; arrival scoring reads the
// published table, so a claim gets the same verdict on both paths.
import type { ThresholdValues } from './types.js';

export const PROVIDER_DISTRIBUTION_TABLE = 'fraud_provider_distribution';
/** Outpatient claim vectors many patients share at a facility: flat-fee packages, never clones. */
export const FLAT_PACKAGE_TABLE = 'fraud_flat_packages';

/** The claim vector columns clones are compared on: sorted diagnoses and procedures, and a log bucket of the bill as wide as the component tolerance. */
export function claimVectorSql(alias: string, tolerance: number): string {
  return `list_sort(${alias}.dx_list) AS dxs, list_sort(${alias}.px_list) AS pxs, round(ln(${alias}.billed_cost + 1000) / ${tolerance})::BIGINT AS cost_bucket`;
}

/** fraud_flat_packages: outpatient vectors (facility, CBG, diagnoses, procedures, bill bucket) shared by at least `minPatients` patients. */
export function flatPackageSql(tolerance: number, minPatients: number): string {
  return `
CREATE OR REPLACE TABLE ${FLAT_PACKAGE_TABLE} AS
SELECT facility_id, kode_inacbg, dxs, pxs, cost_bucket, count(DISTINCT card_key) AS patients
FROM (SELECT b.facility_id, b.kode_inacbg, b.card_key, ${claimVectorSql('b', tolerance)} FROM fraud_claim_base b WHERE b.jenis_rawat = 2)
GROUP BY ALL HAVING count(DISTINCT card_key) >= ${minPatients}`;
}

/** Pseudo-claims of the peers' severity-III share mixed into a small CBG group (assumption, as in provider features). */
export const SEVERITY_PEER_SMOOTHING = 5;

export type DistributionThresholds = ThresholdValues<'boundaryHours' | 'windowHours'>;

export function providerDistributionSql(v: DistributionThresholds): string {
  const k = SEVERITY_PEER_SMOOTHING;
  return `
CREATE OR REPLACE TABLE ${PROVIDER_DISTRIBUTION_TABLE} AS
WITH inp AS (
  SELECT facility_id, cbg_base, count(*) AS n, count(*) FILTER (WHERE severity_rank = 3) AS n3
  FROM fraud_claim_base WHERE jenis_rawat = 1 AND severity_rank > 0 GROUP BY ALL
), tot AS (SELECT cbg_base, sum(n) AS n_all, sum(n3) AS n3_all FROM inp GROUP BY ALL),
overall AS (SELECT sum(n3) / greatest(sum(n), 1) AS share FROM inp),
sev AS (
  -- peers of a CBG group are the other facilities' stays of that group; a group nobody else billed borrows the overall share
  SELECT i.facility_id, sum(i.n3) AS observed_severity3,
    sum(i.n * (t.n3_all - i.n3 + ${k} * o.share) / (t.n_all - i.n + ${k})) AS expected_severity3, sum(i.n) AS inpatient_claims
  FROM inp i JOIN tot t USING (cbg_base) CROSS JOIN overall o GROUP BY i.facility_id
), vent AS (
  SELECT facility_id,
    count(*) FILTER (WHERE ventilator_hour >= ${v.boundaryHours} AND ventilator_hour < ${v.boundaryHours} + ${v.windowHours}) AS vent_above,
    count(*) FILTER (WHERE ventilator_hour >= ${v.boundaryHours} - ${v.windowHours} AND ventilator_hour < ${v.boundaryHours}) AS vent_below
  FROM fraud_claim_base WHERE ventilator_hour > 0 GROUP BY ALL
), vall AS (SELECT coalesce(sum(vent_above), 0) AS a, coalesce(sum(vent_below), 0) AS b FROM vent)
SELECT f.facility_id, coalesce(s.observed_severity3, 0) AS observed_severity3, coalesce(s.expected_severity3, 0) AS expected_severity3,
  coalesce(s.inpatient_claims, 0) AS inpatient_claims, coalesce(v.vent_above, 0) AS vent_above, coalesce(v.vent_below, 0) AS vent_below,
  -- share of other facilities' ventilations near the boundary that end just past it (Laplace: 1/2 with none)
  (vall.a - coalesce(v.vent_above, 0) + 1.0) / (vall.a + vall.b - coalesce(v.vent_above, 0) - coalesce(v.vent_below, 0) + 2.0) AS peer_vent_above_share
FROM (SELECT DISTINCT facility_id FROM fraud_claim_base) f LEFT JOIN sev s USING (facility_id) LEFT JOIN vent v USING (facility_id) CROSS JOIN vall`;
}
