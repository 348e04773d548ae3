// Metrics against values worked out by hand (the arithmetic is in the comments).
import { describe, expect, it } from 'vitest';
import {
  actualExpectedBySegment,
  auc,
  averagePoissonDeviance,
  balanceRatio,
  brierScore,
  calibrationTable,
  gini,
  ksStatistic,
  logLoss,
  lorenzGini,
  orderedLorenzCurve,
  populationStabilityIndex,
  precisionAtK,
  quantileCuts,
  recallAtK,
} from './index.js';

const f64 = (v: number[]): Float64Array => Float64Array.from(v);

// positives score 0.8, 0.6, 0.4; negatives 0.6, 0.3, 0.8.
const labels = f64([1, 1, 0, 1, 0, 0]);
const scores = f64([0.8, 0.6, 0.6, 0.4, 0.3, 0.8]);

describe('ranking metrics', () => {
  it('AUC counts tied pairs one half', () => {
    // pos 0.8: beats 0.6, 0.3, ties 0.8 -> 2.5; pos 0.6: ties 0.6, beats 0.3 -> 1.5; pos 0.4: beats 0.3 -> 1. 5/9.
    expect(auc(labels, scores)).toBeCloseTo(5 / 9, 14);
    expect(gini(labels, scores)).toBeCloseTo(1 / 9, 14);
  });
  it('AUC does not depend on row order within ties', () => {
    const order = [5, 4, 3, 2, 1, 0];
    expect(auc(f64(order.map((i) => labels[i]!)), f64(order.map((i) => scores[i]!)))).toBeCloseTo(5 / 9, 14);
  });
  it('AUC with weights equals AUC with repeated rows', () => {
    const w = f64([2, 1, 1, 1, 1, 1]);
    const rep = { l: f64([1, 1, 1, 0, 1, 0, 0]), s: f64([0.8, 0.8, 0.6, 0.6, 0.4, 0.3, 0.8]) };
    expect(auc(labels, scores, w)).toBeCloseTo(auc(rep.l, rep.s), 14);
  });
  it('KS is the largest gap between the cumulative distributions', () => {
    // ascending: 0.3 (neg): pos 0, neg 1/3 -> gap 1/3; later groups close it to 0.
    expect(ksStatistic(labels, scores)).toBeCloseTo(1 / 3, 14);
    expect(ksStatistic(f64([0, 0, 1, 1]), f64([0.1, 0.2, 0.3, 0.4]))).toBe(1);
  });
  it('precision@k and recall@k break ties at the cut by row order', () => {
    // top 2 by score: row 0 (0.8, pos) and row 5 (0.8, neg).
    expect(precisionAtK(labels, scores, 2)).toBe(0.5);
    expect(recallAtK(labels, scores, 2)).toBeCloseTo(1 / 3, 14);
    expect(precisionAtK(labels, scores, 6)).toBe(0.5);
    expect(() => precisionAtK(labels, scores, 0)).toThrow(/k must be/);
  });
});

describe('probability metrics', () => {
  it('Brier and log loss', () => {
    expect(brierScore(f64([1, 0]), f64([0.8, 0.3]))).toBeCloseTo((0.04 + 0.09) / 2, 14);
    expect(logLoss(f64([1, 0]), f64([0.8, 0.3]))).toBeCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, 14);
    expect(Number.isFinite(logLoss(f64([1]), f64([0])))).toBe(true);
  });
  it('calibration table bins by sorted prediction', () => {
    const t = calibrationTable(f64([0, 1, 0, 1]), f64([0.1, 0.9, 0.2, 0.6]), 2);
    expect(t).toHaveLength(2);
    expect(t[0]).toMatchObject({ count: 2, lower: 0.1, upper: 0.2, observedRate: 0 });
    expect(t[0]!.meanPredicted).toBeCloseTo(0.15, 14);
    expect(t[1]).toMatchObject({ count: 2, lower: 0.6, upper: 0.9, observedRate: 1 });
    expect(t[1]!.meanPredicted).toBeCloseTo(0.75, 14);
  });
});

