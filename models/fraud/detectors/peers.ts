// Peer norms the distribution detectors compare a claim with, built from every claim of the
// batch (a post-payment audit reads the whole period) and published for arrival scoring, so a
// claim gets the same verdict on both paths: case-mix peers (CBG x hospital class: a class A
// referral hospital is compared with class A hospitals), procedure-matched peers (the same
// operation, the same CBG and procedures) and national workload norms.
import { doctorPeerRowsSql } from './doctor-peers.js';
import { stayEventWeightSql } from './stay-events.js';
import { wardDaysSql } from './ward-days.js';

export const CASEMIX_PEER_TABLE = 'fraud_casemix_peers';
export const PROCEDURE_PEER_TABLE = 'fraud_procedure_peers';
export const PEER_NORMS_TABLE = 'fraud_peer_norms';

/**
 * Peers a group needs before its own norm is used; fewer, and the group falls back to the
 * wider one (all hospital classes, or the CBG alone). Assumption: 20 stays put a median within
 * about a quarter of a standard deviation of the truth.
 */
export const MIN_PEER_GROUP = 20;
/** Rupiah added to both sides of log costs so zero components stay finite (as in the claim base). */
export const LOG_COST_SMOOTHING = 1000;

/** ICD-9-CM chapters 01-86 are operations; 87-99 diagnostic and therapeutic procedures that need no theatre. */
export const MAX_OPERATION_CHAPTER = 86;
/** SQL: the operations (ICD-9-CM chapters 01-86) of a claim's procedure list. */
export const operationsSql = (alias: string): string =>
  `list_filter(${alias}.px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${MAX_OPERATION_CHAPTER})`;
/** SQL: the procedure key of a claim: its sorted procedures (empty text when none). */
export const procedureKeySql = (alias: string): string => `array_to_string(list_sort(${alias}.px_list), '+')`;
/** SQL: log of support services (laboratory, radiology, other support, equipment rental) against the rest of the bill. */
export const supportLogSql = (a: string): string => {
  const s = `(${a}.tarif_laboratorium + ${a}.tarif_radiologi + ${a}.tarif_penunjang + ${a}.tarif_sewa_alat)`;
  return `ln((${s} + ${LOG_COST_SMOOTHING}) / (${a}.billed_cost - ${s} + ${LOG_COST_SMOOTHING}))`;
};

/** SQL: the rupiah of services on claim `a`: the bill less drugs, devices, consumables and chronic drugs. */
export const drugServicesSql = (a: string): string =>
  `(${a}.billed_cost - ${a}.tarif_obat - ${a}.tarif_alkes - ${a}.tarif_bmhp - ${a}.tarif_obat_kronis)`;
/** SQL: log of claim `a`'s ordinary drugs, devices and consumables (inside the package) against its services. */
export const ordinaryDrugLogSql = (a: string): string =>
  `ln((${a}.tarif_obat + ${a}.tarif_alkes + ${a}.tarif_bmhp + ${LOG_COST_SMOOTHING}) / (${drugServicesSql(a)} + ${LOG_COST_SMOOTHING}))`;
/** SQL: log of claim `a`'s device line (alkes) against its services: the devices an operation uses (inflated-device.ts). */
export const deviceLogSql = (a: string): string =>
  `ln((${a}.tarif_alkes + ${LOG_COST_SMOOTHING}) / (${drugServicesSql(a)} + ${LOG_COST_SMOOTHING}))`;
/** SQL: claim `a`'s chronic-drug line (paid outside the package) as a share of its services (inflated-supply.ts). */
export const chronicDrugShareSql = (a: string): string => `(${a}.tarif_obat_kronis / (${drugServicesSql(a)} + ${LOG_COST_SMOOTHING}))`;

/**
 * fraud_casemix_peers: per INA-CBG code and hospital class, the norms of stays that did not end
 * in death: median log bill, median log bill at the base tariff key (claim base `base_log_cost`),
 * median and 90th-percentile length of stay, ICU share. A class with
 * fewer than MIN_PEER_GROUP stays of the code takes the norms of all classes (`peer_level` says which).
 */
