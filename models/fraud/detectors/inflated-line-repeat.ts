// INFLATED_BILL's line outliers (drug_device_outlier on the ordinary drug line, support_services_outlier)
// as evidence of a scheme. A line at 2-3x its peers' share is what a hospital's own tariffs and one
// patient's needs give now and then: a factory worker's hand cut at a new hospital billed at 2.2-2.8x
// the peers' share of the same suture (red team RT-NM-OFFDUTY-121), and at 1.02M generated claims 13
// honest claims carrying only such a support outlier sat in the top 0.1% of the ranking. A hospital
// billing the excess as a scheme bills it again and again: on dengue stays' laboratory (RT-INFLATED-81,
// 2.1-2.8x on all seven), on ward stays' equipment rental (RT-INFLATED-62). So a line outlier is a hit
// when the hospital's patients above the line's ratio exceed what the peers' own rate of such outliers
// gives for its patients of the same peer groups (a Poisson excess, as the provider-pattern signals), or
// when the claim's excess alone is past what tariffs and need together explain (LINE_REPEAT_THRESHOLDS).
// The device line of an operation (inflated-device.ts, the same signal) counts among the drug line's
// outliers and stays a hit alone: its ratios (4x, or another operation's set on both lines) already
// allow for a hospital's prices and a complication's second set.
//
// One definition of each line's excess (the peers it is judged against, as the detector names them),
// read by the detector (inflated-bill.ts) and by the counts (lineRepeatCtesSql, a part of
// fraud_provider_distribution): the counts read every claim of the batch, so arrival reads the
// published verdicts (ARCHITECTURE.md: counts a signal needs over every unit are published).
import {
  LOG_COST_SMOOTHING,
  MIN_PEER_GROUP,
  PROCEDURES_ALL_LEVELS_SCOPE,
  PROCEDURE_PEER_TABLE,
  deviceLogSql,
  operationsSql,
  ordinaryDrugLogSql,
  procedureKeySql,
  supportLogSql,
} from './peers.js';
import { ordinaryDrugNormSql } from './inflated-supply.js';
import { drugTreatedDiagnosisSql } from './inflated-treatment.js';
import { deviceOutlierConditionSql, implantTopupsSql } from './inflated-device.js';
import type { DEVICE_THRESHOLDS, ProcedureMatchedPeers } from './inflated-device.js';
import type { DetectorThreshold, ThresholdValues } from './types.js';

/**
 * SQL joining a claim `b` to its peers, the nearest group with enough claims (MIN_PEER_GROUP): the same CBG and
 * sorted procedures (alias ppr), else the same CBG and primary diagnosis category (pdx: antivenom for a snakebite
 * is what the diagnosis needs, not what the CBG's other poisonings get), else the CBG (pcb).
 */
export const procedurePeerJoin = (b: string): string => `
LEFT JOIN ${PROCEDURE_PEER_TABLE} ppr ON ppr.scope = 'procedures' AND ppr.group_key = ${b}.kode_inacbg || '|' || ${procedureKeySql(b)}
LEFT JOIN ${PROCEDURE_PEER_TABLE} pdx ON pdx.scope = 'diagnosis' AND pdx.group_key = ${b}.kode_inacbg || '|' || ${b}.dx_category
LEFT JOIN ${PROCEDURE_PEER_TABLE} pcb ON pcb.scope = 'cbg' AND pcb.group_key = ${b}.kode_inacbg
LEFT JOIN ${PROCEDURE_PEER_TABLE} pal ON pal.scope = '${PROCEDURES_ALL_LEVELS_SCOPE}' AND pal.group_key = ${b}.cbg_base || '|' || ${procedureKeySql(b)}`;

