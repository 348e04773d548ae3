// PROLONGED_LOS: a long stay whose bill carries the care of its days (red team RT-NM-PREECLAMPSIA-101,
// RT-NM-TBLONG-105). A verifier reading a long stay asks what its extra days held. Room and nursing
// are billed for any day a patient is kept; drugs, tests, imaging, consumables and procedures follow
// the course of the illness. A stay kept past its course bills its extra days as room and nursing,
// its care the course's (los-idle-days.ts reads that shape); a stay that is long because the
// patient was sicker bills care for those days too: severe pre-eclampsia's magnesium, the
// antihypertensives and the repeated liver, kidney and clotting tests; a tuberculous effusion's
// chest drain with its X-rays, or a spinal abscess's imaging and intravenous drugs. Such a stay is
// outside the norms of its group (los-condition.ts groupNormJudgesSql): its care, against the
// code's stays at every other facility, grew with its length.
// The care is read at the base tariff key (claim base: a dear region or class bills more for the
// same care) and net of any special-CMG top-up (an implant, a drug, an investigation or sub-acute
// days paid on top of the group: one item, or the length itself, not care of the days).
import { hotelCareLogSql } from './hotel-care.js';
import { complicationCourseSql, tuberculousMeningitisCourseSql } from './los-complication-course.js';
import { diabeticFootCourseSql } from './los-diabetic-foot-course.js';
import { OTHER_FACILITY_NORM_TABLE } from './other-facility-norms.js';
import { OTHER_FACILITY_PEER_TABLE } from './other-facility-table.js';
import { LOG_COST_SMOOTHING } from './peers.js';

/**
 * How much of a stay's growth its care must show (both on a log scale, against the code's stays
 * at other facilities). Assumption: the work-up and the acute treatment fill the first days, so an
 * honest long stay's care per day falls as the stay lengthens, while a stay kept past its course adds
 * no care at all (los-idle-days.ts: only room and nursing grow). Half the growth, care growing
 * as the square root of the stay, is the midpoint between the two. Measured on the red team's base
 * extract: the long stays named PROLONGED_LOS at the providers that hold them show at most 0.42 of
 * their growth in their care.
 */
export const CARE_GROWTH_SHARE = 0.5;

/**
 * The least care excess (log) that can carry a stay at all: a quarter above the code's care
 * elsewhere, ln 1.25. Assumption, measured on the red team's base extract: the care of stays no
 * longer than their reference differs from the code's elsewhere by a log spread of 0.48, its 75th
 * percentile at 0.19; a stay a day past a long norm asks little growth, and the bill's ordinary
 * spread must not pass for its care.
 */
export const MIN_CARE_EXCESS_LOG = Math.log(1.25);

/**
 * The least severity level (INA-CBG: I, II, III) whose stays can carry their days: level II and III are
 * set by a complication or comorbidity the record codes (a secondary diagnosis such as severe
 * pre-eclampsia or a pleural effusion), whose own treatment has days of its own. A level-I stay
 * codes none: its course is its condition's, which the group's norm is.
 */
export const MIN_CARRIED_SEVERITY = 2;

/**
 * SQL: log of the care of fraud_claim_base `b`: its bill less room, nursing and rehabilitation, at
 * the base tariff key, net of special-CMG top-ups. Therapy days are judged apart, and only when the
 * therapy is coded (los-condition.ts therapyStaySql): an uncoded rehabilitation line carries nothing.
 */
const careLogSql = (b: string): string => {
  const hotel = `(${b}.tarif_kamar + ${b}.tarif_keperawatan + coalesce(${b}.tarif_rehabilitasi, 0))`;
  const topUp = `ln((${b}.tarif_inacbg + coalesce(${b}.tarif_special_cmg, 0) + 1) / (${b}.tarif_inacbg + 1))`;
  return `(ln((greatest(${b}.billed_cost - ${hotel}, 0) + ${LOG_COST_SMOOTHING}) / ${b}.tariff_key_factor) - ${topUp})`;
};

/** SQL: the code's care at other facilities (log) from leave-out peers `o` and the code's mean bill shape there `hotelLog`. */
const peerCareLogSql = (o: string, hotelLog: string): string => `(${o}.base_log_cost - ln(1 + exp(${hotelLog})))`;

