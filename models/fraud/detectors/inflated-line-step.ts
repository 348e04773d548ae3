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
// The support line's laboratory and radiology are also series of their own (STEP_COMPONENTS): a CT's price on an X-ray
// or daily panels on a typhoid stay raise one component 2-3.5x but the four-component line only 1.4-1.85x (red team
// RT-INFLATED-141, -144); a component is judged on its own log share against the hospital's own median of it, at its
// own step (componentStepRatio), the floor still read on the support line over its peers; its hits are the line's signal.
// An implant operation's device line (an RR, SP-01 or SP-02 top-up) is a series of its own too, keyed by the drug line's
// peer group and the implant top-ups: the implant is the line, one price at one hospital, and a dearer implant billed for
// the usual one (a locking plate for a conventional plate, RT-INFLATED-143: 3x the devices, 1.4x the drug line) steps
// past componentStepRatio; its floor is the device line over the same peers, its hits the device rule's (inflated-device.ts).
// Where 3+ patients of a group step on a component and the repeat test holds, their median is published (`step_median`)
// and a claim under the step but nearer it than the own median joins them (joinsClusterSql): a scheme's factor on a
// patient whose own bill was small lands under the step (RT-INFLATED-152's fourth knee). Not on the lines (see there).
import {
  STEP_COMPONENTS,
  componentFloorSql,
  componentKeySql,
  componentValueSql,
  drugPeerKeySql,
  patientExcessCtesSql,
  supportPeerKeySql,
} from './inflated-line-repeat.js';
import type { LineRepeatValues, LINE_REPEAT_THRESHOLDS } from './inflated-line-repeat.js';
import type { DetectorThreshold, ThresholdValues } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

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
  componentStepRatio: {
    value: 2.5,
    source:
      "A support component (laboratory, radiology) past 2.5x its hospital's own median claim of the group: a component alone swings more than the line (a patient's extra test moves it, the others do not), so its step is set past the line's. Measured (150k generated claims, lead's counts with the truth, on the 1.6x line rule, 2026-12-07): claims the component step names that neither HEAD nor the line step did: laboratory honest 5 at 2x, 1 at 2.5x, 0 at 3x; radiology 0 at each; no non-held-out fraud at any (the visible INFLATED_BILL variants raise no single support component). Red team: radiology at a CT's price on 4 of 19 fractures (RT-INFLATED-141) steps ~3.5x on the component and 1.4-1.5x on the line. The same step for an implant operation's device line (an RR, SP-01 or SP-02 top-up: the implant is the line), in the hospital's own series of the same CBG, procedures and implant top-ups: one hospital's implant of one operation is one price and a complication's second implant doubles it (DEVICE_THRESHOLDS' 2x), so past 2.5x is a dearer implant than its usual one; a locking plate billed at 3x the conventional set on 3 of 15 fracture fixations with the RR-03 top-up (RT-INFLATED-143) steps 2.7-3.3x on the devices, 1.4x on the drug line.",
  } satisfies DetectorThreshold,
  consumableStepRatio: {
    value: 2,
    source:
      "An operation's consumables (BMHP: drapes, cement, sutures, a lavage kit; done in theatre, the patient alive) past 2x its hospital's own median claim of the same CBG, procedures and implant top-ups: an operation takes one set, so its hospital's own consumables are one set's price, and a second set (2x) is what a complication or a contaminated field takes on one patient now and then, never as a pattern; past it on 3+ patients beyond other hospitals' rate of such steps (the repeat test) is a set billed twice. Red team: a second set of cement, drapes and a pulse-lavage kit on 4 of 20 knee replacements with the RR-02 top-up (RT-INFLATED-152) steps 2.0-3.0x on the consumables and 1.4-1.5x on the drug line (under lineStepRatio).",
  } satisfies DetectorThreshold,
  lineStepPeerFloor: {
    value: 1.25,
    source:
      "A stepped claim is also past 1.25x its peers' median: a hospital cheaper than its peers that bills one patient at their median shows no overbilling. Measured (150k, as lineStepRatio): at 1.75x, floors 1.25 and 1.5 name the same claims, no floor 5 more honest support claims and no more fraud; at 1.5x no floor and 1.25 name the same.",
  } satisfies DetectorThreshold,
});

