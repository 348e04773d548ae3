// PHANTOM_BILLING read from the hours a claim carries (SCHEMA.md claims waktu_masuk, waktu_operasi:
// optional, NULL in older extracts; every rule here needs them and says nothing without them).
// - A planned clinic consultation (jenis_pelayanan RAWAT_JALAN, not the IGD) whose SEP was opened in
//   the small hours: outpatient clinics (poliklinik) work days, an evening clinic closes before
//   midnight, and whoever comes at 02:00 is seen by the emergency department, on an IGD SEP. SEPs
//   keyed by a night shift from old referrals, for visits nobody made, carry the hour they were keyed.
//   One such visit is a clock or a typing slip; several patients' at one facility are its practice.
//   The night is the facility's own: a hospital system stamping in UTC (or another zone) shifts every
//   time it records, mornings into the small hours, and facility-clock.ts reads that shift from all
//   the facility's working-day timestamps against the other facilities' before the hour is judged.
// - One operator's operations starting together: a surgeon operates on one patient at a time, so
//   three operations begun within minutes of each other cannot all have been done by that surgeon.
import { literal } from '../../../data-samples/sql/index.js';
import { FACILITY_CLOCK_THRESHOLDS, facilityClockCtes } from './facility-clock.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';

/** The INA-CBG case type (the code's 2nd part) of an outpatient consultation without a procedure (rawat jalan bukan prosedur). */
const OUTPATIENT_CONSULTATION_CASE_TYPE = '5';

export const PHANTOM_TIME_THRESHOLDS = Object.freeze({
  clinicClosedFromHour: Object.freeze<DetectorThreshold>({
    value: 0,
    source:
      'Assumption: evening (executive) clinics of Indonesian hospitals close by 21:00-22:00; a clinic SEP opened after midnight belongs to no clinic session.',
  }),
  clinicClosedUntilHour: Object.freeze<DetectorThreshold>({
    value: 5,
    source:
      'Assumption: registration for the morning clinics (counters, self-service SEP kiosks, Mobile JKN check-in) opens from about 06:00 for clinics starting 07:00-08:00; 05:00 leaves an hour for the earliest queue.',
  }),
  minNightClinicPatients: Object.freeze<DetectorThreshold>({
    value: 3,
    source:
      "Assumption: one or two patients' clinic SEPs opened at night are a clock set wrong or a late entry; three patients' at one facility are how it registers clinic visits.",
  }),
  simultaneousStartMinutes: Object.freeze<DetectorThreshold>({
    value: 5,
    source:
      'Assumption: the fastest operating practice, manual small-incision cataract surgery alternating between two tables, starts a case every 5-8 minutes (Aravind Eye Care; Venkatesh et al., Br J Ophthalmol 2005); operations of one operator starting less than 5 minutes apart need more than two tables.',
  }),
  minSimultaneousOperations: Object.freeze<DetectorThreshold>({
    value: 3,
    source:
      'Assumption: a supervising surgeon may have two theatres running (overlapping surgery, a resident opening the second); three operations begun within simultaneousStartMinutes of each other cannot all be that surgeon’s.',
  }),
  // the facility's clock the night is judged on (facility-clock.ts)
  ...FACILITY_CLOCK_THRESHOLDS,
});

type Thresholds = Readonly<Record<keyof typeof PHANTOM_TIME_THRESHOLDS, number>>;

export const PHANTOM_TIME_SIGNALS = Object.freeze({
  // suspicious: the SEP time is the registration's, and a facility's clock may be wrong; several patients' night clinic
  // visits at one facility are the pattern the audit checks against the clinic's roster
  clinic_visit_registered_at_night: suspicious(
    'Planned clinic consultation (not emergency) with its SEP opened in the small hours, at a facility registering several patients so',
    'Konsultasi poliklinik terjadwal (bukan IGD) dengan SEP dibuka dini hari, di faskes yang mendaftarkan beberapa pasien seperti itu',
  ),
  // suspicious: a billing system may stamp the list's start time on each operation of the list; the theatre register
  // says which ones were done
  operations_started_together_by_one_surgeon: suspicious(
    'Operation starting within minutes of two or more other operations billed under the same surgeon',
    'Operasi yang dimulai dalam beberapa menit bersamaan dengan dua operasi lain atas nama dokter bedah yang sama',
  ),
});

/**
 * SELECT of PHANTOM_BILLING hits (HIT_COLUMNS): planned clinic consultations (RAWAT_JALAN, consultation case
 * type) opened while clinics are closed on the facility's own clock (facility-clock.ts: its recorded times,
 * shifted when a zone setting explains them), at facilities registering several patients' visits so.
 */