/**
 * SQL: per facility (facility_id, care_level), the median care excess of the provider's ordinary
 * stays (no longer than their reference, without intensive care or ventilation) against their
 * codes' care at other facilities: the provider's price level. A provider that bills every stay
 * dear shows no care by a dear long stay; a long stay's care is read above that level (never below
 * the code's care elsewhere: a cheap provider is not credited). `peers` holds the leave-out rows
 * (facility_id, kode_inacbg, n, los_median, base_log_cost), `k` the code's bill shape at other
 * facilities (facility_id, kode_inacbg, hotel_care_log: los-idle-days.ts idle_k).
 */
function careLevelSql(peers: string, k: string): string {
  return `SELECT b.facility_id, median(${careLogSql('b')} - ${peerCareLogSql('o', 'k.hotel_care_log')}) AS care_level
  FROM fraud_claim_base b JOIN ${peers} o ON o.facility_id = b.facility_id AND o.kode_inacbg = b.kode_inacbg AND o.n > 0
  JOIN ${k} k ON k.facility_id = b.facility_id AND k.kode_inacbg = b.kode_inacbg
  WHERE b.jenis_rawat = 1 AND b.severity_rank > 0 AND b.discharge_status <> 4 AND coalesce(b.icu_los, 0) = 0 AND b.ventilator_hour = 0
    AND b.tarif_inacbg > 0 AND b.los <= greatest(b.los_norm, coalesce(o.los_median, 0))
  GROUP BY b.facility_id`;
}

/** Provider distribution CTE `care_level` (careLevelSql), after the CTE idle_k (los-idle-days.ts). */
export function careLevelCtesSql(): string {
  return `care_level AS (
  ${careLevelSql(OTHER_FACILITY_PEER_TABLE, 'idle_k')}
)`;
}

export const CARE_LEVEL_COLUMNS = 'care_level.care_level';
export const CARE_LEVEL_JOINS = 'LEFT JOIN care_level USING (facility_id)';

/**
 * SQL predicate on a fraud_claim_base row `b`: a stay of severity MIN_CARRIED_SEVERITY or above,
 * longer than its reference (the INA-CBG norm or the code's median stay at other facilities, the
 * longer, from the leave-out row `co`), whose care (careLogSql) exceeds the code's care at other
 * facilities (their median bill at the base key, less the share of room and nursing their mean
 * bill shape `hotelLog` gives), above the provider's own price level `level` (a NULL level is none),
 * by at least CARE_GROWTH_SHARE of the stay's growth (log) and MIN_CARE_EXCESS_LOG; or a stay within
 * the guideline course of the complication that raised its level, with the course's care on the
 * bill (los-complication-course.ts: severe pre-eclampsia at a delivery).
 */
function carriedSql(b: string, co: string, hotelLog: string, level: string): string {
  const growth = `ln(greatest(${b}.los, 1) / greatest(${b}.los_norm, coalesce(${co}.los_median, 0), 1))`;
  const careExcess = `(${careLogSql(b)} - ${peerCareLogSql(co, hotelLog)} - greatest(coalesce(${level}, 0), 0))`;
  // or within the guideline course of the complication that raised its level, with the course's care (los-complication-course.ts)
  return `(${b}.severity_rank >= ${MIN_CARRIED_SEVERITY} AND ${growth} > 0
      AND (${careExcess} >= greatest(${CARE_GROWTH_SHARE} * ${growth}, ${MIN_CARE_EXCESS_LOG}) OR ${complicationCourseSql(b, careExcess)} OR ${tuberculousMeningitisCourseSql(b, careExcess)}
        OR ${diabeticFootCourseSql(b, careExcess)}))`;
}

/** The stays whose bill carries their days (carriedSql): one row per stay (nomor_sep), computed once per build. */
export const CARRIED_STAY_TABLE = 'fraud_carried_stays';

