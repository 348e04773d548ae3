// PROLONGED_LOS: days without care. A verifier reading a long stay's bill asks what the extra days
// held. A hospital bills room and nursing for every day a patient is kept (the room is priced per
// day); drugs, tests, procedures and the doctors' fees follow the course of the illness. When a
// stay is longer because the patient was sicker, its care grows with its days and the bill keeps
// its shape; when the days were added to a course of ordinary length, only room and nursing grow,
// and the ratio of room and nursing to the rest of the bill grows with the days. The ratio is
// judged against the same code's stays at every other facility (never the facility's own), counted
// once per batch into the provider distribution (care-norms.ts), with each provider's count of such
// stays against the rate of every other facility, so arrival reads what the batch judged by.
// Left out, their days being the care itself: psychiatric stays (the ward's milieu and nursing
// observation are the treatment) and a preterm or growth-restricted newborn's stay (kept, fed and
// warmed until physiologically mature, AAP "Hospital discharge of the high-risk neonate",
// Pediatrics 2008; a jaundiced newborn's phototherapy is care like any other and stays judged);
// days in intensive care (care by definition); stays ending in a referral (the patient waits for
// a bed at the referral hospital, SISRUTE) or in death (left out of every LOS norm).
import { varcharList } from '../../../data-samples/sql/index.js';
import { hotelCareLogSql } from './hotel-care.js';
import { judgedInDistributionSql } from './los-condition.js';
import { emergencyWaitNightsSql } from './los-preoperative.js';
import { CASEMIX_PEER_TABLE, MIN_PEER_GROUP } from './peers.js';
import { OTHER_FACILITY_PEER_TABLE, otherFacilityNorm } from './other-facility-peers.js';

/** CMGs whose days are the care (see above): F mental health. */
export const DAYS_ARE_CARE_CMGS: readonly string[] = Object.freeze(['F']);
/** Primary diagnoses of a newborn kept to grow (see above): ICD-10 P05 slow fetal growth, P07 short gestation and low birth weight. */
export const GROWING_NEWBORN_ICD10: readonly string[] = Object.freeze(['P05', 'P07']);

/** How far a stay is judged for days without care: how much longer than its reference, how many days past the norm, how much of that growth the bill's shape shows. */
export interface IdleStayRule {
  /** The stay is at least this multiple of its reference length (the INA-CBG norm or the other facilities' median, the longer). */
  readonly stretchRatio: number;
  /** ... and at least this many days past the INA-CBG norm. */
  readonly minExtraDays: number;
  /** Share of the stay's growth (log scale) that the ratio of room and nursing to the rest of the bill grew by. */
  readonly hotelGrowthShare: number;
}

/**
 * The smaller stretch a provider's count of stays without care is made of (`stays_without_care_at_provider`).
 * Assumption: one stay a quarter longer than its reference with half its growth in room and nursing is
 * ordinary; a provider billing many more of them than every other facility adds a day or two to its
 * patients' stays, under every line a single claim is judged by.
 */
export const PROVIDER_IDLE_STAY: IdleStayRule = Object.freeze({ stretchRatio: 1.25, minExtraDays: 1, hotelGrowthShare: 0.5 });

/**
 * SQL predicate on fraud_claim_base `b`: a stay judged for days without care (see the head of the
 * file), whose code's norm `k` (hotel_care_n, hotel_care_log) counts at least MIN_PEER_GROUP stays elsewhere.
 */
export const idleJudgedStaySql = (b: string, k: string): string =>
  `(${b}.jenis_rawat = 1 AND ${b}.severity_rank > 0 AND ${b}.discharge_status NOT IN (2, 4) AND ${b}.los_norm > 0
    AND coalesce(${b}.icu_los, 0) = 0 AND NOT list_contains(${varcharList(DAYS_ARE_CARE_CMGS)}, ${b}.cmg)
    AND NOT coalesce(list_contains(${varcharList(GROWING_NEWBORN_ICD10)}, left(${b}.dx_primary, 3)), false) AND ${k}.hotel_care_n >= ${MIN_PEER_GROUP})`;

/**
 * SQL: a stay's reference length: the INA-CBG norm or the median at other facilities (peers.ts
 * otherFacilityJoin `x`), the longer, and the nights an emergency operation waited beyond its
 * allowance (los-preoperative.ts: the condition's care before the operation, not days added after the course).
 */
export const referenceLosSql = (b: string, x: string): string =>
  `(greatest(${b}.los_norm, coalesce(${otherFacilityNorm(x, 'los_median')}, 0)) + ${emergencyWaitNightsSql(b)})`;

/**
 * SQL predicate: the extra days of stay `b` held rehabilitation: its rehabilitation line is at least
 * its stretch (los against the reference `ref`) times the mean of the code's stays at other
 * facilities (`k`.rehab_mean). Physiotherapy is billed per session, a session a day (PMK 3/2023
 * rehabilitasi medik), and is cheap beside room and nursing, so the bill's shape hardly moves with
 * it: a stay whose sessions grew with its days was kept for therapy (after a fracture's fixation,
 * red team RT-NM-IMPLANT-71), not idle. A stay kept without therapy bills the course's sessions only.
 */
export const rehabilitationGrewSql = (b: string, ref: string, k: string): string =>
  `coalesce(${b}.tarif_rehabilitasi > 0 AND ${b}.tarif_rehabilitasi >= ${b}.los / ${ref} * ${k}.rehab_mean, false)`;

