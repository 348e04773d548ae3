// The unbundling detector: one episode of care split into several claims at one facility: a
// stay continued under a new SEP (flagged on both SEPs: they are one episode, and the stay closed
// early is often the claim that should not exist), a stay cut short and resumed within a week,
// outpatient visits billed inside a stay (a service the stay already bills, the visit that opened
// the admission the same day, or one closed minutes before it by the SEP times, across midnight
// too: sep-times.ts), a clinic visit billed beside the same doctor's dialysis session the same day
// (unbundling-dialysis.ts), a healthy newborn billed beside its mother's delivery (household.ts), and
// both sides of a paired organ operated in one session billed as two operations (unbundling-sides.ts).
// DOMAIN.md section 3.
import { healthyNewbornApartSql } from './household.js';
import { CASEMIX_PEER_TABLE } from './peers.js';
import { visitClosedBeforeAdmissionSql } from './sep-times.js';
import { visitBesideDialysisSql } from './unbundling-dialysis.js';
import { newEpisodeAfterDischargeSql } from './unbundling-new-episode.js';
import { otherSideOperatedApartSql } from './unbundling-sides.js';
import { certain, defineDetector, suspicious } from './types.js';
import { emergencyAdmissionSql } from './emergency-admission.js';

/**
 * SQL: is the outpatient claim `b` a scheduled session billed apart from a stay: haemodialysis
 * (ICD-10 Z49, ICD-9-CM 39.95), chemotherapy (Z51.1, 99.25) or radiotherapy (Z51.0, 92.2x).
 */
const scheduledSessionSql = (b: string): string =>
  `(list_bool_or(list_transform(${b}.dx_list, x -> regexp_matches(x, '^(Z49|Z51[.][01])'))) OR list_bool_or(list_transform(${b}.px_list, x -> regexp_matches(x, '^(39[.]95|99[.]25|92[.]2)'))))`;

/**
 * SQL: the outpatient visit `b` closed more than `minutes` before the emergency admission `o` began
 * (SEP times; emergency-admission.ts reads the service type). A patient seen in the clinic in the
 * morning, sent home, and brought back through the emergency department hours later has worsened
 * (dengue's warning signs on day three to five, WHO 2009): the visit was its own care, given
 * before the stay existed, and the tests the stay repeats were new tests. FALSE without times: the
 * date rule stands.
 */
const visitBeforeEmergencyAdmissionSql = (b: string, o: string, minutes: number): string =>
  `coalesce(${emergencyAdmissionSql(o)} AND ${o}.waktu_masuk > ${b}.waktu_pulang + INTERVAL ${minutes} MINUTE, false)`;

