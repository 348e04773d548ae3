// A facility's clock, read from its own timestamps against the other facilities' (issue 11). The
// SEP and e-Klaim times are written by the hospital's system (SIMRS, bridging to V-Claim), and a
// system set to UTC, or to the zone of a vendor's server, writes every time shifted by the same
// whole hours: Indonesia keeps UTC+7 (WIB), +8 (WITA) and +9 (WIT), so a Jakarta clinic opening at
// 07:00 WIB is stamped 00:00 on a UTC clock, and its ordinary mornings look like night work.
//
// A wrong clock moves every timestamp of the facility, not some: referred arrivals, clinic visit
// ends, discharges home, operations. Those follow the working day at every facility (SCHEMA.md:
// referred patients arrive 07:00-15:00, inpatients leave 08:00-15:00; theatre lists are booked by
// day), so the hours at which the other facilities record more than a flat spread of each kind are
// the working day the facility's stamps should fall in. A facility is corrected by the one shift
// among those a zone setting can make (its own zone less UTC, WIB, WITA or WIT) that brings almost
// all its stamps into those hours, and only when few of them are there as recorded: phantom visits
// keyed at night add stamps at night beside the daytime ones, a clock moves the daytime ones too.
// Emergency arrivals are left out: they come at any hour and carry no clock.
import type { DetectorThreshold } from './types.js';

export const FACILITY_CLOCK_THRESHOLDS = Object.freeze({
  minClockStamps: Object.freeze<DetectorThreshold>({
    value: 20,
    source:
      "Assumption: a clock is estimated from at least 20 of the facility's working-day timestamps; the share of them at the other facilities' hours is then known within about +/-0.2 (binomial 95% interval at 0.8), enough to tell a clock moving all of them from one moving none. Fewer: the clock is taken as recorded.",
  }),
  minPeerClockStamps: Object.freeze<DetectorThreshold>({
    value: 48,
    source:
      "Assumption: the other facilities' hours of a kind of timestamp are read from at least 48 of theirs (two an hour on a flat spread), so an hour above the flat spread holds three or more; a kind with fewer (a small context) tells nothing of the facility's clock.",
  }),
  maxRecordedClockFit: Object.freeze<DetectorThreshold>({
    value: 0.5,
    source:
      "Assumption: a clock moves every timestamp; a facility with half or more of its working-day timestamps at the other facilities' hours as recorded keeps its clock (the rest are entries of their own, such as visits keyed at night, not a shifted clock).",
  }),
  minCorrectedClockFit: Object.freeze<DetectorThreshold>({
    value: 0.8,
    source:
      "Measured on the 150k-member generated warehouse (2026-12-07): each of its 100 facilities has 0.94-0.96 of its working-day timestamps at the other facilities' hours as recorded (clinic visits ending before 09:00 or after 17:00 and night operations are the rest), one hour off 0.85-0.88, seven hours off 0.13-0.16; a shifted clock must bring the facility to 0.8 before it is believed.",
  }),
});

export type FacilityClockThreshold = keyof typeof FACILITY_CLOCK_THRESHOLDS;
type Thresholds = Readonly<Record<FacilityClockThreshold, number>>;

/** A kind of timestamp that follows the working day at every facility, and where a claim carries it. */
interface ClockStamp {
  readonly kind: string;
  /** SQL on fraud_claim_base (no alias): the timestamp, NULL when the claim has none of this kind. */
  readonly at: string;
}

const CLOCK_STAMPS: readonly ClockStamp[] = [
  // referred patients come in clinic and admission hours (an IGD arrival comes at any hour)
  { kind: 'referred_arrival', at: "CASE WHEN jenis_pelayanan IN ('RAWAT_JALAN', 'RAWAT_INAP') THEN waktu_masuk END" },
  // a clinic visit ends within hours of its arrival, in the afternoon at the latest
  { kind: 'clinic_visit_end', at: "CASE WHEN jenis_rawat = 2 AND jenis_pelayanan = 'RAWAT_JALAN' THEN waktu_pulang END" },
  // a patient is sent home after the ward round (a death, a transfer or leaving on request come at any hour)
  { kind: 'discharge_home', at: 'CASE WHEN jenis_rawat = 1 AND discharge_status = 1 THEN waktu_pulang END' },
  // theatre lists are booked by day; the emergency operations of the night are a share every facility has
  { kind: 'operation_start', at: 'waktu_operasi' },
];

