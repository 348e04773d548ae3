// Provider patterns of PROLONGED_LOS and UPCODING that no single claim shows: stays stretched a
// day or two past the INA-CBG norm (under every percentile line, but moving the provider's share
// past the norm), patients kept over a weekend or holiday for the doctor's round, one CBG group coded up at the provider against the group's other facilities,
// and a coder who codes higher than colleagues at the same hospital on the same groups. The
// counts are built once per batch (peers.ts fraud_other_facility_peers, and the provider
// distribution here) and published, so arrival reads the figures the batch judged by; the
// detectors (claim-content.ts) name the claims with provider-excess-hits.ts.
import { HOLIDAYS } from '../../../data-samples/reference/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { OTHER_FACILITY_PEER_TABLE } from './other-facility-peers.js';
import { stayEventWeightSql } from './stay-events.js';
import { wardDaysSql } from './ward-days.js';

/**
 * Pseudo-stays of the group's rate at the hospital's other facilities mixed into a coder's
 * colleagues (assumption, as SEVERITY_PEER_SMOOTHING): a coder with few colleagues on a group is
 * compared with the class's other hospitals more than with them.
 */
const CODER_PEER_SMOOTHING = 5;

/** Thresholds of a binomial excess test: at least `minClaims` observed, `ratio` times the expected, z >= `z`. */
export interface ExcessThresholds {
  readonly minClaims: number;
  readonly ratio: number;
  readonly z: number;
}

/**
 * SQL of an excess test on a count of `n` trials with expected `expected` and binomial variance
 * `variance`. A Poisson test (patterns.ts excessSql) suits rare events; stays past the norm or coded
 * above severity I are common (a third of honest stays), and their count cannot exceed the
 * stays: the binomial variance is the honest spread.
 */
export function binomialExcessSql(observed: string, expected: string, variance: string, t: ExcessThresholds): string {
  return `(${observed} >= ${t.minClaims} AND ${observed} >= ${t.ratio} * ${expected} AND (${observed} - ${expected}) / sqrt(greatest(${variance}, 0.25)) >= ${t.z})`;
}

/** SQL: binomial variance of a count of `n` trials at rate `p`. */
export const binomialVariance = (n: string, p: string): string => `${n} * ${p} * (1 - ${p})`;

/**
 * Colleagues' stays of a CBG group below which their share coded above severity I is no standard
 * to read a coder's shortfall against (assumption, as CODER_PEER_SMOOTHING: five stays, where one
 * stay moves the share by a fifth).
 */
export const UNDER_CODING_MIN_COLLEAGUE_STAYS = CODER_PEER_SMOOTHING;

/**
 * Provider distribution CTEs: `past_norm` (per facility: stays past the INA-CBG norm of their code,
 * the count at every other facility's rate of each code and of the facility's diagnoses within it
 * (other-facility-peers.ts past_norm_rate), its binomial variance) and `coder_severity`
 * (per facility: for each coder, the inpatient stays coded above severity I against the colleagues'
 * rate on the same CBG groups, shrunk towards the group's rate at the class's other facilities).
 *
 * The past-norm count is read against the provider's own coding (red team RT-NM-CODER-81). A coder
 * who writes the primary diagnosis only leaves sicker patients at severity I, and a sick patient
 * stays longer than the severity-I norm: under-coding fills the severity-I codes' past-norm counts
 * with honest days. So where a coder codes a group above severity I less often than both its
 * colleagues at the hospital on that group and the group's other facilities (the shortfall, net
 * over the coder's groups, stays: coding the way the UPCODING coder signal reads a coder above
 * colleagues), that many of the group's severity-I stays are taken as the higher-level patients
 * the hospital's own standard would code, and expected past the severity-I norm at the rate the
 * group's stays above severity I at every other facility run past it. A hospital whose coders
 * code alike gets nothing from this, nor one whose coders all code at severity I (no standard of
 * its own says they under-code). Measured: no PROLONGED_LOS scenario of the red team moves; on
 * 150,000 generated members 33 of 100 hospitals gain at most 3.6 expected stays, and the one
 * hospital over the provider line stays over it (z 4.05 to 3.99).
 */