export function casemixPeersSql(): string {
  return `
CREATE OR REPLACE TABLE ${CASEMIX_PEER_TABLE} AS
WITH s AS (
  SELECT kode_inacbg, cbg_base, severity_rank, hospital_class, ln(billed_cost + ${LOG_COST_SMOOTHING}) AS log_cost, base_log_cost, los, icu_indikator
  FROM fraud_claim_base WHERE jenis_rawat = 1 AND discharge_status <> 4 AND severity_rank > 0
), g AS (
  SELECT kode_inacbg, any_value(cbg_base) AS cbg_base, any_value(severity_rank) AS severity_rank, hospital_class, count(*) AS n,
    median(log_cost) AS log_cost, median(base_log_cost) AS base_log_cost, median(los) AS los_median, quantile_cont(los, 0.9) AS los_p90, avg(icu_indikator) AS icu_share
  FROM s GROUP BY GROUPING SETS ((kode_inacbg, hospital_class), (kode_inacbg))
), classes AS (SELECT DISTINCT hospital_class FROM fraud_claim_base WHERE hospital_class IS NOT NULL)
SELECT a.kode_inacbg, a.cbg_base, a.severity_rank, c.hospital_class,
  CASE WHEN coalesce(k.n, 0) >= ${MIN_PEER_GROUP} THEN 'class' ELSE 'all classes' END AS peer_level,
  CASE WHEN coalesce(k.n, 0) >= ${MIN_PEER_GROUP} THEN k.n ELSE a.n END AS n,
  CASE WHEN coalesce(k.n, 0) >= ${MIN_PEER_GROUP} THEN k.log_cost ELSE a.log_cost END AS log_cost,
  CASE WHEN coalesce(k.n, 0) >= ${MIN_PEER_GROUP} THEN k.base_log_cost ELSE a.base_log_cost END AS base_log_cost,
  CASE WHEN coalesce(k.n, 0) >= ${MIN_PEER_GROUP} THEN k.los_median ELSE a.los_median END AS los_median,
  CASE WHEN coalesce(k.n, 0) >= ${MIN_PEER_GROUP} THEN k.los_p90 ELSE a.los_p90 END AS los_p90,
  CASE WHEN coalesce(k.n, 0) >= ${MIN_PEER_GROUP} THEN k.icu_share ELSE a.icu_share END AS icu_share
FROM (SELECT * FROM g WHERE hospital_class IS NULL) a CROSS JOIN classes c
LEFT JOIN (SELECT * FROM g WHERE hospital_class IS NOT NULL) k ON k.kode_inacbg = a.kode_inacbg AND k.hospital_class = c.hospital_class`;
}

/**
 * fraud_procedure_peers: norms of claims that share their procedures. `scope` 'operation' rows:
 * per operation code and hospital class (or '*' for all classes), the median surgical fee of
 * stays and day surgery (case type 2) whose first operation it is. `scope` 'procedures' rows: per CBG and sorted procedure
 * list, the median drug-device and support-service shares (a haemodialysis session is compared
 * with haemodialysis sessions, never with the CBG's other claims), and the median shares of the
 * ordinary drug line (log) and of the chronic-drug line against the services (inflated-supply.ts) and of the device
 * line (log, `device_log`: inflated-device.ts); `scope` 'diagnosis' rows the
 * same per CBG and primary diagnosis category (ICD-10, 3 characters); `scope` PROCEDURES_ALL_LEVELS_SCOPE rows the
 * same per CBG group (all severity levels) and sorted procedures. Groups below MIN_PEER_GROUP
 * are left out; a claim then falls back to the wider row. `scope` 'provider' rows per facility
 * (providerDrugDeviceRowsSql) and DOCTOR_PEER_SCOPE rows per doctor, group and bill line, with
 * columns of their own (doctor-peers.ts).
 */
export function procedurePeersSql(): string {
  return `
CREATE OR REPLACE TABLE ${PROCEDURE_PEER_TABLE} AS
WITH peer_groups AS (${groupPeersSql()})
SELECT *, NULL::BIGINT AS above_median, NULL::BIGINT AS groups_above FROM peer_groups
UNION ALL
${providerDrugDeviceRowsSql('peer_groups')}
UNION ALL BY NAME
SELECT * FROM (${doctorPeerRowsSql(procedureKeySql)})`;
}

