// Arrival gates on single UNION ALL branches, for branches whose signal other branches of the detector
// emit too, so that a gate by signal (arrival-gates.ts) cannot tell them apart: INFLATED_BILL's
// drug_device_outlier comes from the whole line, the device line of an operation and the dialysis
// session's price. Measured on the 20k-member publication (30 claims, load 7-9, CPU per claim): the
// session-price branch 18.5 ms and the device branch 11.4 ms, on every claim, though only a
// one-procedure routine session can be hit by the first and only a claim with an operation by the second.
//
// A branch gate names conditions that must be conjuncts of the branch's top-level WHERE on its hit row
// `b` (the branch selects b.nomor_sep): the branches it covers are found by that, and a gate no branch
// holds stops the context from opening (arrival-detectors.ts). A conjunct is what the WHERE's top-level
// AND chain holds, also inside a parenthesised conjunct, never under an OR or inside a NOT: so a claim
// that fails one cannot be the branch's hit row. A gate may instead name atoms (requiresOneOf): it covers a
// branch whose WHERE is true only where one of them is, through any AND, OR and parentheses (the whole
// drug and support lines of INFLATED_BILL, whose WHERE is an OR of ways past a floor: arrival-line-screen.ts).
import type { FraudTypeCode } from '../../data-samples/reference/index.js';
import { MAX_OPERATION_CHAPTER, operationsSql } from './detectors/peers.js';
import { ROUTINE_SESSION_PROCEDURES, routineSessionSql } from './detectors/session-units.js';
import { OUTPATIENT } from './arrival-gates.js';
import { codes } from './arrival-gate-types.js';
import { lineScreenAtoms } from './arrival-line-screen.js';
import type { ScreenedLine } from './arrival-line-screen.js';
import type { ArrivalDetectorGate, ArrivalFacts, GatedClaim } from './arrival-gate-types.js';

/**
 * A gate on the branches of one detector whose top-level WHERE, on hit row `b`, holds every one of `conjuncts` (SQL
 * text), or is true only where one of `requiresOneOf` is (arrival-line-screen.ts: its atoms, wherever the WHERE's
 * AND and OR put them).
 */
export interface ArrivalBranchGate extends ArrivalDetectorGate {
  readonly conjuncts?: readonly string[];
  readonly requiresOneOf?: readonly string[];
}

/** discharge_status of a patient who died (SCHEMA.md, claims): the drug and device rules leave such stays out. */
const DIED = 4;

/**
 * Whether procedure code `x` may be an operation (operationsSql: its chapter, the part before the first '.',
 * cast to an integer, at most MAX_OPERATION_CHAPTER). Only a chapter of plain digits above it, or one without
 * a digit (the cast gives NULL), is surely none; anything else DuckDB might read as a number passes.
 */
export function mayBeOperation(x: string): boolean {
  const chapter = x.split('.')[0] ?? '';
  if (!/\d/.test(chapter)) return false;
  return !/^\d+$/.test(chapter) || Number(chapter) <= MAX_OPERATION_CHAPTER;
}

const gate = (conjuncts: readonly string[], applies: (claim: GatedClaim) => boolean, why: string): ArrivalBranchGate => {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.freeze({
    conjuncts,
    applies,
    branchCondition: new RegExp(`^${conjuncts.map((c) => `(?=[\\s\\S]*${escape(c)})`).join('')}`),
    why,
  });
};

/**
 * INFLATED_BILL's line branches (inflated-bill.ts) behind their lines' screens (arrival-line-screen.ts), as one gate: a
 * claim may run both when either line can pass, so that the detector's variants double once, not twice (each is planned
 * at open), and few claims pass either (3% on the 20k-member publication). It reads what the request computed: without
 * that it lets the claim through.
 */
const LINE_SCREEN_GATES: readonly ArrivalBranchGate[] = (() => {
  const lines: readonly ScreenedLine[] = ['drug', 'support'];
  const atoms = lines.flatMap((l) => lineScreenAtoms(l));
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    Object.freeze({
      requiresOneOf: atoms,
      applies: (_claim: GatedClaim, facts?: ArrivalFacts) => lines.some((l) => facts?.lineMayStep?.(l) ?? true),
      branchCondition: new RegExp(atoms.map(escape).join('|')),
      why: "the drug or the support line's excess over its peers past the lone screen, or past the floor where its hospital's own series of the line steps",
    }),
  ];
})();

/** Gates by detector on the branches that hold their conjuncts. */
export const ARRIVAL_BRANCH_GATES: Readonly<Partial<Record<FraudTypeCode, readonly ArrivalBranchGate[]>>> = Object.freeze({
  INFLATED_BILL: [
    // inflated-session-price.ts: a routine session (one procedure, dialysis) against other units' session price
    gate(
      [routineSessionSql('b')],
      (claim) =>
        claim['jenis_rawat'] === OUTPATIENT &&
        codes(claim['procedure']).length === 1 &&
        ROUTINE_SESSION_PROCEDURES.includes(codes(claim['procedure'])[0] ?? ''),
      'a routine session: an outpatient visit coding one procedure, a routine session procedure (routineSessionSql)',
    ),
    // inflated-device.ts: an operation's device line, the patient alive at discharge
    gate(
      [`len(${operationsSql('b')}) > 0`, 'b.discharge_status <> 4'],
      (claim) => claim['discharge_status'] !== DIED && codes(claim['procedure']).some(mayBeOperation),
      'an operation coded (operationsSql) on a claim not ending in death',
    ),
    // the whole drug and the support line against their peers: the excess past a floor (arrival-line-screen.ts)
    ...LINE_SCREEN_GATES,
  ],
});

