// PROLONGED_LOS: days before a planned operation. An elective patient's work-up (blood count,
// chest X-ray, the anaesthetic review) is done as an outpatient before admission, and the patient
// is admitted the day before or the morning of the operation (ERAS Society guidelines, e.g.
// Gustafsson et al., World J Surg 2019: pre-admission assessment and counselling, admission on
// the day of surgery). A planned admission whose operation starts days later, in a stay that runs
// past its INA-CBG norm by those days, bills room and nursing for a wait the outpatient clinic
// should have held. The record shows it: the SEP's service type (an admission not through the
// emergency department) and the operation's start time (SCHEMA.md claims waktu_operasi).
import { emergencyAdmissionSql } from './emergency-admission.js';

export interface PreoperativeThresholds {
  /** Nights a planned admission may spend before its operation (the operation day's date less the admission date). */
  readonly maxPreoperativeNights: number;
}

/** SQL: nights between a stay's admission and the start of its operation (NULL without an operation time). */
const preoperativeNightsSql = (b: string): string => `(${b}.waktu_operasi::DATE - ${b}.tgl_masuk)`;

/**
 * Nights an emergency operation may wait after admission before the wait explains the stay's
 * length: NICE CG124 (hip fracture) operates on the day of or the day after admission, AAOS 2021
 * within 24-48 hours.
 */
export const MAX_EMERGENCY_WAIT_NIGHTS = 2;

/**
 * SQL: the nights an emergency surgical stay (case type 1 admitted through the emergency department,
 * emergency-admission.ts) waited for its operation beyond `allowedNights`, 0 for any
 * other stay; never more than the stay. An emergency operation is done within a day or two of
 * admission when theatre, implant and patient are ready (NICE CG124 hip fracture: on the day of or
 * the day after admission); a longer wait (an implant flown in, the list full, a patient optimised)
 * holds the condition's own care (traction, analgesia, monitoring), recorded by the operation's
 * start time, not days added at the end of a finished course. The LOS norm judges the rest.
 */
export const emergencyWaitNightsSql = (b: string, allowedNights: number = MAX_EMERGENCY_WAIT_NIGHTS): string =>
  `(CASE WHEN ${b}.waktu_operasi IS NOT NULL AND split_part(${b}.kode_inacbg, '-', 2) = '1' AND ${emergencyAdmissionSql(b)}
    THEN least(greatest(${preoperativeNightsSql(b)} - ${allowedNights}, 0), ${b}.los) ELSE 0 END)`;

/**
 * PROLONGED_LOS `admitted_days_before_planned_operation`: a planned inpatient procedure stay (case
 * type 1, not admitted through the emergency department: emergency-admission.ts) whose
 * operation started more than maxPreoperativeNights nights after admission, in a stay past its
 * INA-CBG norm by at least the nights beyond that, with no days in intensive care (a patient
 * stabilised in the ICU before an operation needed those days). Obstetric stays (case type 6) are
 * not case type 1: a woman admitted in labour and delivered by caesarean days later was observed,
 * not kept waiting. The room and nursing of the extra nights are at risk.
 */
export function preoperativeHitsSql(t: PreoperativeThresholds): string {
  const nights = preoperativeNightsSql('b');
  const extra = `(${nights} - ${t.maxPreoperativeNights})`;
  return `
SELECT b.nomor_sep, 'admitted_days_before_planned_operation' AS signal,
  round((b.tarif_kamar + b.tarif_keperawatan) * ${extra} / b.los, -2)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Planned admission on {} for {} (operation {}), operated on {}: {} nights before the operation where a planned patient is admitted at most {} before; stay of {} days where the INA-CBG norm is {}',
    strftime(b.tgl_masuk, '%Y-%m-%d'), b.kode_inacbg, coalesce(b.px_list[1], '-'), strftime(b.waktu_operasi, '%Y-%m-%d %H:%M'), ${nights}, ${t.maxPreoperativeNights},
    b.los, b.los_norm) AS evidence_en,
  format('Masuk terencana {} untuk {} (operasi {}), dioperasi {}: {} malam sebelum operasi, padahal pasien elektif masuk paling lama {} malam sebelumnya; lama rawat {} hari, LOS normatif {}',
    strftime(b.tgl_masuk, '%Y-%m-%d'), b.kode_inacbg, coalesce(b.px_list[1], '-'), strftime(b.waktu_operasi, '%Y-%m-%d %H:%M'), ${nights}, ${t.maxPreoperativeNights},
    b.los, b.los_norm) AS evidence_id
FROM fraud_claim_base b
WHERE b.jenis_rawat = 1 AND split_part(b.kode_inacbg, '-', 2) = '1' AND b.discharge_status <> 4 AND b.waktu_operasi IS NOT NULL
  AND b.los > 0 AND b.los_norm > 0 AND coalesce(b.icu_los, 0) = 0 AND NOT ${emergencyAdmissionSql('b')}
  AND ${extra} >= 1 AND b.los - b.los_norm >= ${extra}`;
}