/** `scope` of the fraud_procedure_peers rows per CBG group (all severity levels) and sorted procedures. */
export const PROCEDURES_ALL_LEVELS_SCOPE = 'procedures_all_levels';

/** The group rows of fraud_procedure_peers (procedurePeersSql). */
function groupPeersSql(): string {
  // the ordinary drug line and the chronic-drug line against the services (inflated-supply.ts)
  const drugLogs = `median(${ordinaryDrugLogSql('b')}), median(${chronicDrugShareSql('b')}), median(${deviceLogSql('b')})`;
  return `
WITH ops AS (
  -- inpatient stays and day surgery (case type 2, outpatient major procedure): where an operation is done in theatre
  SELECT (${operationsSql('b')})[1] AS code, b.hospital_class, b.tarif_prosedur_bedah AS fee FROM fraud_claim_base b
  WHERE b.jenis_rawat = 1 OR split_part(b.kode_inacbg, '-', 2) = '2'
)
SELECT 'operation' AS scope, code AS group_key, coalesce(hospital_class, '*') AS hospital_class, count(*) AS n,
  median(fee) AS surgical_fee, NULL::DOUBLE AS drug_device_log, NULL::DOUBLE AS support_log,
  NULL::DOUBLE AS ordinary_drug_log, NULL::DOUBLE AS chronic_drug_share, NULL::DOUBLE AS device_log
FROM ops WHERE code IS NOT NULL GROUP BY GROUPING SETS ((code, hospital_class), (code)) HAVING count(*) >= ${MIN_PEER_GROUP}
UNION ALL
SELECT 'procedures', b.kode_inacbg || '|' || ${procedureKeySql('b')}, '*', count(*), NULL, median(b.drug_device_log), median(${supportLogSql('b')}), ${drugLogs}
FROM fraud_claim_base b GROUP BY b.kode_inacbg, ${procedureKeySql('b')} HAVING count(*) >= ${MIN_PEER_GROUP}
UNION ALL
-- the CBG's claims of one primary diagnosis category: what the diagnosis needs (antivenom for a snakebite) where
-- the CBG pools it with others (the group's other poisonings)
SELECT 'diagnosis', b.kode_inacbg || '|' || b.dx_category, '*', count(*), NULL, median(b.drug_device_log), median(${supportLogSql('b')}), ${drugLogs}
FROM fraud_claim_base b WHERE b.dx_category IS NOT NULL GROUP BY b.kode_inacbg, b.dx_category HAVING count(*) >= ${MIN_PEER_GROUP}
UNION ALL
-- the same procedures at every severity level of the CBG group: what an operation uses (its devices) does not
-- change with the level, so a CBG too small for a norm reads the operation's use across its group's levels
-- (red team RT-INFLATED-82: a TURP device line x6 in a CBG of 19 claims)
SELECT '${PROCEDURES_ALL_LEVELS_SCOPE}', b.cbg_base || '|' || ${procedureKeySql('b')}, '*', count(*), NULL, median(b.drug_device_log), median(${supportLogSql('b')}), ${drugLogs}
FROM fraud_claim_base b WHERE b.cbg_base IS NOT NULL AND len(b.px_list) > 0
GROUP BY b.cbg_base, ${procedureKeySql('b')} HAVING count(*) >= ${MIN_PEER_GROUP}
UNION ALL
SELECT 'cbg', b.kode_inacbg, '*', count(*), NULL, median(b.drug_device_log), median(${supportLogSql('b')}), ${drugLogs}
FROM fraud_claim_base b GROUP BY b.kode_inacbg`;
}

/**
 * SQL: the `scope` 'provider' rows of fraud_procedure_peers, per facility (group_key): over its
 * inpatient stays not ending in death, each judged against its nearest peer group of at least
 * MIN_PEER_GROUP claims (the same CBG and procedures, else diagnosis category, else CBG) where the
 * facility's own stays are at most half the group (so the norm is other facilities', not its own):
 * `n` the stays judged, `above_median` those whose drug-device share is above the group's median,
 * `drug_device_log` the median of their log ratios to it, `groups_above` the CBGs whose median log
 * ratio is above it. INFLATED_BILL's provider pattern reads them (inflated-provider.ts).
 */
