// Care that does not fit the need, as claims can show it (DOMAIN.md section 3,
// UNNECESSARY_TREATMENT: "admission or treatment without medical need"): a one-night medical
// admission, a caesarean delivery with no recorded indication, and CT or MRI in mild care. Each
// is defined once here, so that the provider distribution (distributions.ts) counts exactly the
// claims the detector (unnecessary-treatment.ts) names. None is fraud on one claim: a night of
// observation, a caesarean on request or a scan to rule something out happens everywhere; a
// provider doing it far more often than its case-mix peers is the pattern.
import { literal } from '../../../data-samples/sql/index.js';
import { acuteRespiratoryNightSql } from './acute-respiratory-night.js';
import { renalColicNightSql } from './renal-colic-night.js';
import { guidelineObservationNightSql } from './observation-night.js';
import { NIGHT_SHIFT, emergencyAdmissionSql } from './emergency-admission.js';
import { imagingIndicatedSql } from './imaging-need.js';
import { FOREIGN_CONDITION_COLUMNS, FOREIGN_CONDITION_JOINS, foreignConditionCtesSql } from './los-condition.js';
import { CARE_LEVEL_COLUMNS, CARE_LEVEL_JOINS, careLevelCtesSql } from './los-care-carried.js';
import { IDLE_DAY_COLUMNS, IDLE_DAY_JOINS, idleDayNormCtesSql } from './los-idle-days.js';
import { SPECIALTY_COLUMNS, SPECIALTY_JOINS, specialtyCtesSql } from './los-specialty.js';
import { DX_EVIDENCE_COLUMNS, DX_EVIDENCE_JOINS, dxEvidenceCtesSql } from './upcoding-evidence.js';

/**
 * Nights a stay may last and still count as one night of observation: admitted, home the next
 * day. Assumption, measured on a generated extract of 104,313 claims: 1.6% of severity-I medical
 * stays last at most one night, 15% at most two; two nights would bury the pattern in ordinary
 * short stays. Counted in nights spent in hospital (stayNightsSql), not calendar days.
 */
export const ONE_NIGHT_STAY = 1;

// admitted through the emergency department (emergency-admission.ts), read by the one-night and LOS rules
export { emergencyAdmissionSql };

/**
 * SQL: nights of the night shift a stay of fraud_claim_base `b` overlaps, from its admission and
 * discharge times (SCHEMA.md claims waktu_masuk, waktu_pulang); the calendar length of stay when
 * the extract lacks them (optional in the contract) or they contradict each other. A night is
 * named by the morning it ends: the first the stay reaches is the day after (admission - endHour),
 * the last the day after (discharge - startHour).
 */
export const stayNightsSql = (b: string): string =>
  `(CASE WHEN ${b}.waktu_masuk IS NOT NULL AND ${b}.waktu_pulang IS NOT NULL AND ${b}.waktu_pulang >= ${b}.waktu_masuk
    THEN greatest(0, (${b}.waktu_pulang - INTERVAL ${NIGHT_SHIFT.startHour} HOUR)::DATE - (${b}.waktu_masuk - INTERVAL ${NIGHT_SHIFT.endHour} HOUR)::DATE + 1)
    ELSE ${b}.los END)`;

/** SQL predicate on fraud_claim_base `b`: a severity-I medical (case type 4) inpatient stay not ending in death, the population one-night stays are counted in. */
export const mildMedicalStaySql = (b: string): string =>
  `(${b}.jenis_rawat = 1 AND ${b}.severity_rank = 1 AND split_part(${b}.kode_inacbg, '-', 2) = '4' AND ${b}.discharge_status <> 4)`;

/**
 * ICD-10 Z53 "persons encountering health services for specific procedures, not carried out": an
 * operation cancelled on the day (a fever or a raised blood pressure at the anaesthetic review, a
 * full emergency list) and billed honestly as the medical night it was. Such a stay was admitted for
 * the operation, which needed the admission; its shortness is the cancellation, not an admission
 * without need, so it is no one-night stay of the provider's admission habit: neither named nor
 * counted in the provider's one-night stays.
 */
