// PHANTOM_BILLING against primary care: a hospital bills a card on days the card holder's own
// FKTP (P-Care, fktp_visits) records them at home, hundreds of kilometres away (DOMAIN.md section
// 3: one card at two distant facilities on the same day). P-Care visits carry a date, not an hour,
// and an FKTP is located only by its code's regency: the distance is a lower bound from the
// province's reference point (reference PROVINCES, no table of the detectors' step), so batch and
// arrival see the same place.
import { PROVINCES } from '../../../data-samples/reference/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { MEMBER_LOOKBACK_DAYS, distanceKmSql } from '../../../features/fraud/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';

export interface PrimaryCareThresholds {
  readonly distantFacilityKm: number;
  readonly fktpLocationToleranceKm: number;
  readonly fktpOpensHour: number;
  readonly travelOverheadHours: number;
  readonly travelKmPerHour: number;
  readonly minHomeFktpDays: number;
}

const provincePlacesSql = (): string =>
  `(VALUES ${PROVINCES.map((p) => `(${literal(p.code)}, ${p.lat}, ${p.lon})`).join(', ')}) AS pp(code, lat, lon)`;

/**
 * SELECT of hits: a hospital claim on a day (the visit day, or admission day to the day before
 * discharge) the card's FKTP in the member's own regency records a P-Care visit, the hospital at
 * least `distantFacilityKm` from that FKTP's province reference point less
 * `fktpLocationToleranceKm`. Certain (`billed_far_from_home_on_fktp_days`) when the same facility
 * bills planned (non-emergency) care on `minHomeFktpDays` or more such days of the card within the
 * look-back either side: a same-day flight explains one day, not a series of clinic controls far
 * from home on the days the card holder is seen at home. A single such day is suspicious
 * (`home_fktp_visit_same_day_far_away`) unless the hospital SEP's arrival hour leaves time to fly
 * in from the FKTP's opening (then it is travel: no hit).
 */
export function homeFktpFarAwaySql(src: FraudSources, t: PrimaryCareThresholds): string {
  const distance = distanceKmSql('b.latitude', 'b.longitude', 'pp.lat', 'pp.lon');
  return `
WITH day_pair AS (
  SELECT b.nomor_sep, b.card_key, b.facility_id, b.tgl_masuk, b.paid_amount, b.waktu_masuk,
    coalesce(b.jenis_pelayanan, '') <> 'IGD' AS planned,
    v.visit_id, v.facility_id AS fktp_id, v.tgl_kunjungan, greatest(${distance} - ${t.fktpLocationToleranceKm}, 0) AS min_km
  FROM fraud_claim_base b
  JOIN ${src.members} m ON m.card_key = b.card_key
  JOIN ${src.fktpVisits} v ON v.card_key = b.card_key AND left(v.facility_id, 4) = m.regency_code
    AND v.tgl_kunjungan >= b.tgl_masuk AND (v.tgl_kunjungan < b.tgl_pulang OR v.tgl_kunjungan = b.tgl_masuk)
  JOIN ${provincePlacesSql()} ON pp.code = left(v.facility_id, 2)
  WHERE b.latitude IS NOT NULL AND ${distance} - ${t.fktpLocationToleranceKm} > ${t.distantFacilityKm}
), series AS (
  SELECT a.nomor_sep, count(DISTINCT o.tgl_kunjungan) AS days, list(DISTINCT o.nomor_sep ORDER BY o.nomor_sep) AS claims
  FROM day_pair a JOIN day_pair o ON o.card_key = a.card_key AND o.facility_id = a.facility_id AND o.planned
    AND abs(o.tgl_masuk - a.tgl_masuk) <= ${MEMBER_LOOKBACK_DAYS}
  WHERE a.planned GROUP BY a.nomor_sep
), hit AS (
  SELECT d.nomor_sep, any_value(d.paid_amount) AS paid_amount, any_value(d.facility_id) AS facility_id,
    list(DISTINCT d.visit_id ORDER BY d.visit_id) AS visits, array_to_string(list(DISTINCT d.fktp_id ORDER BY d.fktp_id), ', ') AS fktps,
    min(d.tgl_kunjungan) AS visit_day, min(d.min_km) AS min_km, coalesce(any_value(s.days), 1) AS days, coalesce(any_value(s.claims), []) AS claims,
    bool_and(d.waktu_masuk IS NOT NULL AND hour(d.waktu_masuk) + minute(d.waktu_masuk) / 60
      >= ${t.fktpOpensHour} + ${t.travelOverheadHours} + d.min_km / ${t.travelKmPerHour}) AS flight_possible
  FROM day_pair d LEFT JOIN series s USING (nomor_sep) GROUP BY d.nomor_sep
)
SELECT nomor_sep, CASE WHEN days >= ${t.minHomeFktpDays} THEN 'billed_far_from_home_on_fktp_days' ELSE 'home_fktp_visit_same_day_far_away' END,
  paid_amount, list_distinct(visits || list_filter(claims, x -> x <> nomor_sep))[1:10],
  format('The card''s own FKTP {} in the member''s regency records a P-Care visit on {}, at least {:.0f} km from {}; {} billed planned care on {} day(s) the FKTP saw the card at home',
    fktps, visit_day, min_km, facility_id, facility_id, days),
  format('FKTP {} di kabupaten/kota peserta mencatat kunjungan P-Care kartu ini pada {}, sedikitnya {:.0f} km dari {}; {} menagih layanan terjadwal pada {} hari FKTP melihat kartu itu di rumah',
    fktps, visit_day, min_km, facility_id, facility_id, days)
FROM hit WHERE days >= ${t.minHomeFktpDays} OR NOT flight_possible`;
}
