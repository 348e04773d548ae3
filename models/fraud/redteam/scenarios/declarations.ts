// One declarations check for every red-team round, without a pipeline run, taking the round as a
// parameter: ids of the round's range clashing with no other round, the make-up the round was asked
// for, rows in the source form of SCHEMA.md, and the round's own checks (the schemes as described)
// as data. judge.test.ts checks every merged scenario; this checks each round as written, also
// before the lead merges it. declarations.test.ts holds one line a round.
import { describe, expect, it } from 'vitest';
import { FRAUD_TYPES } from '../../../../data-samples/reference/index.js';
import { RedTeamContext } from '../context.js';
import type { BaseExtract } from '../context.js';
import { validateScenario } from '../judge.js';
import type { Scenario, SourceRow } from '../types.js';
import { PARKED_SCENARIOS, SCENARIOS } from './index.js';
import { LICENSED_DPJP, SEP_ERA } from './declarations-claims.js';
import type { ClaimCheck } from './declarations-claims.js';

/** Where the stand-in hospitals of a base extract are: how many, the province code their regencies start with, their classes in turn, one place. */
interface StandInHospitals {
  readonly count: number;
  readonly province: string;
  readonly classes: string;
  readonly latitude: string;
  readonly longitude: string;
}

/** A stand-in base extract (no pipeline run, no fraud planted): `count` private hospitals, one a regency. */
export function standInBaseExtract(h: StandInHospitals): BaseExtract {
  return {
    facilities: Array.from({ length: h.count }, (_, i) => ({
      facility_id: `${h.province}${String(10 + i)}R001`,
      hospital_class: h.classes[i % h.classes.length] ?? 'C',
      ownership: 'SWASTA',
      tariff_region: '1',
      regency_code: `${h.province}${String(10 + i)}`,
      latitude: h.latitude,
      longitude: h.longitude,
    })),
    fraudulentFacilities: new Set<string>(),
    employerIds: ['12345678'],
  };
}

/** Stand-in hospitals of a base extract, every class represented. */
export const BASE: BaseExtract = standInBaseExtract({ count: 24, province: '35', classes: 'ABCD', latitude: '-7.3', longitude: '112.7' });

export interface RoundDeclarations {
  /** The round's number: the tens digit of its ids (RT-CLONE-61 is of round 6). */
  readonly round: number;
  readonly scenarios: readonly Scenario[];
  /** Scenarios of the round parked out of the suite. */
  readonly parked?: readonly Scenario[];
  /** The lead has merged the round: its scenarios run in SCENARIOS, its parked ones in PARKED_SCENARIOS. */
  readonly merged?: boolean;
  /** How many scenarios (parked ones included) the round was asked for, at least and at most. */
  readonly size?: readonly [least: number, most: number];
  /** The least share of fraud scenarios, as [numerator, denominator]. */
  readonly fraudShare?: readonly [numerator: number, denominator: number];
  readonly nearMissesAtLeast?: number;
  /** Every taxonomy type has a fraud scenario in the round. */
  readonly everyType?: boolean;
  /** The weak types the round was asked to weigh, each with at least `atLeast` fraud scenarios. */
  readonly weakTypes?: { readonly codes: readonly string[]; readonly atLeast: number };
  /** No scenario accepts a second code: each is judged by its declared type alone. */
  readonly oneCodeEach?: boolean;
  /** Built after every other round in one context, as the merged suite builds it; otherwise alone. */
  readonly afterOthers?: boolean;
  /** The round builds more claims than this. */
  readonly claimsAbove?: number;
  /** Checks of each claim of the round beyond the source form. */
  readonly claimChecks?: readonly ClaimCheck[];
  /** The round's own tests by title (the schemes as described), given the round's built context. */
  readonly tests?: Readonly<Record<string, (built: () => RedTeamContext) => void>>;
}

/** What a round written after round 6 declares unless it says otherwise (round 6's requirements). */
export const NEXT_ROUND = {
  everyType: true,
  oneCodeEach: true,
  afterOthers: true,
  claimChecks: [SEP_ERA, LICENSED_DPJP],
} as const satisfies Partial<RoundDeclarations>;

/** The claim rows one scenario built, in the order it built them. */
export const claimRowsOf = (ctx: RedTeamContext, id: string): SourceRow[] =>
  ctx.rows.claims.filter((c) => c.scenario === id).map((c) => c.row);

/** A tariff component column of a claim (the 18 lines of the bill; not the INA-CBG tariff or its top-up). */
export const COMPONENT = (k: string): boolean => k.startsWith('tarif_') && k !== 'tarif_inacbg' && k !== 'tarif_special_cmg';

