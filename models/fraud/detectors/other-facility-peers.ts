// The other-facility peers: a facility's stays of a code judged against the same code at every other
// facility (leave-out norms), so a provider that keeps every patient long, or codes every stay severe,
// cannot move the line it is judged against. Built from the batch and published for arrival scoring
// like the other peer norms (peers.ts).
import { carriedStayPeerCtesSql } from './los-care-carried.js';
import { CASEMIX_PEER_TABLE, MIN_PEER_GROUP } from './peers.js';
import { stayEventWeightSql } from './stay-events.js';
import { wardDaysSql } from './ward-days.js';

export { OTHER_FACILITY_PEER_TABLE } from './other-facility-table.js';
import { OTHER_FACILITY_PEER_TABLE } from './other-facility-table.js';
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
 * fraud_other_facility_peers: per facility and INA-CBG code, the case-mix norms of the code at
 * every other facility (never the facility itself) of its hospital class, or of all classes when
 * those hold fewer than MIN_PEER_GROUP stays: median and 90th-percentile length of stay (the
 * latter a whole-day line, wholeValueLineSql), median bill at the base tariff key. A provider that
 * keeps every patient of one condition long, or codes every delivery severe, must not move the
 * line it is judged against: six appendectomies kept 6-7
 * days moved their class's 90th percentile from 5 to 6.6 days (red team RT-LOS-31), six upcoded
 * deliveries pulled the severity-III median bill below severity II's (RT-UPCODE-31). A code no
 * other facility billed has a row with no norm (n 0). Beside the stays' median bill, the median of
 * the other facilities' median bills (facility_log_cost, of cost_facilities voices:
 * leaveOutFacilityMedianSql), the norm a level's stays are judged coded up against.
 * And the facility's standing against those others, so that batch and arrival read the same
 * counts: its stays of the code beyond the 90th percentile it is judged against
 * (long_stays_observed) and the count at every other facility's rate of the code
 * (long_stays_expected, half a stay of prior); its stays of the code past the INA-CBG norm
 * (past_norm_observed of past_norm_stays) and every other facility's rate of that (past_norm_rate): a stay stretched
 * by a day or two stays under the 90th percentile, but moves the share past the norm; and the
 * severity levels of the code's CBG group at the facility, counted by event (stayEventWeightSql: group_stays,
 * group_above_one_observed for levels II and III, group_severe_observed for III) with the rates of the group's other
 * facilities of the class (group_above_one_rate, group_severe_rate): a provider that codes one
 * group up hides in its overall severity mix.
 */
