// The other-facility norms: per facility and INA-CBG code, the case-mix norms of the code at every other
// facility (leave-out norms), the first of the three steps of fraud_other_facility_peers (norms, then the
// stays whose bill carries their days, los-care-carried.ts, then the counts, other-facility-peers.ts): the
// carried stays are judged against these norms, and the counts leave those stays out.
import { CASEMIX_PEER_TABLE, MIN_PEER_GROUP } from './peers.js';

/** The leave-out norms alone, before the counts that need the carried stays (other-facility-peers.ts publishes them with the counts). */
export const OTHER_FACILITY_NORM_TABLE = 'fraud_other_facility_norms';

/** SQL: the stays the leave-out norms read, of fraud_claim_base `b`: inpatient, not referred on, of a severity level. */
export const normStaySql = (b: string): string => `${b}.jenis_rawat = 1 AND ${b}.discharge_status <> 4 AND ${b}.severity_rank > 0`;

/** Width of the log-cost bins the leave-out cost median is read from: 5%, so the median is within 2.5% of the exact one. */
const LOG_COST_BIN = 0.05;

/** SQL: quantile `q` of histogram rows (`v`, cumulative count `cum`, `total`), interpolated between order statistics as quantile_cont does. */
function histogramQuantile(q: number): string {
  const h = `(total - 1) * ${q}`;
  const at = (rank: string): string => `min(v) FILTER (WHERE cum > ${rank})`;
  return `${at(`floor(${h})`)} + (${h} - floor(${h})) * (${at(`ceil(${h})`)} - ${at(`floor(${h})`)})`;
}

/**
 * SQL: the line of histogram rows (`v`, cumulative count `cum`, `total`) that share `q` of the stays
 * reach no further than: the smallest value with cum >= q * total. Stays count whole days, so a
 * stay beyond this line is as long as at most 1 - q of the others; quantile_cont's interpolation
 * between two whole days (7.5 between 7 and 8) would call 8 days beyond the 90th percentile when
 * 11% of the others last 8 days or more (red team RT-NM-ADHESION-71: honest 8-day adhesion
 * laparotomies in a pool of 36 where four stays last 8 days or more).
 */
function wholeValueLineSql(q: number): string {
  // the rounding guard keeps 0.9 * 10 = 9.000000000000002 from asking for a tenth stay
  return `min(v) FILTER (WHERE cum >= ${q} * total - 1e-9)`;
}

/**
 * SQL: per facility and INA-CBG code, quantiles of `value` over the stays of the code at every
 * other facility, in the facility's hospital class or in all classes (`peer_level`): the
 * histogram of the class (or of all classes) less the facility's own, its quantiles read off the
 * cumulative counts. Columns: facility_id, kode_inacbg, peer_level, n, and one column per quantile
 * (interpolated, as quantile_cont) and per line (`lines`: wholeValueLineSql).
 */