type StepValues = ThresholdValues<'lineStepRatio' | 'lineStepPeerFloor' | 'componentStepRatio' | 'consumableStepRatio'>;
/** A line of the series: the two lines, or a component judged alone (STEP_COMPONENTS). */
export type StepLine = 'drug' | 'support' | (typeof STEP_COMPONENTS)[number]['line'];

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
  // each claim's lines (the value judged is the line's excess over its peers) and their components (the value judged is
  // the component's own log share, in its own series, the floor its excess over the peers: componentFloorSql)
  const components = STEP_COMPONENTS.map(
    (c) =>
      `SELECT facility_id, member_key, '${c.line}' AS line, ${c.line}_key AS peer_key, ${c.line} AS value, ${c.line}_floor AS excess FROM line_repeat_claims WHERE line = '${c.of}' AND ${c.line} IS NOT NULL`,
  );
  return `line_step_claims AS (
  SELECT facility_id, member_key, line, peer_key, excess AS value, excess FROM line_repeat_claims
  ${components.map((c) => `UNION ALL\n  ${c}`).join('\n  ')}
), line_step_patients AS (
  SELECT facility_id, line, peer_key, member_key, median(value) AS value FROM line_step_claims GROUP BY ALL
), line_step_own AS (
  SELECT facility_id, line, peer_key, count(*) AS patients, median(value) AS own_median FROM line_step_patients
  GROUP BY ALL HAVING count(*) >= ${t.lineStepMinPatients}
), line_step_units AS (
  SELECT c.facility_id, c.line, c.peer_key, c.member_key,
    bool_or(${stepSql('c.value', 'c.excess', 'o.own_median', stepRatioSql('c.line', t), t)}) AS outlier
  FROM line_step_claims c JOIN line_step_own o USING (facility_id, line, peer_key) GROUP BY ALL
), line_step_cluster AS (
  -- a component's stepping patients' own median where 3+ of them step in the group (a claim nearer it than the own median joins them)
  SELECT facility_id, line, peer_key, median(p.value) AS step_median FROM line_step_units u JOIN line_step_patients p USING (facility_id, line, peer_key, member_key)
  WHERE u.outlier AND line IN (${STEP_COMPONENTS.map((c) => `'${c.line}'`).join(', ')}) GROUP BY ALL HAVING count(*) >= ${t.lineRepeatMinPatients}
), ${patientExcessCtesSql('line_step', t)}, line_step AS (
  SELECT o.facility_id, list({'line': o.line, 'peer_key': o.peer_key, 'own_median': o.own_median, 'step_median': k.step_median, 'patients': o.patients,
      'in_group': g.facility_id IS NOT NULL, 'observed': coalesce(g.observed, w.observed), 'expected': coalesce(g.expected, w.expected)}
    ORDER BY o.line, o.peer_key) AS line_step
  FROM line_step_own o
  LEFT JOIN line_step_tests g ON g.facility_id = o.facility_id AND g.line = o.line AND g.peer_key = o.peer_key
  LEFT JOIN line_step_tests w ON w.facility_id = o.facility_id AND w.line = o.line AND w.peer_key IS NULL
  LEFT JOIN line_step_cluster k ON k.facility_id = o.facility_id AND k.line = o.line AND k.peer_key = o.peer_key
  WHERE g.facility_id IS NOT NULL OR w.facility_id IS NOT NULL
  GROUP BY o.facility_id
)`;
}

/**
 * SQL: a claim's `value` (a line's excess over its peers, or a component's log share) steps past its hospital's own
 * median of it (`ownMedian`) by `ratio`, and the line's `excess` over its peers is past the floor.
 */
const stepSql = (value: string, excess: string, ownMedian: string, ratio: string, t: StepValues): string =>
  `(${value} - ${ownMedian} > ln(${ratio}) AND ${excess} > ln(${t.lineStepPeerFloor}))`;
const ratioOf = (line: StepLine, t: StepValues): number =>
  line === 'drug' || line === 'support' ? t.lineStepRatio : line === 'consumables' ? t.consumableStepRatio : t.componentStepRatio;
/** SQL: the step ratio of the series' line named by SQL `line`: a component's, or the lines'. */
const stepRatioSql = (line: string, t: StepValues): string =>
  `CASE ${line} ${STEP_COMPONENTS.map((c) => `WHEN '${c.line}' THEN ${ratioOf(c.line, t)}`).join(' ')} ELSE ${t.lineStepRatio} END`;
/** SQL: the value claim `b` is judged on in the series' `line` (see stepSql), from the line's `excess` over its peers. */
const stepValueSql = (line: StepLine, excess: string): string => {
  const component = STEP_COMPONENTS.find((c) => c.line === line);
  return component ? componentValueSql(component) : excess;
};
/** SQL: the excess over the peers claim `b`'s floor reads in the series' `line`: a component's own (componentFloorSql), else the line's `excess`. */
const floorOfSql = (line: StepLine, excess: string): string => {
  const component = STEP_COMPONENTS.find((c) => c.line === line);
  return component ? componentFloorSql(component) : excess;
};
/** The alias lineStepJoin gives the published own median of `line`. */
const aliasOf = (line: StepLine): string => (line === 'drug' || line === 'support' ? 'lst' : `lst_${line}`);

/** The column lineStepCtesSql adds to fraud_provider_distribution: per facility, its groups whose steps repeat, with their own median. */
export const LINE_STEP_COLUMNS = 'line_step.line_step';
export const LINE_STEP_JOINS = 'LEFT JOIN line_step USING (facility_id)';

/**
 * SQL join (alias `lst`) of claim `b` to the published own median of the peer group its `line` is judged against
 * (read from `distribution`), where the hospital's steps on that line repeat.
 */
