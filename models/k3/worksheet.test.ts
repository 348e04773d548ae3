// The experience-rating worksheet: its lines add up to the mod, a death weighs more than a
// sprain, the latest year is treated as stated, and a tiny employer is not experience rated.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmployerYear, K3Claim } from '../../features/k3/index.js';
import {
  ELIGIBILITY_MIN_EXPECTED_CASES,
  EXCLUDE_LATEST_YEAR,
  EXPERIENCE_YEARS,
  PER_CLAIM_LIMIT_WAGE_MONTHS,
  SPLIT_POINT_WAGE_MONTHS,
  buildK3RatingModel,
  byEmployer,
  claimsByEmployer,
  experienceWorksheet,
  meanMonthlyWage,
  rateEmployer,
  ratingInputOf,
  syntheticBook,
} from './index.js';
import type { ExperienceWorksheet, K3RatingModel } from './index.js';
import type { SyntheticBook } from './synthetic-book.js';

let book: SyntheticBook;
let model: K3RatingModel;
let listed: Map<string, K3Claim[]>;

beforeAll(() => {
  book = syntheticBook({ employers: 3000, years: 4, seed: 41 });
  model = buildK3RatingModel(book.years, '2026-06-30', book.claims);
  listed = claimsByEmployer(book.claims);
});

function addsUp(ws: ExperienceWorksheet): void {
  const inc = ws.years.filter((y) => y.included);
  const sum = (f: (y: (typeof inc)[number]) => number): number => inc.reduce((s, y) => s + f(y), 0);
  const ap = sum((y) => y.actualPrimary);
  const ae = sum((y) => y.actualExcess);
  const e = sum((y) => y.expectedLosses);
  const ee = sum((y) => y.expectedExcess);
  expect(ws.totals.actualPrimary).toBeCloseTo(ap, 6);
  expect(ws.totals.expectedLosses).toBeCloseTo(e, 6);
  const w = ws.excessWeight;
  expect(ws.numerator).toBeCloseTo(ap + w * ae + (1 - w) * ee + ws.ballast, 4);
  expect(ws.denominator).toBeCloseTo(e + ws.ballast, 4);
  expect(ws.mod).toBeCloseTo(ws.numerator / ws.denominator, 12);
  for (const y of ws.years) {
    const claims = ws.claims.filter((c) => c.policyYear === y.policyYear);
    expect(claims).toHaveLength(y.actualCases);
    expect(claims.reduce((s, c) => s + c.primary, 0)).toBeCloseTo(y.actualPrimary, 4);
    expect(claims.reduce((s, c) => s + c.excess, 0)).toBeCloseTo(y.actualExcess, 4);
    expect(y.expectedPrimary + y.expectedExcess).toBeCloseTo(y.expectedLosses, 4);
    for (const c of claims) {
      expect(c.primary + c.excess).toBeCloseTo(c.limited, 4);
      expect(c.primary).toBeLessThanOrEqual(SPLIT_POINT_WAGE_MONTHS * y.monthlyWage + 1e-6);
      expect(c.limited).toBeLessThanOrEqual(PER_CLAIM_LIMIT_WAGE_MONTHS * y.monthlyWage + 1e-6);
    }
  }
}

describe('experience worksheet', () => {
  it("adds its expected and actual lines up to the employer's mod, the one the rating uses", () => {
    let eligible = 0;
    for (const history of byEmployer(book.years).values()) {
      const r = rateEmployer(model, ratingInputOf(history, listed.get(history[0]!.employerId) ?? []));
      const ws = r.worksheet;
      expect(r.experienceMod).toBe(ws.mod);
      if (!ws.eligible) {
        expect(ws.mod).toBe(1);
        continue;
      }
      eligible++;
      addsUp(ws);
      // The latest year is treated as stated (excluded, or kept at the same maturity); at most EXPERIENCE_YEARS are rated.
      expect(ws.years[0]!.included).toBe(!EXCLUDE_LATEST_YEAR);
      expect(ws.years[0]!.note).toMatch(/latest year/);
      expect(ws.latestYearTreatment).toMatch(EXCLUDE_LATEST_YEAR ? /excluded/ : /one maturity/);
      expect(ws.years.filter((y) => y.included).length).toBeLessThanOrEqual(EXPERIENCE_YEARS);
      expect(ws.claims.every((c) => c.itemised)).toBe(true);
    }
    expect(eligible).toBeGreaterThan(300);
  });

  it('adds up without a claim listing too (each case carries its year mean cost)', () => {
    const history = [...byEmployer(book.years).values()].find((h) => h.slice(1).some((y) => y.claimCount > 1))!;
    const ws = experienceWorksheet(model.tariff, 0.5, history);
    expect(ws.claims.every((c) => !c.itemised)).toBe(true);
    if (ws.eligible) addsUp(ws);
  });

  it('weighs a death more than a sprain, and a sprain more than no case', () => {
    const history = [...byEmployer(book.years).values()].find(
      (h) => h.every((y) => y.claimCount === 0) && experienceWorksheet(model.tariff, model.credibility.k, h).eligible,
    )!;
    expect(history).toBeDefined();
    const year = history[1]!;
    const wage = meanMonthlyWage(year);
    const withCase = (wageMonths: number, outcome: string): ExperienceWorksheet => {
      const h: EmployerYear[] = history.map((y) => (y === year ? { ...y, claimCount: 1, kkCases: 1, benefitCost: wageMonths * wage } : y));
      const claim: K3Claim = {
        employerId: year.employerId,
        policyYear: year.policyYear,
        caseId: 'PLKK00000000001',
        memberKey: 'abcdef0123456789',
        accidentDate: year.pyEnd,
        caseType: 'KK',
        outcome,
        daysOff: 14,
        benefitCost: wageMonths * wage,
      };
      return experienceWorksheet(model.tariff, model.credibility.k, h, [claim]);
    };
    const none = experienceWorksheet(model.tariff, model.credibility.k, history);
    const sprain = withCase(1.5, 'SEMBUH');
    const death = withCase(50, 'MENINGGAL');
    expect(sprain.mod).toBeGreaterThan(none.mod);
    expect(death.mod).toBeGreaterThan(sprain.mod);
    addsUp(death);
    expect(death.claims[0]!.memberRef).toBe('abcdef01');
  });

  it('does not experience rate an employer below the eligibility threshold: one case cannot lift a tiny shop', () => {
    const tiny = [...byEmployer(book.years).values()].find((h) => h[0]!.sizeBand === 'MIKRO' && h[0]!.statutoryGroup <= 2)!;
    const h: EmployerYear[] = tiny.map((y, i) =>
      i === 1 ? { ...y, claimCount: 1, kkCases: 1, benefitCost: 10_000_000 } : { ...y, claimCount: 0, kkCases: 0, benefitCost: 0 },
    );
    const r = rateEmployer(model, ratingInputOf(h));
    expect(r.worksheet.totals.expectedCases).toBeLessThan(ELIGIBILITY_MIN_EXPECTED_CASES);
    expect(r.worksheet.eligible).toBe(false);
    expect(r.experienceMod).toBe(1);
    expect(r.worksheet.sentenceEn).toMatch(/Not experience rated/);
    expect(r.worksheet.sentenceId).toMatch(/Tidak dinilai/);
  });
});
