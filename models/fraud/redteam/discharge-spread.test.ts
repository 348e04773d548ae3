// The default discharge of a red-team stay: spread around the INA-CBG norm, the same in every
// run, about PAST_NORM_SHARE past the norm, never under a day, and a scenario's own date kept.
import { describe, expect, it } from 'vitest';
import { RedTeamContext } from './context.js';
import { PAST_NORM_SHARE, defaultLengthOfStay } from './discharge-spread.js';
import { standInBaseExtract } from './scenarios/declarations.js';
import type { ClaimSpec, Facility, ScenarioContext } from './types.js';

const BASE = standInBaseExtract({ count: 4, province: '33', classes: 'BCDC', latitude: '-7.2', longitude: '110.3' });

/** Norms of the reference's inpatient groups: whole days and the severity-scaled fractions (4 x 1.35, 5 x 1.9). */
const NORMS = [2, 2.7, 3, 4, 5, 5.4, 6, 6.8, 7, 9.5, 12.2];
const STAYS_PER_NORM = 2_000;

const lengths = (losNorm: number, n = STAYS_PER_NORM, prefix = 'RT-TEST-01'): number[] =>
  Array.from({ length: n }, (_, i) => defaultLengthOfStay({ key: `${prefix}|000770000${i}|2026-02-03|X`, losNorm }));

/** A member and an ordinary pneumonia stay (J-4-16-I, norm 5 days) at the hospital. */
function pneumoniaStay(ctx: ScenarioContext, facility: Facility, over: Partial<ClaimSpec> = {}): ClaimSpec {
  const member = ctx.member({ sex: 'L', birthDate: '1970-04-12', segment: 'PBI', careClass: 3, regency: facility.regency });
  return { member, facility, masuk: '2026-02-03', cbg: 'J-4-16-I', dx: ['J18.9'], px: ['87.44'], ...over };
}

describe('default discharge of a red-team stay', () => {
  it('gives a stay the same length in every run, and stays of one norm different lengths', () => {
    expect(lengths(5, 200)).toEqual(lengths(5, 200));
    expect(new Set(lengths(5, 200)).size).toBeGreaterThanOrEqual(5);
    // another scenario's stays are drawn anew, not copied
    expect(lengths(5, 200, 'RT-TEST-02')).not.toEqual(lengths(5, 200));
  });

  it('ends about the measured share of stays past the norm, most within two days of it, the mean near the norm', () => {
    for (const norm of NORMS) {
      const los = lengths(norm);
      const past = los.filter((d) => d > norm).length / los.length;
      expect(past, `norm ${norm}`).toBeGreaterThan(PAST_NORM_SHARE - 0.03);
      expect(past, `norm ${norm}`).toBeLessThan(PAST_NORM_SHARE + 0.03);
      // a fractional norm's shortest and longest stays sit a little over two days from it
      const near = los.filter((d) => Math.abs(d - norm) <= 2).length / los.length;
      expect(near, `norm ${norm}`).toBeGreaterThan(Number.isInteger(norm) ? 0.95 : 0.85);
      if (Number.isInteger(norm) && norm >= 4) {
        const mean = los.reduce((a, b) => a + b, 0) / los.length;
        expect(Math.abs(mean - norm), `norm ${norm}`).toBeLessThan(0.25);
      }
    }
  });

  it('never sends an inpatient home under a day or under half the norm; a one-day or same-day norm stays one day', () => {
    for (const norm of NORMS) expect(Math.min(...lengths(norm)), `norm ${norm}`).toBeGreaterThanOrEqual(Math.max(1, Math.ceil(norm / 2)));
    // a two-day norm's early stays go home after one day, none after none
    expect(Math.min(...lengths(2))).toBe(1);
    for (const norm of [0, 0.6, 1, 1.4]) expect(new Set(lengths(norm, 300))).toEqual(new Set([1]));
  });

  it('keeps a stay long enough for the ICU days the claim bills', () => {
    const los = Array.from({ length: 500 }, (_, i) => defaultLengthOfStay({ key: `k${i}`, losNorm: 5, atLeast: 4 }));
    expect(Math.min(...los)).toBe(4);
    expect(los.some((d) => d > 5)).toBe(true);
  });

  it('spreads the default discharge of a scenario’s stays, one date per stay billed twice, and keeps a date the scenario gives', () => {
    const ctx = new RedTeamContext(BASE);
    ctx.begin('RT-TEST-01');
    const facility = ctx.cleanHost();
    const spread = Array.from({ length: 40 }, (_, i) =>
      ctx.claim(pneumoniaStay(ctx, facility, { masuk: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}` })),
    );
    const days = spread.map((c) => (Date.parse(c.row['tgl_pulang'] ?? '') - Date.parse(c.row['tgl_masuk'] ?? '')) / 86_400_000);
    expect(days.some((d) => d > 5)).toBe(true);
    expect(days.some((d) => d < 5)).toBe(true);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(3);
    // the same stay billed again at a sister hospital (repeat billing) keeps its dates
    const stay = pneumoniaStay(ctx, facility);
    const first = ctx.claim(stay);
    expect(ctx.claim({ ...stay, facility: ctx.cleanHost() }).row['tgl_pulang']).toBe(first.row['tgl_pulang']);
    expect(ctx.claim(pneumoniaStay(ctx, facility, { pulang: '2026-02-08' })).row['tgl_pulang']).toBe('2026-02-08');
    expect(ctx.claim(pneumoniaStay(ctx, facility, { pulang: '2026-02-05' })).row['tgl_pulang']).toBe('2026-02-05');
    expect(ctx.claim(pneumoniaStay(ctx, facility, { cbg: 'J-5-15-0', dx: ['J45.9'] })).row['tgl_pulang']).toBe('2026-02-03');
  });

  it('tells a scenario ahead the date a stay given no discharge gets, or spreads around the scenario’s own mean', () => {
    const ctx = new RedTeamContext(BASE);
    ctx.begin('RT-TEST-02');
    const facility = ctx.cleanHost();
    const stays = Array.from({ length: 30 }, (_, i) =>
      pneumoniaStay(ctx, facility, { masuk: `2026-03-${String(1 + i).padStart(2, '0')}` }),
    );
    const planned = stays.map((s) => ctx.dischargeAround(s));
    expect(stays.map((s) => ctx.claim(s).row['tgl_pulang'])).toEqual(planned);
    // around a 9-day mean of the scenario's own (a hospital keeping its patients longer), not the group's 5
    const longer = stays.map((s) => (Date.parse(ctx.dischargeAround({ ...s, losNorm: 9 })) - Date.parse(s.masuk)) / 86_400_000);
    expect(Math.min(...longer)).toBeGreaterThanOrEqual(7);
    expect(longer.some((d) => d > 9)).toBe(true);
    expect(() => ctx.dischargeAround({ ...stays[0]!, cbg: 'X-9-99-I' })).toThrow(/RT-TEST-02: unknown INA-CBG X-9-99-I/);
  });
});
