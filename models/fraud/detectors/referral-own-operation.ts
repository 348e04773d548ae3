// SELF_REFERRAL (DOMAIN.md section 3: "referral loops between facilities sharing doctors; transfer
// within 3 days", "1-2 day stays then referred") when the referral is for an operation: a surgeon
// licensed at a public hospital and at a private one he has a stake in admits a patient at the
// public hospital for a night or two and sends him "for want of an implant" to the private one,
// where he operates himself. An operation after a medical stay is a step up in care
// (referral-pairs.ts stepUpSql), so the other SELF_REFERRAL signals let it pass; it is a step up
// only when the first hospital cannot operate. Claims show when it can: it bills the same
// operation group itself, patient after patient. What remains is the referral record, the doctor
// at both ends and a receiving hospital of no higher class: the patient moved, not the care.
// Honest look-alikes stay out: a hospital that does not perform the group (a true transfer), a
// referral to a hospital of a higher class (more means), another surgeon operating at the second
// hospital (an overflow, not the referring doctor's fee), an operation needing intensive care.
// The move may start from the first hospital's outpatient clinic instead of a stay (RT-SELFREF-141):
// the surgeon sees the patient in the public hospital's surgical clinic, which lists such operations,
// and writes the referral letter to the private hospital himself, where he operates days later.
import { OTHER_FACILITY_PEER_TABLE } from './other-facility-table.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';

/** INA-CBG case type (digit 2 of the code) of an inpatient procedure: an operation or intervention. */
const INPATIENT_PROCEDURE_CASE_TYPE = '1';

export const OWN_OPERATION_THRESHOLDS = Object.freeze({
  minOwnGroupStays: Object.freeze<DetectorThreshold>({
    value: 5,
    source:
      'Assumption, as LEVEL_NORM_MIN_STAYS: a hospital that billed five stays or more of an operation group in the batch (counted by event, fraud_other_facility_peers.group_stays) has the theatre, the surgeon and the implants for it; one or two may be the odd case its surgeon could do.',
  }),
  minOwnGroupStaysFromClinic: Object.freeze<DetectorThreshold>({
    value: 3,
    source:
      "Assumption, from minOwnGroupStays' own reading (one or two may be the odd case its surgeon could do): three stays of the group show a hospital that operates it. Lower than a stay's five because the clinic leg carries more of its own: the referral letter is the first hospital's, dated the day its clinic saw the patient, and the doctor who saw him there operates; an emergency stay's referral may be the on-call team's.",
  }),
  clinicReferralWithinDays: Object.freeze<DetectorThreshold>({
    value: 30,
    source:
      'Assumption: an elective operation a surgeon books from his clinic is done within weeks (RT-SELFREF-141: 3-5 days; the public list waited 1-3 weeks); 30 days, the readmission window of DOMAIN.md, keeps the operation tied to that visit. The referral letter itself (SCHEMA.md tgl_rujukan, valid 90 days) must be dated the visit day.',
  }),
});

type Thresholds = Readonly<Record<keyof typeof OWN_OPERATION_THRESHOLDS, number>> & {
  readonly maxStayDays: number;
  readonly transferWithinDays: number;
};

export const OWN_OPERATION_SIGNALS = Object.freeze({
  // suspicious: an empty implant store or a broken theatre may truly send one patient on; the doctor's own
  // patients sent so again and again, where the hospital operates on others, is the scheme (the case rule
  // weighs the provider's count of such patients)
  referred_for_operation_done_here: suspicious(
    'Short stay ended by a referral for an operation the hospital performs itself, to a hospital of no higher class where the same doctor operates',
    'Rawat singkat diakhiri rujukan untuk operasi yang dikerjakan RS ini sendiri, ke RS yang tidak lebih tinggi kelasnya tempat dokter yang sama mengoperasi',
  ),
  operated_on_own_referral: suspicious(
    'Operated by the doctor who referred the patient from a short stay at a hospital that performs the same operation itself',
    'Dioperasi oleh dokter yang merujuk pasien dari rawat singkat di RS yang mengerjakan operasi yang sama sendiri',
  ),
  // suspicious, as the stay's leg: a full list or a broken theatre may send one clinic patient on
  operated_on_own_clinic_referral: suspicious(
    "Operated by the doctor who saw the patient in another hospital's clinic and referred him from there, though that hospital performs the same operation itself",
    'Dioperasi oleh dokter yang memeriksa pasien di poliklinik RS lain dan merujuknya dari sana, padahal RS itu mengerjakan operasi yang sama sendiri',
  ),
});

