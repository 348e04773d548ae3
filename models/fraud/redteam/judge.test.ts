// The red-team verdicts without a pipeline run: what counts as a held scenario, and that a
// scenario's rows are in the source form SCHEMA.md describes.
import { describe, expect, it } from 'vitest';
import { RedTeamContext } from './context.js';
import { judge, validateScenario } from './judge.js';
import type { ClaimOutcome } from './read-outcome.js';
import { claimSourceForm, standInBaseExtract } from './scenarios/declarations.js';
import { SCENARIOS } from './scenarios/index.js';
import type { BuiltClaim, Scenario } from './types.js';

const outcome = (nomorSep: string, over: Partial<ClaimOutcome> = {}): ClaimOutcome => ({
  nomorSep,
  scored: true,
  codes: [],
  signals: [],
  inCase: false,
  caseId: null,
  caseType: null,
  probability: 0.1,
  ...over,
});
const claim = (nomorSep: string): BuiltClaim => ({ nomorSep, row: {} });
const scenario = (over: Partial<Scenario> = {}): Scenario => ({
  id: 'RT-TEST-01',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: { id: 'uji', en: 'test' },
  build: () => ({}),
  ...over,
});

// twenty stand-in hospitals of the base extract, every class represented
const BASE = standInBaseExtract({ count: 20, province: '33', classes: 'BCDC', latitude: '-7.2', longitude: '110.3' });

describe('red-team verdicts', () => {
  it('holds a fraud claim only when flagged with an accepted code and in a case', () => {
    const s = scenario({ alsoAccept: ['UNBUNDLING'] });
    const claims = { fraud: [claim('A'), claim('B'), claim('C')] };
    const problems = judge(
      s,
      claims,
      new Map([
        ['A', outcome('A', { codes: ['UNBUNDLING'], inCase: true, caseId: 'x' })],
        ['B', outcome('B', { codes: ['REPEAT_BILLING'] })],
        ['C', outcome('C', { codes: ['CLONING'], inCase: true, caseId: 'y', caseType: 'CLONING' })],
      ]),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /1 claim\(s\) B: fraud: expected REPEAT_BILLING or UNBUNDLING and a case; found flagged \[REPEAT_BILLING\], in no case/,
    );
    expect(problems[1]).toMatch(/C: .*in case y of type CLONING/);
  });

  it('fails a near miss in a case, whatever it was flagged with, and reports claims never scored', () => {
    const s = scenario({ kind: 'near_miss' });
    const problems = judge(
      s,
      { nearMiss: [claim('N1'), claim('N2'), claim('N3')] },
      new Map([
        ['N1', outcome('N1', { codes: ['COB_KKPAK'] })],
        ['N2', outcome('N2', { inCase: true, caseId: 'z', caseType: 'UPCODING' })],
      ]),
    );
    expect(problems).toEqual([
      expect.stringMatching(/N2: near miss \(looks like REPEAT_BILLING\) must be in no case/),
      expect.stringMatching(/N3: near miss never scored/),
    ]);
  });

  it('groups claims that failed the same way on one line', () => {
    const seps = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
    const problems = judge(
      scenario(),
      { fraud: seps.map(claim) },
      new Map(seps.map((s, i) => [s, outcome(s, { probability: 0.1 + i / 100 })])),
    );
    expect(problems).toEqual([
      '6 claim(s) S1, S2, S3, S4 and 2 more: fraud: expected REPEAT_BILLING and a case; found flagged [nothing], in no case, probability 0.100-0.150',
    ]);
  });

  it('every scenario is well declared and builds rows in the source form', () => {
    const ctx = new RedTeamContext(BASE);
    for (const s of SCENARIOS) {
      ctx.begin(s.id);
      expect(validateScenario(s, s.build(ctx)), s.id).toEqual([]);
    }
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const { scenario: id, row } of ctx.rows.claims) {
      claimSourceForm(id, row);
      expect(row['nomor_kartu'], id).toMatch(/^[0-9]{13}$/);
    }
    for (const { scenario: id, row } of ctx.rows.members) expect(row['nik'], id).toMatch(/^[0-9]{16}$/);
    expect(SCENARIOS.filter((s) => s.kind === 'fraud').length).toBeGreaterThanOrEqual(20);
  });
});
