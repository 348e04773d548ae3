// What the SEP times (waktu_masuk, waktu_pulang: optional in the contract, NULL in older
// extracts) say that dates cannot: whether a person had time to travel between two places,
// whether one doctor was at two facilities in the same hours, and whether a visit closed just
// before an admission, across midnight, is the start of that stay. Every rule here reads the
// times only when both claims carry them; the callers fall back to dates otherwise.
import { distanceKmSql } from '../../../features/fraud/index.js';

/** Hours from the end of one claim's SEP interval to the start of the other's (negative when they overlap); NULL without times. */
function sepGapHoursSql(a: string, b: string): string {
  return `CASE WHEN ${a}.waktu_masuk IS NOT NULL AND ${a}.waktu_pulang IS NOT NULL AND ${b}.waktu_masuk IS NOT NULL AND ${b}.waktu_pulang IS NOT NULL
    THEN greatest(epoch(${a}.waktu_masuk) - epoch(${b}.waktu_pulang), epoch(${b}.waktu_masuk) - epoch(${a}.waktu_pulang)) / 3600 END`;
}

/**
 * SQL: TRUE when the SEP times of claims `a` and `b` leave time to travel `distanceKm` between
 * them (`overheadHours` to and from airports plus the distance at `kmPerHour`), FALSE when they
 * do not, NULL when either claim has no times (the caller keeps its date rule).
 */
export function travelPossibleSql(a: string, b: string, distanceKm: string, overheadHours: number, kmPerHour: number): string {
  return `((${sepGapHoursSql(a, b)}) >= ${overheadHours} + ${distanceKm} / ${kmPerHour})`;
}

/**
 * SQL of the hits: one doctor's outpatient visits at two facilities (farther apart than
 * `sameSiteKm`) in the same hours of one day. A facility's session is its first arrival to its
 * last discharge; a visit lies in the other facility's session when it starts after that
 * session's first arrival and ends before its last discharge. Both sessions must hold
 * `minVisits` of the other's visits: one patient waiting all day at the pharmacy stretches a
 * session, a clinic in the morning and another in the afternoon do not interleave. Every visit
 * of both sessions is named: which place the doctor was not at is for the audit to find.
 */
export function doctorSameHoursSql(sameSiteKm: number, minVisits: number): string {
  const distance = distanceKmSql('a.latitude', 'a.longitude', 'b.latitude', 'b.longitude');
  return `
WITH visit AS (
  SELECT nomor_sep, kode_dpjp, tgl_masuk, facility_id, paid_amount, waktu_masuk, waktu_pulang, latitude, longitude
  FROM fraud_claim_base WHERE jenis_rawat = 2 AND kode_dpjp IS NOT NULL AND waktu_masuk IS NOT NULL AND waktu_pulang IS NOT NULL
),
session AS (
  SELECT kode_dpjp, tgl_masuk, facility_id, min(waktu_masuk) AS opens, max(waktu_pulang) AS closes, count(*) AS visits,
    any_value(latitude) AS latitude, any_value(longitude) AS longitude
  FROM visit GROUP BY ALL
),
-- per ordered pair of sessions: how many of a's visits lie inside b's hours
inside AS (
  SELECT a.kode_dpjp, a.tgl_masuk, a.facility_id, b.facility_id AS other_facility, b.opens AS other_opens, b.closes AS other_closes,
    b.visits AS other_visits, ${distance} AS distance_km,
    (SELECT count(*) FROM visit v WHERE v.kode_dpjp = a.kode_dpjp AND v.tgl_masuk = a.tgl_masuk AND v.facility_id = a.facility_id
       AND v.waktu_masuk > b.opens AND v.waktu_pulang < b.closes) AS n
  FROM session a JOIN session b ON b.kode_dpjp = a.kode_dpjp AND b.tgl_masuk = a.tgl_masuk AND b.facility_id <> a.facility_id
  WHERE a.opens < b.closes AND b.opens < a.closes AND coalesce(${distance}, 0) > ${sameSiteKm}
),
clash AS (
  SELECT x.* FROM inside x JOIN inside y
    ON y.kode_dpjp = x.kode_dpjp AND y.tgl_masuk = x.tgl_masuk AND y.facility_id = x.other_facility AND y.other_facility = x.facility_id
  WHERE x.n >= ${minVisits} AND y.n >= ${minVisits}
)
SELECT v.nomor_sep, 'doctor_at_several_facilities_same_hours' AS signal, any_value(v.paid_amount) AS amount_at_risk,
  list(DISTINCT o.nomor_sep ORDER BY o.nomor_sep)[1:10] AS related_sep,
  format('Doctor {} saw this patient at {} to {}, while billed for {} visit(s) at {} between {} and {} the same day ({:.1f} km away); {} of the visits here fall inside those hours',
    v.kode_dpjp, strftime(any_value(v.waktu_masuk), '%H:%M'), strftime(any_value(v.waktu_pulang), '%H:%M'), max(c.other_visits), array_to_string(list(DISTINCT c.other_facility ORDER BY c.other_facility), ', '),
    strftime(min(c.other_opens), '%H:%M'), strftime(max(c.other_closes), '%H:%M'), min(c.distance_km), max(c.n)) AS evidence_en,
  format('Dokter {} memeriksa pasien ini pukul {} s.d. {}, sementara ditagihkan {} kunjungan di {} antara pukul {} dan {} pada hari yang sama ({:.1f} km jauhnya); {} kunjungan di sini jatuh di dalam jam itu',
    v.kode_dpjp, strftime(any_value(v.waktu_masuk), '%H:%M'), strftime(any_value(v.waktu_pulang), '%H:%M'), max(c.other_visits), array_to_string(list(DISTINCT c.other_facility ORDER BY c.other_facility), ', '),
    strftime(min(c.other_opens), '%H:%M'), strftime(max(c.other_closes), '%H:%M'), min(c.distance_km), max(c.n)) AS evidence_id
FROM visit v JOIN clash c ON c.kode_dpjp = v.kode_dpjp AND c.tgl_masuk = v.tgl_masuk AND c.facility_id = v.facility_id
JOIN visit o ON o.kode_dpjp = v.kode_dpjp AND o.tgl_masuk = v.tgl_masuk AND o.facility_id = c.other_facility
GROUP BY v.nomor_sep, v.kode_dpjp`;
}

