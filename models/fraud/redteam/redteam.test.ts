// The red-team suite (issue 11, item 6): hand-built JKN fraud scenarios and legitimate look-
// alikes, injected into one small generated extract, run once through ingest -> features ->
// fraud, then judged one scenario per test. Expected outcomes live in the scenarios
// (scenarios/*.ts); what the published run says about a claim is read in read-outcome.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRedTeam } from './harness.js';
import { KNOWN_MISSES } from './known-misses.js';
import type { RedTeamResult } from './harness.js';
import { SCENARIOS } from './scenarios/index.js';

let result: RedTeamResult | undefined;
let failure: unknown;

beforeAll(async () => {
  try {
    result = await runRedTeam(SCENARIOS, process.env.TELISIK_REDTEAM_LOG ? { onLog: (l) => console.log(`redteam: ${l}`) } : {});
  } catch (err) {
    failure = err;
  }
  // a hang guard, not a timing figure: one pipeline over 250+ scenarios takes 1-2 min on an idle
  // 2-core machine and several times that under load
}, 900_000);

afterAll(() => {
  if (!result || !process.env.TELISIK_REDTEAM_LOG) return;
  const failed = [...result.results.values()].filter((r) => r.problems.length > 0).map((r) => r.scenario.id);
  console.log(
    `redteam: ${result.results.size - failed.length}/${result.results.size} scenarios hold in ${result.seconds.toFixed(1)} s; failing: ${failed.join(', ') || 'none'}`,
  );
});

function outcome(): RedTeamResult {
  if (!result) throw failure instanceof Error ? failure : new Error(`red-team run failed: ${String(failure)}`);
  return result;
}

describe('red team: the whole pipeline on injected JKN fraud and near misses', () => {
  it('lists as known misses only scenarios that exist', () => {
    const ids = new Set(SCENARIOS.map((s) => s.id));
    expect(Object.keys(KNOWN_MISSES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('ingests every scenario row (none quarantined)', () => {
    expect(outcome().rowsQuarantined, 'scenario rows quarantined at ingestion: fix the scenario, not the product').toBe(0);
  });

  for (const s of SCENARIOS) {
    const label = `${s.id} [${s.kind === 'fraud' ? s.code : `near miss of ${s.code}`}] ${s.description.en}`;
    const knownMiss = KNOWN_MISSES[s.id];
    if (knownMiss !== undefined) {
      it(`${label} (known miss: ${knownMiss})`, () => {
        const r = outcome().results.get(s.id);
        expect(r, `${s.id} was not run`).toBeDefined();
        expect(r?.problems.length ?? 0, `${s.id} now holds: remove it from known-misses.ts`).toBeGreaterThan(0);
      });
      continue;
    }
    it(label, () => {
      const r = outcome().results.get(s.id);
      expect(r, `${s.id} was not run`).toBeDefined();
      const problems = r?.problems ?? [];
      // one line per group of claims that failed the same way: which claims, expected, found
      if (problems.length > 0) throw new Error(`${s.id} (${s.description.en})\n  ${problems.join('\n  ')}`);
    });
  }
});
