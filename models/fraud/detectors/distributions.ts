// Provider distributions the distribution detectors compare a claim's provider with: its
// severity-III count against what case-mix-matched peers (the same CBG group at other
// facilities of the same hospital class, never itself) would code; its ventilated stays just
// past the tariff boundary against those before it; and its counts of stays whose severity
// the resources do not support, stays beyond the peers' 90th percentile and short admissions
// for outpatient conditions and planned clinic services on closed days, each against the rate at
// every other facility; its one-night
// medical stays and caesareans without indication against case-mix peers (care-norms.ts); its stays
// past the INA-CBG norm, its stays held over days without rounds and each coder's severity against
// colleagues (provider-excess.ts); its stays above severity I read as a mixture of their level and
// the level below (upcoding-resources-fit.ts); its ventilations ending just past the 96-hour line
// among all of them, against other units of the same kind (vent-kind.ts). Built from every
// claim in the batch; arrival scoring reads the published table, so a claim gets the same
// verdict on both paths.
import { unexplainedShortAdmissionSql } from './admission-need.js';
import { careClassFactorSql } from './clone-bills.js';
import { standardisedServiceSql } from './clone-packages.js';
import { CARE_NORM_COLUMNS, CARE_NORM_JOINS, careNormCtesSql } from './care-norms.js';
import { notCarriedSql } from './los-care-carried.js';
import { judgedInDistributionSql } from './los-condition.js';
import {
  PROVIDER_EXCESS_COLUMNS,
  PROVIDER_EXCESS_JOINS,
  coderSeverityCtesSql,
  heldOverNoRoundDaysSql,
  noRoundCalendarSql,
  pastNormCtesSql,
} from './provider-excess.js';
import { clinicServiceOnClosedDaySql, plannedClinicServiceSql, stayAboveP90Sql, unsupportedSeveritySql } from './patterns.js';
import type { ShortAdmissionThresholds, UnsupportedSeverityThresholds } from './patterns.js';
import type { ThresholdValues } from './types.js';
import { LEVEL_RESOURCES_COLUMNS, LEVEL_RESOURCES_JOINS, levelResourcesCtesSql } from './upcoding-resources-fit.js';
import type { LevelResourcesFitThresholds, LevelResourcesSources } from './upcoding-resources-fit.js';
import { VENT_KIND_COLUMNS, VENT_KIND_JOINS, ventKindCtesSql } from './vent-kind.js';
import { LINE_REPEAT_COLUMNS, LINE_REPEAT_JOINS, lineRepeatCtesSql } from './inflated-line-repeat.js';
import type { LineRepeatValues } from './inflated-line-repeat.js';
import { LINE_STEP_COLUMNS, LINE_STEP_JOINS, lineStepCtesSql } from './inflated-line-step.js';
import type { LineStepValues } from './inflated-line-step.js';
import type { VentKindCountValues } from './vent-kind.js';

export const PROVIDER_DISTRIBUTION_TABLE = 'fraud_provider_distribution';
/** Services many patients of a facility are billed alike for: flat-fee packages, never clones unless billed in a burst. */
export const FLAT_PACKAGE_TABLE = 'fraud_flat_packages';

/**
 * The claim vector columns clones are compared on: sorted diagnoses and procedures, a log bucket of the bill as wide as
 * the component tolerance, and the same bucket of the bill at class 3 (divided by its care-class factor): a package's
 * price in every care class.
 */
export function claimVectorSql(alias: string, tolerance: number): string {
  return `list_sort(${alias}.dx_list) AS dxs, list_sort(${alias}.px_list) AS pxs, round(ln(${alias}.billed_cost + 1000) / ${tolerance})::BIGINT AS cost_bucket,
    round(ln(${alias}.billed_cost / (${careClassFactorSql(alias)}) + 1000) / ${tolerance})::BIGINT AS package_bucket`;
}

