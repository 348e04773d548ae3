// PHANTOM_BILLING: a service never given. A claim compared with the member's death, the SEP's
// issue date, the card's other episodes at distant facilities, the doctor's day and the clinic
// calendar. Time is compared as
// intervals with tolerance windows, never as equal dates, and by the SEP's hours where both
// claims carry them (sep-times.ts).
import { distanceKmSql } from '../../../features/fraud/index.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { newbornWithoutMotherSql } from './household.js';
import { clinicServiceOnClosedDaySql, excessSql } from './patterns.js';
import { PEER_NORMS_TABLE } from './peers.js';
import { LENS_HISTORY_THRESHOLDS, LENS_PHANTOM_SIGNALS, lensAlreadyRemovedSql } from './lens-history.js';
import { PRIMARY_CARE_SIGNALS, PRIMARY_CARE_THRESHOLDS, stayAtPrimaryCareSql } from './phantom-primary-care.js';
import { PRIMARY_CARE_PRESENCE_SIGNALS, primaryCarePresenceSql } from './phantom-primary-care-presence.js';
import { PHANTOM_TIME_SIGNALS, PHANTOM_TIME_THRESHOLDS, nightClinicVisitsSql, operationsStartedTogetherSql } from './phantom-times.js';
import { PAIR_SUSPECT_THRESHOLDS } from './pair-suspect.js';
import { distantFacilityOverlapSql } from './phantom-distant.js';
import { FAMILY_COMPANION_SIGNALS, FAMILY_COMPANION_THRESHOLDS, familyCompanionsSql } from './phantom-family-companions.js';
import { doctorSameHoursSql, visitInsideStaySql } from './sep-times.js';
import { certain, defineDetector, suspicious } from './types.js';

/**
 * SQL: a surgeon's operations (a procedural CBG with a surgical fee) with the count of the day's at the facility,
 * only the columns the distant-facility signal reads: the window sorts what it carries, and all of the claim base's
 * columns (lists, texts) made it the detector's costliest step.
 */
const SURGEON_DAY = `(SELECT nomor_sep, kode_dpjp, tgl_masuk, facility_id, latitude, longitude, paid_amount,
        count(*) OVER (PARTITION BY kode_dpjp, tgl_masuk, facility_id) AS day_operations
      FROM fraud_claim_base WHERE split_part(kode_inacbg, '-', 2) IN ('1', '2') AND tarif_prosedur_bedah > 0)`;