const PROCEDURE_NOT_CARRIED_OUT_ICD10 = 'Z53';

/** SQL: does claim `b` record a procedure planned and not carried out (Z53, any position)? */
const procedureNotCarriedOutSql = (b: string): string =>
  `coalesce(list_bool_or(list_transform(${b}.dx_list, x -> starts_with(x, ${literal(PROCEDURE_NOT_CARRIED_OUT_ICD10)}))), false)`;

/**
 * SQL predicate on fraud_claim_base `b`: a mild medical stay of at most ONE_NIGHT_STAY nights in hospital, discharged home,
 * its procedure not cancelled (Z53), and not an acute respiratory emergency given oxygen through the night
 * (acute-respiratory-night.ts), a renal colic admitted from the emergency room (renal-colic-night.ts) nor an
 * exposure observed a day with its tests as its guideline says (observation-night.ts): none counted in a
 * provider's one-night habit nor named by it.
 */
export const oneNightStaySql = (b: string): string =>
  `(${mildMedicalStaySql(b)} AND ${stayNightsSql(b)} <= ${ONE_NIGHT_STAY} AND ${b}.discharge_status = 1 AND NOT ${procedureNotCarriedOutSql(b)}
    AND NOT ${acuteRespiratoryNightSql(b)} AND NOT ${renalColicNightSql(b)} AND NOT ${guidelineObservationNightSql(b)})`;

/**
 * SQL: the case-mix cell a mild medical stay is compared in: its INA-CBG code and admission route
 * (emergency or planned), for the provider and its peers alike, so that a hospital with a busy
 * emergency department is not judged by the short stays of wards that admit by appointment.
 */
const oneNightCellSql = (b: string): string => `${b}.kode_inacbg || CASE WHEN ${emergencyAdmissionSql(b)} THEN ' IGD' ELSE '' END`;

/**
 * ICD-9-CM volume 3 caesarean sections: 74.0 classical, 74.1 low cervical, 74.2 extraperitoneal,
 * 74.4 other specified, 74.99 other unspecified (74.3 ectopic pregnancy and 74.91 hysterotomy to
 * terminate a pregnancy are not deliveries); ICD-10 O82 "delivery by caesarean section".
 */
export const CAESAREAN_ICD9 = '^74\\.(0|1|2|4|99)';
export const CAESAREAN_ICD10 = '^O82';
/** A delivery: ICD-10 O80-O84 (method of delivery) or an ICD-9-CM obstetric delivery procedure (72 forceps and vacuum, 73 assisted delivery, or a caesarean). */
export const DELIVERY_ICD10 = '^O8[0-4]';
export const DELIVERY_ICD9 = '^(72\\.|73\\.|74\\.(0|1|2|4|99))';

/**
 * ICD-10 chapter XV codes that record a medical indication for a caesarean: hypertensive
 * disorders and pre-eclampsia O10-O16, diabetes in pregnancy O24, multiple gestation O30,
 * malpresentation O32, disproportion O33, abnormal pelvic organs O34 (O34.2 a previous
 * caesarean scar), fetal problems O35-O36, amniotic fluid, membranes and placenta O40-O46
 * (rupture of membranes, praevia, abruption), prolonged pregnancy O48, preterm, failed,
 * prolonged or obstructed labour and fetal distress O60-O69, uterine rupture and other obstetric
 * trauma O71, maternal infection (HIV) O98 and heart disease O99.4. Basis: the indications NICE
 * CG132/NG192 (caesarean birth) and the Robson classification, which WHO's statement on
 * caesarean section rates (2015: above 10-15% of births no lives are saved) asks hospitals to
 * report by. O82 alone records the method, not why; O82.0 "elective" on its own says none.
 */
export const CAESAREAN_INDICATION_ICD10 = '^O(1[0-6]|24|3[0-6]|4[0-68]|6[0-9]|71|98|99\\.4)';

