// Detectors that compare a claim with other episodes of the same card (repeat billing), of other
// patients at the same facility (the same episode or operation under another card; clones are in
// cloning.ts) or of the same site. Time is compared as intervals with tolerance windows, never as
// equal dates; clinical sameness as groups, never as equal codes. PHANTOM_BILLING is in
// phantom-billing.ts (re-exported here for its importers).
import { sameSiteSessionSql, sameStayOtherGroupSql, sameVisitOtherGroupSql } from './same-site.js';
import { otherSidesSql } from './unbundling-sides.js';
import { LENS_HISTORY_THRESHOLDS, lensPairsSql } from './lens-history.js';
import { SECOND_MEMBERSHIP_SIGNALS, SECOND_MEMBERSHIP_THRESHOLDS, secondMembershipSql } from './repeat-second-membership.js';
import { SESSION_STAY_SIGNALS, SESSION_STAY_THRESHOLDS, sessionBilledAsStaySql } from './repeat-session-stay.js';
import { OTHER_SIDE_REPEAT_SIGNALS, otherSideBilledAgainSql } from './repeat-other-side.js';
import { certain, defineDetector, suspicious } from './types.js';

export { PHANTOM_BILLING_DETECTOR } from './phantom-billing.js';

export const REPEAT_BILLING_DETECTOR = defineDetector({
  code: 'REPEAT_BILLING',
  nameId: 'Tagihan berulang',
  nameEn: 'Same claim billed twice',
  thresholds: {
    dateToleranceDays: {
      value: 2,
      source:
        'Assumption: a resubmission shifts admission and discharge by a day or two at most; further apart with no overlap it is another episode.',
    },
    maxBillDifference: {
      value: 0.05,
      source:
        'Assumption: a resubmitted episode whose stays do not overlap keeps its bill within 5%; an honest second episode of the same group differs more.',
    },
    resubmissionMinExtraLagDays: {
      value: 7,
      source:
        "Assumption: a resubmission is sent again after the original was (a later submission round), so counted from its own date it is submitted later than the original was from its own; outpatient visits of one card on different days submitted in turn, each after its own visit, are visits of a schedule (a haemodialysis unit's two or three sessions a week, a session moved by a holiday: red team RT-NM-DIALYSIS-81). Measured on 150,000 generated members: of 96 outpatient pairs a day or two apart with near-equal bills, 95 had the later one submitted 7 to 79 days later after its visit than the first was after its own (one -2).",
    },
    otherCardMinAgeYears: {
      value: 1,
      source:
        'Newborn twins share birth date, sex, facility and diagnoses; from one year of age the same episode under another card with all of these (and a near-equal bill: twins admitted together are billed for their own care) is a second card used for one stay.',
    },
    sameSiteMaxKm: {
      value: 0.3,
      source:
        'Assumption: a hospital campus with its annexes lies within 300 m; two facilities that close, or one doctor at two facilities of one regency, giving one card the same procedure session the same day are one session billed under two contracts (the facilities table has coordinates, not addresses).',
    },
    sameOperationMinAgeYears: {
      value: 18,
      source:
        'Assumption: children of one birth (twins) may be operated on together by one surgeon (circumcision, tonsillectomy booked for both); adults of one birth date and sex are not given the same operation by the same surgeon over the same days, so an adult stay that matches another card in all of these is one operation billed twice, whatever each card was billed (its care class may differ).',
    },
    ...LENS_HISTORY_THRESHOLDS,
    ...SECOND_MEMBERSHIP_THRESHOLDS,
    ...SESSION_STAY_THRESHOLDS,
  },
  signals: {
    same_episode_resubmitted: certain('The same episode billed again', 'Episode yang sama ditagih lagi'),
    same_episode_other_card: suspicious('The same episode billed under another card', 'Episode yang sama ditagih dengan kartu lain'),
    // certain: one person's operation under a second registration (another NIK, the same birth date and sex): identity
    // is matched on the person, since ingestion keys members by NIK and a duplicate registration has its own
    same_operation_other_card: certain(
      'The same operation billed under another card of the same person',
      'Operasi yang sama ditagih dengan kartu lain dari orang yang sama',
    ),
    // certain: a near-exact duplicate: one person cannot lie in two hospitals over the same days for
    // the same condition; a transfer touches (one stay ends the day the other starts), it does not overlap
    same_episode_other_facility: certain('The same stay billed by another facility', 'Rawat inap yang sama ditagih oleh faskes lain'),
    // certain: a doctor sees a patient once in one clinic visit; the same card, day, facility, doctor and bill (and,
    // when both SEPs carry them, the same hours) under a second group is the visit billed again, grouped to pass
    same_visit_billed_under_another_group: certain(
      'The same outpatient visit billed again under another group',
      'Kunjungan rawat jalan yang sama ditagih lagi dengan kelompok lain',
    ),
    // certain: one person lies in one bed of a hospital at a time; a second stay of the card there over the same nights,
    // for a diagnosis the first also carries, is that stay grouped again (a newborn on its mother's card shares none)
    same_stay_billed_under_another_group: certain(
      'The same stay billed again under another group',
      'Rawat inap yang sama ditagih lagi dengan kelompok lain',
    ),
    ...SECOND_MEMBERSHIP_SIGNALS,
    // a chemotherapy session billed as a visit and again as a stay admitted that day (repeat-session-stay.ts)
    ...SESSION_STAY_SIGNALS,
    // one operation's claim sent again, out of turn, as the other side's (repeat-other-side.ts)
    ...OTHER_SIDE_REPEAT_SIGNALS,
    // certain: an eye's lens is removed once; a second extraction on the same side by the same hospital, within the
    // time a claim can be resubmitted, is the first billed again (another hospital's: PHANTOM_BILLING, lens-history.ts)
    lens_removed_twice_same_eye: certain(
      'Cataract extraction billed twice for the same eye',
      'Ekstraksi katarak ditagih dua kali untuk mata yang sama',
    ),
    // certain: a procedure session (dialysis, chemotherapy, physiotherapy) is given once a day; the same one
    // billed by a second facility at the same site (same-site.ts) is the first billed again
    same_session_billed_at_same_site: certain(
      'The same outpatient session billed by a second facility at the same site',
      'Sesi rawat jalan yang sama ditagih oleh faskes kedua di lokasi yang sama',
    ),
  },
  // Same card, facility, setting and CBG group (any severity): stays that overlap, or dates
  // within the tolerance with a near-equal bill. The later submission is the repeat.
  sql: (t) => `
SELECT b.nomor_sep, 'same_episode_resubmitted' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(p.other_sep) AS related_sep,
  format('Same card, facility and CBG group {} already billed for {} to {} as {}', any_value(b.cbg_base), any_value(b.tgl_masuk), any_value(b.tgl_pulang), array_to_string(list(p.other_sep), ', ')) AS evidence_en,
  format('Kartu, faskes dan kelompok CBG {} yang sama sudah ditagih untuk {} s.d. {} sebagai {}', any_value(b.cbg_base), any_value(b.tgl_masuk), any_value(b.tgl_pulang), array_to_string(list(p.other_sep), ', ')) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE p.other_facility = b.facility_id AND p.other_cbg_base = b.cbg_base AND p.other_jenis_rawat = b.jenis_rawat
  -- the same operation on the other side of a paired organ is another service (split from one session: UNBUNDLING)
  AND NOT ${otherSidesSql('b', 'o')}
  AND ((b.jenis_rawat = 1 AND p.other_masuk < b.tgl_pulang AND p.other_pulang > b.tgl_masuk)
       OR (p.other_masuk = b.tgl_masuk AND p.other_pulang = b.tgl_pulang)
       OR (abs(p.other_masuk - b.tgl_masuk) <= ${t.dateToleranceDays} AND abs(p.other_pulang - b.tgl_pulang) <= ${t.dateToleranceDays}
           AND abs(p.other_billed_cost - b.billed_cost) <= ${t.maxBillDifference} * greatest(b.billed_cost, 1)
           -- outpatient visits on different days: a resubmission only when sent out of turn, after the first was
           AND (b.jenis_rawat = 1 OR (b.tgl_pengajuan - b.tgl_pulang) - (p.other_pengajuan - p.other_pulang) >= ${t.resubmissionMinExtraLagDays})))
  AND (p.other_pengajuan < b.tgl_pengajuan OR (p.other_pengajuan = b.tgl_pengajuan AND p.other_sep < b.nomor_sep))
GROUP BY b.nomor_sep
UNION ALL
-- the same card's stay for the same clinical group at another facility, whatever the distance: overlapping by a night
-- or more, with admission and discharge within the resubmission tolerance (a stay that merely overlaps is PHANTOM_BILLING's
-- distant overlap, or a data error)
SELECT b.nomor_sep, 'same_episode_other_facility', any_value(b.paid_amount), list(p.other_sep),
  format('Same card already billed by {} for a stay of clinical group {} / {} overlapping {} to {} ({})', array_to_string(list(DISTINCT p.other_facility), ', '), any_value(b.cbg_base), any_value(b.dx_category), any_value(b.tgl_masuk), any_value(b.tgl_pulang), array_to_string(list(p.other_sep), ', ')),
  format('Kartu yang sama sudah ditagih oleh {} untuk rawat inap kelompok klinis {} / {} yang tumpang tindih {} s.d. {} ({})', array_to_string(list(DISTINCT p.other_facility), ', '), any_value(b.cbg_base), any_value(b.dx_category), any_value(b.tgl_masuk), any_value(b.tgl_pulang), array_to_string(list(p.other_sep), ', '))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility <> b.facility_id
  AND p.other_masuk < b.tgl_pulang AND p.other_pulang > b.tgl_masuk AND (p.other_cbg_base = b.cbg_base OR p.other_dx_category = b.dx_category)
  AND abs(p.other_masuk - b.tgl_masuk) <= ${t.dateToleranceDays} AND abs(p.other_pulang - b.tgl_pulang) <= ${t.dateToleranceDays}
  AND (p.other_pengajuan < b.tgl_pengajuan OR (p.other_pengajuan = b.tgl_pengajuan AND p.other_sep < b.nomor_sep))
GROUP BY b.nomor_sep
UNION ALL
SELECT b.nomor_sep, 'same_episode_other_card', any_value(b.paid_amount), list(o.nomor_sep),
  format('Card of the same birth date and sex billed {} at {} for {} (diagnosis group {}) within {} days', array_to_string(list(o.nomor_sep), ', '), b.facility_id, any_value(o.tgl_masuk), b.dx_category, ${t.dateToleranceDays}),
  format('Kartu dengan tanggal lahir dan jenis kelamin sama menagih {} di {} untuk {} (kelompok diagnosis {}) dalam {} hari', array_to_string(list(o.nomor_sep), ', '), b.facility_id, any_value(o.tgl_masuk), b.dx_category, ${t.dateToleranceDays})
FROM fraud_claim_base b JOIN fraud_claim_base o
  ON o.facility_id = b.facility_id AND o.birth_date = b.birth_date AND o.sex = b.sex AND o.card_key <> b.card_key
 AND o.jenis_rawat = b.jenis_rawat AND o.dx_category = b.dx_category
 AND abs(o.tgl_masuk - b.tgl_masuk) <= ${t.dateToleranceDays} AND abs(o.tgl_pulang - b.tgl_pulang) <= ${t.dateToleranceDays}
 AND abs(o.billed_cost - b.billed_cost) <= ${t.maxBillDifference} * greatest(b.billed_cost, 1)
WHERE b.age >= ${t.otherCardMinAgeYears}
  AND (o.tgl_pengajuan < b.tgl_pengajuan OR (o.tgl_pengajuan = b.tgl_pengajuan AND o.nomor_sep < b.nomor_sep))
GROUP BY b.nomor_sep, b.facility_id, b.dx_category
UNION ALL
-- an operation (a procedural CBG with a surgical fee) matched across cards on the person: birth date and sex, the
-- same facility, surgeon, CBG group and procedures, admission and discharge within the tolerance; the later submission
SELECT b.nomor_sep, 'same_operation_other_card', any_value(b.paid_amount), list(o.nomor_sep ORDER BY o.nomor_sep),
  format('Another card of the same birth date and sex was billed {} at {} for the same operation ({}, CBG group {}) by surgeon {} on {} to {}',
    array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '), b.facility_id, array_to_string(any_value(b.px_list), ', '), any_value(b.cbg_base), any_value(b.kode_dpjp), min(o.tgl_masuk), max(o.tgl_pulang)),
  format('Kartu lain dengan tanggal lahir dan jenis kelamin sama ditagih {} di {} untuk operasi yang sama ({}, kelompok CBG {}) oleh dokter bedah {} pada {} s.d. {}',
    array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '), b.facility_id, array_to_string(any_value(b.px_list), ', '), any_value(b.cbg_base), any_value(b.kode_dpjp), min(o.tgl_masuk), max(o.tgl_pulang))
FROM fraud_claim_base b JOIN fraud_claim_base o
  ON o.facility_id = b.facility_id AND o.birth_date = b.birth_date AND o.sex = b.sex AND o.card_key <> b.card_key
 AND o.kode_dpjp = b.kode_dpjp AND o.cbg_base = b.cbg_base AND list_sort(o.px_list) = list_sort(b.px_list)
 AND abs(o.tgl_masuk - b.tgl_masuk) <= ${t.dateToleranceDays} AND abs(o.tgl_pulang - b.tgl_pulang) <= ${t.dateToleranceDays}
WHERE b.age >= ${t.sameOperationMinAgeYears} AND split_part(b.kode_inacbg, '-', 2) IN ('1', '2') AND b.tarif_prosedur_bedah > 0 AND o.tarif_prosedur_bedah > 0
  AND (o.tgl_pengajuan < b.tgl_pengajuan OR (o.tgl_pengajuan = b.tgl_pengajuan AND o.nomor_sep < b.nomor_sep))
GROUP BY b.nomor_sep, b.facility_id
UNION ALL
SELECT * FROM (${sameVisitOtherGroupSql(t.maxBillDifference)})
UNION ALL
SELECT * FROM (${sameStayOtherGroupSql(t.dateToleranceDays)})
UNION ALL
-- a lens extraction (ICD-9-CM 13.1-13.5) on a side (lateralitas R, L or B: both) the same hospital already
-- operated for the card within the resubmission window; from another hospital it is PHANTOM_BILLING's (lens-history.ts)
SELECT nomor_sep, 'lens_removed_twice_same_eye', any_value(paid_amount), list(other_sep ORDER BY other_masuk),
  format('Lens extraction on side {} billed again: {} of the same card at this hospital already removed the lens of that eye', array_to_string(any_value(sides), '+'), array_to_string(list(other_sep ORDER BY other_masuk), ', ')),
  format('Ekstraksi lensa sisi {} ditagih lagi: {} dari kartu yang sama di RS ini sudah mengangkat lensa mata itu', array_to_string(any_value(sides), '+'), array_to_string(list(other_sep ORDER BY other_masuk), ', '))
FROM (${lensPairsSql(t.lensResubmissionMaxDays)}) p WHERE resubmitted
GROUP BY nomor_sep
UNION ALL
SELECT * FROM (${sameSiteSessionSql(t.sameSiteMaxKm)})
UNION ALL
SELECT * FROM (${secondMembershipSql(t)})
UNION ALL
SELECT * FROM (${sessionBilledAsStaySql(t)})
UNION ALL
SELECT * FROM (${otherSideBilledAgainSql(t)})`,
});
