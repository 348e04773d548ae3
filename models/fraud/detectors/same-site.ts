// One outpatient session billed twice (REPEAT_BILLING): at one facility under a second CBG group
// (the same card, day, doctor and bill; a stay likewise, over the same nights), or by two facilities at one site: a unit in a
// hospital's building, contracted under a code of its own, bills again sessions the hospital
// billed. The facilities table has coordinates but no address, so the site is read from them,
// and from the doctor: the same DPJP giving the same session to the same card on the same day
// at two facilities of one regency is one session, whichever code is on the claim.
import { distanceKmSql } from '../../../features/fraud/index.js';
import { rupiahSql } from './evidence-rupiah.js';

/**
 * SQL of the hits: same card and day, both outpatient, the same (non-empty) procedures for the
 * same clinical group (CBG group or ICD-10 category: a second contract may group the session its
 * own way), at two facilities within `sameSiteKm` of each other, or of one regency (kode PPK's
 * first four digits) under the same DPJP. A procedure session (dialysis, chemotherapy,
 * physiotherapy) is given once a day, so one of the two is the same session again; a
 * consultation without a procedure may honestly be followed by a referral next door, so it is
 * left out. Of the pair, the repeat is the claim at the facility where the card had fewer
 * sessions of the group over the look-back (its regular place is the other), then the later
 * submission.
 */
export function sameSiteSessionSql(sameSiteKm: number): string {
  const distance = distanceKmSql('b.latitude', 'b.longitude', 'o.latitude', 'o.longitude');
  return `
WITH twin AS (
  SELECT b.nomor_sep, b.facility_id, b.tgl_masuk, b.tgl_pengajuan, b.paid_amount, b.cbg_base, b.dx_category, b.px_list, b.kode_dpjp,
    o.nomor_sep AS other_sep, o.facility_id AS other_facility, o.tgl_pengajuan AS other_pengajuan, o.kode_dpjp AS other_dpjp,
    ${distance} AS distance_km
  FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
  WHERE b.jenis_rawat = 2 AND p.other_jenis_rawat = 2 AND p.other_masuk = b.tgl_masuk AND p.other_facility <> b.facility_id
    AND (p.other_cbg_base = b.cbg_base OR p.other_dx_category = b.dx_category) AND len(b.px_list) > 0 AND list_sort(o.px_list) = list_sort(b.px_list)
    AND (${distance} <= ${sameSiteKm} OR (o.kode_dpjp = b.kode_dpjp AND left(o.facility_id, 4) = left(b.facility_id, 4)))
),
-- the card's other sessions of the group at the claim's own facility over the look-back (fraud_card_pairs)
sessions AS (
  SELECT p.nomor_sep, count(*) FILTER (WHERE p.other_facility = b.facility_id AND (p.other_cbg_base = b.cbg_base OR p.other_dx_category = b.dx_category)) AS n
  FROM fraud_card_pairs p JOIN fraud_claim_base b USING (nomor_sep)
  WHERE p.nomor_sep IN (SELECT nomor_sep FROM twin) GROUP BY p.nomor_sep
)
SELECT t.nomor_sep, 'same_session_billed_at_same_site' AS signal, any_value(t.paid_amount) AS amount_at_risk, list(t.other_sep ORDER BY t.other_sep) AS related_sep,
  format('Same card, day ({}), clinical group ({}) and procedures {} already billed by {} ({}), {}{}; the card had {} earlier session(s) of the group here and {} there: one session billed twice',
    any_value(t.tgl_masuk), any_value(t.cbg_base) || ' / ' || any_value(t.dx_category), array_to_string(any_value(t.px_list), ', '), array_to_string(list(DISTINCT t.other_facility), ', '),
    array_to_string(list(t.other_sep ORDER BY t.other_sep), ', '),
    coalesce(format('{:.0f} m away', 1000 * min(t.distance_km)), 'a facility without coordinates'),
    CASE WHEN bool_or(t.other_dpjp = t.kode_dpjp) THEN ', by the same doctor' ELSE '' END, coalesce(any_value(s.n), 0), coalesce(max(so.n), 0)) AS evidence_en,
  format('Kartu, hari ({}), kelompok klinis ({}) dan tindakan {} yang sama sudah ditagih oleh {} ({}), {}{}; kartu ini punya {} sesi kelompok itu sebelumnya di sini dan {} di sana: satu sesi ditagih dua kali',
    any_value(t.tgl_masuk), any_value(t.cbg_base) || ' / ' || any_value(t.dx_category), array_to_string(any_value(t.px_list), ', '), array_to_string(list(DISTINCT t.other_facility), ', '),
    array_to_string(list(t.other_sep ORDER BY t.other_sep), ', '),
    coalesce(format('{:.0f} m jauhnya', 1000 * min(t.distance_km)), 'faskes tanpa koordinat'),
    CASE WHEN bool_or(t.other_dpjp = t.kode_dpjp) THEN ', oleh dokter yang sama' ELSE '' END, coalesce(any_value(s.n), 0), coalesce(max(so.n), 0)) AS evidence_id
FROM twin t LEFT JOIN sessions s ON s.nomor_sep = t.nomor_sep LEFT JOIN sessions so ON so.nomor_sep = t.other_sep
WHERE coalesce(s.n, 0) < coalesce(so.n, 0)
  OR (coalesce(s.n, 0) = coalesce(so.n, 0) AND (t.other_pengajuan < t.tgl_pengajuan OR (t.other_pengajuan = t.tgl_pengajuan AND t.other_sep < t.nomor_sep)))
GROUP BY t.nomor_sep`;
}

