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
import { STEP_COMPONENTS, componentLogSql, drugPeerKeySql, patientExcessCtesSql, supportPeerKeySql } from './inflated-line-repeat.js';
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
      "A support component (laboratory, radiology) past 2.5x its hospital's own median claim of the group: a component alone swings more than the line (a patient's extra test moves it, the others do not), so its step is set past the line's. Measured (150k generated claims, lead's counts with the truth, on the 1.6x line rule, 2026-12-07): claims the component step names that neither HEAD nor the line step did: laboratory honest 5 at 2x, 1 at 2.5x, 0 at 3x; radiology 0 at each; no non-held-out fraud at any (the visible INFLATED_BILL variants raise no single support component). Red team: radiology at a CT's price on 4 of 19 fractures (RT-INFLATED-141) steps ~3.5x on the component and 1.4-1.5x on the line.",
  } satisfies DetectorThreshold,
  lineStepPeerFloor: {
    value: 1.25,
    source:
      "A stepped claim is also past 1.25x its peers' median: a hospital cheaper than its peers that bills one patient at their median shows no overbilling. Measured (150k, as lineStepRatio): at 1.75x, floors 1.25 and 1.5 name the same claims, no floor 5 more honest support claims and no more fraud; at 1.5x no floor and 1.25 name the same.",
  } satisfies DetectorThreshold,
});

type StepValues = ThresholdValues<'lineStepRatio' | 'lineStepPeerFloor' | 'componentStepRatio'>;
/** A line of the series: the two lines, or a support component judged alone (STEP_COMPONENTS). */
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
  // each claim's lines (the value judged is the line's excess over its peers) and its support line's components (the
  // value judged is the component's own log share; the floor still reads the support line's excess over its peers)
  const components = STEP_COMPONENTS.map(
    (c) =>
      `SELECT facility_id, member_key, '${c.line}' AS line, peer_key, ${c.line} AS value, excess FROM line_repeat_claims WHERE line = 'support'`,
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

/**
 * SQL: a claim's `value` (a line's excess over its peers, or a component's log share) steps past its hospital's own
 * median of it (`ownMedian`) by `ratio`, and the line's `excess` over its peers is past the floor.
 */
const stepSql = (value: string, excess: string, ownMedian: string, ratio: string, t: StepValues): string =>
  `(${value} - ${ownMedian} > ln(${ratio}) AND ${excess} > ln(${t.lineStepPeerFloor}))`;
/** SQL: the step ratio of the series' line named by SQL `line`: a component's, or the lines'. */
const stepRatioSql = (line: string, t: StepValues): string =>
  `CASE WHEN ${line} IN (${STEP_COMPONENTS.map((c) => `'${c.line}'`).join(', ')}) THEN ${t.componentStepRatio} ELSE ${t.lineStepRatio} END`;
const ratioOf = (line: StepLine, t: StepValues): number => (line === 'drug' || line === 'support' ? t.lineStepRatio : t.componentStepRatio);
/** SQL: the value claim `b` is judged on in the series' `line` (see stepSql), from the line's `excess` over its peers. */
const stepValueSql = (line: StepLine, excess: string): string => {
  const component = STEP_COMPONENTS.find((c) => c.line === line);
  return component ? componentLogSql('b', component.column) : excess;
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
  const key = line === 'drug' ? drugPeerKeySql : supportPeerKeySql;
  const a = aliasOf(line);
  return `
LEFT JOIN (SELECT facility_id, unnest(line_step, recursive := true) FROM ${distribution}) ${a}
  ON ${a}.facility_id = b.facility_id AND ${a}.line = '${line}' AND ${a}.peer_key = ${key}`;
}

/**
 * SQL: claim `b` steps above its hospital's own bills in the series' `line` where such steps repeat (lineStepJoin of that
 * line); `excess` is the claim's line (the support line for a component) over its peers.
 */
export const lineStepHitSql = (excess: string, t: StepValues, line: StepLine = 'drug'): string =>
  `coalesce(${stepSql(stepValueSql(line, excess), excess, `${aliasOf(line)}.own_median`, String(ratioOf(line, t)), t)}, false)`;

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
        THEN ${what} || format(' ({} patients); {} patients of this hospital{} above {}x their own median against {:.1f} expected at other hospitals'' rate',
          ${a}.patients, ${a}.observed, CASE WHEN ${a}.in_group THEN ' in the same peer group' ELSE '' END, ${ratioOf(line, t)}, ${a}.expected)
        ELSE '' END`
    : `CASE WHEN ${lineStepHitSql(excess, t, line)}
        THEN ${what} || format(' ({} pasien); {} pasien RS ini{} di atas {}x median sendiri, sedangkan laju RS lain memberi {:.1f}',
          ${a}.patients, ${a}.observed, CASE WHEN ${a}.in_group THEN ' pada kelompok pembanding yang sama' ELSE '' END, ${ratioOf(line, t)}, ${a}.expected)
        ELSE '' END`;
}
