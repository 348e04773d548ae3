// Claim-level patterns that both a detector and a provider distribution count: a severity the
// stay's resource use does not support, a stay beyond the 90th percentile of its case-mix
// peers, a short admission for a condition normally treated as an outpatient, a planned clinic
// service on a day clinics are closed. One definition each, so the provider's excess is counted
// over exactly the claims the detector names.
import { HOLIDAYS } from '../../../data-samples/reference/index.js';
import { literal, varcharList } from '../../../data-samples/sql/index.js';
import { CASEMIX_PEER_TABLE } from './peers.js';
import { OTHER_FACILITY_PEER_TABLE, otherFacilityJoin, otherFacilityNorm } from './other-facility-peers.js';
import { voicedCostNorm, voicedStayNorm } from './upcoding-resource-voices.js';
import { wardDaysSql } from './ward-days.js';

/**
 * Outpatient conditions (ICD-10 prefixes) whose single short admission has an honest reading, so that
 * only a provider's repeated admissions of them are named (short_admissions_above_peers), never one stay
 * (short_admission_outpatient_condition): urticaria L50 and an allergy without shock or airway swelling,
 * T78.1 other adverse food reactions and T78.4 allergy unspecified. The JKN primary-care list (KMK
 * HK.01.07/MENKES/1186/2022, before PMK 5/2014: urtikaria, alergi makanan) treats them in full: an
 * antihistamine and an hour's watch in the emergency room. One patient kept overnight after a florid
 * reaction is the doctor's judgment (red team RT-NM-ALLERGY-01, one office worker's two days); a hospital
 * admitting hives through its evening emergency room again and again, where others do not, admits what they
 * treat as outpatients (RT-UNNEC-151: five of them in a poisoning group, T-4-10-I). Anaphylaxis T78.0 and
 * T78.2 and angioneurotic oedema T78.3 stay out: adrenaline and hours of observation for a biphasic
 * reaction (Resuscitation Council UK 2021; World Allergy Organization anaphylaxis guidance 2020).
 */
export const OUTPATIENT_PATTERN_CONDITION_PREFIXES: readonly string[] = Object.freeze(['L50', 'T78.1', 'T78.4']);

/**
 * Ambulatory-care-sensitive conditions (ICD-10 prefixes): conditions for which timely outpatient
 * care normally prevents an admission. Basis: the AHRQ Prevention Quality Indicators (PQI v2023:
 * 5 COPD and asthma J44-J45, 7 hypertension I10-I11.9, 8 heart failure is left out (often
 * severe), 10 dehydration E86, 12 urinary tract infection N10, N30, N39.0, 13 angina without a
 * procedure I20, 14/16 uncontrolled and short-term diabetes E11.9, E16; J46 status asthmaticus is
 * left out: acute severe asthma, for which GINA 2023 advises transfer to acute care); Billings et al., Health
 * Affairs 1993 (gastroenteritis A04, A08, A09, K52.9; ENT and upper respiratory infections
 * J00-J06; dyspepsia and gastritis K29, K30); and the JKN primary-care list every FKTP must treat in
 * full (KMK HK.01.07/MENKES/1186/2022, before PMK 5/2014: acute bronchitis J20, allergic rhinitis
 * J30, low back pain M54, dermatitis L30, conjunctivitis H10, unspecified viral infection B34;
 * benign paroxysmal positional vertigo H81.1, whose diagnosis and repositioning manoeuvre are
 * done in the clinic: AAO-HNS guideline, Bhattacharyya et al., Otolaryngol Head Neck Surg 2017,
 * and the same FKTP list's vertigo. Ménière's H81.0, vestibular neuronitis H81.2 and central
 * vertigo H81.4 stay out: their attacks may need fluids and observation), and the conditions of
 * OUTPATIENT_PATTERN_CONDITION_PREFIXES, judged as a provider's pattern only.
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
  'H81.1',
  ...OUTPATIENT_PATTERN_CONDITION_PREFIXES,
]);

/** SQL: is the claim's primary diagnosis an outpatient condition judged as a provider's pattern only (OUTPATIENT_PATTERN_CONDITION_PREFIXES)? */
export const outpatientPatternConditionSql = (alias: string): string =>
  `list_bool_or(list_transform(${varcharList(OUTPATIENT_PATTERN_CONDITION_PREFIXES)}, p -> starts_with(${alias}.dx_primary, p)))`;

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
 * (diagnosis coded up: an angina stay grouped as a myocardial infarction), at the other hospitals
 * of the same class, with no ICU and no ventilation. Bills are compared at the base tariff key
 * (claim base `base_log_cost`: a hospital in a dear tariff region or of a dear ownership bills more
 * for the same care), and every norm leaves the provider out (peers.ts otherFacilityJoin), so a
 * provider's own upcoded stays cannot make its groupings look alike. The cheaper grouping must
 * cost clearly less at the peers (minSeverityCostStep, minGroupCostRatio); of several, a lower
 * severity of the stay's own group first, then the closest (dearest) is named. A stay coded into
 * another group at least twice as dear is also named when billed within the cheaper group's
 * INA-CBG tariff at its own key: that group would pay for it in full (red team RT-UPCODE-04:
 * infarctions billed like angina, a few percent above the angina median). Columns: every fraud_claim_base column of `b`, own_log_cost, lower_cbg,
 * lower_log_cost (the bound at the base tariff key), lower_tariff_bound (the bound is the tariff),
 * lower_tariff_share (the cheaper grouping's base tariff over the claim's), lower_los (the peers'
 * norm), same_group.
 */