/**
 * Tokens of SQL at which nesting and keywords are read: string literals and comments (skipped whole),
 * parentheses and CASE ... END (nesting), WHERE, AND, OR, BETWEEN (whose AND is no conjunction) and what ends a WHERE.
 */
const TOKENS =
  /'(?:[^']|'')*'|--[^\n]*|\(|\)|\bCASE\b|\bEND\b|\bWHERE\b|\bAND\b|\bOR\b|\bBETWEEN\b|\b(?:GROUP|ORDER) BY\b|\bHAVING\b|\bQUALIFY\b|\bLIMIT\b/gi;
const OPENS = new Set(['(', 'CASE']);
const CLOSES = new Set([')', 'END']);

/**
 * The top-level AND-conjuncts of `expr` (trimmed), recursing into conjuncts that are one parenthesised
 * expression; none when an OR is at its top level (AND binds tighter). A NOT binds tighter still: it negates
 * its own conjunct only.
 */
function conjunctsOf(expr: string): string[] {
  if (topLevelParts(expr, 'OR').length > 1) return [];
  return topLevelParts(expr, 'AND').flatMap((p) => (wrapped(p) ? [p, ...conjunctsOf(p.slice(1, -1))] : [p]));
}

/** Whether `p` is one parenthesised expression (its first parenthesis closes at its end). */
function wrapped(p: string): boolean {
  if (!p.startsWith('(') || !p.endsWith(')')) return false;
  let depth = 0;
  for (const m of p.matchAll(TOKENS)) {
    const t = m[0].toUpperCase();
    if (OPENS.has(t)) depth++;
    else if (CLOSES.has(t) && --depth === 0) return m.index === p.length - 1;
  }
  return false;
}

/**
 * The conjuncts of a UNION ALL branch's top-level WHERE, when the branch selects `b.nomor_sep` as its hit
 * (a leading comment aside); none otherwise. The WHERE ends at a top-level GROUP BY, HAVING, QUALIFY, ORDER BY or LIMIT.
 */
export function hitRowConjuncts(branch: string): readonly string[] {
  const where = hitRowWhere(branch);
  return where === undefined ? [] : conjunctsOf(where);
}

/** The top-level WHERE of a UNION ALL branch that selects `b.nomor_sep` as its hit (as hitRowConjuncts reads it); undefined otherwise. */
export function hitRowWhere(branch: string): string | undefined {
  if (!/^\s*(?:--[^\n]*\n\s*)*SELECT b\.nomor_sep\b/.test(branch)) return undefined;
  let depth = 0;
  let where = -1;
  let end = branch.length;
  for (const m of branch.matchAll(TOKENS)) {
    const t = m[0].toUpperCase();
    if (OPENS.has(t)) depth++;
    else if (CLOSES.has(t)) depth--;
    else if (depth !== 0) continue;
    else if (t === 'WHERE' && where < 0) where = m.index + m[0].length;
    else if (where >= 0 && /^(GROUP BY|ORDER BY|HAVING|QUALIFY|LIMIT)$/.test(t)) {
      end = m.index;
      break;
    }
  }
  return where < 0 ? undefined : branch.slice(where, end).trim();
}

/**
 * Whether `branch` is one `g` covers: every conjunct of g is a conjunct of the branch's top-level WHERE on its hit row,
 * and that WHERE is true only where one of g's atoms is (requiresOneOf).
 */
export function branchGateHolds(g: ArrivalBranchGate, branch: string): boolean {
  if (g.conjuncts === undefined && g.requiresOneOf === undefined) return false;
  const held = new Set(hitRowConjuncts(branch));
  if (!(g.conjuncts ?? []).every((c) => held.has(c.trim()))) return false;
  const where = hitRowWhere(branch);
  return g.requiresOneOf === undefined || (where !== undefined && requiresOneOf(where, new Set(g.requiresOneOf)));
}

/** The parts of `expr` between its top-level `op`s (a BETWEEN's AND is no cut), trimmed; one part when it has none. */
function topLevelParts(expr: string, op: 'AND' | 'OR'): string[] {
  const text = expr.trim();
  const cuts: [number, number][] = [];
  let depth = 0;
  let between = false;
  for (const m of text.matchAll(TOKENS)) {
    const t = m[0].toUpperCase();
    if (OPENS.has(t)) depth++;
    else if (CLOSES.has(t)) depth--;
    else if (depth !== 0 || t.startsWith("'") || t.startsWith('--')) continue;
    else if (t === 'BETWEEN') between = true;
    else if (t === 'AND' && between) between = false;
    else if (t === op) cuts.push([m.index, m.index + op.length]);
  }
  return [0, ...cuts.map(([, end]) => end)].map((from, i) => text.slice(from, cuts[i]?.[0]).trim());
}

/**
 * Whether SQL condition `expr` is true only where one of `atoms` (SQL text) is: it is an atom, an OR whose every part is
 * such, an AND with a part that is such, or such a condition in parentheses (OR binds loosest, AND next; a NOT, a CASE
 * or a function of an atom is never read as the atom).
 */
export function requiresOneOf(expr: string, atoms: ReadonlySet<string>): boolean {
  const text = expr.trim();
  if (atoms.has(text)) return true;
  const ors = topLevelParts(text, 'OR');
  if (ors.length > 1) return ors.every((p) => requiresOneOf(p, atoms));
  const ands = topLevelParts(text, 'AND');
  if (ands.length > 1) return ands.some((p) => requiresOneOf(p, atoms));
  return wrapped(text) && requiresOneOf(text.slice(1, -1), atoms);
}