/**
 * SQL of the hits: the same card's outpatient visit at the same facility, day and doctor billed
 * again under another CBG group with a bill within `maxBillDifference` of the first (the same
 * group is same_episode_resubmitted's); visits whose SEP times do not overlap are two visits of
 * the day, so the times are read when both claims carry them. The later submission is the repeat.
 */
export function sameVisitOtherGroupSql(maxBillDifference: number): string {
  return `
SELECT b.nomor_sep, 'same_visit_billed_under_another_group' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(o.nomor_sep ORDER BY o.nomor_sep) AS related_sep,
  format('Visit of {} by doctor {} (group {}, bill {}) already billed as {} under group {} with a bill of {}', any_value(b.tgl_masuk), any_value(b.kode_dpjp),
    any_value(b.cbg_base), ${rupiahSql('any_value(b.billed_cost)')}, array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '), array_to_string(list(DISTINCT o.cbg_base), ', '), ${rupiahSql('max(o.billed_cost)')}),
  format('Kunjungan {} oleh dokter {} (kelompok {}, tagihan {}) sudah ditagih sebagai {} dengan kelompok {} dan tagihan {}', any_value(b.tgl_masuk), any_value(b.kode_dpjp),
    any_value(b.cbg_base), ${rupiahSql('any_value(b.billed_cost)')}, array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '), array_to_string(list(DISTINCT o.cbg_base), ', '), ${rupiahSql('max(o.billed_cost)')})
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 2 AND o.jenis_rawat = 2 AND o.facility_id = b.facility_id AND o.tgl_masuk = b.tgl_masuk AND o.kode_dpjp = b.kode_dpjp
  AND o.cbg_base <> b.cbg_base AND abs(o.billed_cost - b.billed_cost) <= ${maxBillDifference} * greatest(b.billed_cost, 1)
  AND coalesce(o.waktu_masuk < b.waktu_pulang AND b.waktu_masuk < o.waktu_pulang, true)
  AND (o.tgl_pengajuan < b.tgl_pengajuan OR (o.tgl_pengajuan = b.tgl_pengajuan AND o.nomor_sep < b.nomor_sep))
GROUP BY b.nomor_sep`;
}

/**
 * SQL of the hits: the same card's stay at the same facility billed again under another CBG group
 * (the same group is same_episode_resubmitted's): the two stays share a night, admission and
 * discharge within `dateToleranceDays`, and a diagnosis (the diagnoses reordered to group the stay
 * otherwise). A newborn billed on its mother's card shares none of her diagnoses. The later
 * submission is the repeat.
 */
export function sameStayOtherGroupSql(dateToleranceDays: number): string {
  return `
SELECT b.nomor_sep, 'same_stay_billed_under_another_group' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(o.nomor_sep ORDER BY o.nomor_sep) AS related_sep,
  format('Stay of {} to {} (group {}, diagnoses {}) already billed as {} under group {} for {} to {}', any_value(b.tgl_masuk), any_value(b.tgl_pulang),
    any_value(b.cbg_base), array_to_string(any_value(b.dx_list), ', '), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '),
    array_to_string(list(DISTINCT o.cbg_base), ', '), min(o.tgl_masuk), max(o.tgl_pulang)),
  format('Rawat inap {} s.d. {} (kelompok {}, diagnosis {}) sudah ditagih sebagai {} dengan kelompok {} untuk {} s.d. {}', any_value(b.tgl_masuk), any_value(b.tgl_pulang),
    any_value(b.cbg_base), array_to_string(any_value(b.dx_list), ', '), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '),
    array_to_string(list(DISTINCT o.cbg_base), ', '), min(o.tgl_masuk), max(o.tgl_pulang))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 1 AND o.jenis_rawat = 1 AND o.facility_id = b.facility_id AND o.cbg_base <> b.cbg_base
  AND o.tgl_masuk < b.tgl_pulang AND o.tgl_pulang > b.tgl_masuk
  AND abs(o.tgl_masuk - b.tgl_masuk) <= ${dateToleranceDays} AND abs(o.tgl_pulang - b.tgl_pulang) <= ${dateToleranceDays}
  AND list_has_any(o.dx_list, b.dx_list)
  AND (o.tgl_pengajuan < b.tgl_pengajuan OR (o.tgl_pengajuan = b.tgl_pengajuan AND o.nomor_sep < b.nomor_sep))
GROUP BY b.nomor_sep`;
}
