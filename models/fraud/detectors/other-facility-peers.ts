// The other-facility peers: a facility's stays of a code judged against the same code at every other
// facility (leave-out norms), so a provider that keeps every patient long, or codes every stay severe,
// cannot move the line it is judged against. Built from the batch in three steps (the norms,
// other-facility-norms.ts; the stays whose bill carries their days, los-care-carried.ts; the counts here)
// and published for arrival scoring like the other peer norms (peers.ts).
import { notCarriedSql } from './los-care-carried.js';
import { OTHER_FACILITY_NORM_TABLE, normStaySql } from './other-facility-norms.js';
import { CASEMIX_PEER_TABLE, MIN_PEER_GROUP } from './peers.js';
import { stayEventWeightSql } from './stay-events.js';
import { wardDaysSql } from './ward-days.js';

export { OTHER_FACILITY_PEER_TABLE } from './other-facility-table.js';
import { OTHER_FACILITY_PEER_TABLE } from './other-facility-table.js';

/**
 * Stays of the code's rate at other facilities mixed into a diagnosis category's past-norm rate there
 * (a credibility weight, Buhlmann: k = the spread of one stay's outcome within a category over the spread of
 * the categories' own rates). One INA-CBG code holds diagnoses of different courses (A-4-14: malaria's
 * three-day treatment, leptospirosis's seven: red team RT-NM-OUTBREAK-51, eleven flood leptospirosis patients
 * at one hospital), so a hospital that treats the long-course diagnosis of a code (an outbreak, a referral
 * centre) is compared with that diagnosis's stays elsewhere, not the code's. A stay's past-norm outcome
 * varies as p(1 - p), 0.23 at the 36% of stays past the norm (measured on a generated extract,
 * los-detector.ts pastNormRatio); a category's own rate is taken to differ from its code's by about 0.15
 * (assumption: a course a day longer than the code's common one moves its share past a 4-day norm from
 * about 0.36 to 0.6, and most categories of a code share its course), a variance of 0.0225: k = 10. A
 * category with 10 stays elsewhere is read half its own, half the code's; one nobody else billed is the code's.
 * The generated extract gives no diagnosis a course of its own (on 40,000 members the spread of categories'
 * mean log stay within a code, 0.047, is that of 30-stay samples): there the weight only moves noise.
 */
export const PAST_NORM_DIAGNOSIS_PRIOR_STAYS = 10;

/**
 * fraud_other_facility_peers: per facility and INA-CBG code, the leave-out norms of the code
 * (fraud_other_facility_norms, other-facility-norms.ts, copied as they are) and the facility's
 * standing against those others, so that batch and arrival read the same
 * counts: its stays of the code beyond the 90th percentile it is judged against
 * (long_stays_observed) and the count at every other facility's rate of the code
 * (long_stays_expected, half a stay of prior); its stays of the code past the INA-CBG norm
 * (past_norm_observed of past_norm_stays) and the rate every other facility's stays of the code and of the same
 * diagnoses give (past_norm_rate, at the facility's diagnosis mix; past_norm_code_rate, the code's alone): a stay
 * stretched by a day or two stays under the 90th percentile, but moves the share past the norm; and the
 * severity levels of the code's CBG group at the facility, counted by event (stayEventWeightSql: group_stays,
 * group_above_one_observed for levels II and III, group_severe_observed for III) with the rates of the group's other
 * facilities of the class (group_above_one_rate, group_severe_rate): a provider that codes one
 * group up hides in its overall severity mix. The long-stay and past-norm counts leave out the stays
 * whose bill carries their days (fraud_carried_stays, judged against the norms before this step).
 */