const anyMatch = (list: string, pattern: string): string =>
  `list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)})))`;

/** SQL predicate on fraud_claim_base `b`: the claim bills a delivery. */
export const deliverySql = (b: string): string =>
  `(${b}.jenis_rawat = 1 AND (coalesce(${anyMatch(`${b}.dx_list`, DELIVERY_ICD10)}, false) OR coalesce(${anyMatch(`${b}.px_list`, DELIVERY_ICD9)}, false)))`;

/** SQL predicate on fraud_claim_base `b`: a delivery by caesarean. */
export const caesareanSql = (b: string): string =>
  `(${deliverySql(b)} AND (coalesce(${anyMatch(`${b}.px_list`, CAESAREAN_ICD9)}, false) OR coalesce(${anyMatch(`${b}.dx_list`, CAESAREAN_ICD10)}, false)))`;

/** SQL predicate on fraud_claim_base `b`: a delivery by caesarean whose diagnoses record no indication for it. */
export const caesareanWithoutIndicationSql = (b: string): string =>
  `(${caesareanSql(b)} AND NOT coalesce(${anyMatch(`${b}.dx_list`, CAESAREAN_INDICATION_ICD10)}, false))`;

/**
 * Maternal age bands deliveries are matched on (case mix: caesareans rise with the mother's age,
 * which is no indication by itself): under 20, 20-34, 35 and over, the bands of WHO's and
 * Riskesdas' maternal-risk reporting.
 */
export const maternalAgeBandSql = (b: string): string =>
  `CASE WHEN ${b}.age < 20 THEN '<20' WHEN ${b}.age < 35 THEN '20-34' ELSE '35+' END`;

/**
 * ICD-9-CM volume 3 advanced imaging: computerised tomography (87.03 head, 87.41 thorax, 87.71
 * kidney, 88.01 abdomen, 88.38 other) and magnetic resonance imaging (88.91-88.97). An
 * investigation whose need depends on the diagnosis: routine after a head injury or a stroke,
 * rarely needed for a minor complaint.
 */
export const ADVANCED_IMAGING_ICD9 = '^(87\\.03|87\\.41|87\\.71|88\\.01|88\\.38|88\\.9[1-7])';

/** SQL predicate on fraud_claim_base `b`: the claim bills CT or MRI. */
export const advancedImagingSql = (b: string): string => `coalesce(${anyMatch(`${b}.px_list`, ADVANCED_IMAGING_ICD9)}, false)`;

/**
 * SQL predicate on fraud_claim_base `b`: mild care, an outpatient visit or a severity-I stay, where
 * a scan must be justified by the diagnosis itself. Measured on a generated extract of 104,313
 * claims: counted over every claim, one provider's scans of mild patients were hidden among the
 * scans its strokes and head injuries need (48 against 25 expected, under twice); over mild care
 * they stand out (35 against 11).
 */
export const mildCareSql = (b: string): string => `(${b}.jenis_rawat = 2 OR ${b}.severity_rank = 1)`;

/**
 * Pseudo-claims of the wider share mixed into a small case-mix cell (assumption, as
 * SEVERITY_PEER_SMOOTHING): the cell's share at every other facility is shrunk towards the overall
 * share elsewhere, and each hospital's own share in the cell towards the cell's share elsewhere.
 */
export const CASEMIX_SMOOTHING = 5;