export function otherFacilityPeersSql(): string {
  return `
CREATE OR REPLACE TABLE ${OTHER_FACILITY_PEER_TABLE} AS
WITH los AS (${leaveOutQuantilesSql('los', { los_median: 0.5 }, { los_p90: 0.9 })}),
cost AS (${leaveOutQuantilesSql(`round(base_log_cost / ${LOG_COST_BIN}) * ${LOG_COST_BIN}`, { base_log_cost: 0.5 })}),
cost_voices AS (${leaveOutFacilityMedianSql('base_log_cost')}),
stays AS (
  SELECT b.nomor_sep, b.facility_id, b.kode_inacbg, b.cbg_base, b.severity_rank, b.hospital_class, b.los, b.los_norm, ${stayEventWeightSql('b')} AS w,
    ${wardDaysSql('b')} AS ward_days
  FROM fraud_claim_base b WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND b.severity_rank > 0
),
pairs AS (SELECT facility_id, kode_inacbg, any_value(cbg_base) AS cbg_base, any_value(hospital_class) AS hospital_class FROM stays GROUP BY facility_id, kode_inacbg),
norms AS (
  SELECT p.*, coalesce(l.peer_level, 'none') AS peer_level, coalesce(l.n, 0)::BIGINT AS n, l.los_median::DOUBLE AS los_median,
    l.los_p90::DOUBLE AS los_p90, c.base_log_cost::DOUBLE AS base_log_cost,
    cv.median::DOUBLE AS facility_log_cost, coalesce(cv.facilities, 0)::BIGINT AS cost_facilities,
    -- the line a stay is judged against (otherFacilityNorm): the facility's own code's case-mix norm when nobody else billed it
    CASE WHEN coalesce(l.n, 0) = 0 THEN m.los_p90 ELSE l.los_p90 END AS judged_p90
  FROM pairs p LEFT JOIN los l USING (facility_id, kode_inacbg) LEFT JOIN cost c USING (facility_id, kode_inacbg)
  LEFT JOIN cost_voices cv ON cv.facility_id = p.facility_id AND cv.kode_inacbg = p.kode_inacbg AND cv.peer_level = l.peer_level
  LEFT JOIN ${CASEMIX_PEER_TABLE} m ON m.kode_inacbg = p.kode_inacbg AND m.hospital_class = p.hospital_class
),
${carriedStayPeerCtesSql('norms')},
-- the stays the group's LOS norms judge in the long-stay and past-norm counts: not a stay whose bill carries its days
-- (los-care-carried.ts), at the facility and at the others alike
judged AS (SELECT * FROM stays WHERE nomor_sep NOT IN (SELECT nomor_sep FROM carried_stay)),
longs AS (
  SELECT s.facility_id, s.kode_inacbg, count(*) AS stays, count(*) FILTER (WHERE s.los > n.judged_p90) AS observed
  FROM judged s JOIN norms n USING (facility_id, kode_inacbg) WHERE n.judged_p90 IS NOT NULL GROUP BY ALL
), long_rate AS (
  SELECT facility_id, kode_inacbg, stays, observed,
    stays * (sum(observed) OVER (PARTITION BY kode_inacbg) - observed + 0.5) / (sum(stays) OVER (PARTITION BY kode_inacbg) - stays + 1) AS expected
  FROM longs
), past AS (
  -- stays past the INA-CBG norm of their code (the days the tariff pays for) at the rate of every other facility, by
  -- their ward days (wardDaysSql: intensive care is care needed, as los_above_norm reads it)
  SELECT facility_id, kode_inacbg, count(*) AS stays, count(*) FILTER (WHERE ward_days > los_norm) AS observed
  FROM judged WHERE los_norm > 0 GROUP BY ALL
), past_rate AS (
  SELECT facility_id, kode_inacbg, stays, observed,
    (sum(observed) OVER (PARTITION BY kode_inacbg) - observed + 0.5) / (sum(stays) OVER (PARTITION BY kode_inacbg) - stays + 1) AS rate
  FROM past
), sev_f AS (
  -- a CBG group's severity levels at the facility against its other facilities of the same class (all classes when
  -- those hold fewer than MIN_PEER_GROUP stays of the group), half a stay of prior; stays counted by event as the coder
  -- counts (stayEventWeightSql): twins admitted with their mother weigh one birth, not three trials
  SELECT facility_id, cbg_base, any_value(hospital_class) AS hospital_class, sum(w) AS n,
    coalesce(sum(w) FILTER (WHERE severity_rank >= 2), 0) AS above_one, coalesce(sum(w) FILTER (WHERE severity_rank = 3), 0) AS severe
  FROM stays GROUP BY facility_id, cbg_base
), sev AS (
  SELECT facility_id, cbg_base, n, above_one, severe, sum(n) OVER c - n >= ${MIN_PEER_GROUP} AS class_peers,
    sum(n) OVER c - n AS class_n, sum(above_one) OVER c - above_one AS class_above_one, sum(severe) OVER c - severe AS class_severe,
    sum(n) OVER a - n AS all_n, sum(above_one) OVER a - above_one AS all_above_one, sum(severe) OVER a - severe AS all_severe
  FROM sev_f WINDOW c AS (PARTITION BY cbg_base, hospital_class), a AS (PARTITION BY cbg_base)
), sev_rate AS (
  SELECT facility_id, cbg_base, n, above_one, severe,
    CASE WHEN class_peers THEN (class_above_one + 0.5) / (class_n + 1) ELSE (all_above_one + 0.5) / (all_n + 1) END AS above_one_rate,
    CASE WHEN class_peers THEN (class_severe + 0.5) / (class_n + 1) ELSE (all_severe + 0.5) / (all_n + 1) END AS severe_rate
  FROM sev
)
SELECT n.facility_id, n.kode_inacbg, n.cbg_base, n.hospital_class, n.peer_level, n.n, n.los_median, n.los_p90, n.base_log_cost,
  n.facility_log_cost, n.cost_facilities,
  coalesce(r.stays, 0)::BIGINT AS long_stays, coalesce(r.observed, 0)::BIGINT AS long_stays_observed, coalesce(r.expected, 0)::DOUBLE AS long_stays_expected,
  coalesce(pr.stays, 0)::BIGINT AS past_norm_stays, coalesce(pr.observed, 0)::BIGINT AS past_norm_observed, coalesce(pr.rate, 0)::DOUBLE AS past_norm_rate,
  coalesce(g.n, 0)::DOUBLE AS group_stays, coalesce(g.above_one, 0)::DOUBLE AS group_above_one_observed,
  coalesce(g.severe, 0)::DOUBLE AS group_severe_observed, coalesce(g.above_one_rate, 0)::DOUBLE AS group_above_one_rate,
  coalesce(g.severe_rate, 0)::DOUBLE AS group_severe_rate
FROM norms n LEFT JOIN long_rate r USING (facility_id, kode_inacbg) LEFT JOIN past_rate pr USING (facility_id, kode_inacbg)
LEFT JOIN sev_rate g ON g.facility_id = n.facility_id AND g.cbg_base = n.cbg_base`;
}

/**
 * SQL joining a claim's stay (alias `b`, or any row with facility_id, kode_inacbg and
 * hospital_class) to its norms from other facilities: the leave-out row of its facility and code
 * (alias `${x}`) and the case-mix peers of its code and class (alias `${x}c`), which are all other
 * facilities when the facility billed no stay of the code in the batch (an arrival of a new pair)
 * and only the facility itself when no other facility billed it.
 * Read the norms with otherFacilityNorm.
 */
export const otherFacilityJoin = (b: string, x: string, code = `${b}.kode_inacbg`): string => `
JOIN ${CASEMIX_PEER_TABLE} ${x}c ON ${x}c.kode_inacbg = ${code} AND ${x}c.hospital_class = ${b}.hospital_class
LEFT JOIN ${OTHER_FACILITY_PEER_TABLE} ${x} ON ${x}.facility_id = ${b}.facility_id AND ${x}.kode_inacbg = ${code}`;
/**
 * SQL: norm `col` (los_median, los_p90, base_log_cost, facility_log_cost) of a join made by
 * otherFacilityJoin. Where no other facility billed the code, the case-mix norm, the provider's own
 * stays, is all there is to compare with (a provider's infarctions billed like its own angina stays
 * are still told apart); one facility's stays have one median, so facility_log_cost is then its base_log_cost.
 */
export const otherFacilityNorm = (x: string, col: 'los_median' | 'los_p90' | 'base_log_cost' | 'facility_log_cost'): string =>
  `CASE WHEN coalesce(${x}.n, 0) = 0 THEN ${x}c.${col === 'facility_log_cost' ? 'base_log_cost' : col} ELSE ${x}.${col} END`;