/** The thresholds fraud_flat_packages is built with: CLONING's (clone-packages.ts). */
export interface FlatPackageThresholds {
  /** Width of the price bucket (CLONING maxComponentDistance). */
  readonly tolerance: number;
  readonly minPatients: number;
  readonly minStayShare: number;
  readonly minOutpatientShare: number;
  readonly standingPatients: number;
  readonly standingSpanDays: number;
  /** Patients a price of a standardised outpatient service needs (clone-packages.ts STANDARDISED_OUTPATIENT_PROCEDURES). */
  readonly standardisedPatients: number;
}

/**
 * fraud_flat_packages: services (facility, CBG, procedures, bill at class 3) billed alike to many patients, with the
 * package's claims, its first and last admission and the first admission the batch observes: CLONING's burst test
 * reads the package's own history from them, and arrival reads them published. A package is the facility's price for
 * a service (a dialysis or chemotherapy session, a physiotherapy visit, a phaco and lens, a delivery), so its patients
 * are counted whatever diagnoses they were coded with and whatever their care class (the facility prices each class in
 * the JKN tariff's steps): at least `minPatients` of them; or, for an outpatient service, at least `standingPatients`
 * billed it over more than `standingSpanDays` (the facility's standing fee). A price is a package only where a share
 * of the facility's patients of the CBG and procedures are billed it: nearly all of them for a stay (its bill follows
 * its days, drugs and tests), a sizeable part for an outpatient service (a few prices by session type); a busy
 * service's itemised bills crowd a price bucket by chance without being anybody's price.
 */
export function flatPackageSql(t: FlatPackageThresholds): string {
  return `
CREATE OR REPLACE TABLE ${FLAT_PACKAGE_TABLE} AS
WITH buckets AS (
  SELECT facility_id, kode_inacbg, pxs, package_bucket, any_value(jenis_rawat) AS jenis_rawat, count(DISTINCT card_key) AS patients,
    count(*) AS claims, min(tgl_masuk) AS first_masuk, max(tgl_masuk) AS last_masuk, any_value(service_patients) AS service_patients, observed_from
  FROM (
    SELECT b.facility_id, b.kode_inacbg, b.jenis_rawat, b.card_key, b.tgl_masuk, ${claimVectorSql('b', t.tolerance)},
      count(DISTINCT b.card_key) OVER (PARTITION BY b.facility_id, b.kode_inacbg, list_sort(b.px_list)) AS service_patients
    FROM fraud_claim_base b
  )
  CROSS JOIN (SELECT min(tgl_masuk) AS observed_from FROM fraud_claim_base)
  GROUP BY facility_id, kode_inacbg, pxs, package_bucket, observed_from
), prices AS (
  SELECT facility_id, kode_inacbg, pxs, package_bucket FROM buckets
  WHERE (patients >= ${t.minPatients} AND patients >= CASE WHEN jenis_rawat = 2 THEN ${t.minOutpatientShare} ELSE ${t.minStayShare} END * service_patients)
    OR (jenis_rawat = 2 AND patients >= ${t.standingPatients} AND patients >= ${t.minStayShare} * service_patients
      AND last_masuk - first_masuk > ${t.standingSpanDays})
    OR (jenis_rawat = 2 AND ${standardisedServiceSql('pxs')} AND patients >= ${t.standardisedPatients}
      AND patients >= ${t.minOutpatientShare} * service_patients)
)
-- a package's bucket, and the buckets either side of it: a price rounded per care class (Rp100) falls either side of a
-- bucket's edge, so its class-1 claims may sit one bucket off its class-3 ones. Only a bucket that is a package by its own
-- patients lends its neighbours the name; stays billed a few per cent apart never add up to one.
SELECT b.facility_id, b.kode_inacbg, b.pxs, b.package_bucket, b.patients, b.claims, b.first_masuk, b.last_masuk, b.observed_from
FROM buckets b
WHERE EXISTS (SELECT 1 FROM prices p WHERE p.facility_id = b.facility_id AND p.kode_inacbg = b.kode_inacbg AND p.pxs = b.pxs
  AND p.package_bucket BETWEEN b.package_bucket - 1 AND b.package_bucket + 1)`;
}

/** Pseudo-claims of the peers' severity-III share mixed into a small CBG group (assumption, as in provider features). */
export const SEVERITY_PEER_SMOOTHING = 5;