function providerDrugDeviceRowsSql(groups: string): string {
  const peer = (scope: string, key: string): string =>
    `LEFT JOIN ${groups} ${scope} ON ${scope}.scope = '${scope === 'pr' ? 'procedures' : scope === 'pd' ? 'diagnosis' : 'cbg'}' AND ${scope}.group_key = ${key} AND ${scope}.n >= ${MIN_PEER_GROUP}`;
  return `SELECT 'provider', facility_id, '*', count(*), NULL, median(excess), NULL, NULL, NULL, NULL, count(*) FILTER (WHERE excess > 0), count(DISTINCT kode_inacbg) FILTER (WHERE cbg_excess > 0)
FROM (
  SELECT *, median(excess) OVER (PARTITION BY facility_id, kode_inacbg) AS cbg_excess
  FROM (
    SELECT b.facility_id, b.kode_inacbg, b.drug_device_log - coalesce(pr.drug_device_log, pd.drug_device_log, pc.drug_device_log) AS excess,
      coalesce(pr.n, pd.n, pc.n) AS group_n, count(*) OVER (PARTITION BY b.facility_id, coalesce(pr.group_key, pd.group_key, pc.group_key)) AS own_n
    FROM fraud_claim_base b
    ${peer('pr', `b.kode_inacbg || '|' || ${procedureKeySql('b')}`)}
    ${peer('pd', `b.kode_inacbg || '|' || b.dx_category`)}
    ${peer('pc', 'b.kode_inacbg')}
    WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4
  ) WHERE excess IS NOT NULL AND 2 * own_n <= group_n
)
GROUP BY facility_id`;
}

/**
 * fraud_peer_norms (one row): national workload norms: the 90th percentile of a doctor's
 * outpatient claims on a day (a high percentile that a few impossible days cannot move).
 */
export function peerNormsSql(): string {
  return `
CREATE OR REPLACE TABLE ${PEER_NORMS_TABLE} AS
SELECT coalesce(quantile_cont(n, 0.9), 0) AS doctor_daily_outpatient_p90
FROM (SELECT kode_dpjp, tgl_masuk, count(*) AS n FROM fraud_claim_base WHERE jenis_rawat = 2 GROUP BY ALL)`;
}

export const OTHER_FACILITY_PEER_TABLE = 'fraud_other_facility_peers';
/** Width of the log-cost bins the leave-out cost median is read from: 5%, so the median is within 2.5% of the exact one. */
const LOG_COST_BIN = 0.05;

/** SQL: quantile `q` of histogram rows (`v`, cumulative count `cum`, `total`), interpolated between order statistics as quantile_cont does. */
function histogramQuantile(q: number): string {
  const h = `(total - 1) * ${q}`;
  const at = (rank: string): string => `min(v) FILTER (WHERE cum > ${rank})`;
  return `${at(`floor(${h})`)} + (${h} - floor(${h})) * (${at(`ceil(${h})`)} - ${at(`floor(${h})`)})`;
}

/**
 * SQL: the line of histogram rows (`v`, cumulative count `cum`, `total`) that share `q` of the stays
 * reach no further than: the smallest value with cum >= q * total. Stays count whole days, so a
 * stay beyond this line is as long as at most 1 - q of the others; quantile_cont's interpolation
 * between two whole days (7.5 between 7 and 8) would call 8 days beyond the 90th percentile when
 * 11% of the others last 8 days or more (red team RT-NM-ADHESION-71: honest 8-day adhesion
 * laparotomies in a pool of 36 where four stays last 8 days or more).
 */
function wholeValueLineSql(q: number): string {
  // the rounding guard keeps 0.9 * 10 = 9.000000000000002 from asking for a tenth stay
  return `min(v) FILTER (WHERE cum >= ${q} * total - 1e-9)`;
}

/**
 * SQL: per facility and INA-CBG code, quantiles of `value` over the stays of the code at every
 * other facility, in the facility's hospital class or in all classes (`peer_level`): the
 * histogram of the class (or of all classes) less the facility's own, its quantiles read off the
 * cumulative counts. Columns: facility_id, kode_inacbg, peer_level, n, and one column per quantile
 * (interpolated, as quantile_cont) and per line (`lines`: wholeValueLineSql).
 */