// a claim's ordinary drug line against its peers', with an allowance for the chronic supply it did not bill on its own
// chronic line (inflated-supply.ts); a CBG of fewer than MIN_PEER_GROUP claims gives no norm, as for the provider
// rows (peers.ts): a class A heart centre's five multi-stent PCIs were five of the eighteen its PCIs were judged
// against (red team RT-NM-STENTS-61); such a claim with procedures reads them at every severity level of its CBG group
// (alias pal: a TURP's device line x6 in a CBG of 19 claims, RT-INFLATED-82)
export const drugPeerColumn = (col: string): string =>
  `CASE WHEN ${drugTreatedDiagnosisSql('b')} THEN pdx.${col}
    ELSE coalesce(ppr.${col}, pdx.${col}, CASE WHEN pcb.n >= ${MIN_PEER_GROUP} THEN pcb.${col} END, pal.${col}) END`;
/** SQL: claim `b`'s ordinary drug line (log) above its norm (drugPeerColumn, with the chronic allowance); NULL without peers. */
export const drugExcessSql = `(${ordinaryDrugLogSql('b')} - ${ordinaryDrugNormSql('b', drugPeerColumn('ordinary_drug_log'), drugPeerColumn('chronic_drug_share'))})`;
/** The same procedures for the kit rule (inflated-device.ts): at the claim's level, else at every level of its CBG group. */
export const kitPeers: ProcedureMatchedPeers = {
  deviceLog: 'coalesce(ppr.device_log, pal.device_log)',
  lineLog: 'coalesce(ppr.ordinary_drug_log, pal.ordinary_drug_log)',
  group: (lang) =>
    `CASE WHEN ppr.group_key IS NOT NULL THEN format('${lang === 'en' ? 'CBG {} and procedures [{}]' : 'CBG {} dengan tindakan [{}]'}', b.kode_inacbg, array_to_string(b.px_list, ', '))
      ELSE format('${lang === 'en' ? 'CBG group {} (all severity levels) and procedures [{}]' : 'kelompok CBG {} (semua tingkat keparahan) dengan tindakan [{}]'}', b.cbg_base, array_to_string(b.px_list, ', ')) END`,
};

/** SQL: claim `b`'s support services (log share) above its peers' median. */
export const supportExcessSql = `(${supportLogSql('b')} - coalesce(ppr.support_log, pdx.support_log, pcb.support_log))`;
/** SQL: the peer group claim `b`'s drug line is judged against (drugPeerColumn), as a key. */
export const drugPeerKeySql = `CASE WHEN ${drugTreatedDiagnosisSql('b')} THEN 'diagnosis|' || pdx.group_key WHEN ppr.group_key IS NOT NULL THEN 'procedures|' || ppr.group_key
  WHEN pdx.group_key IS NOT NULL THEN 'diagnosis|' || pdx.group_key WHEN pcb.n >= ${MIN_PEER_GROUP} THEN 'cbg|' || pcb.group_key ELSE 'all_levels|' || pal.group_key END`;
/** SQL: the peer group claim `b`'s support services are judged against (supportExcessSql), as a key. */
export const supportPeerKeySql = `CASE WHEN ppr.group_key IS NOT NULL THEN 'procedures|' || ppr.group_key WHEN pdx.group_key IS NOT NULL THEN 'diagnosis|' || pdx.group_key
  ELSE 'cbg|' || pcb.group_key END`;

/**
 * The lines' components the hospital's own series also judges alone (inflated-line-step.ts): a laboratory line of daily
 * panels or a radiology line at a CT's price moves the four-component support line far less than itself (red team
 * RT-INFLATED-144: laboratory x2.2 is 1.4-1.85x on the line; RT-INFLATED-141: radiology x3.5 is 1.4-1.5x), and a dearer
 * implant billed on an implant operation moves the drug, device and consumable line less still (RT-INFLATED-143: a
 * locking plate at 3x a conventional set is 1.4x on the line), and so does a second consumables set on an operation
 * (RT-INFLATED-152: a knee replacement's cement, drapes and lavage kit twice, 2-3x the consumables, 1.4-1.5x the line).
 * Carried on the row of the line it belongs to (`of`): its value (`line`, a log share), the excess over the peers its
 * floor reads (`line`_floor) and the key of the hospital's own series (`line`_key). A support component is judged in the
 * support line's peer group against the support line's floor; an operation's components in the drug line's peer group
 * and the same implant top-ups: the device line only on an implant operation (deviceStepEligibleSql), its floor the
 * device line over the same peers; the consumables on an operation in theatre, its floor the drug line over its peers.
 */