export const UNBUNDLING_DETECTOR = defineDetector({
  code: 'UNBUNDLING',
  nameId: 'Pemecahan episode pelayanan',
  nameEn: 'One episode split into several',
  thresholds: {
    maxGapDays: {
      value: 1,
      source:
        'DOMAIN.md: several SEPs for one patient at one facility on the same or adjacent days; both inpatient, as consecutive outpatient visits are ordinary care, or one operation on the two sides of a paired organ, inpatient or day surgery (unbundling-sides.ts).',
    },
    visitToAdmissionMaxMinutes: {
      value: 60,
      source:
        'Assumption: a patient sent home from a visit does not go home and come back to be admitted within an hour; an admission that soon after the visit closed (read from the SEP times, across midnight too) continues it, and the INA-CBG inpatient tariff pays for the whole episode (Permenkes 76/2016: one episode, one claim).',
    },
    splitWindowDays: {
      value: 7,
      source:
        'DOMAIN.md: readmission within 7 days is an UNBUNDLING signal; counted from a gap of 2 days (0-1 days is the stay continuing) when the first stay ended before the median stay of its CBG at hospitals of its class (fraud_casemix_peers): the episode cut short and resumed.',
    },
  },
  signals: {
    // on both SEPs of the split, each naming the other: one episode, whichever of the two should not exist
    // not a return from home through the emergency department after leaving at one's own request or with a new
    // injury (unbundling-new-episode.ts)
    episode_continues_previous: suspicious(
      'One stay split in two: readmitted the same or next day at the same facility',
      'Satu rawat inap dipecah dua: masuk lagi hari yang sama atau esoknya di faskes yang sama',
    ),
    // The INA-CBG inpatient tariff pays for every service of the stay at that hospital, so a
    // consultation or test billed as an outpatient visit inside it is billed twice: certain by the
    // rules, but kept suspicious while the generated extracts carry honest visits inside stays
    // (an artefact of the generator, issue 18), which certainty would put at the top of every worklist
    outpatient_visit_during_inpatient: suspicious(
      'Outpatient visit billed inside an inpatient stay at the same hospital',
      'Kunjungan rawat jalan ditagih di dalam rawat inap di RS yang sama',
    ),
    // suspicious, not certain: scheduled sessions (haemodialysis, chemotherapy, radiotherapy) may be billed apart from the stay
    outpatient_session_during_inpatient: suspicious('Outpatient session during an inpatient stay', 'Sesi rawat jalan selama rawat inap'),
    // certain: the stay's own claim bills every procedure of the visit, so the service is paid twice
    // (the INA-CBG inpatient tariff covers every service of the stay at that hospital)
    stay_service_billed_again_as_visit: certain(
      'A service of the stay billed again as an outpatient visit',
      'Layanan rawat inap ditagih lagi sebagai kunjungan rawat jalan',
    ),
    stay_cut_short_and_resumed: suspicious(
      'Stay ended early and resumed within a week for the same condition',
      'Rawat inap diakhiri lebih awal lalu dilanjutkan dalam seminggu untuk kondisi yang sama',
    ),
    visit_opening_admission_same_condition: suspicious(
      'Outpatient visit for the condition of the admission the same day',
      'Kunjungan rawat jalan untuk kondisi yang sama pada hari masuk rawat inap',
    ),
    // suspicious: read from the SEP times alone, with no clinical sameness asked (the fever seen in the emergency
    // department is the dengue admitted), and a return within the hour may, rarely, be a new emergency
    visit_closed_before_admission: suspicious(
      'Visit closed minutes before an admission at the same facility under a new SEP',
      'Kunjungan ditutup beberapa menit sebelum rawat inap di faskes yang sama dengan SEP baru',
    ),
    // suspicious, not certain: the package's review is the rule, but a visit for a new complaint the same
    // day is the doctor's call, and claims do not say whether the visit's care was the session's review
    visit_billed_beside_dialysis_session: suspicious(
      "Clinic visit billed beside the same doctor's haemodialysis session the same day",
      'Kunjungan poli ditagih di samping sesi hemodialisis oleh dokter yang sama pada hari yang sama',
    ),
    // suspicious: read from the sides the claims name; a second side staged the next day is rare but a surgeon's call
    other_side_operated_apart: suspicious(
      'The other side of the same operation billed apart the same or the next day',
      'Operasi yang sama pada sisi lain ditagih terpisah pada hari yang sama atau esoknya',
    ),
    // suspicious, not certain: "no care of its own" is read from what the claim does not bill (procedures,
    // intensive care, severity) and from who attended; a jaundiced baby watched by the obstetrician is near the line
    healthy_newborn_billed_apart: suspicious(
      "A healthy newborn billed on its own card beside its mother's delivery",
      'Bayi baru lahir sehat ditagih dengan kartunya sendiri di samping klaim persalinan ibunya',
    ),
  },
  sql: (t, src) => `
SELECT b.nomor_sep, 'episode_continues_previous' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(p.other_sep) AS related_sep,
  format('Admitted {} day(s) after discharge from {} at the same facility', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', ')) AS evidence_en,
  format('Masuk {} hari setelah pulang dari {} di faskes yang sama', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', ')) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN 0 AND ${t.maxGapDays}
  -- a death ends the episode; what follows it is phantom billing, not a split
  AND p.other_discharge_status <> 4
  -- back from home after a night, through the emergency department, after leaving against advice or with a new injury
  AND NOT ${newEpisodeAfterDischargeSql('b', 'o')}
GROUP BY b.nomor_sep
UNION ALL
-- the same split seen from the stay that was closed (the same pairs, grouped by the earlier SEP);
-- the pair's overpayment is counted once, on the continuation: this side adds evidence, not rupiah
SELECT p.other_sep, 'episode_continues_previous', 0, list(b.nomor_sep),
  format('Discharged {} and admitted again {} day(s) later at the same facility under {}: one stay billed as two', any_value(p.other_pulang), min(b.tgl_masuk - p.other_pulang), array_to_string(list(b.nomor_sep), ', ')),
  format('Pulang {} lalu masuk lagi {} hari kemudian di faskes yang sama dengan {}: satu rawat inap ditagih dua kali', any_value(p.other_pulang), min(b.tgl_masuk - p.other_pulang), array_to_string(list(b.nomor_sep), ', '))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN 0 AND ${t.maxGapDays}
  AND p.other_discharge_status <> 4 AND NOT ${newEpisodeAfterDischargeSql('b', 'o')}
GROUP BY p.other_sep
UNION ALL
-- the first stay discharged home before its peers' median stay, the same clinical group readmitted 2-7 days later
SELECT b.nomor_sep, 'stay_cut_short_and_resumed', any_value(b.paid_amount), list(p.other_sep),
  format('Readmitted {} days after {}, a stay of {} day(s) ended before the median of {} at class {} hospitals ({} days), for the same clinical group ({} / {})',
    min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', '), min(p.other_pulang - p.other_masuk), any_value(p.other_cbg), any_value(b.hospital_class), min(c.los_median), any_value(b.dx_category), any_value(b.cbg_base)),
  format('Dirawat lagi {} hari setelah {}, rawat {} hari yang berakhir sebelum median {} di RS kelas {} ({} hari), untuk kelompok klinis yang sama ({} / {})',
    min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', '), min(p.other_pulang - p.other_masuk), any_value(p.other_cbg), any_value(b.hospital_class), min(c.los_median), any_value(b.dx_category), any_value(b.cbg_base))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
JOIN ${CASEMIX_PEER_TABLE} c ON c.kode_inacbg = p.other_cbg AND c.hospital_class = b.hospital_class
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN ${t.maxGapDays} + 1 AND ${t.splitWindowDays}
  AND p.other_discharge_status = 1 AND p.other_pulang - p.other_masuk < c.los_median
  AND (p.other_cbg_base = b.cbg_base OR p.other_dx_category = b.dx_category)
GROUP BY b.nomor_sep
UNION ALL
SELECT b.nomor_sep, CASE WHEN ${scheduledSessionSql('b')} THEN 'outpatient_session_during_inpatient' ELSE 'outpatient_visit_during_inpatient' END,
  any_value(b.paid_amount), list(p.other_sep),
  format('Outpatient claim ({}) at the same facility during inpatient stay {}', array_to_string(b.dx_list, ', '), array_to_string(list(p.other_sep), ', ')),
  format('Klaim rawat jalan ({}) di faskes yang sama selama rawat inap {}', array_to_string(b.dx_list, ', '), array_to_string(list(p.other_sep), ', '))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE b.jenis_rawat = 2 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id
  -- strictly inside the stay: an outpatient visit on the admission or discharge day is ordinary
  AND b.tgl_masuk > p.other_masuk AND b.tgl_masuk < p.other_pulang
GROUP BY b.nomor_sep, b.dx_list, b.px_list
UNION ALL
-- from the admission day to the day before discharge, a visit whose every procedure the stay's claim also bills;
-- on the admission day not a visit closed hours before an emergency admission (the patient went home and came back worse)
SELECT b.nomor_sep, 'stay_service_billed_again_as_visit', any_value(b.paid_amount), list(o.nomor_sep),
  format('Outpatient claim for procedures {} at the same facility during stay {} ({} to {}), which bills them too', array_to_string(any_value(b.px_list), ', '), array_to_string(list(o.nomor_sep), ', '), min(o.tgl_masuk), max(o.tgl_pulang)),
  format('Klaim rawat jalan untuk tindakan {} di faskes yang sama selama rawat inap {} ({} s.d. {}), yang juga menagihnya', array_to_string(any_value(b.px_list), ', '), array_to_string(list(o.nomor_sep), ', '), min(o.tgl_masuk), max(o.tgl_pulang))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 2 AND o.jenis_rawat = 1 AND o.facility_id = b.facility_id AND b.tgl_masuk >= o.tgl_masuk AND b.tgl_masuk < o.tgl_pulang
  AND len(b.px_list) > 0 AND list_has_all(o.px_list, b.px_list) AND NOT ${scheduledSessionSql('b')}
  AND NOT (b.tgl_masuk = o.tgl_masuk AND ${visitBeforeEmergencyAdmissionSql('b', 'o', t.visitToAdmissionMaxMinutes)})
GROUP BY b.nomor_sep
UNION ALL
-- an outpatient visit for the condition of an admission the same day at the same facility is the
-- start of that inpatient episode (INA-CBG: outpatient care continued as an admission the same day is
-- one inpatient episode), billed apart
SELECT b.nomor_sep, 'visit_opening_admission_same_condition', any_value(b.paid_amount), list(o.nomor_sep),
  format('Outpatient claim ({}) at the same facility on {}, the day of admission {} for the same condition ({})', array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), array_to_string(list(o.nomor_sep), ', '), array_to_string(list(DISTINCT o.dx_primary), ', ')),
  format('Klaim rawat jalan ({}) di faskes yang sama pada {}, hari masuk rawat inap {} untuk kondisi yang sama ({})', array_to_string(any_value(b.dx_list), ', '), any_value(b.tgl_masuk), array_to_string(list(o.nomor_sep), ', '), array_to_string(list(DISTINCT o.dx_primary), ', '))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE b.jenis_rawat = 2 AND o.jenis_rawat = 1 AND o.facility_id = b.facility_id AND b.tgl_masuk = o.tgl_masuk
  AND (o.dx_category = b.dx_category OR o.cmg = b.cmg) AND NOT ${scheduledSessionSql('b')}
GROUP BY b.nomor_sep
UNION ALL
SELECT * FROM (${visitClosedBeforeAdmissionSql(t.visitToAdmissionMaxMinutes, `NOT ${scheduledSessionSql('b')}`)})
UNION ALL
SELECT * FROM (${visitBesideDialysisSql()})
UNION ALL
SELECT * FROM (${healthyNewbornApartSql(src)})
UNION ALL
SELECT * FROM (${otherSideOperatedApartSql(t.maxGapDays)})`,
});