/** The form of any scenario's claim (judge.test.ts checks the merged suite by it): SEP and 18 components summing to the bill, dates in order. */
export function claimSourceForm(id: string, row: SourceRow): void {
  expect(row['nomor_sep'], id).toMatch(/^[0-9]{4}R[0-9]{3}[0-9]{4}V[0-9]{6}$/);
  const components = Object.entries(row).filter(([k]) => COMPONENT(k));
  expect(components, id).toHaveLength(18);
  expect(
    components.reduce((a, [, v]) => a + Number(v), 0),
    id,
  ).toBe(Number(row['billed_cost']));
  expect(row['tgl_masuk']! <= row['tgl_pulang']! && row['tgl_pulang']! <= row['tgl_pengajuan']!, id).toBe(true);
}

/** The form every claim of every declared round takes: claimSourceForm, in the judged months. */
function sourceForm(id: string, row: SourceRow): void {
  claimSourceForm(id, row);
  expect(row['tgl_masuk']! >= '2026-01-01' && row['tgl_pulang']! <= '2026-05-31', id).toBe(true);
}

/** The tests of one round's declarations. */
export function describeRound(r: RoundDeclarations): void {
  const all = [...r.scenarios, ...(r.parked ?? [])];
  const ids = new Set(all.map((s) => s.id));
  /** The other rounds, whether or not this one has been merged into SCENARIOS yet. */
  const others = [...SCENARIOS, ...PARKED_SCENARIOS].filter((s) => !ids.has(s.id));
  const build = (ctx: RedTeamContext, s: Scenario) => {
    ctx.begin(s.id);
    return s.build(ctx);
  };
  /** The round built (after the others where it asks), each of its scenarios validated. */
  const built = (): RedTeamContext => {
    const ctx = new RedTeamContext(BASE);
    if (r.afterOthers) for (const s of others) build(ctx, s);
    for (const s of all) expect(validateScenario(s, build(ctx, s)), s.id).toEqual([]);
    return ctx;
  };

  describe(`red team, round ${r.round}: declarations`, () => {
    it(`uses unique ids of the round-${r.round} range that clash with no other round`, () => {
      for (const id of ids) expect(id).toMatch(new RegExp(`^RT-(NM-)?[A-Z]+-${r.round}[1-9]$`));
      const round = [...others, ...all].map((s) => s.id);
      expect(new Set(round).size, 'no id clashes with another round').toBe(round.length);
      const suite = [...SCENARIOS, ...PARKED_SCENARIOS].map((s) => s.id);
      expect(new Set(suite).size, 'no id twice in the suite').toBe(suite.length);
      if (r.merged) {
        for (const s of r.scenarios) expect(SCENARIOS, s.id).toContain(s);
        for (const s of r.parked ?? []) expect(PARKED_SCENARIOS, s.id).toContain(s);
      }
    });

    it('has the make-up the round was asked for', () => {
      expect(all.length).toBeGreaterThan(0);
      const fraud = all.filter((s) => s.kind === 'fraud');
      if (r.size) {
        expect(all.length).toBeGreaterThanOrEqual(r.size[0]);
        expect(all.length).toBeLessThanOrEqual(r.size[1]);
      }
      if (r.fraudShare) expect(fraud.length * r.fraudShare[1]).toBeGreaterThanOrEqual(all.length * r.fraudShare[0]);
      if (r.nearMissesAtLeast !== undefined) expect(all.length - fraud.length).toBeGreaterThanOrEqual(r.nearMissesAtLeast);
      if (r.everyType) expect(new Set(fraud.map((s) => s.code))).toEqual(new Set(FRAUD_TYPES.map((t) => t.code)));
      for (const code of r.weakTypes?.codes ?? [])
        expect(fraud.filter((s) => s.code === code).length, code).toBeGreaterThanOrEqual(r.weakTypes?.atLeast ?? 0);
      if (r.oneCodeEach) for (const s of all) expect(s.alsoAccept, s.id).toBeUndefined();
    });

    it('builds well-declared scenarios whose rows are in the source form', () => {
      const ctx = built();
      const claims = ctx.rows.claims.filter((c) => ids.has(c.scenario));
      expect(claims.length).toBeGreaterThan(r.claimsAbove ?? 0);
      const checks = (r.claimChecks ?? []).map((check) => check(ctx));
      for (const { scenario: id, row } of claims) {
        sourceForm(id, row);
        for (const check of checks) check(id, row);
      }
      for (const { scenario: id, row } of ctx.rows.members) if (ids.has(id)) expect(row['nik'], id).toMatch(/^[0-9]{16}$/);
    });

    if (r.afterOthers)
      it(`adds nothing to the other rounds’ rows: they build the same with or without round ${r.round} after them`, () => {
        const alone = new RedTeamContext(BASE);
        for (const s of others) build(alone, s);
        expect(built().rows.claims.filter((c) => !ids.has(c.scenario))).toEqual(alone.rows.claims);
      });

    for (const [title, test] of Object.entries(r.tests ?? {})) it(title, () => test(built));
  });
}