export const STEP_COMPONENTS = Object.freeze([
  { line: 'laboratory', column: 'tarif_laboratorium', of: 'support', en: 'Laboratory', id: 'Laboratorium' },
  { line: 'radiology', column: 'tarif_radiologi', of: 'support', en: 'Radiology', id: 'Radiologi' },
  { line: 'device', column: 'tarif_alkes', of: 'drug', en: 'Devices', id: 'Alkes' },
  { line: 'consumables', column: 'tarif_bmhp', of: 'drug', en: 'Consumables', id: 'BMHP' },
] as const);
export type StepComponent = (typeof STEP_COMPONENTS)[number];
/** SQL: log of claim `a`'s bill component `column` against the rest of the bill (as supportLogSql for the line). */
export const componentLogSql = (a: string, column: string): string =>
  `ln((${a}.${column} + ${LOG_COST_SMOOTHING}) / (${a}.billed_cost - ${a}.${column} + ${LOG_COST_SMOOTHING}))`;
/** SQL: claim `b`'s implant operation's device line is judged in its hospital's own series (an operation, alive, an implant top-up). */
const deviceStepEligibleSql = `(len(${operationsSql('b')}) > 0 AND b.discharge_status <> 4 AND len(${implantTopupsSql('b')}) > 0)`;
/** SQL: claim `b`'s operation, done in theatre (a stay or day surgery, case type 2), is judged on its consumables set (the patient alive). */
const theatreOperationSql = `(len(${operationsSql('b')}) > 0 AND b.discharge_status <> 4 AND (b.jenis_rawat = 1 OR split_part(b.kode_inacbg, '-', 2) = '2'))`;
/** SQL: claim `b`'s component `c` value in the own series (NULL where the component is not judged on the claim). */
export const componentValueSql = (c: StepComponent): string =>
  c.line === 'device'
    ? `CASE WHEN ${deviceStepEligibleSql} THEN ${componentLogSql('b', c.column)} END`
    : c.line === 'consumables'
      ? `CASE WHEN ${theatreOperationSql} THEN ${componentLogSql('b', c.column)} END`
      : componentLogSql('b', c.column);
/** SQL: the excess over the peers claim `b`'s component `c` reads its floor from: the device line's own, else its line's. */
export const componentFloorSql = (c: StepComponent): string =>
  c.line === 'device' ? `(${deviceLogSql('b')} - ${drugPeerColumn('device_log')})` : c.of === 'drug' ? drugExcessSql : supportExcessSql;
/** SQL: the key of claim `b`'s own series of component `c`: its line's peer group, for an operation's with its implant top-ups. */
export const componentKeySql = (c: StepComponent): string =>
  c.of === 'drug' ? `(${drugPeerKeySql}) || '|' || array_to_string(list_sort(${implantTopupsSql('b')}), '+')` : supportPeerKeySql;