/**
 * SQL: the first hospital's own stays of the operation group of admission `n` (counted by event,
 * published with the other-facility peers so arrival reads the batch's count), 0 where it billed none.
 */
const ownGroupStaysSql = (b: string, n: string): string =>
  `coalesce((SELECT max(o.group_stays) FROM ${OTHER_FACILITY_PEER_TABLE} o WHERE o.facility_id = ${b}.facility_id AND o.cbg_base = ${n}.cbg_base), 0)`;

/**
 * SELECT of SELF_REFERRAL hits (HIT_COLUMNS): a stay of at most `maxStayDays` days that is no
 * operation, followed within `transferWithinDays` by an operation (case type 1) at another hospital
 * of the same or a lower class, the same DPJP on both, without intensive care or ventilation, the move
 * recorded as a referral (the stay closed as referred, or the operation's SEP naming the first
 * hospital as its referrer), where the first hospital billed at least `minOwnGroupStays` stays of the
 * operation's group itself. Both legs are named, each with the other as related claim. From an
 * outpatient clinic visit instead (operated_on_own_clinic_referral): the operation within
 * `clinicReferralWithinDays` on the first hospital's letter dated the visit (or the visit closed as
 * referred), that hospital billing `minOwnGroupStaysFromClinic` stays of the group; only the
 * operation is named (the visit was given).
 */
