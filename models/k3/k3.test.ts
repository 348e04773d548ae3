// The K3 rating on a synthetic employer book: experience mod, credibility, the exact
// multiplicative decomposition, group boundaries under both rate tables, and validation.
import { beforeAll, describe, expect, it } from 'vitest';
import { credibilityWeight, estimateBuhlmannStraub, experienceModification } from '../families/credibility/index.js';
import {
  FACTOR_LABELS,
  FACTOR_NAMES,
  aprioriFrequency,
  buildK3RatingModel,
  byEmployer,
  groupBoundaries,
  rateEmployer,
  ratingInputOf,
  recommendUnder,
  recommendedGroup,
  relativeToSectorLogVariance,
  statutoryRate,
  validateK3,
} from './index.js';
import type { K3RatingModel } from './index.js';
import { syntheticBook } from './synthetic-book.js';
import type { SyntheticBook } from './synthetic-book.js';

let book: SyntheticBook;
let model: K3RatingModel;

beforeAll(() => {
  book = syntheticBook({ employers: 4000, years: 4, seed: 11 });
  model = buildK3RatingModel(book.years, '2026-06-30');
});

describe('experience rating', () => {
  it('gives mod 1 and the a-priori recommendation to an employer without history', () => {
    const latest = book.years.find((y) => y.policyYear === 0 && y.claimCount === 0)!;
    const rating = rateEmployer(model, { attributes: latest, workerYears: latest.workerYears, wageBill: latest.wageBill, history: [] });
    expect(rating.credibility).toBe(0);
    expect(rating.experienceMod).toBe(1);
    expect(rating.underReporting).toEqual({
      wageRatioToSector: null,
      ratedWageRatioToSectorNorm: 1,
      wageBelowSectorNorm: false,
      lowWageYears: 0,
      registeredJustBeforeAccident: 0,
    });
    expect(rating.frequency).toBeCloseTo(aprioriFrequency(model.tariff, latest), 15);
    const relative = aprioriFrequency(model.tariff, latest) / model.tariff.sectorMeanFrequency[latest.sectorCode]!;
    const logVariance = relativeToSectorLogVariance(model.tariff, latest);
    for (const r of rating.recommendations) {
      expect(r).toEqual(
        recommendUnder(r.rateTable, latest.statutoryGroup, relative, latest.wageBill, model.loading[r.rateTable], {
          logVariance,
          wageBelowSectorNorm: false,
          experienceRated: false,
        }),
      );
    }
  });

  it('raises credibility with exposure', () => {
    const k = model.credibility.k;
    expect(Number.isFinite(k)).toBe(true);
    const weights = [0, 0.1, 1, 10, 100].map((m) => credibilityWeight(m, { k }));
    expect(weights[0]).toBe(0);
    for (let i = 1; i < weights.length; i++) expect(weights[i]!).toBeGreaterThan(weights[i - 1]!);
    expect(weights[4]!).toBeGreaterThan(0.9);
    // The same claim record over ten times the exposure earns more credibility (both above the eligibility threshold).
    const history = byEmployer(book.years).values().next().value!;
    const scale = (f: number) =>
      history.map((y) => ({
        ...y,
        workerYears: y.workerYears * f,
        wageBill: y.wageBill * f,
        claimCount: y.claimCount * f,
        kkCases: y.kkCases * f,
        benefitCost: y.benefitCost * f,
      }));
    const ten = rateEmployer(model, ratingInputOf(scale(10)));
    expect(ten.worksheet.eligible).toBe(true);
    expect(rateEmployer(model, ratingInputOf(scale(100))).credibility).toBeGreaterThan(ten.credibility);
  });

  it('moves the mod towards the observed ratio by the credibility weight', () => {
    const m = experienceModification(4, 8, { k: 4 });
    expect(m.credibility).toBeCloseTo(0.5, 12);
    expect(m.mod).toBeCloseTo(0.5 * 2 + 0.5, 12);
  });

  it('estimates the between-employer variance of the safety latent from the portfolio', () => {
    const big = syntheticBook({ employers: 20000, years: 3, seed: 5 });
    const truth = Math.exp(0.36) - 1; // Var of exp(0.6 z - 0.18), z standard normal
    const fitted = buildK3RatingModel(big.years, '2026-06-30');
    const params = estimateBuhlmannStraub(
      big.years.map((y) => ({ risk: y.employerId, expected: aprioriFrequency(fitted.tariff, y) * y.workerYears, observed: y.claimCount })),
    );
    expect(params.withinVariance).toBeGreaterThan(0.85);
    expect(params.withinVariance).toBeLessThan(1.15);
    expect(params.betweenVariance).toBeGreaterThan(truth * 0.6);
    expect(params.betweenVariance).toBeLessThan(truth * 1.4);
    // The model's own estimate is maximum likelihood under the likelier mixing: this book's
    // safety is log-normal, so the Poisson-lognormal model, named, with its interval covering the truth.
    const ml = fitted.credibility;
    expect(ml.mixing).toBe('lognormal');
    expect(ml.estimator).toMatch(/Poisson-lognormal mixed model, maximum likelihood/);
    expect(ml.betweenVarianceInterval[0]).toBeLessThan(truth);
    expect(ml.betweenVarianceInterval[1]).toBeGreaterThan(truth);
    expect(ml.betweenVarianceInterval[0]).toBeLessThan(ml.betweenVariance);
    expect(ml.betweenVarianceInterval[1]).toBeGreaterThan(ml.betweenVariance);
  });
});

