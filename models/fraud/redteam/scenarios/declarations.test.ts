// Every red-team round's declarations without a pipeline run (declarations.ts): a round is one
// line here, its requirements and its own checks in its r<N>-declarations.ts or in the line.
import { expect } from 'vitest';
import { NEXT_ROUND, describeRound } from './declarations.js';
import { ROUND4 } from './r4-declarations.js';
import { ROUND5 } from './r5-declarations.js';
import { ROUND6 } from './r6-declarations.js';
import { ROUND3_PARKED, ROUND3_SCENARIOS } from './round3.js';
import { ROUND7_SCENARIOS } from './round7.js';
import { ROUND8_SCENARIOS } from './round8.js';
import { ROUND9_SCENARIOS } from './round9.js';
import { ROUND10_SCENARIOS } from './round10.js';
import { ROUND11_SCENARIOS } from './round11.js';
import { ROUND12_SCENARIOS } from './round12.js';
import { ROUND13_SCENARIOS } from './round13.js';
import { ROUND14_SCENARIOS } from './round14.js';
import { ROUND15_SCENARIOS } from './round15.js';

// round 3: every taxonomy type, one scenario parked; built alone, before the SEP-era columns
describeRound({ round: 3, scenarios: ROUND3_SCENARIOS, parked: ROUND3_PARKED, merged: true, everyType: true });
describeRound(ROUND4);
describeRound(ROUND5);
describeRound(ROUND6);
describeRound({ ...NEXT_ROUND, round: 7, scenarios: ROUND7_SCENARIOS, merged: true });
// round 8: weighted to seven UPCODING schemes and nine types, not every type
describeRound({
  ...NEXT_ROUND,
  round: 8,
  scenarios: ROUND8_SCENARIOS,
  merged: true,
  everyType: false,
  weakTypes: { codes: ['UPCODING'], atLeast: 7 },
  nearMissesAtLeast: 8,
});
// round 9: written blind, eight UPCODING schemes and seven types
describeRound({
  ...NEXT_ROUND,
  round: 9,
  scenarios: ROUND9_SCENARIOS,
  merged: true,
  size: [30, 30],
  everyType: false,
  weakTypes: { codes: ['UPCODING'], atLeast: 8 },
  nearMissesAtLeast: 8,
});
// round 10: written blind, seven UPCODING schemes and every type
describeRound({
  ...NEXT_ROUND,
  round: 10,
  scenarios: ROUND10_SCENARIOS,
  merged: true,
  size: [30, 30],
  everyType: true,
  weakTypes: { codes: ['UPCODING'], atLeast: 6 },
  nearMissesAtLeast: 8,
});
// round 11: written blind, eight UPCODING schemes, every type, PROLONGED_LOS once as fraud and twice
// as a long honest stay
describeRound({
  ...NEXT_ROUND,
  round: 11,
  scenarios: ROUND11_SCENARIOS,
  merged: true,
  size: [30, 30],
  everyType: true,
  weakTypes: { codes: ['UPCODING'], atLeast: 8 },
  nearMissesAtLeast: 8,
  tests: {
    'names PROLONGED_LOS in three scenarios: one fraud, two long honest stays': () => {
      const los = ROUND11_SCENARIOS.filter((s) => s.code === 'PROLONGED_LOS');
      expect(los.map((s) => s.kind).sort()).toEqual(['fraud', 'near_miss', 'near_miss']);
    },
  },
});
// round 12: written blind, every type, UPCODING three times, most schemes small at clean hospitals;
describeRound({
  ...NEXT_ROUND,
  round: 12,
  scenarios: ROUND12_SCENARIOS,
  merged: true,
  size: [30, 30],
  everyType: true,
  nearMissesAtLeast: 8,
});
// round 13: written blind, every type, UPCODING four times and PROLONGED_LOS twice, Java and Sumatra
describeRound({
  ...NEXT_ROUND,
  round: 13,
  scenarios: ROUND13_SCENARIOS,
  merged: true,
  size: [30, 30],
  everyType: true,
  weakTypes: { codes: ['UPCODING'], atLeast: 4 },
  nearMissesAtLeast: 8,
  tests: {
    'names PROLONGED_LOS in two fraud scenarios': () => {
      expect(ROUND13_SCENARIOS.filter((s) => s.kind === 'fraud' && s.code === 'PROLONGED_LOS')).toHaveLength(2);
    },
  },
});
// round 14: written blind, every type, INFLATED_BILL and UPCODING four times each, PROLONGED_LOS twice,
// eastern Indonesia, Sulawesi and Kalimantan; not yet merged into SCENARIOS
describeRound({
  ...NEXT_ROUND,
  round: 14,
  scenarios: ROUND14_SCENARIOS,
  merged: true,
  size: [30, 30],
  everyType: true,
  weakTypes: { codes: ['INFLATED_BILL', 'UPCODING'], atLeast: 4 },
  nearMissesAtLeast: 8,
  tests: {
    'names PROLONGED_LOS in at least two fraud scenarios': () => {
      expect(ROUND14_SCENARIOS.filter((s) => s.kind === 'fraud' && s.code === 'PROLONGED_LOS').length).toBeGreaterThanOrEqual(2);
    },
  },
});
// round 15: written blind, every type, INFLATED_BILL and UPCODING three times each, PROLONGED_LOS,
// CLONING and PHANTOM_BILLING twice, Aceh, Sumatra's interior, the Riau Islands, Bangka Belitung,
// Lampung, Pangandaran and Bangli
describeRound({
  ...NEXT_ROUND,
  round: 15,
  scenarios: ROUND15_SCENARIOS,
  merged: true,
  size: [30, 30],
  everyType: true,
  nearMissesAtLeast: 8,
  weakTypes: { codes: ['INFLATED_BILL', 'UPCODING'], atLeast: 3 },
  tests: {
    'names PROLONGED_LOS, CLONING and PHANTOM_BILLING in two fraud scenarios each': () => {
      for (const code of ['PROLONGED_LOS', 'CLONING', 'PHANTOM_BILLING'])
        expect(
          ROUND15_SCENARIOS.filter((s) => s.kind === 'fraud' && s.code === code),
          code,
        ).toHaveLength(2);
    },
    'puts every scenario at its own new hospital, none in a regency an earlier round used': (built) => {
      const ctx = built();
      const ids = new Set(ROUND15_SCENARIOS.map((s) => s.id));
      const earlier = new Set(ctx.rows.facilities.filter((f) => !ids.has(f.scenario)).map((f) => f.row['regency_code']));
      const ours = ctx.rows.facilities.filter((f) => ids.has(f.scenario));
      for (const f of ours) expect(earlier.has(f.row['regency_code']), `${f.scenario} ${f.row['regency_code']}`).toBe(false);
      const byScenario = new Map<string, Set<string>>();
      for (const f of ours) byScenario.set(f.scenario, (byScenario.get(f.scenario) ?? new Set()).add(f.row['regency_code'] ?? ''));
      const regencies = [...byScenario.values()].flatMap((s) => [...s]);
      expect(new Set(regencies).size, 'no two scenarios share a regency').toBe(regencies.length);
      expect(byScenario.size).toBe(ROUND15_SCENARIOS.length);
    },
  },
});
