// The detector step of arrival scoring, planned SELECTs per detector, so that a claim runs only
// the detector SQL that can hit it. A claim's cost on arrival is per plan operator, not per row
// (README, "Arrival cost is per operator"): each execution builds every pipeline's operator and
// expression states before it reads a row, and that setup, not the rows, is most of the detector
// step (measured with perf: PipelineExecutor construction ~60% of a detector's CPU on a dozen rows).
// One statement per detector costs the same as the batch's UNION ALL (measured side by side), so
// what a skipped detector, or a skipped branch of one, saves is all gain.
//
// The parts are cut out of the batch's own statement (detectorHitsSql): splitArrivalDetectorHits
// rebuilds that statement from the detectors and refuses to go on if it does not give the same
// text, and each detector's SQL from its top-level UNION ALL branches, so the hits of a claim are
// the batch's hits, row for row (UNION ALL distributes over the projection and the LEFT JOIN to
// the signal table). The gates (arrival-gates.ts by signal, arrival-branch-gates.ts by a branch's own
// WHERE) decide which parts a claim runs.
import type { FraudSources } from '../../features/fraud/index.js';
import type { FraudTypeCode } from '../../data-samples/reference/index.js';
import { literal } from '../../data-samples/sql/index.js';
import { FRAUD_DETECTORS, HIT_COLUMNS, detectorHitsSql, signalValuesSql, thresholdValues } from './detectors/index.js';
import type { FraudDetector } from './detectors/index.js';
import { ARRIVAL_DETECTOR_GATES, ARRIVAL_SIGNAL_GATES } from './arrival-gates.js';
import { ARRIVAL_BRANCH_GATES, branchGateHolds } from './arrival-branch-gates.js';
import type { ArrivalDetectorGate, ArrivalFacts, GatedClaim } from './arrival-gates.js';

export { ARRIVAL_DETECTOR_GATES, ARRIVAL_SIGNAL_GATES, INPATIENT, OUTPATIENT } from './arrival-gates.js';
export type { ArrivalDetectorGate, ArrivalFacts, GatedClaim } from './arrival-gates.js';

/**
 * One detector's SELECTs of fraud_detector_hits rows on arrival: one variant per combination of its
 * signal gates, each holding the branches a claim those gates let through can be hit by, so a claim
 * still runs one statement per detector (the batch-only branches are in none).
 */
export interface ArrivalDetectorPart {
  readonly code: FraudTypeCode;
  /** The signal gates (arrival-gates.ts) and branch gates (arrival-branch-gates.ts) of the detector's branches, the batch-only ones left out. */
  readonly gates: readonly ArrivalDetectorGate[];
  /** Per combination of gates (bit i set: gates[i] lets the claim through), its SELECT, or undefined when no branch is left. */
  readonly variants: readonly (ArrivalDetectorVariant | undefined)[];
  /** The variant a claim runs, or undefined when the detector cannot hit it (the step is skipped for it); `facts`: what its request loaded. */
  readonly variantOf: (claim: GatedClaim, facts?: ArrivalFacts) => number | undefined;
}

export interface ArrivalDetectorVariant {
  /** SELECT giving rows of fraud_detector_hits, columns in table order. */
  readonly sql: string;
  /** The signals its branches emit. */
  readonly signals: readonly string[];
}

const always = (): boolean => true;

/** The projection detectorHitsSql puts around the UNION ALL of its detectors, before and after it. */
const HEAD = `CREATE OR REPLACE TABLE fraud_detector_hits AS
SELECT h.fraud_type, h.nomor_sep, h.signal, coalesce(sig.strength, 'suspicious') AS strength,
  greatest(coalesce(h.amount_at_risk, 0), 0)::BIGINT AS amount_at_risk, h.related_sep, h.evidence_en, h.evidence_id
FROM (`;
const tail = (): string => `) h LEFT JOIN ${signalValuesSql()} USING (fraud_type, signal)`;

