// The K3 underwriter routes over real HTTP, on a book rated from a synthetic employer book.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookFrom, buildK3RatingModel, rateBook, syntheticBook } from '../../../models/k3/index.js';
import type { K3Book } from '../../../models/k3/index.js';
import { startApi } from '../../test-support/harness.js';
import type { Harness } from '../../test-support/harness.js';
import { QUOTE_WAGE_CEILING, QUOTE_WAGE_FLOOR, k3Routes } from './index.js';

let h: Harness;
let book: K3Book;
let employerId: string;

interface RatingBody {
  credibility: number;
  credibilityEstimator: string;
  frequencyInterval: { lower: number; upper: number };
  premiumFactors: { factor: string; value: number }[];
  experienceMod: number;
  frequency: number;
  aprioriFrequency: number;
  factors: { factor: string; value: number; sentenceId: string; sentenceEn: string }[];
  recommendations: { rateTable: string; recommendedGroup: string; statutoryGroup: string; recommendedPremium: number; reason: string }[];
  history: unknown[];
}

beforeAll(async () => {
  const { years, claims } = syntheticBook({ employers: 1500, years: 3, seed: 4 });
  const model = buildK3RatingModel(years, '2026-06-30', claims);
  book = bookFrom(model, years, rateBook(model, years, undefined, claims).summary, claims);
  // An employer large enough to be experience rated, with a case in a rated year.
  employerId = years.find((y) => y.sizeBand === 'BESAR' && y.policyYear === 1 && y.claimCount > 0)!.employerId;
  h = await startApi({ routes: [k3Routes({ book: () => book })] });
});

afterAll(async () => {
  await h?.close();
});

