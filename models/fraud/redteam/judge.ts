// The verdict on one scenario: its declaration is sound, its fraud claims are flagged with
// the right taxonomy code and in a case, its near misses are in no case. Pure: no pipeline.
import { FRAUD_TYPES } from '../../../data-samples/reference/index.js';
import type { ClaimOutcome } from './read-outcome.js';
import type { Scenario, ScenarioClaims } from './types.js';

const KNOWN_CODES = new Set(FRAUD_TYPES.map((t) => t.code));

/** Checks a scenario's declaration before anything runs. */
export function validateScenario(s: Scenario, claims: ScenarioClaims): string[] {
  const problems: string[] = [];
  if (!/^RT-[A-Z0-9-]+$/.test(s.id)) problems.push(`id ${s.id} must look like RT-XXX-01`);
  for (const c of [s.code, ...(s.alsoAccept ?? [])]) if (!KNOWN_CODES.has(c)) problems.push(`unknown taxonomy code ${c}`);
  if (!s.description.id || !s.description.en) problems.push('description needs Indonesian and English');
  const fraud = claims.fraud ?? [];
  const near = claims.nearMiss ?? [];
  if (s.kind === 'fraud' && fraud.length === 0) problems.push('a fraud scenario names no fraudulent claim');
  if (s.kind === 'near_miss' && (near.length === 0 || fraud.length > 0)) problems.push('a near-miss scenario names near misses only');
  return problems;
}

/** Claims listed by SEP in a failure line before the rest are counted. */
const LISTED_CLAIMS = 4;

/**
 * The problems of one scenario against the outcomes (empty: it holds). Claims that failed the
 * same way are reported on one line: which claims, what was expected, what was found.
 */
export function judge(s: Scenario, claims: ScenarioClaims, outcomes: ReadonlyMap<string, ClaimOutcome>): string[] {
  const accepted = [s.code, ...(s.alsoAccept ?? [])];
  const groups = new Map<string, { seps: string[]; probabilities: number[] }>();
  const add = (key: string, sep: string, p: number | null | undefined): void => {
    const g = groups.get(key) ?? { seps: [], probabilities: [] };
    g.seps.push(sep);
    if (p !== null && p !== undefined) g.probabilities.push(p);
    groups.set(key, g);
  };
  const found = (o: ClaimOutcome): string =>
    `found flagged [${o.codes.join(', ') || 'nothing'}]${o.signals.length ? ` (${o.signals.join(', ')})` : ''}, ` +
    `${o.inCase ? `in case ${o.caseId} of type ${o.caseType}` : 'in no case'}`;
  for (const c of claims.fraud ?? []) {
    const o = outcomes.get(c.nomorSep);
    if (!o || !o.scored) {
      add('fraud claim never scored (quarantined at ingestion?)', c.nomorSep, null);
      continue;
    }
    const flagged = o.codes.some((code) => accepted.includes(code as Scenario['code']));
    if (!flagged || !o.inCase) add(`fraud: expected ${accepted.join(' or ')} and a case; ${found(o)}`, c.nomorSep, o.probability);
  }
  for (const c of claims.nearMiss ?? []) {
    const o = outcomes.get(c.nomorSep);
    if (!o || !o.scored) {
      add('near miss never scored (quarantined at ingestion?)', c.nomorSep, null);
      continue;
    }
    if (o.inCase) add(`near miss (looks like ${s.code}) must be in no case; ${found(o)}`, c.nomorSep, o.probability);
  }
  return [...groups].map(([what, g]) => {
    const listed =
      g.seps.slice(0, LISTED_CLAIMS).join(', ') + (g.seps.length > LISTED_CLAIMS ? ` and ${g.seps.length - LISTED_CLAIMS} more` : '');
    const ps = g.probabilities;
    const p =
      ps.length === 0
        ? ''
        : `, probability ${Math.min(...ps).toFixed(3)}${ps.length > 1 && Math.max(...ps) - Math.min(...ps) >= 0.0005 ? `-${Math.max(...ps).toFixed(3)}` : ''}`;
    return `${g.seps.length} claim(s) ${listed}: ${what}${p}`;
  });
}