/** The zones a hospital system may stamp in: UTC and Indonesia's three (Keppres 41/1987: WIB UTC+7, WITA UTC+8, WIT UTC+9). */
const SYSTEM_ZONES_UTC_HOURS = [0, 7, 8, 9] as const;

/**
 * SQL: hours ahead of UTC of the zone of a BPS province code (Keppres 41/1987): WITA for Bali, the
 * Nusa Tenggara, South, East and North Kalimantan and Sulawesi; WIT for Maluku and Papua; WIB for
 * Sumatra, Java, West and Central Kalimantan.
 */
const zoneSql = (province: string): string =>
  `CASE WHEN ${province} IN ('51', '52', '53', '63', '64', '65') OR ${province} LIKE '7_' THEN 8 WHEN ${province} >= '81' THEN 9 ELSE 7 END`;

/** Hours in a day: an hour holding more than 1/24 of a kind's stamps holds more than a flat spread would put there. */
const HOURS = 24;

/**
 * Common table expressions (to follow a WITH) ending in `facility_clock` (facility_id, clock_hours,
 * clock_stamps, recorded_fit, corrected_fit): the whole hours to add to the facility's recorded
 * times to read them on its own clock, 0 unless a zone setting explains them (see the header).
 * Each facility is read against every other facility's stamps, never its own.
 */
export function facilityClockCtes(t: Thresholds): string {
  const stamps = CLOCK_STAMPS.map((s) => `{kind: '${s.kind}', stamped: ${s.at}}`).join(', ');
  return `clock_stamp AS (
  SELECT facility_id, s.kind, hour(s.stamped) AS h, count(*) AS n
  FROM (SELECT facility_id, unnest([${stamps}]) AS s FROM fraud_claim_base) WHERE s.stamped IS NOT NULL GROUP BY ALL
), clock_hour AS (
  SELECT kind, h, sum(n) AS n FROM clock_stamp GROUP BY ALL
), clock_kind AS (
  SELECT kind, sum(n) AS kind_n FROM clock_stamp GROUP BY ALL
), clock_own_kind AS (
  SELECT facility_id, kind, sum(n) AS own_n FROM clock_stamp GROUP BY ALL
), clock_shift AS (
  -- the shifts a zone setting can make: the facility's zone less the system's
  SELECT f.facility_id, f.zone - z.system_zone AS shift
  FROM (SELECT DISTINCT facility_id, ${zoneSql('facility_province')} AS zone FROM fraud_claim_base) f,
    (SELECT unnest([${SYSTEM_ZONES_UTC_HOURS.join(', ')}]) AS system_zone) z
), clock_fit AS (
  -- per facility and shift: the share of its stamps (of kinds the other facilities have enough of) whose
  -- corrected hour is one at which the others record more than a flat spread of that kind
  SELECT o.facility_id, s.shift, sum(o.n) AS stamps,
    coalesce(sum(o.n) FILTER (WHERE ${HOURS} * (p.n - coalesce(self.n, 0)) > a.kind_n - k.own_n), 0) / sum(o.n) AS fit
  FROM clock_stamp o JOIN clock_own_kind k USING (facility_id, kind) JOIN clock_kind a USING (kind) JOIN clock_shift s USING (facility_id)
    LEFT JOIN clock_hour p ON p.kind = o.kind AND p.h = (o.h + s.shift + ${HOURS}) % ${HOURS}
    LEFT JOIN clock_stamp self ON self.facility_id = o.facility_id AND self.kind = o.kind AND self.h = p.h
  WHERE a.kind_n - k.own_n >= ${t.minPeerClockStamps}
  GROUP BY ALL
), facility_clock AS (
  SELECT facility_id, stamps AS clock_stamps, recorded_fit, fit AS corrected_fit,
    CASE WHEN stamps >= ${t.minClockStamps} AND recorded_fit <= ${t.maxRecordedClockFit} AND fit >= ${t.minCorrectedClockFit}
      THEN shift ELSE 0 END AS clock_hours
  FROM (SELECT *, max(fit) FILTER (WHERE shift = 0) OVER (PARTITION BY facility_id) AS recorded_fit FROM clock_fit)
  QUALIFY row_number() OVER (PARTITION BY facility_id ORDER BY fit DESC, abs(shift), shift) = 1
)`;
}
