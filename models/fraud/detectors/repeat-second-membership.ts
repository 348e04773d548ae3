// REPEAT_BILLING across a duplicate membership (DOMAIN.md section 3): one person enrolled twice (a
// PBI card from the regency, a PPU card from the employer, the NIK's serial typed anew) holds two
// active cards, and a hospital bills one stay on each. Ingestion keys members by NIK, so the two
// cards are two members; the person is matched on what a second registration copies: birth date,
// sex and province of residence. Twins match on those too, but twins admitted together live in
// one household and sit on one family card (kartu keluarga); a duplicate registration does not.
import type { DetectorThreshold } from './types.js';
import { certain } from './types.js';

export const SECOND_MEMBERSHIP_THRESHOLDS = {
  secondMembershipMinAgeYears: {
    value: 1,
    source:
      'Newborns of one birth are admitted together before their family card lists them; from one year of age children of one birth are on their family card, so two cards of one birth date and sex on no common family card are not twins.',
  },
} satisfies Record<string, DetectorThreshold>;

export const SECOND_MEMBERSHIP_SIGNALS = {
  // certain: the same stay (facility, doctor, admission and discharge day, group, diagnoses and procedures) on two
  // cards of one birth date, sex and province, on no common family card: one person cannot be admitted twice at once
  same_stay_on_second_membership: certain(
    'The same stay billed again on a second membership of the same person',
    'Rawat inap yang sama ditagih lagi dengan kepesertaan kedua dari orang yang sama',
  ),
};

/**
 * SQL of the hits (HIT_COLUMNS): an inpatient stay matching another card's stay at the same
 * facility in everything the record of a stay holds (admission and discharge day, DPJP, CBG group,
 * the sorted diagnoses and procedures), the two members of one birth date, sex and province and
 * not on one family card. Only the later submission is the repeat; the bill may differ (the two
 * cards may carry different care classes), so it is not compared.
 */
export function secondMembershipSql(t: { readonly secondMembershipMinAgeYears: number }): string {
  return `
SELECT b.nomor_sep, 'same_stay_on_second_membership' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(o.nomor_sep ORDER BY o.nomor_sep) AS related_sep,
  format('Stay {} to {} at {} (DPJP {}, group {}, diagnoses {}) already billed as {} on another card of the same birth date, sex and province, on no common family card: one person under two memberships',
    strftime(any_value(b.tgl_masuk), '%Y-%m-%d'), strftime(any_value(b.tgl_pulang), '%Y-%m-%d'), b.facility_id, any_value(b.kode_dpjp), any_value(b.cbg_base),
    array_to_string(any_value(b.dx_list), ', '), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', ')) AS evidence_en,
  format('Rawat inap {} s.d. {} di {} (DPJP {}, kelompok {}, diagnosis {}) sudah ditagih sebagai {} dengan kartu lain bertanggal lahir, jenis kelamin dan provinsi sama, tanpa kartu keluarga bersama: satu orang dengan dua kepesertaan',
    strftime(any_value(b.tgl_masuk), '%Y-%m-%d'), strftime(any_value(b.tgl_pulang), '%Y-%m-%d'), b.facility_id, any_value(b.kode_dpjp), any_value(b.cbg_base),
    array_to_string(any_value(b.dx_list), ', '), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', ')) AS evidence_id
FROM fraud_claim_base b JOIN fraud_claim_base o
  ON o.facility_id = b.facility_id AND o.card_key <> b.card_key AND o.birth_date = b.birth_date AND o.sex = b.sex
 AND o.member_province = b.member_province AND o.jenis_rawat = 1
 AND o.tgl_masuk = b.tgl_masuk AND o.tgl_pulang = b.tgl_pulang AND o.kode_dpjp = b.kode_dpjp AND o.cbg_base = b.cbg_base
 AND list_sort(o.dx_list) = list_sort(b.dx_list) AND list_sort(o.px_list) = list_sort(b.px_list)
 -- children of one birth on one family card are twins, each with their own stay
 AND NOT coalesce(o.family_key = b.family_key, false)
WHERE b.jenis_rawat = 1 AND b.age >= ${t.secondMembershipMinAgeYears}
  AND (o.tgl_pengajuan < b.tgl_pengajuan OR (o.tgl_pengajuan = b.tgl_pengajuan AND o.nomor_sep < b.nomor_sep))
GROUP BY b.nomor_sep, b.facility_id`;
}
