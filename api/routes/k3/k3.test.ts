// The K3 underwriter routes over real HTTP, on a book rated from a synthetic employer book.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookFrom, buildK3RatingModel, rateBook, syntheticBook } from '../../../models/k3/index.js';
import type { K3Book } from '../../../models/k3/index.js';
import { startApi } from '../../test-support/harness.js';
import type { Harness } from '../../test-support/harness.js';
import { k3Routes } from './index.js';

let h: Harness;
let book: K3Book;
let employerId: string;

interface RatingBody {
  credibility: number;
  experienceMod: number;
  frequency: number;
  aprioriFrequency: number;
  factors: { factor: string; value: number; sentenceId: string; sentenceEn: string }[];
  recommendations: { rateTable: string; recommendedGroup: string; statutoryGroup: string; recommendedPremium: number }[];
  history: unknown[];
}

beforeAll(async () => {
  const { years } = syntheticBook({ employers: 1500, years: 3, seed: 4 });
  const model = buildK3RatingModel(years, '2026-06-30');
  book = bookFrom(model, years, rateBook(model, years).summary);
  employerId = years[0]!.employerId;
  h = await startApi({ routes: [k3Routes({ book: () => book })] });
});

afterAll(async () => {
  await h?.close();
});

describe('K3 routes', () => {
  it("rates a book employer for an underwriter, with its factors, history and both tables", async () => {
    const res = await h.fetch(`/k3/employers/${employerId}`, { key: h.keys.underwriter });
    expect(res.status).toBe(200);
    const body = (await res.json()) as RatingBody;
    expect(body.history).toHaveLength(3);
    expect(body.factors.reduce((p, f) => p * f.value, 1) / body.frequency).toBeCloseTo(1, 9);
    expect(body.recommendations.map((r) => r.rateTable)).toEqual(['pp44_2015', 'pp49_2023']);
    expect(body.credibility).toBeGreaterThan(0);
  });

  it('quotes a prospective employer from attributes alone, with credibility zero', async () => {
    const res = await h.fetch('/k3/quotes', {
      method: 'POST', key: h.keys.underwriter,
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
      method: 'POST', key: h.keys.underwriter,
      json: { sectorCode: 'F', provinceCode: '31', sizeBand: 'KECIL', workers: 12, averageMonthlyWage: 4_500_000, femaleShare: 0.9 },
    });
    expect(gendered.status).toBe(400);
  });

  it('answers the portfolio summary', async () => {
    const res = await h.fetch('/k3/portfolio', { key: h.keys.underwriter });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { employers: number; groupShifts: { lower: number; same: number; higher: number }[] };
    expect(body.employers).toBe(1500);
    for (const s of body.groupShifts) expect(s.lower + s.same + s.higher).toBe(1500);
  });

  it('refuses other roles, unknown employers and malformed quotes', async () => {
    expect((await h.fetch(`/k3/employers/${employerId}`, { key: h.keys.bank })).status).toBe(403);
    const missing = await h.fetch('/k3/employers/99999999', { key: h.keys.underwriter });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'EMPLOYER_NOT_FOUND' });
    const bad = await h.fetch('/k3/quotes', { method: 'POST', key: h.keys.underwriter, json: { sectorCode: 'Z' } });
    expect(bad.status).toBe(400);
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