export function ownOperationReferralSql(t: Thresholds): string {
  return `
WITH moved AS (
  SELECT b.nomor_sep, b.facility_id, b.los, b.paid_amount, b.kode_dpjp, n.nomor_sep AS next_sep, n.facility_id AS next_facility,
    n.paid_amount AS next_paid, n.kode_inacbg AS next_cbg, n.cbg_base AS next_group, ${ownGroupStaysSql('b', 'n')} AS own_group_stays
  FROM fraud_claim_base b JOIN fraud_claim_base n ON n.card_key = b.card_key AND n.facility_id <> b.facility_id AND n.kode_dpjp = b.kode_dpjp
  WHERE b.jenis_rawat = 1 AND b.los <= ${t.maxStayDays} AND b.discharge_status <> 4
    AND split_part(b.kode_inacbg, '-', 2) <> '${INPATIENT_PROCEDURE_CASE_TYPE}'
    AND n.jenis_rawat = 1 AND split_part(n.kode_inacbg, '-', 2) = '${INPATIENT_PROCEDURE_CASE_TYPE}'
    AND n.tgl_masuk BETWEEN b.tgl_pulang AND b.tgl_pulang + ${t.transferWithinDays}
    AND n.icu_indikator = 0 AND n.ventilator_hour = 0 AND n.hospital_class >= b.hospital_class
    AND (b.discharge_status = 2 OR n.ppk_rujukan = b.facility_id)
), judged AS (SELECT * FROM moved WHERE own_group_stays >= ${t.minOwnGroupStays}
), clinic AS (
  -- from the first hospital's outpatient clinic: the letter is that hospital's, dated the visit (or the visit
  -- closed as referred), and the operation follows within clinicReferralWithinDays
  SELECT n.nomor_sep, n.paid_amount, n.kode_dpjp, n.kode_inacbg, n.cbg_base, v.nomor_sep AS visit_sep, v.facility_id AS visit_facility,
    (n.tgl_masuk - v.tgl_masuk)::INTEGER AS days_after, ${ownGroupStaysSql('v', 'n')} AS own_group_stays
  FROM fraud_claim_base v JOIN fraud_claim_base n ON n.card_key = v.card_key AND n.facility_id <> v.facility_id AND n.kode_dpjp = v.kode_dpjp
  WHERE v.jenis_rawat = 2 AND n.jenis_rawat = 1 AND split_part(n.kode_inacbg, '-', 2) = '${INPATIENT_PROCEDURE_CASE_TYPE}'
    AND n.tgl_masuk BETWEEN v.tgl_masuk AND v.tgl_masuk + ${t.clinicReferralWithinDays}
    AND n.icu_indikator = 0 AND n.ventilator_hour = 0 AND n.hospital_class >= v.hospital_class
    AND ((n.ppk_rujukan = v.facility_id AND n.tgl_rujukan = v.tgl_masuk) OR v.discharge_status = 2)
)
SELECT nomor_sep, 'referred_for_operation_done_here' AS signal, any_value(paid_amount) AS amount_at_risk, list(next_sep ORDER BY next_sep) AS related_sep,
  format('Stay of {} day(s) ended by a referral to {}, where the same doctor {} operated ({}); this hospital billed {:.0f} stays of group {} itself',
    any_value(los), array_to_string(list(DISTINCT next_facility ORDER BY next_facility), ', '), any_value(kode_dpjp), any_value(next_cbg), max(own_group_stays), any_value(next_group)) AS evidence_en,
  format('Rawat {} hari diakhiri rujukan ke {}, tempat dokter yang sama {} mengoperasi ({}); RS ini sendiri menagih {:.0f} rawat inap kelompok {}',
    any_value(los), array_to_string(list(DISTINCT next_facility ORDER BY next_facility), ', '), any_value(kode_dpjp), any_value(next_cbg), max(own_group_stays), any_value(next_group)) AS evidence_id
FROM judged GROUP BY nomor_sep
UNION ALL
SELECT next_sep, 'operated_on_own_referral', any_value(next_paid), list(nomor_sep ORDER BY nomor_sep),
  format('Operation {} by doctor {}, who referred the patient after a stay of {} day(s) at {}; that hospital billed {:.0f} stays of group {} itself',
    any_value(next_cbg), any_value(kode_dpjp), min(los), array_to_string(list(DISTINCT facility_id ORDER BY facility_id), ', '), max(own_group_stays), any_value(next_group)),
  format('Operasi {} oleh dokter {}, yang merujuk pasien setelah rawat {} hari di {}; RS itu sendiri menagih {:.0f} rawat inap kelompok {}',
    any_value(next_cbg), any_value(kode_dpjp), min(los), array_to_string(list(DISTINCT facility_id ORDER BY facility_id), ', '), max(own_group_stays), any_value(next_group))
FROM judged GROUP BY next_sep
UNION ALL
SELECT nomor_sep, 'operated_on_own_clinic_referral', any_value(paid_amount), list(visit_sep ORDER BY visit_sep),
  format('Operation {} by doctor {}, who saw the patient {} day(s) before in the clinic of {} and referred him from there; that hospital billed {:.0f} stays of group {} itself',
    any_value(kode_inacbg), any_value(kode_dpjp), min(days_after), array_to_string(list(DISTINCT visit_facility ORDER BY visit_facility), ', '), max(own_group_stays), any_value(cbg_base)),
  format('Operasi {} oleh dokter {}, yang memeriksa pasien {} hari sebelumnya di poliklinik {} dan merujuknya dari sana; RS itu sendiri menagih {:.0f} rawat inap kelompok {}',
    any_value(kode_inacbg), any_value(kode_dpjp), min(days_after), array_to_string(list(DISTINCT visit_facility ORDER BY visit_facility), ', '), max(own_group_stays), any_value(cbg_base))
FROM clinic WHERE own_group_stays >= ${t.minOwnGroupStaysFromClinic} GROUP BY nomor_sep`;
}
