// Detectors of care patterns the generator does not plant but claims data can show (DOMAIN.md
// section 3): sham referral, a procedure billed with no surgical cost, a one-day admission for
// an outpatient condition, and ventilation stretched just past the 96-hour boundary.
import { defineDetector } from './types.js';

/** ICD-10 conditions normally treated as outpatients (ambulatory-care-sensitive; assumption after the PMK 5/2014 primary-care list). */
export const OUTPATIENT_CONDITIONS: readonly string[] = Object.freeze(['J06.9', 'J02.9', 'J03.9', 'J20.9', 'J30.4', 'A09', 'K30', 'K29.7', 'I10', 'E11.9', 'M54.5', 'L30.9', 'H10.9', 'B34.9']);
const list = (xs: readonly string[]): string => `[${xs.map((x) => `'${x}'`).join(', ')}]::VARCHAR[]`;

export const SELF_REFERRAL_DETECTOR = defineDetector({
  code: 'SELF_REFERRAL',
  nameId: 'Rujukan semu',
  nameEn: 'Sham referral',
  thresholds: {
    maxStayDays: { value: 2, source: 'DOMAIN.md: 1-2 day stays then referred.' },
    transferWithinDays: { value: 3, source: 'DOMAIN.md: transfer within 3 days.' },
  },
  sql: (t) => `
SELECT b.nomor_sep, 'short_stay_then_referred' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(n.nomor_sep) AS related_sep,
  format('Stay of {} day(s) ended by referral; admitted at {} within {} days', any_value(b.los), array_to_string(list(DISTINCT n.facility_id), ', '), ${t.transferWithinDays}) AS evidence_en,
  format('Rawat {} hari diakhiri rujukan; masuk di {} dalam {} hari', any_value(b.los), array_to_string(list(DISTINCT n.facility_id), ', '), ${t.transferWithinDays}) AS evidence_id
FROM fraud_claim_base b JOIN fraud_claim_base n ON n.card_key = b.card_key AND n.nomor_sep <> b.nomor_sep
WHERE b.jenis_rawat = 1 AND b.discharge_status = 2 AND b.los <= ${t.maxStayDays}
  AND n.jenis_rawat = 1 AND n.facility_id <> b.facility_id AND n.tgl_masuk BETWEEN b.tgl_pulang AND b.tgl_pulang + ${t.transferWithinDays}
GROUP BY b.nomor_sep`,
});

export const CANCELLED_SERVICE_DETECTOR = defineDetector({
  code: 'CANCELLED_SERVICE',
  nameId: 'Tindakan ditagih tetapi tidak dilakukan',
  nameEn: 'Procedure billed but not done',
  thresholds: {
    maxSurgicalChapter: { value: 86, source: 'ICD-9-CM volume 3: chapters 01-86 are operations; 87-99 are diagnostic and therapeutic procedures that need no theatre.' },
  },
  sql: (t) => `
SELECT nomor_sep, 'operation_without_surgical_cost' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Operation {} coded, surgical tariff component Rp0', array_to_string(list_filter(px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${t.maxSurgicalChapter}), ', ')) AS evidence_en,
  format('Operasi {} dikode, komponen tarif prosedur bedah Rp0', array_to_string(list_filter(px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${t.maxSurgicalChapter}), ', ')) AS evidence_id
FROM fraud_claim_base
-- only surgical CBGs (case type 1, inpatient procedure) promise a surgical cost
WHERE jenis_rawat = 1 AND split_part(kode_inacbg, '-', 2) = '1' AND tarif_prosedur_bedah = 0
  AND len(list_filter(px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${t.maxSurgicalChapter})) > 0`,
});

export const UNNECESSARY_TREATMENT_DETECTOR = defineDetector({
  code: 'UNNECESSARY_TREATMENT',
  nameId: 'Rawat inap yang tidak perlu',
  nameEn: 'Admission without medical need',
  thresholds: {
    maxStayDays: { value: 1, source: 'DOMAIN.md: 1-day severity-I admissions for conditions normally treated as outpatients.' },
  },
  sql: (t) => `
SELECT nomor_sep, 'one_day_admission_outpatient_condition' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('{}-day severity-I admission for {}, a condition treated as an outpatient', los, dx_primary) AS evidence_en,
  format('Rawat inap {} hari severitas I untuk {}, kondisi yang biasa dirawat jalan', los, dx_primary) AS evidence_id
FROM fraud_claim_base
WHERE jenis_rawat = 1 AND severity_rank = 1 AND los <= ${t.maxStayDays} AND discharge_status = 1
  AND list_contains(${list(OUTPATIENT_CONDITIONS)}, dx_primary)`,
});

export const VENTILATOR_DETECTOR = defineDetector({
  code: 'VENTILATOR',
  nameId: 'Memperpanjang penggunaan ventilator',
  nameEn: 'Ventilator time extended',
  thresholds: {
    boundaryHours: { value: 96, source: 'ICD-9-CM 96.72 (96 consecutive hours or more) groups into a higher tariff than 96.71.' },
    marginHours: { value: 4, source: 'Assumption: ventilation ending within 4 hours past the boundary is bunched there, not clinical.' },
  },
  sql: (t) => `
SELECT nomor_sep, 'ventilation_just_past_96h' AS signal,
  round(tarif_sewa_alat * (ventilator_hour - ${t.boundaryHours} + 1)::DOUBLE / ventilator_hour, -2)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Ventilated {} hours, {} past the 96-hour boundary', ventilator_hour, ventilator_hour - ${t.boundaryHours}) AS evidence_en,
  format('Ventilator {} jam, {} jam melewati batas 96 jam', ventilator_hour, ventilator_hour - ${t.boundaryHours}) AS evidence_id
FROM fraud_claim_base
WHERE ventilator_hour >= ${t.boundaryHours} AND ventilator_hour < ${t.boundaryHours} + ${t.marginHours}`,
});