describe('K3 routes', () => {
  it('rates a book employer for an underwriter, with its factors, history and both tables', async () => {
    const res = await h.fetch(`/k3/employers/${employerId}`, { key: h.keys.underwriter });
    expect(res.status).toBe(200);
    const body = (await res.json()) as RatingBody;
    expect(body.history).toHaveLength(3);
    expect(body.factors.reduce((p, f) => p * f.value, 1) / body.frequency).toBeCloseTo(1, 9);
    expect(body.recommendations.map((r) => r.rateTable)).toEqual(['pp44_2015', 'pp49_2023']);
    expect(body.credibility).toBeGreaterThan(0);
    expect(body.premiumFactors.map((f) => f.factor)).toEqual([
      'statutory_rate',
      'relative_to_sector',
      'experience',
      'severity',
      'wage',
      'loading',
    ]);
    expect(body.frequencyInterval.lower).toBeLessThan(body.frequency);
    expect(body.frequencyInterval.upper).toBeGreaterThan(body.frequency);
    expect(body.credibilityEstimator).toMatch(/(negative-binomial|Poisson-lognormal).*maximum likelihood/);
    for (const r of body.recommendations)
      expect(r.reason).toMatch(/^(SAME_GROUP|MOVED|THIN_EVIDENCE|MOVE_TOO_LARGE|NO_OWN_EXPERIENCE|WAGE_OUTSIDE_SECTOR_NORM)$/);
  });

  it("serves the employer's experience-rating worksheet, whose lines add up to its mod", async () => {
    const res = await h.fetch(`/k3/employers/${employerId}/worksheet`, { key: h.keys.underwriter });
    expect(res.status).toBe(200);
    const ws = (await res.json()) as {
      eligible: boolean;
      mod: number;
      ballast: number;
      excessWeight: number;
      splitPointWageMonths: number;
      years: {
        included: boolean;
        expectedLosses: number;
        expectedExcess: number;
        actualPrimary: number;
        actualExcess: number;
        wageBill: number;
      }[];
      claims: { caseRef: string; memberRef: string; primary: number; excess: number }[];
    };
    expect(ws.eligible).toBe(true);
    const inc = ws.years.filter((y) => y.included);
    const sum = (f: (y: (typeof inc)[number]) => number): number => inc.reduce((a, y) => a + f(y), 0);
    const w = ws.excessWeight;
    const mod =
      (sum((y) => y.actualPrimary) + w * sum((y) => y.actualExcess) + (1 - w) * sum((y) => y.expectedExcess) + ws.ballast) /
      (sum((y) => y.expectedLosses) + ws.ballast);
    expect(mod).toBeCloseTo(ws.mod, 9);
    expect(ws.years.every((y) => y.wageBill > 0)).toBe(true);
    expect(ws.claims.length).toBeGreaterThan(0);
    // Pseudonymous listing: a case reference and a short prefix of the keyed member hash, nothing more.
    for (const c of ws.claims) expect(c.memberRef.length).toBeLessThanOrEqual(8);
    const rating = (await (await h.fetch(`/k3/employers/${employerId}`, { key: h.keys.underwriter })).json()) as { experienceMod: number };
    expect(rating.experienceMod).toBe(ws.mod);
  });

  it('quotes a prospective employer from attributes alone, with credibility zero', async () => {
    const res = await h.fetch('/k3/quotes', {
      method: 'POST',
      key: h.keys.underwriter,
      json: { sectorCode: 'F', provinceCode: '31', sizeBand: 'KECIL', workers: 12, averageMonthlyWage: 4_500_000 },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as RatingBody;
    expect(body.credibility).toBe(0);
    expect(body.experienceMod).toBe(1);
    expect(body.frequency).toBe(body.aprioriFrequency);
    expect(body.history).toEqual([]);
    expect(body.recommendations[0]!.statutoryGroup).toBe('V');
    expect(body.recommendations[0]!.recommendedPremium).toBeGreaterThan(0);
    expect(body.factors.map((f) => f.factor)).toEqual(['sector', 'size', 'region', 'compliance', 'experience']);
    // Gender mix is not a rating input: the quote body does not accept it.
    const gendered = await h.fetch('/k3/quotes', {
      method: 'POST',
      key: h.keys.underwriter,
      json: { sectorCode: 'F', provinceCode: '31', sizeBand: 'KECIL', workers: 12, averageMonthlyWage: 4_500_000, femaleShare: 0.9 },
    });
    expect(gendered.status).toBe(400);
  });

  it('answers the portfolio summary', async () => {
    const res = await h.fetch('/k3/portfolio', { key: h.keys.underwriter });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      employers: number;
      groupShifts: { lower: number; same: number; higher: number; reasons: Record<string, number> }[];
      history: { observedCases: number; expectedCases: number; policyYears: number };
      credibility: { estimator: string; betweenVarianceInterval: number[] };
      actualExpected: Record<'sector' | 'size' | 'region', { segment: string; actual: number; expected: number; ratio: number }[]>;
    };
    expect(body.employers).toBe(1500);
    for (const s of body.groupShifts) {
      expect(s.lower + s.same + s.higher).toBe(1500);
      expect(Object.values(s.reasons).reduce((a, b) => a + b, 0)).toBe(1500);
    }
    // Actual vs expected over the same (history) years, by segment, adding up to the book's totals.
    expect(body.history.policyYears).toBe(3);
    for (const seg of ['sector', 'size', 'region'] as const) {
      expect(body.actualExpected[seg].reduce((a, r) => a + r.actual, 0)).toBe(body.history.observedCases);
      expect(body.actualExpected[seg].reduce((a, r) => a + r.expected, 0)).toBeCloseTo(body.history.expectedCases, 6);
    }
    expect(body.credibility.estimator).toMatch(/(negative-binomial|Poisson-lognormal).*maximum likelihood/);
    expect(body.credibility.betweenVarianceInterval).toHaveLength(2);
  });

  it('refuses other roles, unknown employers and malformed quotes', async () => {
    expect((await h.fetch(`/k3/employers/${employerId}`, { key: h.keys.bank })).status).toBe(403);
    const missing = await h.fetch('/k3/employers/99999999', { key: h.keys.underwriter });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'EMPLOYER_NOT_FOUND' });
    const bad = await h.fetch('/k3/quotes', { method: 'POST', key: h.keys.underwriter, json: { sectorCode: 'Z' } });
    expect(bad.status).toBe(400);
  });

  it('refuses quote inputs outside the reference lists and bounds with a 400 naming the field (issue 12 item 15, issue 17 item 6)', async () => {
    const valid = { sectorCode: 'F', provinceCode: '31', workers: 12, averageMonthlyWage: 4_500_000 };
    const quote = (json: Record<string, unknown>) => h.fetch('/k3/quotes', { method: 'POST', key: h.keys.underwriter, json });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, provinceCode: '99' }, 'provinceCode'],
      [{ ...valid, provinceCode: '20' }, 'provinceCode'],
      [{ ...valid, averageMonthlyWage: 1e308 }, 'averageMonthlyWage'],
      [{ ...valid, averageMonthlyWage: 0 }, 'averageMonthlyWage'],
      [{ ...valid, averageMonthlyWage: 50_000 }, 'averageMonthlyWage'],
      [{ ...valid, sizeBand: 'BESAR' }, 'sizeBand'],
      [{ ...valid, workers: 0 }, 'workers'],
    ];
    for (const [json, field] of cases) {
      const res = await quote(json);
      expect(res.status, JSON.stringify(json)).toBe(400);
      const body = (await res.json()) as { code: string; details: { field: string }[] };
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.details.map((d) => d.field).join(' ')).toContain(field);
    }
    // Every BPS province code is accepted; the size band, when given, must match the workers.
    for (const provinceCode of ['11', '21', '36', '65', '97']) expect((await quote({ ...valid, provinceCode })).status).toBe(200);
    expect((await quote({ ...valid, sizeBand: 'KECIL' })).status).toBe(200);
  });

  it('never quotes a zero or missing premium, nor a risk rate above 100%, over the accepted wage range', async () => {
    for (const averageMonthlyWage of [QUOTE_WAGE_FLOOR, 4_500_000, QUOTE_WAGE_CEILING]) {
      for (const workers of [1, 12, 1_000_000]) {
        const res = await h.fetch('/k3/quotes', {
          method: 'POST',
          key: h.keys.underwriter,
          json: { sectorCode: 'B', provinceCode: '97', workers, averageMonthlyWage },
        });
        expect(res.status).toBe(200);
        const body = (await res.json()) as {
          recommendations: { riskRate: number; recommendedPremium: number; statutoryPremium: number }[];
        };
        for (const r of body.recommendations) {
          expect(r.recommendedPremium).toBeGreaterThan(0);
          expect(Number.isFinite(r.recommendedPremium)).toBe(true);
          expect(r.statutoryPremium).toBeGreaterThan(0);
          expect(r.riskRate).toBeGreaterThan(0);
          expect(r.riskRate).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('answers K3_BOOK_UNAVAILABLE without a book', async () => {
    const empty = await startApi({ routes: [k3Routes({ book: () => undefined })] });
    try {
      const res = await empty.fetch('/k3/portfolio', { key: empty.keys.underwriter });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'K3_BOOK_UNAVAILABLE' });
    } finally {
      await empty.close();
    }
  });
});
