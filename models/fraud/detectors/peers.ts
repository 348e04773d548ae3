// Peer norms the distribution detectors compare a claim with, built from every claim of the
// batch (a post-payment audit reads the whole period) and published for arrival scoring, so a
// claim gets the same verdict on both paths: case-mix peers (CBG x hospital class: a class A
// referral hospital is compared with class A hospitals), procedure-matched peers (the same
// operation, the same CBG and procedures) and national workload norms.
import { doctorPeerRowsSql } from './doctor-peers.js';
import { sessionUnitRowsSql } from './session-units.js';

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
    median(log_cost) AS log_cost, median(base_log_cost) AS base_log_cost, median(los) AS los_median, quantile_cont(los, 0.9) AS los_p90, avg(icu_indikator) AS icu_share,
    -- the all-classes row by its grouping set, not by a NULL class: a facility missing from the facility file has no class,
    -- and its own grouping row would otherwise pass for a second all-classes row (and double every class's row below)
    grouping(hospital_class) = 1 AS all_classes
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
FROM (SELECT * FROM g WHERE all_classes) a CROSS JOIN classes c
LEFT JOIN (SELECT * FROM g WHERE NOT all_classes AND hospital_class IS NOT NULL) k ON k.kode_inacbg = a.kode_inacbg AND k.hospital_class = c.hospital_class`;
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
SELECT * FROM (${doctorPeerRowsSql(procedureKeySql)})
UNION ALL BY NAME
-- other units' median session price, each unit one voice (inflated-session-price.ts)
SELECT * FROM (${sessionUnitRowsSql(procedureKeySql, ordinaryDrugLogSql)})`;
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
