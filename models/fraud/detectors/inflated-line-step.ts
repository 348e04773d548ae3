// INFLATED_BILL's line outliers against the hospital's own series (support_services_outlier and the ordinary drug
// line of drug_device_outlier). The line-repeat rule (inflated-line-repeat.ts) names a line at 2x / 2.5x its peers'
// share where the hospital's patients above that screen exceed the peers' own rate of them; a small scheme is lost
// there twice over: at a busy hospital a few inflated patients are too few against the count the peers' rate gives
// for all its patients, and a line raised a little under the screen is never counted (red team RT-INFLATED-131:
// branded carbapenem and a second consumables set on 3 of 18 caesareans at 1.65-2.25x the group's median, where
// honest caesareans elsewhere reach 2.38x). What tells them apart is the hospital's own bills: its other caesareans
// sat at 0.81-1.17x. So, as a haemodialysis unit's session price is judged against the unit's own sessions
// (inflated-session-price.ts), a claim's line is judged here against the same hospital's claims of the same peer
// group: its step is its excess over the peers less the hospital's own median excess there (a hospital dearer on
// every bill, by its tariffs, has no step against itself). A step past lineStepRatio on a patient is what one
// patient's needs give now and then; a scheme bills it on patient after patient. So the hospital's patients stepping
// are tested against the rate of such steps at every other hospital (the Poisson excess of the line-repeat rule,
// patientExcessCtesSql: 3+ patients, 2x expected, z >= 3; one patient's claims one observation), within one peer
// group or over the hospital's groups; the groups that pass are published with their own median (`line_step` in
// fraud_provider_distribution), so arrival reads the batch's verdict and judges a new claim against the same median.
// The step is set by the honest spread of hospitals' own bills (LINE_STEP_THRESHOLDS: 1 honest claim in 1,000 steps past
// 1.6x). RT-INFLATED-131 itself stays just under it: its claims step 1.59, 1.75 and 2.17x their hospital's own median,
// and 1.59x is what honest bills reach; 1.5x named 90 more honest drug lines at 150k for 10 more inflated ones.
import { drugPeerKeySql, patientExcessCtesSql, supportPeerKeySql } from './inflated-line-repeat.js';
import type { LineRepeatValues, LINE_REPEAT_THRESHOLDS } from './inflated-line-repeat.js';
import type { DetectorThreshold, ThresholdValues } from './types.js';

export const LINE_STEP_THRESHOLDS = Object.freeze({
  lineStepRatio: {
    value: 1.6,
    source:
      "A claim's line past 1.6x the share of its hospital's own median claim of the same peer group is a step on that patient: past what 999 in 1,000 of a hospital's honest bills reach on either line. Measured (150k generated claims, 254,439, HEAD 284b2f7, lead's counts with the truth, 2026-12-07): a claim's line less its hospital's own median in groups of 5+ claims, honest claims (213,300 drug, 213,951 support): 99.9th percentile 1.60x (drug) and 1.48x (support), past 1.5x 0.34% (drug) and 0.08% (support), past 1.75x 0.02% of each; the groups' own spread (1.4826 MAD) 0.14 / 0.12 in logs at the median. Claims the rule names that the same signal did not: step 1.5x drug 95 honest / 128 INFLATED_BILL, support 18 honest; 1.6x drug 23 / 118, support 2; 1.75x drug 5 / 97, support 0; 2x drug 1-3 / 53-55, support 0. 1.6x is the knee: from 1.75x it adds 21 INFLATED_BILL and 20 honest drug lines, 2 honest support lines; from 1.6x to 1.5x 10 fraud and 90 honest. A step also past 2.5-4 of the group's own spreads cost fraud as much as honest claims at 1.6x (4 spreads: 3 honest drug lines, 31 fewer fraud), so it is not asked. Red team (computed from the scenarios' bill factors): small schemes step 1.6-2.5x their hospital's own median (RT-INFLATED-142, carbetocin and a second delivery kit on 4 of 21 deliveries), some under it (RT-INFLATED-131's 1.59x, RT-INFLATED-141's 1.4-1.5x).",
  } satisfies DetectorThreshold,
  lineStepMinPatients: {
    value: 5,
    source:
      "A hospital's own median of a peer group from 5 patients (each one voice). Measured (150k, as lineStepRatio): at 1.5x, own groups of 5+ patients name 128 INFLATED_BILL / 113 honest claims new, of 10+ 116 / 95; at 1.75x 97 / 5 and 91 / 4.",
  } satisfies DetectorThreshold,
  lineStepPeerFloor: {
    value: 1.25,
    source:
      "A stepped claim is also past 1.25x its peers' median: a hospital cheaper than its peers that bills one patient at their median shows no overbilling. Measured (150k, as lineStepRatio): at 1.75x, floors 1.25 and 1.5 name the same claims, no floor 5 more honest support claims and no more fraud; at 1.5x no floor and 1.25 name the same.",
  } satisfies DetectorThreshold,
});

type StepValues = ThresholdValues<'lineStepRatio' | 'lineStepPeerFloor'>;

export type LineStepValues = ThresholdValues<keyof typeof LINE_STEP_THRESHOLDS> &
  Pick<LineRepeatValues, keyof typeof LINE_REPEAT_THRESHOLDS>;