export const LINE_REPEAT_THRESHOLDS = Object.freeze({
  lineRepeatMinPatients: {
    value: 3,
    source:
      "As for the provider-pattern signals (claim-scores.ts SIGNAL_PATTERN, the distribution detectors): a scheme is a pattern from at least 3 patients; one patient's repeated sessions (dialysis, chemotherapy) are one observation, two one-offs at a small hospital are chance (RT-NM-OFFDUTY-121: 2 of 8 patients).",
  } satisfies DetectorThreshold,
  lineRepeatRatio: {
    value: 2,
    source:
      "As SIGNAL_PATTERN: the hospital's patients with the line above its ratio at least twice what the peers' rate gives for its patients of the same peer groups.",
  } satisfies DetectorThreshold,
  lineRepeatZ: {
    value: 3,
    source: 'As SIGNAL_PATTERN: Poisson z >= 3 (one-sided p ~ 0.001 among hundreds of providers), the expected count floored at 0.5.',
  } satisfies DetectorThreshold,
  lineRepeatPriorPatients: {
    value: 5,
    source:
      "A peer group's rate at the other hospitals is shrunk towards the line's rate over every group with 5 pseudo-patients (as SEVERITY_PEER_SMOOTHING, distributions.ts): a group the hospital nearly fills alone has no rate of its own.",
  } satisfies DetectorThreshold,
  loneSupportExcessRatio: {
    value: 5,
    source:
      "A support line alone is evidence past 5x its peers' share: a hospital's own tariffs move a line up to about 2x (drugDeviceShareRatio's source) and one patient's tests within the same CBG and procedures about as much again (supportShareRatio's 2x), both at once about 4-5x. Measured (150k generated claims, HEAD f325177): support hits 2-3x 167 fraud / 92 honest, 3-5x 19 / 5, none past 5x; by the provider's support hits, 1-2 a provider 10 fraud / 33 honest, 6 or more 165 / 24. Red team: honest one-offs at 2.2-2.6x (RT-NM-OFFDUTY-121).",
  } satisfies DetectorThreshold,
  loneDrugExcessRatio: {
    value: 3,
    source:
      "An ordinary drug line alone is evidence past 3x its peers' share: the 2.5x screen (drugDeviceShareRatio) allows a hospital's prices; measured (150k generated claims, HEAD f325177), drug hits at 2-3x are 37 fraud / 18 honest and at 3-5x 197 / 1, so a patient's dose on top of the prices reaches 3x, an inflated line passes it. Red team: an honest one-off at 2.8x (RT-NM-OFFDUTY-121).",
  } satisfies DetectorThreshold,
});

export type LineRepeatValues = ThresholdValues<
  keyof typeof LINE_REPEAT_THRESHOLDS | keyof typeof DEVICE_THRESHOLDS | 'supportShareRatio' | 'drugDeviceShareRatio'
>;

/**
 * Common table expressions of fraud_provider_distribution (distributions.ts): per facility, the lines (drug, support)
 * whose outliers repeat beyond the peers' rate, hospital-wide (peer_key NULL) or within one peer group (a scheme on one
 * service, dengue stays' laboratory, at a busy hospital whose other services dilute it). A patient counts once per
 * peer group (one patient's repeated sessions are one observation); the expected count is, per peer group, the
 * hospital's patients there times the group's outlier rate at every other hospital (shrunk towards the line's rate).
 */
/** SQL struct fields of a claim's `line` row: each component's value, floor and key on its own line's row, NULL on the other's. */
const componentFieldsSql = (line: 'drug' | 'support'): string =>
  STEP_COMPONENTS.map((c) =>
    c.of === line
      ? `'${c.line}': ${componentValueSql(c)}, '${c.line}_floor': ${componentFloorSql(c)}, '${c.line}_key': ${componentKeySql(c)}`
      : `'${c.line}': NULL::DOUBLE, '${c.line}_floor': NULL::DOUBLE, '${c.line}_key': NULL::VARCHAR`,
  ).join(',\n      ');