/**
 * Pseudo-hospitals of the cell's share elsewhere mixed into its norm at the provider's hospital
 * class. The class's norm is the mean of the class's other hospitals, one voice each, however many
 * claims each has: a class's norm in a sparse cell is the practice of one or two hospitals, and
 * their claims say how well each knows its own practice, not how well it speaks for the class.
 * Hospitals differ in practice beyond the chance of their claims (over-dispersion: Spiegelhalter,
 * Qual Saf Health Care 2005, "Handling over-dispersion of performance indicators"), so each adds
 * about one hospital's worth to what its class does. Assumption, as CASEMIX_SMOOTHING: five, so
 * that one hospital moves its class's norm a sixth of the way to its own practice. Red team
 * RT-UNNEC-43: 3 patients of 3 admitted one night for chemotherapy at one other class B hospital
 * (and 0 of 1 at a third), counted as 4 claims against 5, made the class's norm 0.40 a patient and
 * hid 4 patients of 4 (1.62 expected); as two voices of seven, 0.17 (0.69 expected; measured on
 * the red-team extract with the scenarios of that cell, 2026-12-07).
 */
export const CASEMIX_CLASS_PRIOR_HOSPITALS = 5;

/**
 * CTEs `<name>` (facility_id, <name>_observed, <name>_expected) over `population`, a SELECT of
 * facility_id, hospital_class, grp (the case-mix cell) and flag: the provider's flagged claims
 * against what the other facilities give in each of its cells (never its own claims, so a provider
 * cannot raise the norm it is judged by). In a cell, `elsewhere`: the share at every other facility,
 * shrunk towards the overall share elsewhere by CASEMIX_SMOOTHING claims. Each other hospital of
 * the provider's class speaks with its own share shrunk towards `elsewhere` by CASEMIX_SMOOTHING
 * claims (one patient of one is no practice), and the class's norm is their mean shrunk towards
 * `elsewhere` by CASEMIX_CLASS_PRIOR_HOSPITALS hospitals.
 */
export function casemixExcessSql(name: string, population: string): string {
  const k = CASEMIX_SMOOTHING;
  const voices = CASEMIX_CLASS_PRIOR_HOSPITALS;
  const elsewhere = `(a.o_a - g.o + ${k} * (p.o_t - p.o_p + 0.5) / (p.n_t - p.n_p + 1)) / (a.n_a - g.n + ${k})`;
  // the other hospitals' shrunk shares, summed: sum of (o_j + k x elsewhere) / (n_j + k) over the class's hospitals
  // but the provider, as sum o_j / (n_j + k) + elsewhere x sum k / (n_j + k), with the provider's own terms taken out
  const othersOwn = `(c.own_c - g.o / (g.n + ${k}))`;
  const othersPrior = `(c.prior_c - ${k} / (g.n + ${k}))`;
  return `${name}_g AS (
  SELECT facility_id, hospital_class, grp, count(*) AS n, count(*) FILTER (WHERE flag) AS o FROM (${population}) GROUP BY ALL
), ${name}_c AS (
  SELECT grp, hospital_class, count(*) AS hospitals_c, sum(o / (n + ${k})) AS own_c, sum(${k} / (n + ${k})) AS prior_c FROM ${name}_g GROUP BY ALL
),
${name}_a AS (SELECT grp, sum(n) AS n_a, sum(o) AS o_a FROM ${name}_g GROUP BY ALL),
${name}_p AS (SELECT facility_id, sum(n) AS n_p, sum(o) AS o_p, sum(sum(n)) OVER () AS n_t, sum(sum(o)) OVER () AS o_t FROM ${name}_g GROUP BY ALL),
${name}_e AS (
  SELECT g.facility_id, g.n, g.o, ${elsewhere} AS elsewhere, c.hospitals_c - 1 AS others_c, ${othersOwn} AS others_own, ${othersPrior} AS others_prior
  FROM ${name}_g g JOIN ${name}_c c USING (grp, hospital_class) JOIN ${name}_a a USING (grp) JOIN ${name}_p p USING (facility_id)
),
${name} AS (
  SELECT facility_id, sum(o) AS ${name}_observed,
    sum(n * (others_own + elsewhere * (others_prior + ${voices})) / (others_c + ${voices})) AS ${name}_expected
  FROM ${name}_e GROUP BY facility_id
)`;
}