export function otherFacilityPeersSql(): string {
  return `
CREATE OR REPLACE TABLE ${OTHER_FACILITY_PEER_TABLE} AS
WITH stays AS (
  SELECT b.nomor_sep, b.facility_id, b.kode_inacbg, b.cbg_base, b.dx_category, b.severity_rank, b.hospital_class, b.los, b.los_norm, ${stayEventWeightSql('b')} AS w,
    ${wardDaysSql('b')} AS ward_days
  FROM fraud_claim_base b WHERE ${normStaySql('b')}
),
norms AS (SELECT * FROM ${OTHER_FACILITY_NORM_TABLE}),
-- the stays the group's LOS norms judge in the long-stay and past-norm counts: not a stay whose bill carries its days
-- (los-care-carried.ts), at the facility and at the others alike
judged AS (SELECT * FROM stays s WHERE ${notCarriedSql('s')}),
longs AS (
  SELECT s.facility_id, s.kode_inacbg, count(*) AS stays, count(*) FILTER (WHERE s.los > n.judged_p90) AS observed
  FROM judged s JOIN norms n USING (facility_id, kode_inacbg) WHERE n.judged_p90 IS NOT NULL GROUP BY ALL
), long_rate AS (
  SELECT facility_id, kode_inacbg, stays, observed,
    stays * (sum(observed) OVER (PARTITION BY kode_inacbg) - observed + 0.5) / (sum(stays) OVER (PARTITION BY kode_inacbg) - stays + 1) AS expected
  FROM longs
), past_dx AS (
  -- stays past the INA-CBG norm of their code (the days the tariff pays for), by their ward days (wardDaysSql:
  -- intensive care is care needed, as los_above_norm reads it), per ICD-10 category of the primary diagnosis
  SELECT facility_id, kode_inacbg, dx_category, count(*) AS stays, count(*) FILTER (WHERE ward_days > los_norm) AS observed
  FROM judged WHERE los_norm > 0 GROUP BY ALL
), past AS (
  -- the code's rate at every other facility, half a stay of prior
  SELECT facility_id, kode_inacbg, stays, observed,
    (sum(observed) OVER k - observed + 0.5) / (sum(stays) OVER k - stays + 1) AS code_rate
  FROM (SELECT facility_id, kode_inacbg, sum(stays) AS stays, sum(observed) AS observed FROM past_dx GROUP BY ALL)
  WINDOW k AS (PARTITION BY kode_inacbg)
), past_dx_rate AS (
  -- each category's rate at every other facility, shrunk toward the code's by PAST_NORM_DIAGNOSIS_PRIOR_STAYS
  SELECT d.facility_id, d.kode_inacbg, d.stays,
    (sum(d.observed) OVER c - d.observed + ${PAST_NORM_DIAGNOSIS_PRIOR_STAYS} * p.code_rate)
      / (sum(d.stays) OVER c - d.stays + ${PAST_NORM_DIAGNOSIS_PRIOR_STAYS}) AS rate
  FROM past_dx d JOIN past p USING (facility_id, kode_inacbg)
  WINDOW c AS (PARTITION BY d.kode_inacbg, d.dx_category)
), past_rate AS (
  -- the facility's own diagnosis mix at those rates
  SELECT p.facility_id, p.kode_inacbg, p.stays, p.observed, p.code_rate, sum(d.stays * d.rate) / p.stays AS rate
  FROM past p JOIN past_dx_rate d USING (facility_id, kode_inacbg)
  GROUP BY p.facility_id, p.kode_inacbg, p.stays, p.observed, p.code_rate
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
  n.facility_log_cost, n.cost_facilities, n.facility_los_median,
  coalesce(r.stays, 0)::BIGINT AS long_stays, coalesce(r.observed, 0)::BIGINT AS long_stays_observed, coalesce(r.expected, 0)::DOUBLE AS long_stays_expected,
  coalesce(pr.stays, 0)::BIGINT AS past_norm_stays, coalesce(pr.observed, 0)::BIGINT AS past_norm_observed, coalesce(pr.rate, 0)::DOUBLE AS past_norm_rate,
  coalesce(pr.code_rate, 0)::DOUBLE AS past_norm_code_rate,
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
/** The case-mix peers' column a facility-voice norm falls back to where no other facility billed the code. */
const FACILITY_VOICE_FALLBACK: Readonly<Record<string, string>> = { facility_log_cost: 'base_log_cost', facility_los_median: 'los_median' };

/**
 * SQL: norm `col` (los_median, los_p90, base_log_cost, facility_log_cost, facility_los_median) of a join made by
 * otherFacilityJoin. Where no other facility billed the code, the case-mix norm, the provider's own
 * stays, is all there is to compare with (a provider's infarctions billed like its own angina stays
 * are still told apart); one facility's stays have one median, so facility_log_cost is then its
 * base_log_cost and facility_los_median its los_median.
 */
export const otherFacilityNorm = (
  x: string,
  col: 'los_median' | 'los_p90' | 'base_log_cost' | 'facility_log_cost' | 'facility_los_median',
): string => `CASE WHEN coalesce(${x}.n, 0) = 0 THEN ${x}c.${FACILITY_VOICE_FALLBACK[col] ?? col} ELSE ${x}.${col} END`;