export function lineRepeatCtesSql(t: LineRepeatValues): string {
  // one pass over the claims and their peers for both lines (a UNION of two passes planned and joined the peers twice)
  const drugOutlier = `(${drugExcessSql} > ln(${t.drugDeviceShareRatio}) OR coalesce(${deviceOutlierConditionSql(t, drugPeerColumn('device_log'), kitPeers)}, false))`;
  return `line_repeat_lines AS (
  SELECT b.facility_id, b.member_key, [
    {'line': 'support', 'peer_key': CASE WHEN ${supportExcessSql} IS NOT NULL THEN ${supportPeerKeySql} END, 'outlier': ${supportExcessSql} > ln(${t.supportShareRatio}), 'excess': ${supportExcessSql},
      ${componentFieldsSql('support')}},
    -- the drug line's outliers and the device line's (inflated-device.ts), which the detector names as the same signal
    {'line': 'drug', 'peer_key': CASE WHEN ${drugExcessSql} IS NOT NULL AND b.discharge_status <> 4 THEN ${drugPeerKeySql} END, 'outlier': ${drugOutlier}, 'excess': ${drugExcessSql},
      ${componentFieldsSql('drug')}}
  ] AS lines
  FROM fraud_claim_base b ${procedurePeerJoin('b')}
), line_repeat_claims AS MATERIALIZED (
  -- read again by the step rule (inflated-line-step.ts): the claims' peer join is computed once
  SELECT * FROM (SELECT facility_id, member_key, unnest(lines, recursive := true) FROM line_repeat_lines) WHERE peer_key IS NOT NULL
), line_repeat_units AS (
  SELECT facility_id, line, peer_key, member_key, bool_or(outlier) AS outlier FROM line_repeat_claims GROUP BY ALL
), ${patientExcessCtesSql('line_repeat', t)}, line_repeat AS (
  SELECT facility_id, list({'line': line, 'peer_key': peer_key, 'observed': observed, 'expected': expected} ORDER BY line, peer_key NULLS FIRST) AS line_repeat
  FROM line_repeat_tests GROUP BY facility_id
)`;
}

/**
 * Common table expressions `name`_groups to `name`_tests: the Poisson excess of a facility's patients flagged on a line,
 * from `name`_units (facility_id, line, peer_key, member_key, outlier: one row a patient and peer group, so one patient's
 * repeated sessions are one observation). The expected count is, per peer group, the facility's patients there times the
 * group's rate of flagged patients at every other facility, shrunk towards the line's rate (lineRepeatPriorPatients); a
 * lenient first pass at the pooled rates leaves a facility whose flags repeat out of every other facility's reference.
 * `name`_tests holds (facility_id, line, peer_key, observed, expected) for each peer group that passes (3+ patients, 2x
 * expected, z >= 3) and, with peer_key NULL, each facility whose sum over its groups passes.
 */
export function patientExcessCtesSql(name: string, t: Pick<LineRepeatValues, keyof typeof LINE_REPEAT_THRESHOLDS>): string {
  const k = t.lineRepeatPriorPatients;
  const pattern = (o: string, e: string, p: string): string =>
    `(${p} >= ${t.lineRepeatMinPatients} AND ${o} >= ${t.lineRepeatRatio} * ${e} AND (${o} - ${e}) / sqrt(greatest(${e}, 0.5)) >= ${t.lineRepeatZ})`;
  return `${name}_groups AS (
  SELECT facility_id, line, peer_key, count(*) AS n, count(*) FILTER (WHERE outlier) AS o FROM ${name}_units GROUP BY ALL
), ${name}_pooled AS (
  -- a lenient first pass at the pooled rates: a hospital whose outliers repeat is left out of every other hospital's
  -- reference below (as the ventilation screen, distributions.ts): one scheme billing dozens of outliers must not raise
  -- the rate that hides a small one elsewhere (150k generated claims: 7 support outliers of a hospital's 3,750 claims
  -- were hidden by other hospitals' schemes in the rate)
  SELECT facility_id, line, sum(o) AS o, sum(n * (sum_o - o + ${k} * r) / (sum_n - n + ${k})) AS e
  FROM (SELECT *, sum(o) OVER grp AS sum_o, sum(n) OVER grp AS sum_n, sum(o) OVER whole / sum(n) OVER whole AS r
    FROM ${name}_groups WINDOW grp AS (PARTITION BY line, peer_key), whole AS (PARTITION BY line))
  GROUP BY ALL
), ${name}_screened AS (
  SELECT g.*, coalesce(${pattern('p.o', 'p.e', 'p.o')}, false) AS screened
  FROM ${name}_groups g LEFT JOIN ${name}_pooled p USING (facility_id, line)
), ${name}_expected AS (
  -- the group's rate at every other hospital the screen left in, shrunk towards the line's rate there
  SELECT facility_id, line, peer_key, n, o,
    n * (coalesce(sum(o) FILTER (WHERE NOT screened) OVER grp, 0) - CASE WHEN screened THEN 0 ELSE o END
      + ${k} * (sum(o) FILTER (WHERE NOT screened) OVER whole + 0.5) / (sum(n) FILTER (WHERE NOT screened) OVER whole + 1))
      / (coalesce(sum(n) FILTER (WHERE NOT screened) OVER grp, 0) - CASE WHEN screened THEN 0 ELSE n END + ${k}) AS e
  FROM ${name}_screened WINDOW grp AS (PARTITION BY line, peer_key), whole AS (PARTITION BY line)
), ${name}_tests AS (
  SELECT facility_id, line, peer_key, o AS observed, e AS expected FROM ${name}_expected WHERE ${pattern('o', 'e', 'o')}
  UNION ALL
  SELECT x.facility_id, x.line, NULL, x.o, x.e FROM (SELECT facility_id, line, sum(o) AS o, sum(e) AS e FROM ${name}_expected GROUP BY ALL) x
  JOIN (SELECT facility_id, line, count(DISTINCT member_key) AS p FROM ${name}_units WHERE outlier GROUP BY ALL) p USING (facility_id, line)
  WHERE ${pattern('x.o', 'x.e', 'p.p')}
)`;
}