export function pastNormCtesSql(): string {
  return `pn_coder AS (
  SELECT facility_id, coder_id, cbg_base, count(*) AS n, count(*) FILTER (WHERE severity_rank >= 2) AS above_one
  FROM fraud_claim_base WHERE jenis_rawat = 1 AND discharge_status <> 4 AND severity_rank > 0 AND coder_id IS NOT NULL GROUP BY ALL
), pn_coder_gap AS (
  -- stays the coder left at severity I that its colleagues on the group (their own share, not shrunk: the hospital's
  -- standard, not the class's) and the group's other facilities would both code above it; negative where it codes above
  SELECT c.facility_id, c.coder_id, c.cbg_base, sum(c.n) OVER g - c.n AS colleague_n,
    c.n * least((sum(c.above_one) OVER g - c.above_one) / greatest(sum(c.n) OVER g - c.n, 1), coalesce(o.rate, 1)) - c.above_one AS gap
  FROM pn_coder c
  LEFT JOIN (SELECT facility_id, cbg_base, any_value(group_above_one_rate) AS rate FROM ${OTHER_FACILITY_PEER_TABLE} GROUP BY ALL) o
    ON o.facility_id = c.facility_id AND o.cbg_base = c.cbg_base
  WINDOW g AS (PARTITION BY c.facility_id, c.cbg_base)
), pn_under AS (
  -- a coder's shortfall net over its groups (chance spreads a coder a little above colleagues on some groups and below
  -- on others), shared among the groups it falls short on
  SELECT facility_id, cbg_base, sum(CASE WHEN pos > 0 THEN net * greatest(gap, 0) / pos ELSE 0 END) AS under_coded
  FROM (SELECT *, greatest(0, sum(gap) OVER w) AS net, sum(greatest(gap, 0)) OVER w AS pos FROM pn_coder_gap
        WHERE colleague_n >= ${UNDER_CODING_MIN_COLLEAGUE_STAYS} WINDOW w AS (PARTITION BY facility_id, coder_id))
  GROUP BY ALL
), pn_higher AS (
  -- per facility and group: its stays above severity I, and those whose ward days run past the group's severity-I norm
  SELECT b.facility_id, b.cbg_base, count(*) AS n, count(*) FILTER (WHERE ${wardDaysSql('b')} > r.los_norm) AS past_first
  FROM fraud_claim_base b JOIN fraud_ref_cbg r ON r.code = b.cbg_base || '-I'
  WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND b.severity_rank >= 2 AND r.los_norm > 0 GROUP BY ALL
), pn_higher_all AS (SELECT cbg_base, sum(n) AS n, sum(past_first) AS past_first FROM pn_higher GROUP BY ALL),
pn_code AS (
  SELECT o.facility_id, o.past_norm_observed, o.past_norm_stays, o.past_norm_rate,
    CASE WHEN o.kode_inacbg = o.cbg_base || '-I' THEN least(o.past_norm_stays, coalesce(u.under_coded, 0)) ELSE 0 END AS under_coded,
    -- every other facility's stays of the group above severity I past its severity-I norm (half a stay of prior)
    greatest(o.past_norm_rate, coalesce((a.past_first - coalesce(h.past_first, 0) + 0.5) / (a.n - coalesce(h.n, 0) + 1), o.past_norm_rate)) AS higher_rate
  FROM ${OTHER_FACILITY_PEER_TABLE} o
  LEFT JOIN pn_under u ON u.facility_id = o.facility_id AND u.cbg_base = o.cbg_base
  LEFT JOIN pn_higher h ON h.facility_id = o.facility_id AND h.cbg_base = o.cbg_base
  LEFT JOIN pn_higher_all a ON a.cbg_base = o.cbg_base
), past_norm AS (
  SELECT facility_id, sum(past_norm_observed) AS past_norm_observed,
    sum((past_norm_stays - under_coded) * past_norm_rate + under_coded * higher_rate) AS past_norm_expected,
    sum(${binomialVariance('(past_norm_stays - under_coded)', 'past_norm_rate')} + ${binomialVariance('under_coded', 'higher_rate')}) AS past_norm_variance
  FROM pn_code GROUP BY facility_id
)`;
}