export function unsupportedSeveritySql(t: UnsupportedSeverityThresholds): string {
  // each other hospital one voice (upcoding-resource-voices.ts): whoever bills most of a code must not set its norms
  const own = voicedCostNorm('own');
  const low = voicedCostNorm('low');
  // another group at most half as dear: its INA-CBG tariff at the claim's key (what that group pays in
  // full) bounds the bill too; severity levels step 1.45x and 1.5x, too close for one stay's bill
  const bound = `CASE WHEN lowc.cbg_base = b.cbg_base THEN ${low} ELSE greatest(${low}, ln(lr.base_tariff)) END`;
  // the stay as the bill: of another group at most half as dear, the INA-CBG LOS norm its tariff pays
  // for bounds the stay too, when longer than its median stay at the peers (a few short peer stays must
  // not decide whether a stay of the cheaper group's norm looks like it: red team RT-UPCODE-62)
  const stayBound = `CASE WHEN lowc.cbg_base = b.cbg_base THEN ${voicedStayNorm('low')} ELSE greatest(${voicedStayNorm('low')}, lr.los_norm) END`;
  return `
SELECT b.*, ${own} AS own_log_cost, lowc.kode_inacbg AS lower_cbg, ${bound} AS lower_log_cost,
  ${bound} > ${low} AS lower_tariff_bound, lr.base_tariff / ro.base_tariff AS lower_tariff_share,
  ${stayBound} AS lower_los, lowc.cbg_base = b.cbg_base AS same_group
FROM fraud_claim_base b ${otherFacilityJoin('b', 'own')}
JOIN ${CASEMIX_PEER_TABLE} lowc ON lowc.hospital_class = b.hospital_class
  -- both branches below share the CMG and case type: as equality keys they keep the join from
  -- pairing every stay with every peer group of its hospital class (3.2M rows for 1,008 at 1M claims)
  AND split_part(lowc.kode_inacbg, '-', 1) = b.cmg AND split_part(lowc.kode_inacbg, '-', 2) = split_part(b.kode_inacbg, '-', 2)
  AND ((lowc.cbg_base = b.cbg_base AND lowc.severity_rank < b.severity_rank)
    OR (lowc.cbg_base <> b.cbg_base AND lowc.severity_rank BETWEEN 1 AND b.severity_rank))
LEFT JOIN ${OTHER_FACILITY_PEER_TABLE} low ON low.facility_id = b.facility_id AND low.kode_inacbg = lowc.kode_inacbg
LEFT JOIN fraud_ref_cbg lr ON lr.code = lowc.kode_inacbg LEFT JOIN fraud_ref_cbg ro ON ro.code = b.kode_inacbg
WHERE b.jenis_rawat = 1 AND b.severity_rank >= 1 AND b.discharge_status <> 4 AND b.icu_indikator = 0 AND b.ventilator_hour = 0
  AND ${own} - ${low} >= CASE WHEN lowc.cbg_base = b.cbg_base THEN ln(${t.minSeverityCostStep}) ELSE ln(${t.minGroupCostRatio}) END
  AND b.base_log_cost <= ${bound} AND b.los <= ${stayBound}
QUALIFY row_number() OVER (PARTITION BY b.nomor_sep ORDER BY lowc.cbg_base = b.cbg_base DESC, ${bound} DESC, lowc.kode_inacbg) = 1`;
}