/**
 * Common table expressions of fraud_provider_distribution (distributions.ts), after lineRepeatCtesSql (they read its
 * `line_repeat_claims`: each claim's line, peer group and excess over the peers): per facility, line and peer group of
 * at least lineStepMinPatients patients, the own median (each patient one voice: the median of the patients' median
 * excess) and the patients stepping past it; the groups whose steps repeat beyond other hospitals' rate of them, or
 * every group of a facility whose steps do so over its groups, are `line_step`.
 */
export function lineStepCtesSql(t: LineStepValues): string {
  return `line_step_patients AS (
  SELECT facility_id, line, peer_key, member_key, median(excess) AS excess FROM line_repeat_claims GROUP BY ALL
), line_step_own AS (
  SELECT facility_id, line, peer_key, count(*) AS patients, median(excess) AS own_median FROM line_step_patients
  GROUP BY ALL HAVING count(*) >= ${t.lineStepMinPatients}
), line_step_units AS (
  SELECT c.facility_id, c.line, c.peer_key, c.member_key,
    bool_or(${stepSql('c.excess', 'o', t)}) AS outlier
  FROM line_repeat_claims c JOIN line_step_own o USING (facility_id, line, peer_key) GROUP BY ALL
), ${patientExcessCtesSql('line_step', t)}, line_step AS (
  SELECT o.facility_id, list({'line': o.line, 'peer_key': o.peer_key, 'own_median': o.own_median, 'patients': o.patients,
      'in_group': g.facility_id IS NOT NULL, 'observed': coalesce(g.observed, w.observed), 'expected': coalesce(g.expected, w.expected)}
    ORDER BY o.line, o.peer_key) AS line_step
  FROM line_step_own o
  LEFT JOIN line_step_tests g ON g.facility_id = o.facility_id AND g.line = o.line AND g.peer_key = o.peer_key
  LEFT JOIN line_step_tests w ON w.facility_id = o.facility_id AND w.line = o.line AND w.peer_key IS NULL
  WHERE g.facility_id IS NOT NULL OR w.facility_id IS NOT NULL
  GROUP BY o.facility_id
)`;
}

/** SQL: a line's `excess` over its peers (a log) steps past its hospital's own median excess (`own`.own_median) by the ratio, and is past the peers' median by the floor. */
const stepSql = (excess: string, own: string, t: StepValues): string =>
  `(${excess} - ${own}.own_median > ln(${t.lineStepRatio}) AND ${excess} > ln(${t.lineStepPeerFloor}))`;

/** The column lineStepCtesSql adds to fraud_provider_distribution: per facility, its groups whose steps repeat, with their own median. */
export const LINE_STEP_COLUMNS = 'line_step.line_step';
export const LINE_STEP_JOINS = 'LEFT JOIN line_step USING (facility_id)';

/**
 * SQL join (alias `lst`) of claim `b` to the published own median of the peer group its `line` is judged against
 * (read from `distribution`), where the hospital's steps on that line repeat.
 */
export function lineStepJoin(line: 'drug' | 'support', distribution: string): string {
  const key = line === 'drug' ? drugPeerKeySql : supportPeerKeySql;
  return `
LEFT JOIN (SELECT facility_id, unnest(line_step, recursive := true) FROM ${distribution}) lst
  ON lst.facility_id = b.facility_id AND lst.line = '${line}' AND lst.peer_key = ${key}`;
}

/** SQL: the line's `excess` on claim `b` is a step above its hospital's own bills where such steps repeat (lineStepJoin). */
export const lineStepHitSql = (excess: string, t: StepValues): string => `coalesce(${stepSql(excess, 'lst', t)}, false)`;

/** SQL: claim `b`'s step above its hospital's own median (a log; NULL where lineStepJoin found none). */
export const lineStepOfSql = (excess: string): string => `(${excess} - lst.own_median)`;

/**
 * SQL: what the evidence adds where the step names the claim, in `lang`: the claim against its hospital's own median
 * and the count of stepping patients against other hospitals' rate.
 */
export function lineStepEvidenceSql(excess: string, t: StepValues, lang: 'en' | 'id'): string {
  return lang === 'en'
    ? `CASE WHEN ${lineStepHitSql(excess, t)}
        THEN format('; {:.1f}x the share of this hospital''s own median claim of that group ({} patients); {} patients of this hospital{} above {}x their own median against {:.1f} expected at other hospitals'' rate',
          exp(${lineStepOfSql(excess)}), lst.patients, lst.observed, CASE WHEN lst.in_group THEN ' in the same peer group' ELSE '' END, ${t.lineStepRatio}, lst.expected)
        ELSE '' END`
    : `CASE WHEN ${lineStepHitSql(excess, t)}
        THEN format('; {:.1f}x porsi median klaim RS ini sendiri pada kelompok itu ({} pasien); {} pasien RS ini{} di atas {}x median sendiri, sedangkan laju RS lain memberi {:.1f}',
          exp(${lineStepOfSql(excess)}), lst.patients, lst.observed, CASE WHEN lst.in_group THEN ' pada kelompok pembanding yang sama' ELSE '' END, ${t.lineStepRatio}, lst.expected)
        ELSE '' END`;
}