function leaveOutQuantilesSql(
  value: string,
  quantiles: Readonly<Record<string, number>>,
  lines: Readonly<Record<string, number>> = {},
): string {
  const cols = [
    ...Object.entries(quantiles).map(([name, q]) => `${histogramQuantile(q)} AS ${name}`),
    ...Object.entries(lines).map(([name, q]) => `${wholeValueLineSql(q)} AS ${name}`),
  ].join(', ');
  return `
WITH s AS (
  SELECT facility_id, kode_inacbg, hospital_class, ${value} AS v FROM fraud_claim_base WHERE jenis_rawat = 1 AND discharge_status <> 4 AND severity_rank > 0
), own AS (SELECT facility_id, kode_inacbg, v, count(*) AS n FROM s GROUP BY ALL),
cls AS (SELECT kode_inacbg, hospital_class, v, count(*) AS n FROM s GROUP BY ALL),
alls AS (SELECT kode_inacbg, v, count(*) AS n FROM s GROUP BY ALL),
pairs AS (SELECT facility_id, kode_inacbg, any_value(hospital_class) AS hospital_class, count(*) AS n FROM s GROUP BY ALL),
-- the other stays of the code in the facility's class: all classes are read only for a pair with too few
others AS (SELECT *, coalesce(sum(n) OVER (PARTITION BY kode_inacbg, hospital_class), n) - n AS class_others FROM pairs),
h AS (
  SELECT p.facility_id, p.kode_inacbg, 'class' AS peer_level, c.v, c.n - coalesce(o.n, 0) AS n
  FROM pairs p JOIN cls c ON c.kode_inacbg = p.kode_inacbg AND c.hospital_class = p.hospital_class
  LEFT JOIN own o ON o.facility_id = p.facility_id AND o.kode_inacbg = p.kode_inacbg AND o.v = c.v
  UNION ALL
  SELECT p.facility_id, p.kode_inacbg, 'all classes', a.v, a.n - coalesce(o.n, 0)
  FROM others p JOIN alls a ON a.kode_inacbg = p.kode_inacbg
  LEFT JOIN own o ON o.facility_id = p.facility_id AND o.kode_inacbg = p.kode_inacbg AND o.v = a.v
  WHERE p.class_others < ${MIN_PEER_GROUP}
), c AS (
  SELECT *, sum(n) OVER (PARTITION BY facility_id, kode_inacbg, peer_level ORDER BY v) AS cum,
    sum(n) OVER (PARTITION BY facility_id, kode_inacbg, peer_level) AS total
  FROM h WHERE n > 0
)
SELECT * FROM (SELECT facility_id, kode_inacbg, peer_level, total AS n, ${cols} FROM c GROUP BY facility_id, kode_inacbg, peer_level, total)
-- the class when it holds enough other stays, as the case-mix peers choose
QUALIFY row_number() OVER (PARTITION BY facility_id, kode_inacbg ORDER BY (peer_level = 'class' AND n >= ${MIN_PEER_GROUP}) DESC, peer_level = 'all classes' DESC) = 1`;
}

/**
 * fraud_other_facility_peers: per facility and INA-CBG code, the case-mix norms of the code at
 * every other facility (never the facility itself) of its hospital class, or of all classes when
 * those hold fewer than MIN_PEER_GROUP stays: median and 90th-percentile length of stay (the
 * latter a whole-day line, wholeValueLineSql), median bill at the base tariff key. A provider that
 * keeps every patient of one condition long, or codes every delivery severe, must not move the
 * line it is judged against: six appendectomies kept 6-7
 * days moved their class's 90th percentile from 5 to 6.6 days (red team RT-LOS-31), six upcoded
 * deliveries pulled the severity-III median bill below severity II's (RT-UPCODE-31). A code no
 * other facility billed has a row with no norm (n 0).
 * And the facility's standing against those others, so that batch and arrival read the same
 * counts: its stays of the code beyond the 90th percentile it is judged against
 * (long_stays_observed) and the count at every other facility's rate of the code
 * (long_stays_expected, half a stay of prior); its stays of the code past the INA-CBG norm
 * (past_norm_observed of past_norm_stays) and every other facility's rate of that (past_norm_rate): a stay stretched
 * by a day or two stays under the 90th percentile, but moves the share past the norm; and the
 * severity levels of the code's CBG group at the facility, counted by event (stayEventWeightSql: group_stays,
 * group_above_one_observed for levels II and III, group_severe_observed for III) with the rates of the group's other
 * facilities of the class (group_above_one_rate, group_severe_rate): a provider that codes one
 * group up hides in its overall severity mix.
 */