export const PHANTOM_BILLING_DETECTOR = defineDetector({
  code: 'PHANTOM_BILLING',
  nameId: 'Klaim atas layanan yang tidak pernah diberikan',
  nameEn: 'Phantom billing: service never given',
  thresholds: {
    distantFacilityKm: {
      value: 500,
      source:
        'Assumption: two facilities 500 km apart cannot both treat one person during the same days (DOMAIN.md: one card at two distant facilities the same day).',
    },
    sepWindowWorkingDays: {
      value: 3,
      source:
        'BPJS Kesehatan: the SEP is issued at admission; for an emergency admission it may follow within 3 x 24 hours on working days (Peraturan BPJS Kesehatan 1/2018 on emergency care). A SEP issued after the visit ended and beyond that window was written for a claim, not for care.',
    },
    minDoctorDailyOutpatients: {
      value: 40,
      source:
        'Assumption: an 8-hour clinic day at 12 minutes a patient is 40 outpatients; fewer is within what one doctor can see, whatever the peers do.',
    },
    doctorVolumePeerMultiple: {
      value: 5,
      source:
        "Assumption: five times the 90th percentile of doctors' daily outpatient claims nationally (fraud_peer_norms) is beyond a busy clinic.",
    },
    travelOverheadHours: {
      value: 3,
      source:
        'Assumption: a flight between Indonesian cities needs about three hours door to door besides the flight (to the airport, check-in an hour before, from the arrival airport); the SEP times of two claims must leave at least that plus the flight.',
    },
    travelKmPerHour: {
      value: 700,
      source:
        'Assumption: a domestic jet covers about 700 km an hour gate to gate (Makassar-Jakarta, 1,400 km, is scheduled at 2 h 20 min with taxiing). With travelOverheadHours, two claims whose SEP times leave less than that cannot both be the same person.',
    },
    doctorOverlapMinVisits: {
      value: 3,
      source:
        "Assumption: one patient registered early or waiting for the pharmacy stretches a clinic session's hours; three visits of each of two facilities inside the other's hours are sessions held at once, not a stretched one.",
    },
    doctorSameSiteKm: {
      value: 0.3,
      source:
        "REPEAT_BILLING's sameSiteMaxKm: facilities within 300 m may be one campus with its annexes, where a doctor walks between clinics in one session.",
    },
    distantDoctorKm: {
      value: 300,
      source:
        'Assumption: one doctor cannot attend patients at two facilities 300 km apart on the same day (a practice licence allows up to three places, Permenkes 2052/2011, in practice near each other).',
    },
    distantSurgeonKm: {
      value: 200,
      source:
        'Assumption: an operation needs its surgeon in theatre; 200 km is four to five hours by road in Indonesia (40-50 km/h outside toll roads), so two operating lists that far apart cannot both be done in one day, while a surgeon may operate in the next city in the afternoon (Permenkes 2052/2011: up to three practice places, in practice near each other).',
    },
    closedDayMinClaims: { value: 3, source: 'Assumption: fewer than three closed-day sessions at a provider is no pattern to judge.' },
    closedDayExcessRatio: {
      value: 2,
      source:
        "Assumption: outpatient clinics are closed on Sundays and national holidays; twice every other facility's share of planned clinic services on those days is a billing pattern, not a clinic's occasional extra day.",
    },
    closedDayExcessZ: { value: 3, source: 'Poisson test of observed against expected closed-day services: z >= 3 (one-sided p ~ 0.001).' },
    sameEpisodeToleranceDays: {
      value: 2,
      source:
        "REPEAT_BILLING's dateToleranceDays: overlapping stays of one clinical group with both dates within it are one episode billed twice, named once, by REPEAT_BILLING (same_episode_other_facility).",
    },
    deathToleranceDays: {
      value: 0,
      source: 'Assumption: a stay may end on the day of death; any service starting after it cannot have been given to the member.',
    },
    stayTimeToleranceHours: {
      value: 1,
      source:
        "Assumption: SEP times are written at registration and closing, not at the bedside; an hour either side of a stay's admission and discharge times allows for the desk, so a visit inside the stay's times by more than that was made from the ward.",
    },
    newbornDeliveryToleranceDays: {
      value: 2,
      source:
        "Assumption: a baby's registered birth date and its mother's delivery stay agree within two days (a birth date written on registration days later, a stay admitted the day before labour).",
    },
    // the hours a claim carries: clinic visits registered at night, operations started together (phantom-times.ts)
    ...PHANTOM_TIME_THRESHOLDS,
    ...LENS_HISTORY_THRESHOLDS,
    ...PRIMARY_CARE_THRESHOLDS,
    ...FAMILY_COMPANION_THRESHOLDS,
    // which half of a distant overlapping pair is the suspect (pair-suspect.ts)
    ...PAIR_SUSPECT_THRESHOLDS,
  },
  signals: {
    ...PHANTOM_TIME_SIGNALS,
    // the card at its FKTP in the middle of the stay, at a hospital where this is a practice (phantom-primary-care.ts)
    ...PRIMARY_CARE_SIGNALS,
    // the card in person at an FKTP on a day of the claim: a PRB control mid-stay, a healthy visit in another regency (phantom-primary-care-presence.ts)
    ...PRIMARY_CARE_PRESENCE_SIGNALS,
    // family-card members billed beside a relative's referred visit on letters no P-Care visit wrote (phantom-family-companions.ts)
    ...FAMILY_COMPANION_SIGNALS,
    // an eye's lens extracted again where no resubmission explains it (lens-history.ts)
    ...LENS_PHANTOM_SIGNALS,
    service_after_death: certain('Service after the member died', 'Layanan setelah peserta meninggal'),
    // certain: a stay the member is discharged from alive after the registered date of death
    discharged_after_death: certain('Discharged alive after the member died', 'Dipulangkan hidup setelah peserta meninggal'),
    service_after_death_episode: certain(
      'Service after an episode that ended in death',
      'Layanan setelah episode yang berakhir dengan kematian',
    ),
    sep_after_discharge: suspicious(
      'SEP issued after the visit, beyond the emergency window',
      'SEP terbit setelah pelayanan, melewati batas gawat darurat',
    ),
    // certain: one person cannot be at both; named on the suspect half (phantom-distant.ts: the facility beyond reach of
    // the card's home or outside its province, the one it uses less, the claim billed after the other was paid), both
    // where nothing tells
    distant_facility_overlap: certain(
      'Same card at a distant facility during the same days',
      'Kartu yang sama di faskes yang jauh pada hari yang sama',
    ),
    // certain: one person cannot lie in two hospitals on the same night, however near; a transfer touches
    // (one stay ends the day the other starts), it does not overlap
    overlapping_inpatient_stays: certain(
      'Same card an inpatient at another facility on the same nights',
      'Kartu yang sama dirawat inap di faskes lain pada malam yang sama',
    ),
    // suspicious: a clinic may open on a Sunday now and then; a provider billing planned clinic services on closed
    // days far above every other facility's share names those claims
    // certain: a card lying in a ward cannot attend a clinic session elsewhere; a service the ward's hospital
    // sends out for is part of its INA-CBG package (a partial referral), not a claim of its own
    outpatient_visit_during_stay_elsewhere: certain(
      'Outpatient visit billed while the card lay as an inpatient at another facility',
      'Kunjungan rawat jalan ditagih saat kartu yang sama dirawat inap di faskes lain',
    ),
    closed_day_clinic_services_at_provider: suspicious(
      'Planned clinic services billed on Sundays and national holidays far above other facilities',
      'Layanan poliklinik terjadwal ditagih pada hari Minggu dan libur nasional jauh di atas faskes lain',
    ),
    impossible_doctor_volume: suspicious(
      'Daily outpatient volume of the doctor far above peers',
      'Volume rawat jalan harian dokter jauh di atas pembanding',
    ),
    doctor_at_distant_facilities: suspicious(
      'Doctor billing at distant facilities the same day',
      'Dokter menagih di faskes yang berjauhan pada hari yang sama',
    ),
    // suspicious: outpatient SEP times are registration and closing times, not the consultation itself; only several
    // visits of each of two sessions inside the other's hours say the doctor was billed at both at once
    doctor_at_several_facilities_same_hours: suspicious(
      'Doctor billed for clinics at several facilities in the same hours',
      'Dokter ditagihkan praktik poliklinik di beberapa faskes pada jam yang sama',
    ),
    surgeon_operating_at_distant_facilities: suspicious(
      'Surgeon billed for operations at distant facilities the same day',
      'Dokter bedah ditagihkan operasi di faskes yang berjauhan pada hari yang sama',
    ),
    // suspicious: a family card re-issued after the birth, a foundling or an uninsured mother explain one such
    // baby; a hospital billing many (household.ts) is the pattern
    newborn_without_mother_or_delivery: suspicious(
      'Newborn whose family card holds no possible mother and whose family had no delivery billed',
      'Bayi baru lahir yang Kartu Keluarganya tidak memuat calon ibu dan tidak ada persalinan keluarga yang ditagihkan',
    ),
  },
  sql: (t, src) => `
SELECT nomor_sep, 'service_after_death' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Admitted on {}, {} days after the member died on {}', tgl_masuk, tgl_masuk - death_date, death_date) AS evidence_en,
  format('Masuk {}, {} hari setelah peserta meninggal pada {}', tgl_masuk, tgl_masuk - death_date, death_date) AS evidence_id
FROM fraud_claim_base WHERE tgl_masuk > death_date + ${t.deathToleranceDays}
UNION ALL
-- services during a death: a stay admitted before the registered death that goes on past it and ends other than in death
SELECT nomor_sep, 'discharged_after_death', paid_amount, []::VARCHAR[],
  format('Admitted {}, the member died on {}, yet discharged {} days later on {} with discharge status {} (not death)', tgl_masuk, death_date, tgl_pulang - death_date, tgl_pulang, discharge_status),
  format('Masuk {}, peserta meninggal pada {}, namun dipulangkan {} hari kemudian pada {} dengan status pulang {} (bukan meninggal)', tgl_masuk, death_date, tgl_pulang - death_date, tgl_pulang, discharge_status)
FROM fraud_claim_base WHERE tgl_masuk <= death_date + ${t.deathToleranceDays} AND tgl_pulang > death_date + ${t.deathToleranceDays} AND discharge_status <> 4
UNION ALL
SELECT b.nomor_sep, 'service_after_death_episode', any_value(b.paid_amount), list(p.other_sep),
  format('Admitted on {} after {} ended with the member''s death on {}', any_value(b.tgl_masuk), array_to_string(list(p.other_sep), ', '), min(p.other_pulang)),
  format('Masuk {} setelah {} berakhir dengan kematian peserta pada {}', any_value(b.tgl_masuk), array_to_string(list(p.other_sep), ', '), min(p.other_pulang))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE p.other_discharge_status = 4 AND b.tgl_masuk > p.other_pulang + ${t.deathToleranceDays}
  AND NOT (b.tgl_masuk > coalesce(b.death_date, DATE '9999-12-31') + ${t.deathToleranceDays})
GROUP BY b.nomor_sep
UNION ALL
SELECT nomor_sep, 'sep_after_discharge', paid_amount, []::VARCHAR[],
  format('SEP issued {} on {}, {} working days after admission on {} and after the visit ended on {} (emergency window: {} working days)', tgl_sep, tgl_sep, sep_delay_working_days, tgl_masuk, tgl_pulang, ${t.sepWindowWorkingDays}),
  format('SEP terbit {} pada {}, {} hari kerja setelah masuk {} dan setelah pelayanan berakhir {} (batas gawat darurat: {} hari kerja)', tgl_sep, tgl_sep, sep_delay_working_days, tgl_masuk, tgl_pulang, ${t.sepWindowWorkingDays})
FROM fraud_claim_base WHERE tgl_sep > tgl_pulang AND sep_delay_working_days > ${t.sepWindowWorkingDays}
UNION ALL
-- one card at distant facilities during the same days, named on the suspect half (phantom-distant.ts)
SELECT * FROM (${distantFacilityOverlapSql(t, src)})
UNION ALL
-- Inpatient stays of one card at two facilities that share a night, nearer than the distant-facility
-- distance (beyond it distant_facility_overlap names them); named outside the member's province, else on the later bill. One
-- stay billed by both (the same clinical group and dates) is REPEAT_BILLING's.
SELECT b.nomor_sep, 'overlapping_inpatient_stays', any_value(b.paid_amount), list(p.other_sep ORDER BY p.other_sep),
  format('Inpatient at {} from {} to {} while an inpatient at {} ({}): {} night(s) in both, {:.0f} km apart', any_value(b.facility_id), any_value(b.tgl_masuk), any_value(b.tgl_pulang),
    array_to_string(list(DISTINCT p.other_facility ORDER BY p.other_facility), ', '), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), max(least(p.other_pulang, b.tgl_pulang) - greatest(p.other_masuk, b.tgl_masuk)), max(p.distance_km)),
  format('Dirawat inap di {} dari {} s.d. {} sementara dirawat inap di {} ({}): {} malam di keduanya, {:.0f} km jauhnya', any_value(b.facility_id), any_value(b.tgl_masuk), any_value(b.tgl_pulang),
    array_to_string(list(DISTINCT p.other_facility ORDER BY p.other_facility), ', '), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), max(least(p.other_pulang, b.tgl_pulang) - greatest(p.other_masuk, b.tgl_masuk)), max(p.distance_km))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility <> b.facility_id AND p.distance_km <= ${t.distantFacilityKm}
  AND p.other_masuk < b.tgl_pulang AND p.other_pulang > b.tgl_masuk
  AND NOT ((p.other_cbg_base = b.cbg_base OR p.other_dx_category = b.dx_category)
           AND abs(p.other_masuk - b.tgl_masuk) <= ${t.sameEpisodeToleranceDays} AND abs(p.other_pulang - b.tgl_pulang) <= ${t.sameEpisodeToleranceDays})
  AND ((b.facility_province IS DISTINCT FROM b.member_province AND p.other_in_member_province)
       OR ((b.facility_province IS DISTINCT FROM b.member_province) = (NOT p.other_in_member_province)
           AND (p.other_pengajuan < b.tgl_pengajuan OR (p.other_pengajuan = b.tgl_pengajuan AND p.other_sep < b.nomor_sep))))
GROUP BY b.nomor_sep
UNION ALL
-- an outpatient visit at one facility on a day strictly inside an inpatient stay at another (after the admission
-- day, before the discharge day, when the patient is in the ward whatever the hours; on those days too when both
-- SEPs carry times and the visit's lie inside the stay's, sep-times.ts), nearer than the distant-
-- facility distance (beyond it distant_facility_overlap names it). Care the ward's hospital sends out for is
-- paid in its INA-CBG package (Permenkes 3/2023: the package covers all services of the episode), so the
-- outpatient claim is a session never attended or one billed twice
SELECT b.nomor_sep, 'outpatient_visit_during_stay_elsewhere', any_value(b.paid_amount), list(p.other_sep ORDER BY p.other_sep),
  format('Outpatient {} at {} on {} while an inpatient at {} ({}, {} to {}), {:.0f} km away', any_value(b.kode_inacbg), any_value(b.facility_id), any_value(b.tgl_masuk),
    array_to_string(list(DISTINCT p.other_facility ORDER BY p.other_facility), ', '), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), min(p.other_masuk), max(p.other_pulang), max(p.distance_km)),
  format('Rawat jalan {} di {} pada {} sementara dirawat inap di {} ({}, {} s.d. {}), {:.0f} km jauhnya', any_value(b.kode_inacbg), any_value(b.facility_id), any_value(b.tgl_masuk),
    array_to_string(list(DISTINCT p.other_facility ORDER BY p.other_facility), ', '), array_to_string(list(p.other_sep ORDER BY p.other_sep), ', '), min(p.other_masuk), max(p.other_pulang), max(p.distance_km))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 2 AND p.other_jenis_rawat = 1 AND p.other_facility <> b.facility_id AND p.distance_km <= ${t.distantFacilityKm}
  AND ((p.other_masuk < b.tgl_masuk AND p.other_pulang > b.tgl_masuk) OR coalesce(${visitInsideStaySql('b', 'o', t.stayTimeToleranceHours)}, false))
GROUP BY b.nomor_sep
UNION ALL
-- planned clinic services (rehabilitation, follow-up) on days clinics are closed, at a provider whose share of
-- them is far above every other facility's (fraud_provider_distribution): the claims are the evidence of the pattern
SELECT b.nomor_sep, 'closed_day_clinic_services_at_provider', b.paid_amount, []::VARCHAR[],
  format('Outpatient {} ({}) billed on {} {}, a day outpatient clinics are closed; {} billed {} of its planned clinic services on closed days where the share of other facilities gives {:.1f}',
    b.kode_inacbg, array_to_string(b.dx_list || b.px_list, ', '), CASE WHEN isodow(b.tgl_masuk) = 7 THEN 'Sunday' ELSE 'national holiday' END, b.tgl_masuk,
    b.facility_id, d.closed_day_observed, d.closed_day_expected),
  format('Rawat jalan {} ({}) ditagih pada {} {}, hari poliklinik tutup; {} menagih {} layanan poliklinik terjadwal pada hari tutup, sedangkan proporsi faskes lain memberi {:.1f}',
    b.kode_inacbg, array_to_string(b.dx_list || b.px_list, ', '), CASE WHEN isodow(b.tgl_masuk) = 7 THEN 'hari Minggu' ELSE 'hari libur nasional' END, b.tgl_masuk,
    b.facility_id, d.closed_day_observed, d.closed_day_expected)
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE ${clinicServiceOnClosedDaySql('b')}
  AND ${excessSql('d.closed_day_observed', 'd.closed_day_expected', { minClaims: t.closedDayMinClaims, ratio: t.closedDayExcessRatio, z: t.closedDayExcessZ })}
UNION ALL
-- a doctor's outpatient claims on one day, across facilities, against the national norm
SELECT v.nomor_sep, 'impossible_doctor_volume', round(v.paid_amount * (1 - v.volume_limit / v.n), -2)::BIGINT, []::VARCHAR[],
  format('Doctor {} billed {} outpatient claims on {} at {} facility(ies); the limit is {:.0f} ({}x the national 90th percentile {:.0f}, at least {})',
    v.kode_dpjp, v.n, v.tgl_masuk, v.facilities, v.volume_limit, ${t.doctorVolumePeerMultiple}, v.p90, ${t.minDoctorDailyOutpatients}),
  format('Dokter {} menagih {} klaim rawat jalan pada {} di {} faskes; batasnya {:.0f} ({}x persentil 90 nasional {:.0f}, minimal {})',
    v.kode_dpjp, v.n, v.tgl_masuk, v.facilities, v.volume_limit, ${t.doctorVolumePeerMultiple}, v.p90, ${t.minDoctorDailyOutpatients})
-- the doctor's day counted once by grouping and joined back where it is over the limit: a window over the claims
-- carried every column of the claim base through its sort (with SURGEON_DAY: 0.64 -> 0.53 CPU s at 170,896 claims)
FROM (SELECT b.nomor_sep, b.paid_amount, b.kode_dpjp, b.tgl_masuk, d.n, d.facilities, d.p90, d.volume_limit
      FROM (SELECT x.kode_dpjp, x.tgl_masuk, count(*) AS n, count(DISTINCT x.facility_id) AS facilities, any_value(g.doctor_daily_outpatient_p90) AS p90,
              any_value(greatest(${t.minDoctorDailyOutpatients}, ${t.doctorVolumePeerMultiple} * g.doctor_daily_outpatient_p90)) AS volume_limit
            FROM fraud_claim_base x CROSS JOIN ${PEER_NORMS_TABLE} g WHERE x.jenis_rawat = 2 GROUP BY x.kode_dpjp, x.tgl_masuk) d
      JOIN fraud_claim_base b ON b.jenis_rawat = 2 AND b.kode_dpjp IS NOT DISTINCT FROM d.kode_dpjp AND b.tgl_masuk IS NOT DISTINCT FROM d.tgl_masuk
      WHERE d.n > d.volume_limit) v
UNION ALL
-- links: the same doctor on the same day at facilities too far apart to attend both
SELECT b.nomor_sep, 'doctor_at_distant_facilities', any_value(b.paid_amount), list(DISTINCT o.nomor_sep ORDER BY o.nomor_sep)[1:10],
  format('Doctor {} also billed {} claim(s) on {} at {}, {:.0f} km away', any_value(b.kode_dpjp), count(DISTINCT o.nomor_sep), any_value(b.tgl_masuk), array_to_string(list(DISTINCT o.facility_id ORDER BY o.facility_id), ', '), max(${distanceKmSql('b.latitude', 'b.longitude', 'o.latitude', 'o.longitude')})),
  format('Dokter {} juga menagih {} klaim pada {} di {}, {:.0f} km jauhnya', any_value(b.kode_dpjp), count(DISTINCT o.nomor_sep), any_value(b.tgl_masuk), array_to_string(list(DISTINCT o.facility_id ORDER BY o.facility_id), ', '), max(${distanceKmSql('b.latitude', 'b.longitude', 'o.latitude', 'o.longitude')}))
FROM fraud_claim_base b JOIN fraud_claim_base o ON o.kode_dpjp = b.kode_dpjp AND o.tgl_masuk = b.tgl_masuk AND o.facility_id <> b.facility_id
WHERE ${distanceKmSql('b.latitude', 'b.longitude', 'o.latitude', 'o.longitude')} > ${t.distantDoctorKm}
  -- both sides are named: which place the doctor was not at is for the audit to find (arrival sees only that day's claims)
GROUP BY b.nomor_sep
UNION ALL
SELECT * FROM (${doctorSameHoursSql(t.doctorSameSiteKm, t.doctorOverlapMinVisits)})
UNION ALL
-- links: the same surgeon billed for operations (a procedural CBG with a surgical fee) on the same day at facilities
-- too far apart for two operating lists; named on the side where the surgeon has fewer of the day's operations
-- (both sides when equal): a borrowed name is lent for a few claims, the surgeon's own list is where the surgeon was
SELECT b.nomor_sep, 'surgeon_operating_at_distant_facilities', any_value(b.paid_amount), list(DISTINCT o.nomor_sep ORDER BY o.nomor_sep)[1:10],
  format('Surgeon {} is billed for {} operation(s) here on {} and for {} at {}, {:.0f} km away', any_value(b.kode_dpjp), any_value(b.day_operations), any_value(b.tgl_masuk), count(DISTINCT o.nomor_sep), array_to_string(list(DISTINCT o.facility_id ORDER BY o.facility_id), ', '), max(${distanceKmSql('b.latitude', 'b.longitude', 'o.latitude', 'o.longitude')})),
  format('Dokter bedah {} ditagihkan {} operasi di sini pada {} dan {} di {}, {:.0f} km jauhnya', any_value(b.kode_dpjp), any_value(b.day_operations), any_value(b.tgl_masuk), count(DISTINCT o.nomor_sep), array_to_string(list(DISTINCT o.facility_id ORDER BY o.facility_id), ', '), max(${distanceKmSql('b.latitude', 'b.longitude', 'o.latitude', 'o.longitude')}))
FROM ${SURGEON_DAY} b
JOIN ${SURGEON_DAY} o
  ON o.kode_dpjp = b.kode_dpjp AND o.tgl_masuk = b.tgl_masuk AND o.facility_id <> b.facility_id
WHERE ${distanceKmSql('b.latitude', 'b.longitude', 'o.latitude', 'o.longitude')} > ${t.distantSurgeonKm} AND b.day_operations <= o.day_operations
GROUP BY b.nomor_sep
UNION ALL
SELECT * FROM (${newbornWithoutMotherSql(src, t.newbornDeliveryToleranceDays)})
UNION ALL
SELECT * FROM (${nightClinicVisitsSql(t)})
UNION ALL
SELECT * FROM (${operationsStartedTogetherSql(t)})
UNION ALL
SELECT * FROM (${lensAlreadyRemovedSql(t.lensResubmissionMaxDays)})
UNION ALL
${stayAtPrimaryCareSql(t, src)}
UNION ALL
${primaryCarePresenceSql(src)}
UNION ALL
${familyCompanionsSql(t, src)}`,
});