export function coderSeverityCtesSql(): string {
  const k = CODER_PEER_SMOOTHING;
  return `coder_group AS (
  -- stays counted by event (stayEventWeightSql): a family's stays admitted together weigh one stay in all
  SELECT facility_id, coder_id, cbg_base, sum(w) AS n, coalesce(sum(w) FILTER (WHERE severity_rank >= 2), 0) AS above_one
  FROM (SELECT b.*, ${stayEventWeightSql('b')} AS w FROM fraud_claim_base b
        WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND b.severity_rank > 0 AND b.coder_id IS NOT NULL)
  GROUP BY ALL
), coder_share AS (
  SELECT c.*, (sum(c.above_one) OVER g - c.above_one + ${k} * coalesce(o.rate, 0.5)) / (sum(c.n) OVER g - c.n + ${k}) AS share
  FROM coder_group c
  LEFT JOIN (SELECT facility_id, cbg_base, any_value(group_above_one_rate) AS rate FROM ${OTHER_FACILITY_PEER_TABLE} GROUP BY ALL) o
    ON o.facility_id = c.facility_id AND o.cbg_base = c.cbg_base
  WINDOW g AS (PARTITION BY c.facility_id, c.cbg_base)
), coder_severity AS (
  SELECT facility_id, list({'coder_id': coder_id, 'observed': observed, 'expected': expected, 'variance': variance} ORDER BY coder_id) AS coder_severity
  FROM (SELECT facility_id, coder_id, sum(above_one) AS observed, sum(n * share) AS expected, sum(${binomialVariance('n', 'share')}) AS variance
        FROM coder_share GROUP BY ALL)
  GROUP BY facility_id
)`;
}

export const PROVIDER_EXCESS_COLUMNS = `coalesce(past_norm.past_norm_observed, 0) AS past_norm_observed,
  coalesce(past_norm.past_norm_expected, 0)::DOUBLE AS past_norm_expected, coalesce(past_norm.past_norm_variance, 0)::DOUBLE AS past_norm_variance,
  coder_severity.coder_severity`;

export const PROVIDER_EXCESS_JOINS = 'LEFT JOIN past_norm USING (facility_id) LEFT JOIN coder_severity USING (facility_id)';

/**
 * Days an attending doctor (DPJP) commonly does not round, so a patient fit to go home is kept
 * until the next round (assumption, red team RT-LOS-41: "the DPJP does not round on Saturdays and
 * Sundays"): Saturdays, Sundays, national holidays and collective leave (SKB 3 Menteri,
 * data-samples/reference HOLIDAYS).
 */
const NO_ROUND_DATES: readonly string[] = Object.freeze(HOLIDAYS.map((h) => h.date));
/** Days looked back from a discharge for the span without rounds (a long weekend with collective leave is at most five). */
const MAX_NO_ROUND_SPAN = 7;
/** First and last discharge dates the calendar covers (the holiday calendar is 2023-2026; weekends are known any year). */
const CALENDAR = Object.freeze({ from: '2014-01-01', to: '2031-01-01' });
const noRoundDaySql = (d: string): string =>
  `(isodow(${d}) >= 6 OR strftime(${d}, '%Y-%m-%d') IN (${NO_ROUND_DATES.map(literal).join(', ')}))`;

/**
 * SQL subquery: per calendar day (`day`), whether the DPJP rounds (`round_day`) and the consecutive
 * days without rounds just before it (`no_round_span`). Joined on a discharge date, it costs one
 * lookup per stay where the rule per stay cost seven holiday lookups.
 */
export function noRoundCalendarSql(): string {
  const day = 'CAST(t.d AS DATE)';
  return `(SELECT ${day} AS day, NOT ${noRoundDaySql(day)} AS round_day,
    list_position(list_transform(range(1, ${MAX_NO_ROUND_SPAN + 1}), k -> ${noRoundDaySql(`(${day} - CAST(k AS INTEGER))`)}), false) - 1 AS no_round_span
  FROM range(DATE ${literal(CALENDAR.from)}, DATE ${literal(CALENDAR.to)}, INTERVAL 1 DAY) t(d))`;
}

/**
 * SQL predicate on fraud_claim_base `b` joined to noRoundCalendarSql `c` on its discharge date: a
 * stay held over days without rounds. Discharged on a round day right after one or more days
 * without rounds, past the INA-CBG norm, and within the norm had the patient gone home on the last
 * round day before them (a Friday for a Monday discharge): the days past the norm are the weekend
 * (or holiday) the patient waited through. One such stay is ordinary; a provider discharging many is keeping patients for the
 * round (PROLONGED_LOS).
 */
export function heldOverNoRoundDaysSql(b: string, c: string): string {
  return `(${b}.jenis_rawat = 1 AND ${b}.discharge_status <> 4 AND ${b}.los_norm > 0 AND ${b}.los > ${b}.los_norm
    AND ${c}.round_day AND ${c}.no_round_span >= 1 AND ${b}.los - ${c}.no_round_span - 1 BETWEEN 1 AND ${b}.los_norm)`;
}