/**
 * SQL: the nomor_sep of the stays whose bill carries their days (carriedSql), from leave-out rows
 * `peers`, bill shapes `k` and price levels `level` (facility_id, care_level). Every reader leaves
 * them out (notCarriedSql): the claim-level signals (los-condition.ts groupNormJudgesSql) and the
 * provider counts of long stays and of stays past the norm, observed and expected alike: a stay the
 * group's norms do not judge neither names its provider nor sets the rate other providers are read
 * against (red team RT-NM-PREECLAMPSIA-101: five severe pre-eclampsias with magnesium and their
 * tests, kept long because the patients were sick, put their hospital over the provider line).
 */
function carriedStaysSql(peers: string, k: string, level: string): string {
  return `SELECT b.nomor_sep FROM fraud_claim_base b
  JOIN ${peers} co ON co.facility_id = b.facility_id AND co.kode_inacbg = b.kode_inacbg AND co.n > 0
  JOIN ${k} k ON k.facility_id = b.facility_id AND k.kode_inacbg = b.kode_inacbg
  LEFT JOIN ${level} l ON l.facility_id = b.facility_id
  WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND ${carriedSql('b', 'co', 'k.hotel_care_log', 'l.care_level')}`;
}

/**
 * CTEs of the carried stays of the batch, judged against the leave-out norms `peers`
 * (fraud_other_facility_norms, the rows fraud_other_facility_peers publishes: n, los_median and
 * base_log_cost copied as they are, so arrival judges against the same values): `cc_k` (the code's
 * bill shape at other facilities, as los-idle-days.ts idle_k, which the provider distribution
 * publishes as hotel_care_norms), `cc_level` (careLevelSql, the distribution's care_level) and
 * `carried_stay` (nomor_sep).
 */
function carriedStayPeerCtesSql(peers: string): string {
  return `cc_f AS (
  SELECT facility_id, kode_inacbg, count(*) AS n, sum(${hotelCareLogSql('b')}) AS s
  FROM fraud_claim_base b WHERE b.jenis_rawat = 1 AND b.severity_rank > 0 AND b.discharge_status <> 4 GROUP BY ALL
), cc_k AS (
  SELECT f.facility_id, f.kode_inacbg, (c.s - f.s) / nullif(c.n - f.n, 0) AS hotel_care_log
  FROM cc_f f JOIN (SELECT kode_inacbg, sum(n) AS n, sum(s) AS s FROM cc_f GROUP BY ALL) c USING (kode_inacbg)
), cc_level AS (
  ${careLevelSql(peers, 'cc_k')}
), carried_stay AS (
  ${carriedStaysSql(peers, 'cc_k', 'cc_level')}
)`;
}

/**
 * fraud_carried_stays in the batch: computed once, from the leave-out norms
 * (fraud_other_facility_norms) before fraud_other_facility_peers, whose counts leave these stays
 * out, and joined by every reader after it (those counts, the provider distribution's long-stay
 * count, every PROLONGED_LOS signal through groupNormJudgesSql). Arrival fills it from the
 * published rows (arrivalCarriedStaysSql).
 */
export function carriedStaysStepSql(): string {
  return `
CREATE OR REPLACE TABLE ${CARRIED_STAY_TABLE} AS
WITH ${carriedStayPeerCtesSql(OTHER_FACILITY_NORM_TABLE)}
SELECT nomor_sep FROM carried_stay`;
}

/**
 * fraud_carried_stays on arrival: the request's stays judged against the published rows the batch
 * judged by: the leave-out norms of fraud_other_facility_peers, the bill shapes (hotel_care_norms)
 * and price levels (care_level) of the provider distribution `distribution`, read for the request's
 * facilities only (the distribution is national).
 */
export function arrivalCarriedStaysSql(distribution: string): string {
  const own = `FROM ${distribution} WHERE facility_id IN (SELECT facility_id FROM fraud_claim_base)`;
  return `
CREATE OR REPLACE TABLE ${CARRIED_STAY_TABLE} AS
${carriedStaysSql(OTHER_FACILITY_PEER_TABLE, `(SELECT facility_id, unnest(hotel_care_norms, recursive := true) ${own})`, `(SELECT facility_id, care_level ${own})`)}`;
}

/** SQL predicate on a fraud_claim_base row `b`: not a stay whose bill carries its days (fraud_carried_stays). */
export const notCarriedSql = (b: string): string => `${b}.nomor_sep NOT IN (SELECT nomor_sep FROM ${CARRIED_STAY_TABLE})`;