/** The column lineRepeatCtesSql adds to fraud_provider_distribution: per facility, its lines and groups whose outliers repeat. */
export const LINE_REPEAT_COLUMNS = 'line_repeat.line_repeat';
export const LINE_REPEAT_JOINS = 'LEFT JOIN line_repeat USING (facility_id)';

/**
 * SQL joins of claim `b` to the published repeats of its `line` (read from `distribution`, passed in: distributions.ts
 * imports this file): `rpw` hospital-wide, `rpg` within the peer group the claim is judged against.
 */
export function lineRepeatJoin(line: 'drug' | 'support', distribution: string): string {
  const key = line === 'drug' ? drugPeerKeySql : supportPeerKeySql;
  const repeats = `(SELECT facility_id, unnest(line_repeat, recursive := true) FROM ${distribution})`;
  return `
LEFT JOIN ${repeats} rpw ON rpw.facility_id = b.facility_id AND rpw.line = '${line}' AND rpw.peer_key IS NULL
LEFT JOIN ${repeats} rpg ON rpg.facility_id = b.facility_id AND rpg.line = '${line}' AND rpg.peer_key = ${key}`;
}

/** SQL: the line's outlier on claim `b` (its `excess`, a log) is a hit: it repeats at the hospital (lineRepeatJoin) or is past the line's lone ratio. */
export const lineOutlierHitSql = (line: 'drug' | 'support', excess: string, t: LineRepeatValues): string =>
  `(${excess} > ln(${line === 'drug' ? t.loneDrugExcessRatio : t.loneSupportExcessRatio}) OR rpw.facility_id IS NOT NULL OR rpg.facility_id IS NOT NULL)`;

/**
 * SQL: what the evidence adds, in `lang`: the repeat that makes the outlier a hit (a lone outlier past
 * its line's lone ratio says its size in the ratio the evidence already gives).
 */
export function lineRepeatEvidenceSql(ratio: number, lang: 'en' | 'id'): string {
  return lang === 'en'
    ? `CASE WHEN rpw.facility_id IS NOT NULL OR rpg.facility_id IS NOT NULL
        THEN format('; {} patients of this hospital{} above {}x against {:.1f} expected at the peers'' rate',
          coalesce(rpw.observed, rpg.observed), CASE WHEN rpw.facility_id IS NULL THEN ' in the same peer group' ELSE '' END, ${ratio}, coalesce(rpw.expected, rpg.expected))
        ELSE '' END`
    : `CASE WHEN rpw.facility_id IS NOT NULL OR rpg.facility_id IS NOT NULL
        THEN format('; {} pasien RS ini{} di atas {}x, sedangkan laju pembanding memberi {:.1f}',
          coalesce(rpw.observed, rpg.observed), CASE WHEN rpw.facility_id IS NULL THEN ' pada kelompok pembanding yang sama' ELSE '' END, ${ratio}, coalesce(rpw.expected, rpg.expected))
        ELSE '' END`;
}