export type DistributionThresholds = ThresholdValues<
  'boundaryHours' | 'windowHours' | 'referenceWindowHours' | 'minBunchedClaims' | 'referenceScreenZ' | 'wholeDayShare'
> &
  ShortAdmissionThresholds &
  UnsupportedSeverityThresholds &
  LevelResourcesFitThresholds &
  VentKindCountValues &
  LineRepeatValues &
  LineStepValues;

/** Per facility: `observed` of `population` claims flagged, and `expected` at the rate of every other facility (half a claim of prior). */
function excessAtProvider(name: string, population: string, flagged: string): string {
  return `${name}_f AS (
  SELECT p.facility_id, count(*) AS n, count(f.nomor_sep) AS o FROM (${population}) p LEFT JOIN (SELECT nomor_sep FROM (${flagged})) f USING (nomor_sep) GROUP BY p.facility_id
), ${name} AS (
  SELECT facility_id, o AS ${name}_observed, n * (sum(o) OVER () - o + 0.5) / (sum(n) OVER () - n + 1) AS ${name}_expected FROM ${name}_f
)`;
}

export function providerDistributionSql(v: DistributionThresholds, src: LevelResourcesSources): string {
  const k = SEVERITY_PEER_SMOOTHING;
  const inpatient = 'SELECT * FROM fraud_claim_base WHERE jenis_rawat = 1';
  return `
CREATE OR REPLACE TABLE ${PROVIDER_DISTRIBUTION_TABLE} AS
WITH inp AS (
  SELECT facility_id, cbg_base, hospital_class, count(*) AS n, count(*) FILTER (WHERE severity_rank = 3) AS n3
  FROM fraud_claim_base WHERE jenis_rawat = 1 AND severity_rank > 0 GROUP BY ALL
), tot AS (SELECT cbg_base, hospital_class, sum(n) AS n_cls, sum(n3) AS n3_cls FROM inp GROUP BY ALL),
tot_all AS (SELECT cbg_base, sum(n) AS n_all, sum(n3) AS n3_all FROM inp GROUP BY ALL),
overall AS (SELECT sum(n3) / greatest(sum(n), 1) AS share FROM inp),
sev AS (
  -- peers of a CBG group are the other facilities' stays of that group at hospitals of the same class
  -- (a class A referral hospital treats more severe cases), shrunk towards the group's share at every
  -- other facility; a group nobody else billed borrows the overall share
  SELECT i.facility_id, sum(i.n3) AS observed_severity3,
    sum(i.n * (t.n3_cls - i.n3 + ${k} * coalesce((a.n3_all - i.n3) / nullif(a.n_all - i.n, 0), o.share)) / (t.n_cls - i.n + ${k})) AS expected_severity3,
    sum(i.n) AS inpatient_claims
  FROM inp i JOIN tot t USING (cbg_base, hospital_class) JOIN tot_all a USING (cbg_base) CROSS JOIN overall o GROUP BY i.facility_id
), vent AS (
  -- just past the boundary (windowHours) against the reference band before it (referenceWindowHours)
  SELECT facility_id,
    count(*) FILTER (WHERE ventilator_hour >= ${v.boundaryHours} AND ventilator_hour < ${v.boundaryHours} + ${v.windowHours}) AS vent_above,
    count(*) FILTER (WHERE ventilator_hour >= ${v.boundaryHours} - ${v.referenceWindowHours} AND ventilator_hour < ${v.boundaryHours}) AS vent_below,
    -- heaping on whole days among ventilations past the boundary: hours written, not measured
    count(*) FILTER (WHERE ventilator_hour >= ${v.boundaryHours}) AS vent_long,
    count(*) FILTER (WHERE ventilator_hour >= ${v.boundaryHours} AND ventilator_hour % 24 = 0) AS vent_whole_days
  FROM fraud_claim_base WHERE ventilator_hour > 0 GROUP BY ALL
), vpeak AS (
  -- the one hour value just past the boundary that most of the provider's ventilations end on (the
  -- lowest on a tie): hours read off a ventilator spread, the same value written again and again does not
  SELECT facility_id, ventilator_hour AS vent_peak_hour, n AS vent_peak_claims
  FROM (SELECT facility_id, ventilator_hour, count(*) AS n FROM fraud_claim_base
    WHERE ventilator_hour >= ${v.boundaryHours} AND ventilator_hour < ${v.boundaryHours} + ${v.windowHours} GROUP BY ALL)
  QUALIFY row_number() OVER (PARTITION BY facility_id ORDER BY n DESC, ventilator_hour) = 1
), ${excessAtProvider('unsupported', `${inpatient} AND severity_rank >= 1`, unsupportedSeveritySql(v))},
${excessAtProvider('short_admission', inpatient, `SELECT * FROM fraud_claim_base b WHERE ${unexplainedShortAdmissionSql('b', v)}`)},
${excessAtProvider('closed_day', `SELECT * FROM fraud_claim_base b WHERE ${plannedClinicServiceSql('b')}`, `SELECT * FROM fraud_claim_base b WHERE ${clinicServiceOnClosedDaySql('b')}`)},
${excessAtProvider('held_discharge', `${inpatient} AND discharge_status <> 4 AND los_norm > 0`, `SELECT b.* FROM fraud_claim_base b JOIN ${noRoundCalendarSql()} c ON c.day = b.tgl_pulang WHERE ${heldOverNoRoundDaysSql('b', 'c')}`)},
${careNormCtesSql()},
-- stays beyond the peers' 90th percentile that the hits judge (los-condition.ts), after the care norms that say which:
-- not a foreign condition, nor a stay whose bill carries its days (los-care-carried.ts), as the peers' counts
${excessAtProvider('long_stay', `SELECT * FROM fraud_claim_base b WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND ${judgedInDistributionSql('b')} AND ${notCarriedSql('b')}`, `SELECT * FROM (${stayAboveP90Sql()}) s WHERE ${judgedInDistributionSql('s')}`)},
${pastNormCtesSql()},
${coderSeverityCtesSql()},
-- the provider's stays above severity I read as a mixture of their level and the level below (upcoding-resources-fit.ts)
${levelResourcesCtesSql(src, v)},
-- the provider's ventilations of each kind just past the line among all of them (vent-kind.ts)
${ventKindCtesSql(v)},
-- the provider's drug and support line outliers against the peers' rate of them (inflated-line-repeat.ts)
${lineRepeatCtesSql(v)},
-- the same lines against the provider's own bills of each peer group, where its steps repeat (inflated-line-step.ts)
${lineStepCtesSql(v)},
-- the screen's share: the pooled share, but never above the share a flat density of ventilation
-- lengths puts past the boundary (windowHours of the windowHours + referenceWindowHours band).
-- Honest weaning ends fewer ventilations per hour as hours grow (lengths are right-skewed, their
-- mode well before four days), so no honest ICU sits above it; several ICUs gaming the same
-- boundary would otherwise raise the pooled share past their own and screen none of them.
vpool AS (SELECT least((coalesce(sum(vent_above), 0) + 1.0) / (coalesce(sum(vent_above + vent_below), 0) + 2.0),
  ${v.windowHours} / (${v.windowHours} + ${v.referenceWindowHours})::DOUBLE) AS s0 FROM vent),
vscreen AS (
  -- a facility bunching past the boundary against that share (a lenient screen) is left out
  -- of every other facility's reference: one bunching ICU must not raise the norm that hides another
  SELECT v.*, (v.vent_above >= ${v.minBunchedClaims} AND (v.vent_above - (v.vent_above + v.vent_below) * p.s0)
    / sqrt((v.vent_above + v.vent_below) * p.s0 * (1 - p.s0)) >= ${v.referenceScreenZ}) AS bunching,
    -- the same screen for whole days, against the pooled share capped at the continuous-measurement one
    (v.vent_whole_days >= ${v.minBunchedClaims} AND (v.vent_whole_days - v.vent_long * p.w0) / sqrt(v.vent_long * p.w0 * (1 - p.w0)) >= ${v.referenceScreenZ}) AS heaping
  FROM vent v CROSS JOIN (SELECT s0, least((SELECT (coalesce(sum(vent_whole_days), 0) + 0.5) / (coalesce(sum(vent_long), 0) + 1) FROM vent),
    ${v.wholeDayShare}::DOUBLE) AS w0 FROM vpool) p
),
vall AS (
  SELECT coalesce(sum(vent_above) FILTER (WHERE NOT bunching), 0) AS a, coalesce(sum(vent_below) FILTER (WHERE NOT bunching), 0) AS b,
    coalesce(sum(vent_long) FILTER (WHERE NOT heaping), 0) AS l, coalesce(sum(vent_whole_days) FILTER (WHERE NOT heaping), 0) AS wd FROM vscreen
)
SELECT f.facility_id, coalesce(s.observed_severity3, 0) AS observed_severity3, coalesce(s.expected_severity3, 0) AS expected_severity3,
  coalesce(s.inpatient_claims, 0) AS inpatient_claims, coalesce(v.vent_above, 0) AS vent_above, coalesce(v.vent_below, 0) AS vent_below,
  -- share of other facilities' ventilations near the boundary that end just past it (Laplace: 1/2 with none)
  -- (never the facility itself, nor a facility the screen found bunching)
  (vall.a - CASE WHEN v.bunching THEN 0 ELSE coalesce(v.vent_above, 0) END + 1.0)
    / (vall.a + vall.b - CASE WHEN v.bunching THEN 0 ELSE coalesce(v.vent_above, 0) + coalesce(v.vent_below, 0) END + 2.0) AS peer_vent_above_share,
  coalesce(vp.vent_peak_hour, 0) AS vent_peak_hour, coalesce(vp.vent_peak_claims, 0) AS vent_peak_claims,
  coalesce(v.vent_whole_days, 0) AS vent_whole_days_observed,
  -- at the whole-day share of every other facility's long ventilations (half a ventilation of prior),
  -- none the screen found heaping
  coalesce(v.vent_long, 0) * (vall.wd - CASE WHEN v.heaping THEN 0 ELSE coalesce(v.vent_whole_days, 0) END + 0.5)
    / (vall.l - CASE WHEN v.heaping THEN 0 ELSE coalesce(v.vent_long, 0) END + 1) AS vent_whole_days_expected,
  coalesce(u.unsupported_observed, 0) AS unsupported_observed, coalesce(u.unsupported_expected, 0) AS unsupported_expected,
  coalesce(l.long_stay_observed, 0) AS long_stay_observed, coalesce(l.long_stay_expected, 0) AS long_stay_expected,
  coalesce(a.short_admission_observed, 0) AS short_admission_observed, coalesce(a.short_admission_expected, 0) AS short_admission_expected,
  coalesce(cd.closed_day_observed, 0) AS closed_day_observed, coalesce(cd.closed_day_expected, 0) AS closed_day_expected,
  coalesce(hd.held_discharge_observed, 0) AS held_discharge_observed, coalesce(hd.held_discharge_expected, 0) AS held_discharge_expected,
  ${CARE_NORM_COLUMNS}, ${PROVIDER_EXCESS_COLUMNS}, ${LEVEL_RESOURCES_COLUMNS}, ${VENT_KIND_COLUMNS}, ${LINE_REPEAT_COLUMNS}, ${LINE_STEP_COLUMNS}
FROM (SELECT DISTINCT facility_id FROM fraud_claim_base) f LEFT JOIN sev s USING (facility_id) LEFT JOIN vscreen v USING (facility_id) LEFT JOIN vpeak vp USING (facility_id) ${PROVIDER_EXCESS_JOINS} ${LEVEL_RESOURCES_JOINS} ${VENT_KIND_JOINS} ${LINE_REPEAT_JOINS} ${LINE_STEP_JOINS}
LEFT JOIN unsupported u USING (facility_id) LEFT JOIN long_stay l USING (facility_id) LEFT JOIN short_admission a USING (facility_id) LEFT JOIN closed_day cd USING (facility_id) LEFT JOIN held_discharge hd USING (facility_id) ${CARE_NORM_JOINS}
CROSS JOIN vall`;
}