export function nightClinicVisitsSql(t: Thresholds): string {
  const clinicVisit = `b.jenis_rawat = 2 AND b.jenis_pelayanan = 'RAWAT_JALAN' AND split_part(b.kode_inacbg, '-', 2) = ${literal(OUTPATIENT_CONSULTATION_CASE_TYPE)}`;
  const onClock = `b.waktu_masuk + to_hours(coalesce(c.clock_hours, 0))`;
  // the recorded time, and where the facility's clock is corrected, the time on it and how the shift was read
  const opened = (clock: string): string =>
    `strftime(any_value(b.waktu_masuk), '%Y-%m-%d %H:%M') || CASE WHEN any_value(b.clock_hours) <> 0 THEN format(${literal(clock)},
      strftime(any_value(b.on_clock), '%Y-%m-%d %H:%M'), any_value(b.clock_hours), round(100 * any_value(b.corrected_fit))::INTEGER,
      round(100 * any_value(b.recorded_fit))::INTEGER) ELSE '' END`;
  return `
WITH ${facilityClockCtes(t)}, night_clinic_visit AS (
  SELECT b.nomor_sep, b.card_key, b.facility_id, b.paid_amount, b.kode_inacbg, b.jenis_pelayanan, b.dx_list, b.waktu_masuk,
    ${onClock} AS on_clock, coalesce(c.clock_hours, 0) AS clock_hours, c.corrected_fit, c.recorded_fit
  FROM fraud_claim_base b LEFT JOIN facility_clock c USING (facility_id)
  WHERE ${clinicVisit} AND hour(${onClock}) >= ${t.clinicClosedFromHour} AND hour(${onClock}) < ${t.clinicClosedUntilHour}
)
SELECT b.nomor_sep, 'clinic_visit_registered_at_night' AS signal, b.paid_amount AS amount_at_risk,
  coalesce(list(o.nomor_sep ORDER BY o.nomor_sep) FILTER (WHERE o.nomor_sep <> b.nomor_sep), [])[1:10] AS related_sep,
  format('Clinic consultation {} ({}, {}) with its SEP opened at {}, when clinics are closed; {} registered {} patients'' clinic visits between {}:00 and {}:00',
    any_value(b.kode_inacbg), any_value(b.jenis_pelayanan), array_to_string(any_value(b.dx_list), ', '),
    ${opened(" as recorded, {} on the facility's own clock (recorded times corrected by {:+d} h, which puts {}% of its working-day timestamps in the other facilities' working hours, against {}% as recorded)")},
    any_value(b.facility_id), count(DISTINCT o.card_key), ${t.clinicClosedFromHour}, ${t.clinicClosedUntilHour}) AS evidence_en,
  format('Konsultasi poliklinik {} ({}, {}) dengan SEP dibuka pukul {}, saat poliklinik tutup; {} mendaftarkan kunjungan poliklinik {} pasien antara pukul {}.00 dan {}.00',
    any_value(b.kode_inacbg), any_value(b.jenis_pelayanan), array_to_string(any_value(b.dx_list), ', '),
    ${opened(' sesuai catatan, {} menurut jam faskes sendiri (waktu tercatat dikoreksi {:+d} jam, sehingga {}% cap waktu hari kerjanya jatuh pada jam kerja faskes lain, dibanding {}% sesuai catatan)')},
    any_value(b.facility_id), count(DISTINCT o.card_key), ${t.clinicClosedFromHour}, ${t.clinicClosedUntilHour}) AS evidence_id
FROM night_clinic_visit b JOIN night_clinic_visit o ON o.facility_id = b.facility_id
GROUP BY b.nomor_sep, b.paid_amount HAVING count(DISTINCT o.card_key) >= ${t.minNightClinicPatients}`;
}

/**
 * SELECT of PHANTOM_BILLING hits (HIT_COLUMNS): operations of one operator in a window of
 * simultaneousStartMinutes from one of them holding minSimultaneousOperations or more; every
 * operation of such a window is named (which one was done is for the theatre register to say).
 */
export function operationsStartedTogetherSql(t: Thresholds): string {
  return `
WITH operation AS (
  SELECT nomor_sep, kode_dpjp, facility_id, paid_amount, kode_inacbg, waktu_operasi FROM fraud_claim_base
  WHERE split_part(kode_inacbg, '-', 2) IN ('1', '2') AND tarif_prosedur_bedah > 0 AND waktu_operasi IS NOT NULL AND kode_dpjp IS NOT NULL
), together AS (
  -- each operation's window: the operator's operations starting from it to simultaneousStartMinutes later
  SELECT a.nomor_sep AS anchor, o.nomor_sep FROM operation a JOIN operation o
    ON o.kode_dpjp = a.kode_dpjp AND o.waktu_operasi >= a.waktu_operasi AND o.waktu_operasi < a.waktu_operasi + INTERVAL ${t.simultaneousStartMinutes} MINUTE
  QUALIFY count(*) OVER (PARTITION BY a.nomor_sep) >= ${t.minSimultaneousOperations}
), named AS (
  SELECT x.nomor_sep, list(DISTINCT y.nomor_sep ORDER BY y.nomor_sep) FILTER (WHERE y.nomor_sep <> x.nomor_sep) AS others
  FROM together x JOIN together y ON y.anchor = x.anchor GROUP BY x.nomor_sep
)
SELECT b.nomor_sep, 'operations_started_together_by_one_surgeon' AS signal, b.paid_amount AS amount_at_risk, n.others[1:10] AS related_sep,
  format('Operation ({}) under surgeon {} started {} at {}, and {} other operation(s) under the same surgeon started within the same {} minutes ({})',
    b.kode_inacbg, b.kode_dpjp, strftime(b.waktu_operasi, '%Y-%m-%d %H:%M'), b.facility_id, len(n.others), ${t.simultaneousStartMinutes}, array_to_string(n.others[1:10], ', ')) AS evidence_en,
  format('Operasi ({}) atas nama dokter bedah {} dimulai {} di {}, dan {} operasi lain atas nama dokter bedah yang sama dimulai dalam {} menit yang sama ({})',
    b.kode_inacbg, b.kode_dpjp, strftime(b.waktu_operasi, '%Y-%m-%d %H:%M'), b.facility_id, len(n.others), ${t.simultaneousStartMinutes}, array_to_string(n.others[1:10], ', ')) AS evidence_id
FROM operation b JOIN named n USING (nomor_sep)`;
}