/**
 * SQL of the hits: an outpatient or emergency visit at a facility closed at most `maxMinutes`
 * before an admission of the same card there began (the admission starting after the visit
 * began), on the same or the next day. The patient never left: the visit is the start of the
 * stay, which the inpatient tariff pays. The same-day visit for the admission's own condition
 * is named by the date rule (visit_opening_admission_same_condition), so it is left out here.
 * Read from the admission's side: its card pairs reach back to the visit of the day before.
 */
export function visitClosedBeforeAdmissionSql(maxMinutes: number, notScheduledSession: string): string {
  return `
SELECT b.nomor_sep, 'visit_closed_before_admission' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(o.nomor_sep ORDER BY o.nomor_sep) AS related_sep,
  format('Visit ({}, {}) closed {} and admission {} at the same facility began {} minutes later ({}): one episode billed twice',
    any_value(b.jenis_pelayanan), array_to_string(any_value(b.dx_list), ', '), strftime(any_value(b.waktu_pulang), '%Y-%m-%d %H:%M'),
    array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '), min(date_diff('minute', b.waktu_pulang, o.waktu_masuk)), strftime(min(o.waktu_masuk), '%Y-%m-%d %H:%M')) AS evidence_en,
  format('Kunjungan ({}, {}) ditutup {} dan rawat inap {} di faskes yang sama dimulai {} menit kemudian ({}): satu episode ditagih dua kali',
    any_value(b.jenis_pelayanan), array_to_string(any_value(b.dx_list), ', '), strftime(any_value(b.waktu_pulang), '%Y-%m-%d %H:%M'),
    array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '), min(date_diff('minute', b.waktu_pulang, o.waktu_masuk)), strftime(min(o.waktu_masuk), '%Y-%m-%d %H:%M')) AS evidence_id
FROM fraud_claim_base o JOIN fraud_card_pairs p ON p.nomor_sep = o.nomor_sep JOIN fraud_claim_base b ON b.nomor_sep = p.other_sep
WHERE o.jenis_rawat = 1 AND b.jenis_rawat = 2 AND b.facility_id = o.facility_id AND o.tgl_masuk - b.tgl_masuk BETWEEN 0 AND 1
  AND o.waktu_masuk > b.waktu_masuk AND o.waktu_masuk <= b.waktu_pulang + INTERVAL ${maxMinutes} MINUTE
  AND NOT (o.tgl_masuk = b.tgl_masuk AND (o.dx_category = b.dx_category OR o.cmg = b.cmg))
  AND ${notScheduledSession}
GROUP BY b.nomor_sep`;
}

/**
 * SQL: TRUE when the SEP interval of visit `v` lies inside stay `s`'s (from `toleranceHours` after
 * its admission time to as much before its discharge time): the visit was made while the person lay
 * in that ward, on its admission or discharge day too. FALSE when it does not, NULL without times.
 */
export function visitInsideStaySql(v: string, s: string, toleranceHours: number): string {
  return `(${v}.waktu_masuk >= ${s}.waktu_masuk + INTERVAL ${toleranceHours} HOUR AND ${v}.waktu_pulang <= ${s}.waktu_pulang - INTERVAL ${toleranceHours} HOUR)`;
}