export function otherFacilityPeersSql(): string {
  return `
CREATE OR REPLACE TABLE ${OTHER_FACILITY_PEER_TABLE} AS
WITH los AS (${leaveOutQuantilesSql('los', { los_median: 0.5 }, { los_p90: 0.9 })}),
cost AS (${leaveOutQuantilesSql(`round(base_log_cost / ${LOG_COST_BIN}) * ${LOG_COST_BIN}`, { base_log_cost: 0.5 })}),
stays AS (
  SELECT b.facility_id, b.kode_inacbg, b.cbg_base, b.severity_rank, b.hospital_class, b.los, b.los_norm, ${stayEventWeightSql('b')} AS w,
    ${wardDaysSql('b')} AS ward_days
  FROM fraud_claim_base b WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND b.severity_rank > 0
),
pairs AS (SELECT facility_id, kode_inacbg, any_value(cbg_base) AS cbg_base, any_value(hospital_class) AS hospital_class FROM stays GROUP BY facility_id, kode_inacbg),
norms AS (
  SELECT p.*, coalesce(l.peer_level, 'none') AS peer_level, coalesce(l.n, 0)::BIGINT AS n, l.los_median::DOUBLE AS los_median,
    l.los_p90::DOUBLE AS los_p90, c.base_log_cost::DOUBLE AS base_log_cost,
    -- the line a stay is judged against (otherFacilityNorm): the facility's own code's case-mix norm when nobody else billed it
    CASE WHEN coalesce(l.n, 0) = 0 THEN m.los_p90 ELSE l.los_p90 END AS judged_p90
  FROM pairs p LEFT JOIN los l USING (facility_id, kode_inacbg) LEFT JOIN cost c USING (facility_id, kode_inacbg)
  LEFT JOIN ${CASEMIX_PEER_TABLE} m ON m.kode_inacbg = p.kode_inacbg AND m.hospital_class = p.hospital_class
), longs AS (
  SELECT s.facility_id, s.kode_inacbg, count(*) AS stays, count(*) FILTER (WHERE s.los > n.judged_p90) AS observed
  FROM stays s JOIN norms n USING (facility_id, kode_inacbg) WHERE n.judged_p90 IS NOT NULL GROUP BY ALL
), long_rate AS (
  SELECT facility_id, kode_inacbg, stays, observed,
    stays * (sum(observed) OVER (PARTITION BY kode_inacbg) - observed + 0.5) / (sum(stays) OVER (PARTITION BY kode_inacbg) - stays + 1) AS expected
  FROM longs
), past AS (
  -- stays past the INA-CBG norm of their code (the days the tariff pays for) at the rate of every other facility, by
  -- their ward days (wardDaysSql: intensive care is care needed, as los_above_norm reads it)
  SELECT facility_id, kode_inacbg, count(*) AS stays, count(*) FILTER (WHERE ward_days > los_norm) AS observed
  FROM stays WHERE los_norm > 0 GROUP BY ALL
), past_rate AS (
  SELECT facility_id, kode_inacbg, stays, observed,
    (sum(observed) OVER (PARTITION BY kode_inacbg) - observed + 0.5) / (sum(stays) OVER (PARTITION BY kode_inacbg) - stays + 1) AS rate
  FROM past
), sev_f AS (
  -- a CBG group's severity levels at the facility against its other facilities of the same class (all classes when
  -- those hold fewer than MIN_PEER_GROUP stays of the group), half a stay of prior; stays counted by event as the coder
  -- counts (stayEventWeightSql): twins admitted with their mother weigh one birth, not three trials
  SELECT facility_id, cbg_base, any_value(hospital_class) AS hospital_class, sum(w) AS n,
    coalesce(sum(w) FILTER (WHERE severity_rank >= 2), 0) AS above_one, coalesce(sum(w) FILTER (WHERE severity_rank = 3), 0) AS severe
  FROM stays GROUP BY facility_id, cbg_base
), sev AS (
  SELECT facility_id, cbg_base, n, above_one, severe, sum(n) OVER c - n >= ${MIN_PEER_GROUP} AS class_peers,
    sum(n) OVER c - n AS class_n, sum(above_one) OVER c - above_one AS class_above_one, sum(severe) OVER c - severe AS class_severe,
    sum(n) OVER a - n AS all_n, sum(above_one) OVER a - above_one AS all_above_one, sum(severe) OVER a - severe AS all_severe
  FROM sev_f WINDOW c AS (PARTITION BY cbg_base, hospital_class), a AS (PARTITION BY cbg_base)
), sev_rate AS (
  SELECT facility_id, cbg_base, n, above_one, severe,
    CASE WHEN class_peers THEN (class_above_one + 0.5) / (class_n + 1) ELSE (all_above_one + 0.5) / (all_n + 1) END AS above_one_rate,
    CASE WHEN class_peers THEN (class_severe + 0.5) / (class_n + 1) ELSE (all_severe + 0.5) / (all_n + 1) END AS severe_rate
  FROM sev
)
SELECT n.facility_id, n.kode_inacbg, n.cbg_base, n.hospital_class, n.peer_level, n.n, n.los_median, n.los_p90, n.base_log_cost,
  coalesce(r.stays, 0)::BIGINT AS long_stays, coalesce(r.observed, 0)::BIGINT AS long_stays_observed, coalesce(r.expected, 0)::DOUBLE AS long_stays_expected,
  coalesce(pr.stays, 0)::BIGINT AS past_norm_stays, coalesce(pr.observed, 0)::BIGINT AS past_norm_observed, coalesce(pr.rate, 0)::DOUBLE AS past_norm_rate,
  coalesce(g.n, 0)::DOUBLE AS group_stays, coalesce(g.above_one, 0)::DOUBLE AS group_above_one_observed,
  coalesce(g.severe, 0)::DOUBLE AS group_severe_observed, coalesce(g.above_one_rate, 0)::DOUBLE AS group_above_one_rate,
  coalesce(g.severe_rate, 0)::DOUBLE AS group_severe_rate
FROM norms n LEFT JOIN long_rate r USING (facility_id, kode_inacbg) LEFT JOIN past_rate pr USING (facility_id, kode_inacbg)
LEFT JOIN sev_rate g ON g.facility_id = n.facility_id AND g.cbg_base = n.cbg_base`;
}

