// Claim-level patterns that both a detector and a provider distribution count: a severity the
// stay's resource use does not support, a stay beyond the 90th percentile of its case-mix
// peers, a short admission for a condition normally treated as an outpatient. One definition
// each, so the provider's excess is counted over exactly the claims the detector names.
import { varcharList } from '../../../data-samples/sql/index.js';
import { CASEMIX_PEER_TABLE, LOG_COST_SMOOTHING } from './peers.js';

/**
 * Ambulatory-care-sensitive conditions (ICD-10 prefixes): conditions for which timely outpatient
 * care normally prevents an admission. Basis: the AHRQ Prevention Quality Indicators (PQI v2023:
 * 5 COPD and asthma J44-J46, 7 hypertension I10-I11.9, 8 heart failure is left out (often
 * severe), 10 dehydration E86, 12 urinary tract infection N10, N30, N39.0, 13 angina without a
 * procedure I20, 14/16 uncontrolled and short-term diabetes E11.9, E16); Billings et al., Health
 * Affairs 1993 (gastroenteritis A04, A08, A09, K52.9; ENT and upper respiratory infections
 * J00-J06; dyspepsia and gastritis K29, K30); and the JKN primary-care list every FKTP must treat in
 * full (KMK HK.01.07/MENKES/1186/2022, before PMK 5/2014: acute bronchitis J20, allergic rhinitis
 * J30, low back pain M54, dermatitis L30, conjunctivitis H10, unspecified viral infection B34).
 */
export const OUTPATIENT_CONDITION_PREFIXES: readonly string[] = Object.freeze([
  'K29',
  'K30',
  'K52.9',
  'J00',
  'J01',
  'J02',
  'J03',
  'J04',
  'J06',
  'J20',
  'J30',
  'J44',
  'J45',
  'J46',
  'A04',
  'A08',
  'A09',
  'I10',
  'I11.9',
  'I20',
  'E11.9',
  'E16',
  'E86',
  'N10',
  'N30',
  'N39.0',
  'M54',
  'L30',
  'H10',
  'B34',
]);

/** SQL: is the claim's primary diagnosis an ambulatory-care-sensitive condition? */
export const outpatientConditionSql = (alias: string): string =>
  `list_bool_or(list_transform(${varcharList(OUTPATIENT_CONDITION_PREFIXES)}, p -> starts_with(${alias}.dx_primary, p)))`;

export interface ShortAdmissionThresholds {
  readonly maxStayDays: number;
}

/** SQL predicate on fraud_claim_base `b`: a short severity-I admission, discharged home, for an outpatient condition. */
export function shortOutpatientAdmissionSql(b: string, t: ShortAdmissionThresholds): string {
  return `(${b}.jenis_rawat = 1 AND ${b}.severity_rank = 1 AND ${b}.los <= ${t.maxStayDays} AND ${b}.discharge_status = 1 AND ${outpatientConditionSql(b)})`;
}

export interface UnsupportedSeverityThresholds {
  /** A severity level must cost at least this many times the level below at its peers to tell them apart. */
  readonly minSeverityCostStep: number;
  /** Another group of the same CMG and case type must cost at most 1 / this of the claim's group to be told apart from it. */
  readonly minGroupCostRatio: number;
}

/**
 * SELECT of inpatient stays whose resources match a cheaper grouping: billed no more than the
 * median stay, and no longer than the median stay, of a lower severity of the same CBG group
 * (severity coded up), or of another group of the same CMG and case type at most as severe
 * (diagnosis coded up: an angina stay grouped as a myocardial infarction), at hospitals of the
 * same class, with no ICU and no ventilation. The cheaper grouping must cost clearly less at the
 * peers (minSeverityCostStep, minGroupCostRatio); of several, the closest (dearest) is named.
 * Columns: every fraud_claim_base column of `b`, own_log_cost, lower_cbg, lower_log_cost,
 * lower_los (the peers' norms), peer_level, same_group.
 */
export function unsupportedSeveritySql(t: UnsupportedSeverityThresholds): string {
  return `
SELECT b.*, own.log_cost AS own_log_cost, low.kode_inacbg AS lower_cbg, low.log_cost AS lower_log_cost, low.los_median AS lower_los, low.peer_level,
  low.cbg_base = b.cbg_base AS same_group
FROM fraud_claim_base b
JOIN ${CASEMIX_PEER_TABLE} own ON own.kode_inacbg = b.kode_inacbg AND own.hospital_class = b.hospital_class
JOIN ${CASEMIX_PEER_TABLE} low ON low.hospital_class = b.hospital_class
  -- both branches below share the CMG and case type: as equality keys they keep the join from
  -- pairing every stay with every peer group of its hospital class (3.2M rows for 1,008 at 1M claims)
  AND split_part(low.kode_inacbg, '-', 1) = b.cmg AND split_part(low.kode_inacbg, '-', 2) = split_part(b.kode_inacbg, '-', 2) AND (
    (low.cbg_base = b.cbg_base AND low.severity_rank < b.severity_rank AND own.log_cost - low.log_cost >= ln(${t.minSeverityCostStep}))
    OR (low.cbg_base <> b.cbg_base AND split_part(low.kode_inacbg, '-', 1) = b.cmg AND split_part(low.kode_inacbg, '-', 2) = split_part(b.kode_inacbg, '-', 2)
        AND low.severity_rank BETWEEN 1 AND b.severity_rank AND own.log_cost - low.log_cost >= ln(${t.minGroupCostRatio})))
WHERE b.jenis_rawat = 1 AND b.severity_rank >= 1 AND b.discharge_status <> 4 AND b.icu_indikator = 0 AND b.ventilator_hour = 0
  AND ln(b.billed_cost + ${LOG_COST_SMOOTHING}) <= low.log_cost AND b.los <= low.los_median
QUALIFY row_number() OVER (PARTITION BY b.nomor_sep ORDER BY low.log_cost DESC, low.kode_inacbg) = 1`;
}

/** SELECT of inpatient stays (not ending in death) longer than the 90th percentile of their case-mix peers; columns of `b` and los_p90. */
export function stayAboveP90Sql(): string {
  return `
SELECT b.*, p.los_p90 FROM fraud_claim_base b JOIN ${CASEMIX_PEER_TABLE} p ON p.kode_inacbg = b.kode_inacbg AND p.hospital_class = b.hospital_class
WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND b.los > p.los_p90`;
}

/** SQL of a provider-excess test on observed and expected counts: at least `minClaims`, `ratio` times the expected, Poisson z >= `z`. */
export function excessSql(
  observed: string,
  expected: string,
  t: { readonly minClaims: number; readonly ratio: number; readonly z: number },
): string {
  return `(${observed} >= ${t.minClaims} AND ${observed} >= ${t.ratio} * ${expected} AND (${observed} - ${expected}) / sqrt(greatest(${expected}, 0.5)) >= ${t.z})`;
}