/**
 * SQL: the days of a stay `b` its group's length-of-stay percentile judges: its ward days
 * (ward-days.ts). Days in intensive care (icu_los is recorded apart from the ward and audited) are
 * care needed, as for los_above_norm and the stays past the INA-CBG norm: a prolonged mechanical
 * ventilation (96 hours or more, ICD-9-CM 96.72; RT-NM-VENT-91) or a referral centre's severe stays
 * with a few ICU days each (RT-NM-REFERRAL-91) are courses the group's other stays seldom share.
 * Ventilator hours written without ICU days to hold them change nothing (a VENTILATOR matter).
 */
const judgedStayDaysSql = (b: string): string => wardDaysSql(b);

/**
 * SELECT of inpatient stays (not ending in death) longer than the 90th percentile of the same code
 * at the other facilities of their class (peers.ts otherFacilityJoin: never the provider itself),
 * by its ward days (judgedStayDaysSql); columns of `b` and los_p90.
 */
export function stayAboveP90Sql(): string {
  const p90 = otherFacilityNorm('lp', 'los_p90');
  return `
SELECT b.*, ${p90} AS los_p90 FROM fraud_claim_base b ${otherFacilityJoin('b', 'lp')}
WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND ${judgedStayDaysSql('b')} > ${p90}`;
}

/** SQL of a provider-excess test on observed and expected counts: at least `minClaims`, `ratio` times the expected, Poisson z >= `z`. */
export function excessSql(
  observed: string,
  expected: string,
  t: { readonly minClaims: number; readonly ratio: number; readonly z: number },
): string {
  return `(${observed} >= ${t.minClaims} AND ${observed} >= ${t.ratio} * ${expected} AND (${observed} - ${expected}) / sqrt(greatest(${expected}, 0.5)) >= ${t.z})`;
}

/**
 * Days an outpatient clinic (poliklinik) is closed: Sundays and national holidays (hari libur
 * nasional, SKB 3 Menteri, data-samples/reference HOLIDAYS). Collective leave (cuti bersama) is
 * left out: civil servants are off, but many hospitals keep their clinics open on it.
 */
const CLINIC_CLOSED_HOLIDAYS: readonly string[] = Object.freeze(HOLIDAYS.filter((h) => h.kind === 'LIBUR_NASIONAL').map((h) => h.date));

/**
 * Planned outpatient clinic services, booked by appointment on clinic days and never an
 * emergency: rehabilitation sessions (ICD-10 Z50 care involving rehabilitation; ICD-9-CM 93.0-93.3
 * physical therapy, 93.7 speech and 93.8 occupational therapy; 93.4-93.6 and 93.9 are traction,
 * splinting and respiratory therapy, also given in emergencies) and follow-up examinations after
 * treatment (Z09). Sessions by protocol that units run on any day (Z49 dialysis, Z51 chemotherapy)
 * are not clinic services.
 */
const PLANNED_CLINIC_DX_PREFIXES: readonly string[] = Object.freeze(['Z50', 'Z09']);
const PLANNED_CLINIC_PX_PREFIXES: readonly string[] = Object.freeze(['93.0', '93.1', '93.2', '93.3', '93.7', '93.8']);

const anyPrefix = (list: string, prefixes: readonly string[]): string =>
  `coalesce(list_bool_or(list_transform(${list}, x -> list_bool_or(list_transform(${varcharList(prefixes)}, p -> starts_with(x, p))))), false)`;

/** SQL predicate on fraud_claim_base `b`: an outpatient planned clinic service (see above). */
export function plannedClinicServiceSql(b: string): string {
  return `(${b}.jenis_rawat = 2 AND (${anyPrefix(`${b}.dx_list`, PLANNED_CLINIC_DX_PREFIXES)} OR ${anyPrefix(`${b}.px_list`, PLANNED_CLINIC_PX_PREFIXES)}))`;
}

/** SQL predicate on fraud_claim_base `b`: a planned clinic service on a day clinics are closed. */
export function clinicServiceOnClosedDaySql(b: string): string {
  return `(${plannedClinicServiceSql(b)} AND (isodow(${b}.tgl_masuk) = 7 OR strftime(${b}.tgl_masuk, '%Y-%m-%d') IN (${CLINIC_CLOSED_HOLIDAYS.map(literal).join(', ')})))`;
}
