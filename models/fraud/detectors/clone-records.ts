// CLONING in the medical record rather than the bill (DOMAIN.md section 3: "near-identical
// diagnosis/procedure/tariff vectors across different patients"; issue 11: clones as near-identical
// claim vectors of diagnoses, procedures and tariff components). A discharge summary pasted from a
// template carries the template's whole diagnosis list, secondaries in the template's order, and
// its procedures onto every patient it is pasted for, while each bill stays the patient's own (days,
// drugs, tests), so no bill comparison (cloning.ts) sees it. The secondaries are what gives it away:
// they are the patient's own history (hypertension, diabetes, reflux), and several patients of one
// facility and CBG sharing three or more of them, standing conditions among them, in one order,
// with the same procedures, on different days, is one record copied, not several patients examined.
//
// Honest look-alikes are left by the thresholds: a ward's protocol codes the same one or two
// secondaries (dehydration with a diarrhoea, anaemia with a dengue), an outbreak brings many
// patients of one primary diagnosis (with few secondaries, on one or two days), twins and a family
// share their illness, not three comorbidities in one order, and a condition's own complications
// (acute kidney injury and low potassium with a heart failure that is dialysed) are alike in every
// patient of it, standing conditions they are not.
import { literal } from '../../../data-samples/sql/index.js';
import { CHRONIC_CONDITION_ICD10 } from './inflated-chronic.js';
import type { DetectorThreshold, ThresholdValues } from './types.js';

export const RECORD_COPY_THRESHOLDS = {
  recordMinSecondaries: {
    value: 4,
    source:
      "Riskesdas 2018: hypertension in 34% of Indonesian adults, diabetes and raised cholesterol common with it, and more so in the old, so an elderly patient's three standing conditions (I10, E11, E78) are a common triplet that a coding system may list in one order; three patients of a busy ward sharing it with one primary and routine procedures within months is ordinary. A fourth secondary makes the whole list a history of its own. Measured on the 150k-member generated warehouse (2026-12-07): of 5,256 stays with 3 or 4 secondaries, 10 share their lists with one other patient and none with two.",
  },
  recordMinChronicSecondaries: {
    value: 2,
    source:
      "Assumption: a pasted summary carries the template patient's history, standing conditions (CHRONIC_CONDITION_ICD10 of inflated-chronic.ts: hypertension, diabetes, lipids) that differ from patient to patient; a condition's own complications, treated on the stay, are alike in every patient of it (red team RT-NM-CARDIORENAL-61: heart failure with acute kidney injury, hypokalaemia and hyponatraemia, dialysed, on five patients: none of the three a standing condition). Two or more standing conditions among the shared secondaries is a history copied.",
  },
  recordMinPatients: {
    value: 3,
    source:
      'Assumption: two patients may share three comorbidities by chance in an ageing population (10 of 5,256 generated stays did, within 28 days); the template and two more patients (three cards) in the window is a record reused. Measured on the 150k-member generated warehouse: no stay with 3 or more secondaries shares its lists with two other patients of the facility.',
  },
  recordMinDays: {
    value: 3,
    source:
      'Assumption: patients of one event (a crash, a poisoning) are admitted on one or two days with the injuries or illness of the event; a record pasted for patients admitted on three or more different days is a template kept at hand.',
  },
} as const satisfies Record<string, DetectorThreshold>;

type RecordCopyThreshold = keyof typeof RECORD_COPY_THRESHOLDS | 'templateWindowDays';

/**
 * SQL: the CLONING hits of stays whose whole diagnosis list (secondaries in one order) and procedures are those of
 * recordMinPatients patients or more of the facility and CBG within the template window (the stays arrival loads for a
 * claim: arrival-request-sql.ts), admitted on recordMinDays days or more.
 */
export function copiedRecordSql(t: ThresholdValues<RecordCopyThreshold>): string {
  return `
WITH rec AS (
  SELECT nomor_sep, facility_id, kode_inacbg, card_key, kode_dpjp, tgl_masuk, diagnosa, coalesce(procedure, '') AS px, len(dx_list) - 1 AS secondaries
  FROM fraud_claim_base WHERE jenis_rawat = 1 AND len(dx_list) - 1 >= ${t.recordMinSecondaries}
    AND len(list_filter(dx_list[2:], x -> regexp_matches(x, ${literal(CHRONIC_CONDITION_ICD10)}))) >= ${t.recordMinChronicSecondaries}
), shared AS (
  SELECT a.nomor_sep, any_value(a.secondaries) AS secondaries, count(DISTINCT b.card_key) AS patients, count(DISTINCT b.tgl_masuk) AS days,
    list(b.nomor_sep ORDER BY b.tgl_masuk, b.nomor_sep) FILTER (WHERE b.nomor_sep <> a.nomor_sep) AS others,
    list(DISTINCT b.kode_dpjp ORDER BY b.kode_dpjp) AS doctors, min(b.tgl_masuk) AS first_masuk, max(b.tgl_masuk) AS last_masuk
  FROM rec a JOIN rec b ON b.facility_id = a.facility_id AND b.kode_inacbg = a.kode_inacbg AND b.diagnosa = a.diagnosa AND b.px = a.px
    AND b.tgl_masuk BETWEEN a.tgl_masuk - ${t.templateWindowDays} AND a.tgl_masuk + ${t.templateWindowDays}
  GROUP BY a.nomor_sep
  HAVING count(DISTINCT b.card_key) >= ${t.recordMinPatients} AND count(DISTINCT b.tgl_masuk) >= ${t.recordMinDays}
)
SELECT b.nomor_sep, 'medical_record_copied_other_patients' AS signal, b.paid_amount AS amount_at_risk, s.others[1:10] AS related_sep,
  format('Diagnoses [{}] ({} secondaries in the same order) and procedures [{}] identical on the stays of {} patients of CBG {} at {}, admitted on {} days from {} to {} (doctor(s) {})',
    replace(b.diagnosa, '#', ', '), s.secondaries, array_to_string(b.px_list, ', '), s.patients, b.kode_inacbg, b.facility_id, s.days, s.first_masuk, s.last_masuk,
    array_to_string(s.doctors, ', ')) AS evidence_en,
  format('Diagnosis [{}] ({} diagnosis sekunder dengan urutan sama) dan tindakan [{}] identik pada rawat inap {} pasien CBG {} di {}, masuk pada {} hari dari {} sampai {} (dokter {})',
    replace(b.diagnosa, '#', ', '), s.secondaries, array_to_string(b.px_list, ', '), s.patients, b.kode_inacbg, b.facility_id, s.days, s.first_masuk, s.last_masuk,
    array_to_string(s.doctors, ', ')) AS evidence_id
FROM fraud_claim_base b JOIN shared s USING (nomor_sep)`;
}