/**
 * SQL predicate: stay `b` with reference length `ref` and code norm `k` is a stay without care under `r`. The ln's
 * floors matter: DuckDB need not short-circuit AND, so a same-day stay reaches the ln.
 */
export const idleStaySql = (b: string, ref: string, k: string, r: IdleStayRule): string =>
  `(${b}.los >= ${b}.los_norm + ${r.minExtraDays} AND ${b}.los >= ${r.stretchRatio} * ${ref}
    AND ${hotelCareLogSql(b)} - ${k}.hotel_care_log >= ${r.hotelGrowthShare} * ln(greatest(${b}.los, 1) / greatest(${ref}, 1))
    AND NOT ${rehabilitationGrewSql(b, ref, k)})`;

/**
 * Provider distribution CTEs `idle_norm` (facility_id, hotel_care_norms: for each INA-CBG code the
 * facility billed, the mean log ratio of room and nursing to the rest of the bill over the code's
 * stays at every other facility, hotel_care_log, and their count, hotel_care_n; a sum and a count
 * per facility and code leave the facility out exactly, at the cost of a mean where a median would
 * need every other facility's stays; rehab_mean, the code's mean rehabilitation line there; idle_code_observed, the facility's
 * stays of the code without care under PROVIDER_IDLE_STAY, and idle_code_expected, its judged stays of the code at the
 * code's rate at every other facility, half a stay of prior) and `idle_stay` (idle_stay_observed: the facility's stays
 * without care under PROVIDER_IDLE_STAY; idle_stay_expected: its judged stays at every other
 * facility's rate, half a stay of prior). Its count leaves out conditions foreign to their group
 * (los-condition.ts judgedInDistributionSql, after the CTE foreign_condition), as the hits do.
 */
export function idleDayNormCtesSql(): string {
  const b = 'b';
  return `idle_f AS (
  SELECT facility_id, kode_inacbg, count(*) AS n, sum(${hotelCareLogSql(b)}) AS s, sum(coalesce(b.tarif_rehabilitasi, 0)) AS r
  FROM fraud_claim_base b WHERE b.jenis_rawat = 1 AND b.severity_rank > 0 AND b.discharge_status <> 4 GROUP BY ALL
), idle_c AS (SELECT kode_inacbg, sum(n) AS n, sum(s) AS s, sum(r) AS r FROM idle_f GROUP BY ALL),
idle_k AS (
  SELECT f.facility_id, f.kode_inacbg, c.n - f.n AS hotel_care_n, (c.s - f.s) / nullif(c.n - f.n, 0) AS hotel_care_log,
    (c.r - f.r)::DOUBLE / nullif(c.n - f.n, 0) AS rehab_mean
  FROM idle_f f JOIN idle_c c USING (kode_inacbg)
), idle_pc AS (
  SELECT b.facility_id, b.kode_inacbg, count(*) AS n, count(*) FILTER (WHERE ${idleStaySql(b, 'ref_los', 'k', PROVIDER_IDLE_STAY)}) AS o
  FROM (SELECT b.*, ${referenceLosSql(b, 'ref')} AS ref_los FROM fraud_claim_base b
    JOIN ${CASEMIX_PEER_TABLE} refc ON refc.kode_inacbg = b.kode_inacbg AND refc.hospital_class = b.hospital_class
    LEFT JOIN ${OTHER_FACILITY_PEER_TABLE} ref ON ref.facility_id = b.facility_id AND ref.kode_inacbg = b.kode_inacbg) b
  JOIN idle_k k ON k.facility_id = b.facility_id AND k.kode_inacbg = b.kode_inacbg
  WHERE ${idleJudgedStaySql(b, 'k')} AND ${judgedInDistributionSql(b)}
  GROUP BY b.facility_id, b.kode_inacbg
), idle_code AS (
  -- one condition's count against the code's rate at every other facility (half a stay of prior)
  SELECT facility_id, kode_inacbg, o AS idle_code_observed,
    n * (sum(o) OVER c - o + 0.5) / (sum(n) OVER c - n + 1) AS idle_code_expected
  FROM idle_pc WINDOW c AS (PARTITION BY kode_inacbg)
), idle_norm AS (
  SELECT k.facility_id, list({'kode_inacbg': k.kode_inacbg, 'hotel_care_n': k.hotel_care_n, 'hotel_care_log': k.hotel_care_log, 'rehab_mean': k.rehab_mean,
      'idle_code_observed': coalesce(c.idle_code_observed, 0), 'idle_code_expected': coalesce(c.idle_code_expected, 0)::DOUBLE} ORDER BY k.kode_inacbg) AS hotel_care_norms
  FROM idle_k k LEFT JOIN idle_code c USING (facility_id, kode_inacbg) GROUP BY k.facility_id
), idle_p AS (
  SELECT facility_id, sum(n)::BIGINT AS n, sum(o)::BIGINT AS o FROM idle_pc GROUP BY facility_id
), idle_stay AS (
  SELECT facility_id, o AS idle_stay_observed, n * (sum(o) OVER () - o + 0.5) / (sum(n) OVER () - n + 1) AS idle_stay_expected FROM idle_p
)`;
}

export const IDLE_DAY_COLUMNS = `idle_norm.hotel_care_norms, coalesce(idle_stay.idle_stay_observed, 0) AS idle_stay_observed,
  coalesce(idle_stay.idle_stay_expected, 0)::DOUBLE AS idle_stay_expected`;
export const IDLE_DAY_JOINS = 'LEFT JOIN idle_norm USING (facility_id) LEFT JOIN idle_stay USING (facility_id)';