/**
 * Whether the gates on a claim's fields (arrival-gates.ts: its detector's and its signal's) let claim
 * `c` run the SQL of hit `h`; a hit of the claim they refuse is a gate too narrow. The batch-only
 * branches are refused by time, not by the claim's fields: they pass here, and so do the gates on
 * what a request loads (arrival-screens.ts), which no batch hit carries.
 */
export function fieldGatesAdmit(h: { readonly fraud_type: string; readonly signal: string }, c: GatedClaim): boolean {
  const detectorGate = (ARRIVAL_DETECTOR_GATES as Readonly<Record<string, ArrivalDetectorGate | undefined>>)[h.fraud_type];
  const signalGate = ARRIVAL_SIGNAL_GATES[h.signal];
  return (detectorGate?.applies(c) ?? true) && (signalGate === undefined || signalGate.batchOnly === true || signalGate.applies(c));
}

/** Top-level tokens of SQL: string literals and comments (skipped whole), parentheses, UNION ALL and SELECT. */
const TOKENS = /'(?:[^']|'')*'|--[^\n]*|\(|\)|\bUNION ALL\b|\bSELECT\b/g;

/** Offsets of `keyword` outside parentheses, string literals and comments. */
function topLevel(sql: string, keyword: 'UNION ALL' | 'SELECT'): number[] {
  const at: number[] = [];
  let depth = 0;
  for (const m of sql.matchAll(TOKENS)) {
    if (m[0] === '(') depth++;
    else if (m[0] === ')') depth--;
    else if (m[0] === keyword && depth === 0) at.push(m.index);
  }
  return at;
}

/**
 * A detector's SQL as its common table expressions (a leading WITH, which every branch may read)
 * and its top-level UNION ALL branches: `${ctes}${branches.join('UNION ALL')}` gives `sql` back.
 */
export function unionBranches(sql: string): { readonly ctes: string; readonly branches: readonly string[] } {
  const cuts = topLevel(sql, 'UNION ALL');
  const branches = [0, ...cuts.map((c) => c + 'UNION ALL'.length)].map((from, i) => sql.slice(from, cuts[i]));
  const first = branches[0] ?? '';
  if (!/^\s*(?:--[^\n]*\n\s*)*WITH\b/.test(first)) return { ctes: '', branches };
  const select = topLevel(first, 'SELECT')[0] ?? 0;
  return { ctes: first.slice(0, select), branches: [first.slice(select), ...branches.slice(1)] };
}

/** The declared signals of `d` that a branch names as a literal (what it emits). */
const branchSignals = (d: FraudDetector, branch: string): string[] => Object.keys(d.signals).filter((s) => branch.includes(`'${s}'`));

interface GatedBranch {
  readonly sql: string;
  readonly signals: readonly string[];
  /** The gate of its signals (arrival-gates.ts) and the branch gates it holds (arrival-branch-gates.ts): a claim runs it when all let it through. */
  readonly gates: readonly ArrivalDetectorGate[];
}

/**
 * A detector's branches with their gates (none: ungated). Throws when arrival-gates.ts does not fit the SQL, or
 * a branch gate of arrival-branch-gates.ts is held by no branch.
 */