describe('decomposition', () => {
  it('multiplies the factors back to the expected frequency', () => {
    for (const history of [...byEmployer(book.years).values()].slice(0, 200)) {
      const r = rateEmployer(model, ratingInputOf(history));
      const product = r.factors.reduce((p, f) => p * f.value, 1);
      expect(product / r.frequency).toBeCloseTo(1, 12);
      expect(r.factors.map((f) => f.factor)).toEqual(['sector', 'size', 'region', 'compliance', 'experience']);
      for (const f of r.factors) {
        expect(f.sentenceId.length).toBeGreaterThan(20);
        expect(f.sentenceEn.length).toBeGreaterThan(20);
      }
      expect(r.expectedPerThousandWorkerYears).toBeCloseTo(r.frequency * 1000, 12);
      // The drivers of the group and premium multiply to the PP 44/2015 risk rate.
      const rate = r.premiumFactors.reduce((p, f) => p * f.value, 1);
      expect(rate / r.recommendations[0]!.riskRate).toBeCloseTo(1, 12);
      expect(r.premiumFactors.map((f) => f.factor)).toEqual([
        'statutory_rate',
        'relative_to_sector',
        'experience',
        'severity',
        'wage',
        'loading',
      ]);
      for (const f of [...r.factors, ...r.premiumFactors]) {
        expect(f.sentenceId.length).toBeGreaterThan(20);
        expect(f.sentenceEn.length).toBeGreaterThan(20);
      }
    }
  });
});

describe('no rating on gender', () => {
  const gendered = /workforce|gender|female|women|woman|perempuan|wanita|mix/i;

  it('has no workforce or gender factor in the tariff, the factor list or the explanation', () => {
    for (const name of FACTOR_NAMES) {
      expect(name).not.toMatch(gendered);
      expect(FACTOR_LABELS[name].id).not.toMatch(gendered);
      expect(FACTOR_LABELS[name].en).not.toMatch(gendered);
    }
    expect(Object.keys(model.tariff).filter((k) => gendered.test(k))).toEqual([]);
    expect(model.tariff.termTests.map((t) => t.term).filter((t) => gendered.test(t))).toEqual([]);
    for (const history of [...byEmployer(book.years).values()].slice(0, 50)) {
      for (const f of rateEmployer(model, ratingInputOf(history)).factors) {
        expect(f.factor).not.toMatch(gendered);
        expect(`${f.labelId} ${f.labelEn} ${f.sentenceId} ${f.sentenceEn}`).not.toMatch(gendered);
      }
    }
  });

  it('rates two employers identical but for their female share the same', () => {
    for (const history of [...byEmployer(book.years).values()].slice(0, 50)) {
      const input = ratingInputOf(history);
      const swapped = history.map((y) => ({ ...y, femaleShare: y.femaleShare > 0.5 ? 0 : 1 }));
      const other = ratingInputOf(swapped);
      expect(other.attributes).not.toEqual(input.attributes);
      expect(rateEmployer(model, other)).toEqual(rateEmployer(model, input));
    }
  });

  it('fits the same tariff whatever the female shares of the book', () => {
    const flipped = book.years.map((y) => ({ ...y, femaleShare: 1 - y.femaleShare }));
    expect(buildK3RatingModel(flipped, '2026-06-30')).toEqual(model);
  });
});

