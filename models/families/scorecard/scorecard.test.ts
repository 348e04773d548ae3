// Scorecard: points reproduce the score, reasons are the largest points lost, WoE is
// monotone where the spec asks, Newton converges, the score separates goods from bads.
import { describe, expect, it } from 'vitest';
import { learnTestSplit } from '../../tf/split.js';
import { ARREARS_NOT_REPORTED, CREDIT_SPEC, syntheticCredit } from '../../tf/test-support/synthetic-tables.js';
import { MAX_REASON_CODES, scoreApplicant } from './scorecard.js';
import { scoreTable, trainScorecard } from './train.js';

const ROWS = 4000;
const SEED = 11;
/** Points are float64 sums of a handful of terms: anything beyond 1e-9 would be a bug. */
const POINTS_TOLERANCE = 1e-9;

describe('scorecard', () => {
  const table = syntheticCredit(ROWS, SEED);
  const split = learnTestSplit(CREDIT_SPEC, table, SEED);
  const fit = trainScorecard(CREDIT_SPEC, table, split.learn, { specialValues: { arrearsMonths12m: [ARREARS_NOT_REPORTED] } });
  const card = fit.card;
  const results = scoreTable(card, table, split.test);

  it('fits the WoE logistic regression to convergence', () => {
    expect(fit.converged).toBe(true);
    expect(fit.newtonIterations).toBeLessThan(20);
    for (const c of card.characteristics) expect(c.coefficient).toBeLessThan(0);
  });

  it('bins monotonically where the spec gives a direction', () => {
    for (const f of CREDIT_SPEC.features) {
      if (f.kind !== 'numeric' || !f.monotone) continue;
      const binning = card.characteristics.find((c) => c.binning.characteristic === f.column)?.binning;
      const ranges = binning?.bins.filter((b) => b.kind === 'range') ?? [];
      expect(ranges.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < ranges.length; i++) {
        const step = (ranges[i]?.woe ?? 0) - (ranges[i - 1]?.woe ?? 0);
        // monotone +1: risk rises with the value, so WoE (ln good/bad) falls.
        expect(Math.sign(step)).toBe(-f.monotone);
      }
    }
    const arrears = card.characteristics.find((c) => c.binning.characteristic === 'arrearsMonths12m')?.binning;
    expect(arrears?.bins.some((b) => b.kind === 'special' && b.special === ARREARS_NOT_REPORTED && b.goods + b.bads > 0)).toBe(true);
    const membership = card.characteristics.find((c) => c.binning.characteristic === 'membershipMonths')?.binning;
    expect(membership?.bins.some((b) => b.kind === 'missing' && b.goods + b.bads > 0)).toBe(true);
    expect(membership?.informationValue).toBeGreaterThan(0.1);
  });

  it('points add up to the score and the explanation is complete', () => {
    for (const r of results) {
      expect(r.score).not.toBeNull();
      const sum = card.basePoints + r.points.reduce((s, p) => s + p.points, 0);
      expect(Math.abs(sum - (r.score as number))).toBeLessThan(POINTS_TOLERANCE);
      expect(r.explanation?.completeness.ok).toBe(true);
      expect(r.explanation?.completeness.gap ?? 1).toBeLessThan(POINTS_TOLERANCE);
      // Score and probability of default come from the same logit: ln odds(good) = (score - offset) / factor.
      const factor = card.scaling.pdo / Math.LN2;
      const offset = card.scaling.baseScore - factor * Math.log(card.scaling.baseOdds);
      const pd = 1 / (1 + Math.exp(((r.score as number) - offset) / factor));
      expect(Math.abs(pd - (r.probabilityOfDefault as number))).toBeLessThan(1e-12);
    }
  });

  it('gives as reasons the characteristics with the most points lost, at most four', () => {
    for (const r of results) {
      expect(r.reasons.length).toBeLessThanOrEqual(MAX_REASON_CODES);
      const lost = card.characteristics.map((c, j) => ({ name: c.binning.characteristic, lost: c.maxPoints - (r.points[j]?.points ?? 0) }));
      const expected = lost
        .filter((l) => l.lost > 1e-9)
        .sort((a, b) => b.lost - a.lost || a.name.localeCompare(b.name))
        .slice(0, MAX_REASON_CODES);
      expect(r.reasons.map((x) => x.characteristic)).toEqual(expected.map((l) => l.name));
      for (const reason of r.reasons) expect(reason.pointsLost).toBeCloseTo(reason.maxPoints - reason.points, 12);
    }
    // The maximum-score applicant has no reason at all.
    expect(results.some((r) => r.reasons.length > 0)).toBe(true);
  });

  it('ranks bads below goods and refuses a thin file', () => {
    const target = table.columns.get('defaulted');
    if (target?.kind !== 'numeric') throw new Error('target missing');
    const bads = results.filter((_, i) => target.values[split.test[i] as number] === 1).map((r) => r.score as number);
    const goods = results.filter((_, i) => target.values[split.test[i] as number] === 0).map((r) => r.score as number);
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(goods) - mean(bads)).toBeGreaterThan(card.scaling.pdo);
    const thin = scoreApplicant(
      { ...card, minObservedCharacteristics: 2 },
      { membershipMonths: null, arrearsMonths12m: null, wageTrend: 0.01, segment: null },
    );
    expect(thin.thinFile).toBe(true);
    expect(thin.score).toBeNull();
  });
});
