// COB_KKPAK for the last stage of a work fracture's care: the removal of the plate or screws
// that fixed it (DOMAIN.md section 1: e-PLKK, JKK pays a work accident's care; section 6: medical
// care as needed, PP 82/2019). The removal comes months after the accident, long after the
// follow-up window of coordination.ts, and is coded by the removal alone (Z47.0, ICD-9-CM 78.6x),
// with no injury code to match the accident by. JKK still owes it when the only bone injury on
// record in between is the work accident: no fracture or fixation billed to JKN since.
import { literal } from '../../../data-samples/sql/index.js';
import { rupiahSql } from './evidence-rupiah.js';

/** ICD-10 primary diagnosis of an implant removal: follow-up care involving removal of a fracture plate or other internal fixation device. */
const IMPLANT_REMOVAL_ICD10 = '^Z47[.]0';
/** ICD-9-CM removal of implanted devices from bone (78.6x). */
const IMPLANT_REMOVAL_ICD9CM = '^78[.]6';
/** ICD-10 fractures: the S-chapter categories whose third character is 2 (S02 skull ... S92 foot), and T02, T08, T10, T12 (multiple or unspecified regions). */
const FRACTURE_ICD10 = '^(S[0-9]2|T0[28]|T1[02])';
/** ICD-9-CM internal fixation: without reduction (78.5x), closed or open reduction with internal fixation (79.1x, 79.3x). */
const FIXATION_ICD9CM = '^(78[.]5|79[.][13])';

interface ImplantThresholds {
  readonly episodeDays: number;
  readonly implantRemovalWindowDays: number;
  readonly minFixationDaysOff: number;
}

const anyCode = (list: string, pattern: string): string =>
  `list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)})))`;

/**
 * SELECT of hits: a JKN claim removing a bone implant (Z47.0 first, or 78.6x) of a member with a
 * work accident (KK) from `implantRemovalWindowDays` before the admission, the accident keeping
 * the worker off work at least `minFixationDaysOff` (a fracture that needed fixing), and no JKN
 * claim of the card for a fracture or an internal fixation admitted after the accident's own
 * episode (`episodeDays`, the episode signals' days) and before the removal: the implant is the
 * accident's. `kkpak` is the e-PLKK case table.
 */
export function implantRemovalAfterWorkAccidentSql(kkpak: string, t: ImplantThresholds): string {
  return `
SELECT b.nomor_sep, 'kkpak_implant_removal_billed_to_jkn', any_value(b.paid_amount), list(k.case_id ORDER BY k.accident_date),
  format('Implant removal ({}) admitted {}, {} days after work accident {} ({} days off work, JKK paid {}); no fracture or fixation billed to JKN since: the removal is the accident''s care, which JKK covers',
    array_to_string(any_value(b.dx_list) || any_value(b.px_list), ', '), any_value(b.tgl_masuk), min(b.tgl_masuk - k.accident_date), max_by(k.case_id, k.accident_date), max_by(k.days_off, k.accident_date), ${rupiahSql('max_by(k.jkk_benefit_paid, k.accident_date)')}),
  format('Pengangkatan implan ({}) masuk {}, {} hari setelah kecelakaan kerja {} ({} hari tidak bekerja, dibayar JKK {}); tidak ada patah tulang atau fiksasi yang ditagih ke JKN sesudahnya: pengangkatan adalah perawatan kecelakaan itu, yang dijamin JKK',
    array_to_string(any_value(b.dx_list) || any_value(b.px_list), ', '), any_value(b.tgl_masuk), min(b.tgl_masuk - k.accident_date), max_by(k.case_id, k.accident_date), max_by(k.days_off, k.accident_date), ${rupiahSql('max_by(k.jkk_benefit_paid, k.accident_date)')})
FROM fraud_claim_base b JOIN ${kkpak} k ON k.member_key = b.member_key
WHERE k.case_type = 'KK' AND k.days_off >= ${t.minFixationDaysOff}
  AND b.tgl_masuk > k.accident_date AND b.tgl_masuk <= k.accident_date + ${t.implantRemovalWindowDays}
  AND (regexp_matches(coalesce(b.dx_primary, ''), ${literal(IMPLANT_REMOVAL_ICD10)}) OR ${anyCode('b.px_list', IMPLANT_REMOVAL_ICD9CM)})
  AND NOT EXISTS (SELECT 1 FROM ${kkpak} k2 WHERE k2.nomor_sep = b.nomor_sep)
  AND NOT EXISTS (SELECT 1 FROM fraud_claim_base f WHERE f.card_key = b.card_key AND f.nomor_sep <> b.nomor_sep
    AND f.tgl_masuk > k.accident_date + ${t.episodeDays} AND f.tgl_masuk < b.tgl_masuk
    AND (${anyCode('f.dx_list', FRACTURE_ICD10)} OR ${anyCode('f.px_list', FIXATION_ICD9CM)}))
GROUP BY b.nomor_sep`;
}
