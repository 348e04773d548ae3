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
 * Provider distribution CTEs: `past_norm` (per facility: stays past the INA-CBG norm of their code,
 * the count at every other facility's rate of each code, its binomial variance) and `coder_severity`
 * (per facility: for each coder, the inpatient stays coded above severity I against the colleagues'
 * rate on the same CBG groups, shrunk towards the group's rate at the class's other facilities).
 */
export function pastNormCtesSql(): string {
  return `past_norm AS (
  SELECT facility_id, sum(past_norm_observed) AS past_norm_observed, sum(past_norm_stays * past_norm_rate) AS past_norm_expected,
    sum(${binomialVariance('past_norm_stays', 'past_norm_rate')}) AS past_norm_variance
  FROM ${OTHER_FACILITY_PEER_TABLE} GROUP BY facility_id
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