/** The CTEs of the care norms for fraud_provider_distribution: one-night stays (in patients), caesareans without indication, the price of a vaginal delivery, CT and MRI in mild care its diagnoses do not call for (imaging-need.ts) per CBG, diagnoses without the evidence they need (upcoding-evidence.ts), specialty hospitals and their kind's LOS norms (los-specialty.ts), conditions foreign to their group's LOS norms (los-condition.ts), the bill's shape of each code's stays elsewhere (los-idle-days.ts), the provider's price level of care (los-care-carried.ts). */
export function careNormCtesSql(): string {
  const b = 'fraud_claim_base b';
  // one-night stays counted in patients, at the provider and its peers alike: one patient's planned
  // stays repeated by protocol (transfusions, cycles) are one decision of the provider, not many
  const oneNightPatients = `SELECT facility_id, hospital_class, grp, bool_or(flag) AS flag FROM (
    SELECT facility_id, hospital_class, card_key, ${oneNightCellSql('b')} AS grp, ${oneNightStaySql('b')} AS flag FROM ${b} WHERE ${mildMedicalStaySql('b')}
  ) GROUP BY facility_id, hospital_class, grp, card_key`;
  return `${casemixExcessSql('one_night', oneNightPatients)},
${casemixExcessSql('caesarean_unindicated', `SELECT facility_id, hospital_class, ${maternalAgeBandSql('b')} AS grp, ${caesareanWithoutIndicationSql('b')} AS flag FROM ${b} WHERE ${deliverySql('b')}`)},
${casemixExcessSql('imaging', `SELECT facility_id, hospital_class, kode_inacbg AS grp, ${advancedImagingSql('b')} AND NOT ${imagingIndicatedSql('b')} AS flag FROM ${b} WHERE ${mildCareSql('b')}`)},
vaginal_all AS (SELECT hospital_class, median(paid_amount) AS paid FROM ${b} WHERE ${deliverySql('b')} AND NOT ${caesareanSql('b')} GROUP BY ALL),
vaginal AS (
  -- what the delivery would have been paid without the operation: the median vaginal delivery at hospitals of the class
  SELECT f.facility_id, coalesce(v.paid, (SELECT median(paid) FROM vaginal_all)) AS vaginal_delivery_paid
  FROM (SELECT DISTINCT facility_id, hospital_class FROM fraud_claim_base) f LEFT JOIN vaginal_all v USING (hospital_class)
),
${dxEvidenceCtesSql()},
${specialtyCtesSql()},
${foreignConditionCtesSql()},
${idleDayNormCtesSql()},
${careLevelCtesSql()}`;
}

/** Columns the care norms add to fraud_provider_distribution (after careNormCtesSql and careNormJoinsSql). */
export const CARE_NORM_COLUMNS = `coalesce(one_night.one_night_observed, 0) AS one_night_observed, coalesce(one_night.one_night_expected, 0) AS one_night_expected,
  coalesce(caesarean_unindicated.caesarean_unindicated_observed, 0) AS caesarean_unindicated_observed,
  coalesce(caesarean_unindicated.caesarean_unindicated_expected, 0) AS caesarean_unindicated_expected, vaginal.vaginal_delivery_paid,
  coalesce(imaging.imaging_observed, 0) AS imaging_observed, coalesce(imaging.imaging_expected, 0) AS imaging_expected, ${DX_EVIDENCE_COLUMNS}, ${SPECIALTY_COLUMNS}, ${FOREIGN_CONDITION_COLUMNS}, ${IDLE_DAY_COLUMNS}, ${CARE_LEVEL_COLUMNS}`;

export const CARE_NORM_JOINS = `LEFT JOIN one_night USING (facility_id) LEFT JOIN caesarean_unindicated USING (facility_id) LEFT JOIN vaginal USING (facility_id) LEFT JOIN imaging USING (facility_id) ${DX_EVIDENCE_JOINS} ${SPECIALTY_JOINS} ${FOREIGN_CONDITION_JOINS} ${IDLE_DAY_JOINS} ${CARE_LEVEL_JOINS}`;