describe('Poisson deviance (DOMAIN.md section 7)', () => {
  it('matches the formula, obs = 0 adding nothing to the log sum', () => {
    // (0.5 - 0 + 0) + (1 - 1 + 1 ln 1) + (1 - 2 + 2 ln 2), times 2 / 3.
    const d = averagePoissonDeviance(f64([0, 1, 2]), f64([0.5, 1, 1]));
    expect(d).toBeCloseTo((2 * (0.5 + 0 + (2 * Math.log(2) - 1))) / 3, 14);
    expect(averagePoissonDeviance(f64([0, 3]), f64([1e-9 + 0, 3]))).toBeCloseTo(1e-9, 12);
  });
  it('is zero for a perfect fit and refuses non-positive predictions', () => {
    expect(averagePoissonDeviance(f64([1, 2, 4]), f64([1, 2, 4]))).toBe(0);
    expect(() => averagePoissonDeviance(f64([1]), f64([0]))).toThrow(/> 0/);
  });
  it('balance ratio', () => {
    expect(balanceRatio(f64([1, 3]), f64([2, 2]))).toBe(1);
  });
});

describe('ordered Lorenz curve and Gini', () => {
  it('groups tied relativities and integrates by trapezoids', () => {
    // sorted: 0.1 -> (0.25, 0); tie 0.2 (loss 1, premium 2) -> (0.75, 0.25); 0.4 -> (1, 1).
    const curve = orderedLorenzCurve(f64([0, 1, 0, 3]), f64([1, 1, 1, 1]), f64([0.1, 0.2, 0.2, 0.4]));
    expect(curve).toEqual([
      { premiumShare: 0, lossShare: 0 },
      { premiumShare: 0.25, lossShare: 0 },
      { premiumShare: 0.75, lossShare: 0.25 },
      { premiumShare: 1, lossShare: 1 },
    ]);
    // area = 0 + 0.5 * 0.125 + 0.25 * 0.625 = 0.21875; Gini = 1 - 2 * area.
    expect(lorenzGini(curve)).toBeCloseTo(0.5625, 14);
  });
  it('a flat relativity gives the diagonal and Gini 0', () => {
    expect(lorenzGini(orderedLorenzCurve(f64([1, 0, 2]), f64([1, 2, 1]), f64([1, 1, 1])))).toBeCloseTo(0, 14);
  });
});

describe('segments and stability', () => {
  it('actual over expected by segment', () => {
    const rows = actualExpectedBySegment(['B', 'A', 'B'], f64([1, 0, 2]), f64([0.5, 0.25, 1.5]), f64([1, 0.5, 1]));
    expect(rows).toEqual([
      { segment: 'A', count: 1, exposure: 0.5, actual: 0, expected: 0.25, ratio: 0 },
      { segment: 'B', count: 2, exposure: 2, actual: 3, expected: 2, ratio: 1.5 },
    ]);
  });
  it('PSI by hand', () => {
    // expected shares 0.5 / 0.5, actual 0.25 / 0.75: -0.25 ln 0.5 + 0.25 ln 1.5 = 0.25 ln 3.
    const r = populationStabilityIndex(f64([1, 1, 2, 2]), f64([1, 2, 2, 2]), { cuts: [1.5] });
    expect(r.psi).toBeCloseTo(0.25 * Math.log(3), 14);
    expect(r.bins.map((b) => b.actualShare)).toEqual([0.25, 0.75]);
    expect(populationStabilityIndex(f64([1, 2, 3, 4]), f64([4, 3, 2, 1]), { bins: 2 }).psi).toBe(0);
  });
  it('quantile cuts', () => {
    expect(quantileCuts(f64([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]), 2)).toEqual([5]);
    expect(quantileCuts(f64([1, 1, 1, 1, 2]), 4)).toEqual([1]);
  });
});