function leaveOutQuantilesSql(
  value: string,
  quantiles: Readonly<Record<string, number>>,
  lines: Readonly<Record<string, number>> = {},
): string {
  const cols = [
    ...Object.entries(quantiles).map(([name, q]) => `${histogramQuantile(q)} AS ${name}`),
    ...Object.entries(lines).map(([name, q]) => `${wholeValueLineSql(q)} AS ${name}`),
  ].join(', ');
  return `
WITH s AS (
  SELECT facility_id, kode_inacbg, hospital_class, ${value} AS v FROM fraud_claim_base WHERE jenis_rawat = 1 AND discharge_status <> 4 AND severity_rank > 0
), own AS (SELECT facility_id, kode_inacbg, v, count(*) AS n FROM s GROUP BY ALL),
cls AS (SELECT kode_inacbg, hospital_class, v, count(*) AS n FROM s GROUP BY ALL),
alls AS (SELECT kode_inacbg, v, count(*) AS n FROM s GROUP BY ALL),
pairs AS (SELECT facility_id, kode_inacbg, any_value(hospital_class) AS hospital_class, count(*) AS n FROM s GROUP BY ALL),
-- the other stays of the code in the facility's class: all classes are read only for a pair with too few
others AS (SELECT *, coalesce(sum(n) OVER (PARTITION BY kode_inacbg, hospital_class), n) - n AS class_others FROM pairs),
h AS (
  SELECT p.facility_id, p.kode_inacbg, 'class' AS peer_level, c.v, c.n - coalesce(o.n, 0) AS n
  FROM pairs p JOIN cls c ON c.kode_inacbg = p.kode_inacbg AND c.hospital_class = p.hospital_class
  LEFT JOIN own o ON o.facility_id = p.facility_id AND o.kode_inacbg = p.kode_inacbg AND o.v = c.v
  UNION ALL
  SELECT p.facility_id, p.kode_inacbg, 'all classes', a.v, a.n - coalesce(o.n, 0)
  FROM others p JOIN alls a ON a.kode_inacbg = p.kode_inacbg
  LEFT JOIN own o ON o.facility_id = p.facility_id AND o.kode_inacbg = p.kode_inacbg AND o.v = a.v
  WHERE p.class_others < ${MIN_PEER_GROUP}
), c AS (
  SELECT *, sum(n) OVER (PARTITION BY facility_id, kode_inacbg, peer_level ORDER BY v) AS cum,
    sum(n) OVER (PARTITION BY facility_id, kode_inacbg, peer_level) AS total
  FROM h WHERE n > 0
)
SELECT * FROM (SELECT facility_id, kode_inacbg, peer_level, total AS n, ${cols} FROM c GROUP BY facility_id, kode_inacbg, peer_level, total)
-- the class when it holds enough other stays, as the case-mix peers choose
QUALIFY row_number() OVER (PARTITION BY facility_id, kode_inacbg ORDER BY (peer_level = 'class' AND n >= ${MIN_PEER_GROUP}) DESC, peer_level = 'all classes' DESC) = 1`;
}

/**
 * SQL: per facility and INA-CBG code, the median over every other facility of the code of that
 * facility's own median `value`: each other facility one voice, however many stays it bills, so
 * one provider that bills a third of a class's stays of a level cannot set the level's norm (red
 * team RT-UPCODE-51: one hospital's 7 of the 22 other class-C stays of I-4-12-II, billed as the
 * pneumonias they were, pulled the stays' median under two stays coded up). The peer level
 * (`peer_level`: the class, or all classes) is chosen by other stays as leaveOutQuantilesSql
 * chooses it, so both norms of a pair read the same facilities. Columns: facility_id,
 * kode_inacbg, peer_level, facilities (the voices), median. Thin groups: with two other
 * facilities the norm is the midpoint of their medians, with one it is that facility's median,
 * the stays' median too.
 */
function leaveOutFacilityMedianSql(value: string): string {
  return `
WITH f AS (
  SELECT facility_id, kode_inacbg, any_value(hospital_class) AS hospital_class, count(*) AS stays, median(${value}) AS v
  FROM fraud_claim_base WHERE jenis_rawat = 1 AND discharge_status <> 4 AND severity_rank > 0 GROUP BY facility_id, kode_inacbg
), others AS (SELECT *, coalesce(sum(stays) OVER (PARTITION BY kode_inacbg, hospital_class), stays) - stays AS class_others FROM f),
cls AS (SELECT kode_inacbg, hospital_class, v, count(*) AS n FROM f GROUP BY ALL),
alls AS (SELECT kode_inacbg, v, count(*) AS n FROM f GROUP BY ALL),
h AS (
  -- the histogram of facility medians less the facility's own one
  SELECT p.facility_id, p.kode_inacbg, 'class' AS peer_level, c.v, c.n - (c.v = p.v)::BIGINT AS n
  FROM f p JOIN cls c ON c.kode_inacbg = p.kode_inacbg AND c.hospital_class = p.hospital_class
  UNION ALL
  SELECT p.facility_id, p.kode_inacbg, 'all classes', a.v, a.n - (a.v = p.v)::BIGINT
  FROM others p JOIN alls a ON a.kode_inacbg = p.kode_inacbg WHERE p.class_others < ${MIN_PEER_GROUP}
), c AS (
  SELECT *, sum(n) OVER (PARTITION BY facility_id, kode_inacbg, peer_level ORDER BY v) AS cum,
    sum(n) OVER (PARTITION BY facility_id, kode_inacbg, peer_level) AS total
  FROM h WHERE n > 0
)
SELECT facility_id, kode_inacbg, peer_level, total AS facilities, ${histogramQuantile(0.5)} AS median
FROM c GROUP BY facility_id, kode_inacbg, peer_level, total`;
}

