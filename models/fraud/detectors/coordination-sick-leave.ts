// COB_KKPAK for a work accident's follow-up billed without its injury code (DOMAIN.md section 1:
// e-PLKK, JKK pays a work accident's care; section 6: medical care as needed and wages during the
// temporary inability to work, PP 82/2019). The follow-up signal of coordination.ts matches the
// injury by its body region, so a hospital that leaves every S and T code off the controls and
// physiotherapy it bills to JKN escapes it. The episode still shows: the same hospital treated the
// accident under e-PLKK (the case's SEP carries its facility code), and during the sick leave JKK
// pays for, it bills JKN the musculoskeletal care, rehabilitation or aftercare an injury's
// follow-up is, with no injury on the claim to say it was another one.
import { literal } from '../../../data-samples/sql/index.js';
import { rupiahSql } from './evidence-rupiah.js';

/**
 * ICD-10 primary or secondary diagnoses under which an injury's follow-up is coded when its
 * injury code is left off: the musculoskeletal chapter (M00-M99: joint, back and soft-tissue
 * disorders, the sequel a fall or a blow presents as), follow-up examination (Z09), orthopaedic
 * and surgical aftercare (Z47, Z48), rehabilitation (Z50) and convalescence (Z54).
 */
const FOLLOWUP_PRESENTATION_ICD10 = '^(M|Z09|Z4[78]|Z50|Z54)';

/** ICD-9-CM physical therapy, rehabilitation and manipulation (93.0-93.3): the sessions of an injury's rehabilitation. */
const REHABILITATION_ICD9CM = '^93[.][0-3]';

interface SickLeaveThresholds {
  readonly followUpDays: number;
}

/** The injury codes of a work accident (coordination.ts WORK_INJURY_ICD10, passed in: no import cycle). */
type WorkInjuryPattern = string;

const anyCode = (list: string, pattern: string): string =>
  `list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)})))`;

/** SQL: the facility code (kode PPK) of an SEP number: its first 8 characters (SCHEMA.md claims.nomor_sep). */
const sepFacilitySql = (sep: string): string => `left(${sep}, 8)`;

/**
 * SELECT of hits: a JKN claim of the worker of a work-accident (KK) case treated under e-PLKK, at
 * the hospital that issued the case's SEP, admitted after the accident and within the days off
 * work JKK paid (at most `followUpDays`, the follow-up window of coordination.ts), for
 * musculoskeletal care, rehabilitation or aftercare, with no work-injury code on it (a claim with
 * one is the follow-up signal's, matched by body region). Suspicious, not certain: the e-PLKK case
 * names no diagnosis, and a worker may have an unrelated back complaint in those weeks; one
 * hospital doing it for worker after worker is the scheme.
 */
export function sickLeaveCareAtAccidentHospitalSql(kkpak: string, t: SickLeaveThresholds, workInjury: WorkInjuryPattern): string {
  return `
SELECT b.nomor_sep, 'kkpak_sick_leave_care_billed_to_jkn' AS signal, any_value(b.paid_amount) AS amount_at_risk,
  list(DISTINCT k.case_id ORDER BY k.case_id) AS related_sep,
  format('{} ({}) on {}, {} days after work accident {} treated at this hospital under e-PLKK SEP {} ({} days off work, JKK paid {}): musculoskeletal care, rehabilitation or aftercare during the sick leave, with no injury code',
    array_to_string(any_value(b.dx_list), ', '), array_to_string(any_value(b.px_list), ', '), any_value(b.tgl_masuk), min(b.tgl_masuk - k.accident_date),
    any_value(k.case_id), any_value(k.nomor_sep), any_value(k.days_off), ${rupiahSql('any_value(k.jkk_benefit_paid)')}) AS evidence_en,
  format('{} ({}) pada {}, {} hari setelah kecelakaan kerja {} yang dirawat di RS ini dengan SEP e-PLKK {} ({} hari tidak bekerja, dibayar JKK {}): perawatan muskuloskeletal, rehabilitasi atau kontrol selama cuti sakit, tanpa kode cedera',
    array_to_string(any_value(b.dx_list), ', '), array_to_string(any_value(b.px_list), ', '), any_value(b.tgl_masuk), min(b.tgl_masuk - k.accident_date),
    any_value(k.case_id), any_value(k.nomor_sep), any_value(k.days_off), ${rupiahSql('any_value(k.jkk_benefit_paid)')}) AS evidence_id
FROM fraud_claim_base b JOIN ${kkpak} k ON k.member_key = b.member_key AND ${sepFacilitySql('k.nomor_sep')} = b.facility_id
WHERE k.case_type = 'KK' AND k.nomor_sep IS NOT NULL AND k.nomor_sep <> b.nomor_sep
  AND b.tgl_masuk > k.accident_date AND b.tgl_masuk <= k.accident_date + least(k.days_off, ${t.followUpDays})
  AND (${anyCode('b.dx_list', FOLLOWUP_PRESENTATION_ICD10)} OR ${anyCode('b.px_list', REHABILITATION_ICD9CM)})
  AND NOT ${anyCode('b.dx_list', workInjury)}
  AND NOT EXISTS (SELECT 1 FROM ${kkpak} k2 WHERE k2.nomor_sep = b.nomor_sep)
GROUP BY b.nomor_sep`;
}