describe('risk group recommendation', () => {
  it('places a group-boundary case in the right group under both rate tables', () => {
    // PP 44/2015: I/II boundary sqrt(0.24% x 0.54%) = 0.36%; PP 49/2023: sqrt(0.10% x 0.40%) = 0.20%.
    expect(groupBoundaries('pp44_2015')[0]).toBeCloseTo(0.0036, 12);
    expect(groupBoundaries('pp49_2023')[0]).toBeCloseTo(0.002, 12);
    expect(recommendedGroup('pp44_2015', 0.003)).toBe(1);
    expect(recommendedGroup('pp49_2023', 0.003)).toBe(2);
    // Exactly on a boundary belongs to the higher group; just under it to the lower one.
    for (const table of ['pp44_2015', 'pp49_2023'] as const) {
      groupBoundaries(table).forEach((b, i) => {
        expect(recommendedGroup(table, b)).toBe(i + 2);
        expect(recommendedGroup(table, b * (1 - 1e-9))).toBe(i + 1);
      });
      expect(recommendedGroup(table, statutoryRate(table, 5) * 3)).toBe(5);
      expect(recommendedGroup(table, 0)).toBe(1);
    }
    // Through the full recommendation: a group-III employer at 60% of its sector's frequency, sure evidence, loading 1.
    const sure = { logVariance: 1e-6, wageBelowSectorNorm: false, experienceRated: true };
    const rec44 = recommendUnder('pp44_2015', 3, 0.6, 1_000_000, 1, sure);
    const rec49 = recommendUnder('pp49_2023', 3, 0.6, 1_000_000, 1, sure);
    expect([
      rec44.riskRate,
      rec44.indicatedGroup,
      rec44.recommendedGroup,
      rec44.recommendedRate,
      rec44.statutoryGroup,
      rec44.statutoryRate,
      rec44.reason,
    ]).toEqual([0.6 * 0.0089, 'II', 'II', 0.0054, 'III', 0.0089, 'MOVED']);
    expect([rec49.recommendedGroup, rec49.recommendedRate]).toEqual(['II', 0.004]);
    expect(rec44.recommendedPremium).toBeCloseTo(5400, 9);
    // Thin evidence keeps the statutory group, and says so.
    const thin = recommendUnder('pp44_2015', 3, 0.6, 1_000_000, 1, { logVariance: 0.5, wageBelowSectorNorm: false, experienceRated: true });
    expect([thin.indicatedGroup, thin.recommendedGroup, thin.reason]).toEqual(['II', 'III', 'THIN_EVIDENCE']);
    expect(thin.moveProbability).toBeLessThan(0.8);
    expect(thin.sentenceEn).toMatch(/Evidence too thin/);
    // Without a record of its own, class factors alone keep the statutory group.
    const prospective = recommendUnder('pp44_2015', 3, 0.6, 1_000_000, 1, { ...sure, experienceRated: false });
    expect([prospective.indicatedGroup, prospective.recommendedGroup, prospective.reason]).toEqual(['II', 'III', 'NO_OWN_EXPERIENCE']);
    // The nearest boundary and the distance to it: 0.534% is 22.6% below the II/III boundary sqrt(0.54% x 0.89%).
    expect(rec44.nearestBoundary.between).toBe('II/III');
    expect(rec44.nearestBoundary.relativeDistance).toBeCloseTo((0.6 * 0.0089) / Math.sqrt(0.0054 * 0.0089) - 1, 12);
  });

  it('sets the loading so the book collects the statutory premium on its latest year', () => {
    const latest = book.years.filter((y) => y.policyYear === 0);
    let riskPremium = 0;
    let statutory = 0;
    for (const y of latest) {
      const r = rateEmployer(model, { attributes: y, workerYears: y.workerYears, wageBill: y.wageBill, history: [] });
      riskPremium += r.recommendations[0]!.riskRate * y.wageBill;
      statutory += r.recommendations[0]!.statutoryPremium;
    }
    expect(riskPremium / statutory).toBeCloseTo(1, 9);
  });
});

describe('portfolio validation', () => {
  it('ranks credibility over a-priori over statutory out of time on a book with safety heterogeneity', () => {
    const v = validateK3(syntheticBook({ employers: 8000, years: 4, seed: 21 }).years);
    const [statutory, apriori, credibility] = v.scores;
    expect(credibility!.deviance).toBeLessThan(apriori!.deviance);
    expect(credibility!.gini).toBeGreaterThan(statutory!.gini);
    expect(credibility!.deviance).toBeLessThan(statutory!.deviance);
    expect(v.doubleLift).toHaveLength(10);
    expect(v.actualExpected.sector.length).toBeGreaterThan(5);
  });
});