/**
 * fraud_other_facility_norms: per facility and INA-CBG code, the case-mix norms of the code at
 * every other facility (never the facility itself) of its hospital class, or of all classes when
 * those hold fewer than MIN_PEER_GROUP stays: median and 90th-percentile length of stay (the
 * latter a whole-day line, wholeValueLineSql), median bill at the base tariff key. A provider that
 * keeps every patient of one condition long, or codes every delivery severe, must not move the
 * line it is judged against: six appendectomies kept 6-7
 * days moved their class's 90th percentile from 5 to 6.6 days (red team RT-LOS-31), six upcoded
 * deliveries pulled the severity-III median bill below severity II's (RT-UPCODE-31). A code no
 * other facility billed has a row with no norm (n 0). Beside the stays' median bill, the median of
 * the other facilities' median bills (facility_log_cost, of cost_facilities voices:
 * leaveOutFacilityMedianSql), the norm a level's stays are judged coded up against, and the median
 * of their median stays (facility_los_median, the same voices), the length a stay of the level below
 * is judged by (patterns.ts unsupportedSeveritySql: one hospital's short stays must not set it). judged_p90 is
 * the line a stay is judged against (otherFacilityNorm), which the long-stay counts read.
 */
export function otherFacilityNormsSql(): string {
  return `
CREATE OR REPLACE TABLE ${OTHER_FACILITY_NORM_TABLE} AS
WITH los AS (${leaveOutQuantilesSql('los', { los_median: 0.5 }, { los_p90: 0.9 })}),
cost AS (${leaveOutQuantilesSql(`round(base_log_cost / ${LOG_COST_BIN}) * ${LOG_COST_BIN}`, { base_log_cost: 0.5 })}),
cost_voices AS (${leaveOutFacilityMedianSql('base_log_cost')}),
los_voices AS (${leaveOutFacilityMedianSql('los')}),
pairs AS (
  SELECT facility_id, kode_inacbg, any_value(cbg_base) AS cbg_base, any_value(hospital_class) AS hospital_class
  FROM fraud_claim_base b WHERE ${normStaySql('b')} GROUP BY facility_id, kode_inacbg
)
SELECT p.*, coalesce(l.peer_level, 'none') AS peer_level, coalesce(l.n, 0)::BIGINT AS n, l.los_median::DOUBLE AS los_median,
  l.los_p90::DOUBLE AS los_p90, c.base_log_cost::DOUBLE AS base_log_cost,
  cv.median::DOUBLE AS facility_log_cost, coalesce(cv.facilities, 0)::BIGINT AS cost_facilities, lv.median::DOUBLE AS facility_los_median,
  -- the line a stay is judged against (otherFacilityNorm): the facility's own code's case-mix norm when nobody else billed it
  CASE WHEN coalesce(l.n, 0) = 0 THEN m.los_p90 ELSE l.los_p90 END AS judged_p90
FROM pairs p LEFT JOIN los l USING (facility_id, kode_inacbg) LEFT JOIN cost c USING (facility_id, kode_inacbg)
LEFT JOIN cost_voices cv ON cv.facility_id = p.facility_id AND cv.kode_inacbg = p.kode_inacbg AND cv.peer_level = l.peer_level
LEFT JOIN los_voices lv ON lv.facility_id = p.facility_id AND lv.kode_inacbg = p.kode_inacbg AND lv.peer_level = l.peer_level
LEFT JOIN ${CASEMIX_PEER_TABLE} m ON m.kode_inacbg = p.kode_inacbg AND m.hospital_class = p.hospital_class`;
}