export function lineStepJoin(line: StepLine, distribution: string): string {
  const component = STEP_COMPONENTS.find((c) => c.line === line);
  const key = component ? componentKeySql(component) : line === 'drug' ? drugPeerKeySql : supportPeerKeySql;
  const a = aliasOf(line);
  return `
LEFT JOIN (SELECT facility_id, unnest(line_step, recursive := true) FROM ${distribution}) ${a}
  ON ${a}.facility_id = b.facility_id AND ${a}.line = '${line}' AND ${a}.peer_key = ${key}`;
}

/**
 * SQL: claim `b` steps above its hospital's own bills in the series' `line` where such steps repeat (lineStepJoin of that
 * line); `excess` is the claim's line over its peers (a component reads its own value and floor).
 */
export const lineStepHitSql = (excess: string, t: StepValues, line: StepLine = 'drug'): string =>
  `coalesce(${stepSql(stepValueSql(line, excess), floorOfSql(line, excess), `${aliasOf(line)}.own_median`, String(ratioOf(line, t)), t)}${
    line === 'drug' || line === 'support' ? '' : ` OR ${joinsClusterSql(excess, t, line)}`
  }, false)`;
/**
 * SQL: claim `b`'s component joins its group's stepping patients (3+ of them: `step_median`, lineStepCtesSql): under the
 * step, but nearer their median than the hospital's own median (in logs), past the floor. Where a scheme's steps are
 * proven by the repeat, its smaller inflations sit between (a second consumables set on a knee whose own set was small,
 * red team RT-INFLATED-152: 1.9x beside three at 2.1-2.6x); an honest claim beside them sits at the own median. Components
 * only: on the two lines, whose honest spread is wider against their step, it named 41 honest drug and 5 support lines for
 * 13 fraud at 150k generated claims (lead's eval of patch-2, 2026-12-08), where no component had a generated cluster.
 */
const joinsClusterSql = (excess: string, t: StepValues, line: StepLine): string => {
  const a = aliasOf(line);
  const step = lineStepOfSql(excess, line);
  return `(${step} > (${a}.step_median - ${a}.own_median) / 2 AND ${floorOfSql(line, excess)} > ln(${t.lineStepPeerFloor}))`;
};

/** SQL: claim `b`'s step above its hospital's own median in `line` (a log; NULL where lineStepJoin found none). */
export const lineStepOfSql = (excess: string, line: StepLine = 'drug'): string =>
  `(${stepValueSql(line, excess)} - ${aliasOf(line)}.own_median)`;

/**
 * SQL: what the evidence adds where the step names the claim, in `lang`: the claim against its hospital's own median
 * and the count of stepping patients against other hospitals' rate.
 */
export function lineStepEvidenceSql(excess: string, t: StepValues, lang: 'en' | 'id', line: StepLine = 'drug'): string {
  const a = aliasOf(line);
  const component = STEP_COMPONENTS.find((c) => c.line === line);
  const what = component
    ? lang === 'en'
      ? `format('; {} {} = {:.1f}x the {} share of this hospital''s own median claim of that group', '${component.en}', ${rupiahSql(`b.${component.column}`)}, exp(${lineStepOfSql(excess, line)}), '${component.en.toLowerCase()}')`
      : `format('; {} {} = {:.1f}x porsi {} median klaim RS ini sendiri pada kelompok itu', '${component.id}', ${rupiahSql(`b.${component.column}`)}, exp(${lineStepOfSql(excess, line)}), '${component.id.toLowerCase()}')`
    : lang === 'en'
      ? `format('; {:.1f}x the share of this hospital''s own median claim of that group', exp(${lineStepOfSql(excess, line)}))`
      : `format('; {:.1f}x porsi median klaim RS ini sendiri pada kelompok itu', exp(${lineStepOfSql(excess, line)}))`;
  return lang === 'en'
    ? `CASE WHEN ${lineStepHitSql(excess, t, line)}
        THEN ${what} || format(' ({} patients); {} patients of this hospital{} above {}x their own median against {:.1f} expected at other hospitals'' rate{}',
          ${a}.patients, ${a}.observed, CASE WHEN ${a}.in_group THEN ' in the same peer group' ELSE '' END, ${ratioOf(line, t)}, ${a}.expected,
          CASE WHEN ${lineStepOfSql(excess, line)} <= ln(${ratioOf(line, t)}) THEN format(', this claim nearer their median ({:.1f}x) than its own', exp(${a}.step_median - ${a}.own_median)) ELSE '' END)
        ELSE '' END`
    : `CASE WHEN ${lineStepHitSql(excess, t, line)}
        THEN ${what} || format(' ({} pasien); {} pasien RS ini{} di atas {}x median sendiri, sedangkan laju RS lain memberi {:.1f}{}',
          ${a}.patients, ${a}.observed, CASE WHEN ${a}.in_group THEN ' pada kelompok pembanding yang sama' ELSE '' END, ${ratioOf(line, t)}, ${a}.expected,
          CASE WHEN ${lineStepOfSql(excess, line)} <= ln(${ratioOf(line, t)}) THEN format(', klaim ini lebih dekat ke median mereka ({:.1f}x) daripada median sendiri', exp(${a}.step_median - ${a}.own_median)) ELSE '' END)
        ELSE '' END`;
}