/**
 * SQL joining a claim's stay (alias `b`, or any row with facility_id, kode_inacbg and
 * hospital_class) to its norms from other facilities: the leave-out row of its facility and code
 * (alias `${x}`) and the case-mix peers of its code and class (alias `${x}c`), which are all other
 * facilities when the facility billed no stay of the code in the batch (an arrival of a new pair)
 * and only the facility itself when no other facility billed it.
 * Read the norms with otherFacilityNorm.
 */
export const otherFacilityJoin = (b: string, x: string, code = `${b}.kode_inacbg`): string => `
JOIN ${CASEMIX_PEER_TABLE} ${x}c ON ${x}c.kode_inacbg = ${code} AND ${x}c.hospital_class = ${b}.hospital_class
LEFT JOIN ${OTHER_FACILITY_PEER_TABLE} ${x} ON ${x}.facility_id = ${b}.facility_id AND ${x}.kode_inacbg = ${code}`;
/**
 * SQL: norm `col` (los_median, los_p90, base_log_cost) of a join made by otherFacilityJoin. Where no
 * other facility billed the code, the case-mix norm, the provider's own stays, is all there is to
 * compare with (a provider's infarctions billed like its own angina stays are still told apart).
 */
export const otherFacilityNorm = (x: string, col: 'los_median' | 'los_p90' | 'base_log_cost'): string =>
  `CASE WHEN coalesce(${x}.n, 0) = 0 THEN ${x}c.${col} ELSE ${x}.${col} END`;