function gatedBranches(d: FraudDetector, branches: readonly string[]): GatedBranch[] {
  const branchGates = ARRIVAL_BRANCH_GATES[d.code] ?? [];
  const out = branches.map((sql) => {
    const signals = branchSignals(d, sql);
    const gates = new Set(signals.map((s) => ARRIVAL_SIGNAL_GATES[s]));
    if (gates.size > 1) throw new Error(`${d.code}: one branch emits ${signals.join(', ')}, which arrival-gates.ts gates differently`);
    const signalGate = signals.length === 0 ? undefined : [...gates][0];
    return { sql, signals, gates: [...(signalGate ? [signalGate] : []), ...branchGates.filter((g) => branchGateHolds(g, sql))] };
  });
  const emitted = new Set(out.flatMap((b) => b.signals.filter((s) => ARRIVAL_SIGNAL_GATES[s] !== undefined)));
  const missing = Object.keys(ARRIVAL_SIGNAL_GATES).filter((s) => s in d.signals && !emitted.has(s));
  if (missing.length > 0) throw new Error(`${d.code}: no branch emits ${missing.join(', ')}, gated in arrival-gates.ts`);
  // a screen's atoms (requiresOneOf) follow the detector's own builders: one no branch asks any more gates nothing (the branch
  // runs ungated, its hits unchanged), and arrival-line-screen.test.ts fails instead of the context refusing to open
  const unheld = branchGates.filter((g) => g.requiresOneOf === undefined && !out.some((b) => b.gates.includes(g)));
  if (unheld.length > 0) throw new Error(`${d.code}: no branch holds ${unheld.map((g) => g.why).join('; ')} (arrival-branch-gates.ts)`);
  return out;
}

/**
 * The batch's detector statement cut into one part per detector, each with a SELECT per
 * combination of its signal gates (arrival-gates.ts). Throws when the detectors do not rebuild
 * detectorHitsSql(sources) exactly (the batch statement changed shape, and arrival must follow
 * it before it may split it), or a detector's branches do not rebuild its SQL.
 */
export function splitArrivalDetectorHits(sources: FraudSources): readonly ArrivalDetectorPart[] {
  const cols = HIT_COLUMNS.join(', ');
  const inner = (d: FraudDetector, sql: string): string => `SELECT ${literal(d.code)} AS fraud_type, ${cols} FROM (${sql})`;
  const sqls = FRAUD_DETECTORS.map((d) => d.sql(thresholdValues(d, {}), sources));
  const end = tail();
  if (`${HEAD}${FRAUD_DETECTORS.map((d, i) => inner(d, sqls[i] as string)).join('\nUNION ALL\n')}${end}` !== detectorHitsSql(sources)) {
    throw new Error('detectorHitsSql changed shape: arrival-detectors.ts must cut it as the batch builds it');
  }
  const select = HEAD.replace(/^CREATE OR REPLACE TABLE fraud_detector_hits AS\n/, '');
  return FRAUD_DETECTORS.map((d, i) => {
    const sql = sqls[i] as string;
    const { ctes, branches: texts } = unionBranches(sql);
    if (`${ctes}${texts.join('UNION ALL')}` !== sql) throw new Error(`${d.code}: its SQL did not split into UNION ALL branches`);
    const branches = gatedBranches(d, texts).filter((b) => !b.gates.some((g) => g.batchOnly));
    const gates = [...new Set(branches.flatMap((b) => b.gates))];
    const variants = Array.from({ length: 2 ** gates.length }, (_, mask): ArrivalDetectorVariant | undefined => {
      const kept = branches.filter((b) => b.gates.every((g) => (mask & (1 << gates.indexOf(g))) !== 0));
      if (kept.length === 0) return undefined;
      const union = `${ctes}${kept.map((b) => b.sql).join('UNION ALL')}`;
      // a UNION takes its column names from its first branch: without the detector's first, they are named here
      const body = kept[0]?.sql === texts[0] ? inner(d, union) : `${inner(d, union)} AS branches(${cols})`;
      return {
        sql: `${select}${body}${end}`,
        signals: [...new Set(kept.flatMap((b) => b.signals))],
      };
    });
    const detectorApplies: ArrivalDetectorGate['applies'] = ARRIVAL_DETECTOR_GATES[d.code]?.applies ?? always;
    return {
      code: d.code,
      gates,
      variants,
      variantOf: (claim: GatedClaim, facts?: ArrivalFacts) => {
        if (!detectorApplies(claim, facts)) return undefined;
        const mask = gates.reduce((m, g, bit) => (g.applies(claim, facts) ? m | (1 << bit) : m), 0);
        return variants[mask] ? mask : undefined;
      },
    };
  });
}
