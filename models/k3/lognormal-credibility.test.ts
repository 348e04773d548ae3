// The mixing distribution of employer safety chosen by likelihood: log-normal data give the
// log-normal's variance (where the gamma's maximum likelihood falls short), gamma data keep
// the gamma, and the log-normal posterior's mean and quantiles match direct integration.
import { describe, expect, it } from 'vitest';
import type { CredibilityCell } from '../families/credibility/index.js';
import {
  LOGNORMAL_MIN_GAIN,
  estimateK3Credibility,
  estimatePoissonLognormalCredibility,
  thetaPosteriorInterval,
} from './lognormal-credibility.js';
import type { K3Credibility } from './lognormal-credibility.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (u: () => number): number => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
function gamma(u: () => number, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(u);
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(u()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}
function poisson(u: () => number, mean: number): number {
  const l = Math.exp(-mean);
  let k = 0;
  let p = u();
  while (p > l) {
    k++;
    p *= u();
  }
  return k;
}

/** Risks with expected counts spread like an employer book's (most small, a few large), 3 years each. */
function book(
  risks: number,
  theta: (u: () => number) => number,
  seed: number,
  scale = 0.05,
): { cells: CredibilityCell[]; truth: number[]; m: number[] } {
  const u = rng(seed);
  const cells: CredibilityCell[] = [];
  const truth: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < risks; i++) {
    const t = theta(u);
    const m = scale * Math.exp(3 * u());
    truth.push(t);
    ms.push(m);
    for (let y = 0; y < 3; y++) cells.push({ risk: `r${i}`, expected: m / 3, observed: poisson(u, (t * m) / 3) });
  }
  return { cells, truth, m: ms };
}
const SIGMA = 0.6;
const lognormalTheta = (u: () => number): number => Math.exp(SIGMA * normal(u) - SIGMA ** 2 / 2);

describe('K3 credibility mixing', () => {
  it('recovers a log-normal variance, keeps the log-normal when clearly likelier, and covers the truth with its interval', () => {
    // Expected counts of 0.2 to 4: enough cases per risk for the likelihood to see the mixing's shape.
    const { cells } = book(20000, lognormalTheta, 1, 0.2);
    const fit = estimateK3Credibility(cells);
    const truth = Math.expm1(SIGMA ** 2);
    expect(fit.mixing).toBe('lognormal');
    expect(fit.estimator).toMatch(/Poisson-lognormal/);
    expect(fit.betweenVarianceInterval[0]).toBeLessThan(truth);
    expect(fit.betweenVarianceInterval[1]).toBeGreaterThan(truth);
    expect(fit.logSigma).toBeGreaterThan(0.5);
    expect(fit.logSigma).toBeLessThan(0.7);
    expect(fit.k).toBeCloseTo(1 / fit.betweenVariance, 12);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(fit.rivalLogLikelihood! + LOGNORMAL_MIN_GAIN);
  });

  it('keeps the gamma when the log-normal is likelier only by noise (small counts)', () => {
    const fit = estimateK3Credibility(book(20000, lognormalTheta, 1).cells);
    expect(fit.mixing).toBe('gamma');
    expect(Math.abs(fit.logLikelihood - fit.rivalLogLikelihood!)).toBeLessThan(LOGNORMAL_MIN_GAIN);
  });

  it('keeps the gamma on gamma data, and says so', () => {
    const a = 0.4;
    const { cells } = book(20000, (u) => gamma(u, 1 / a) * a, 2);
    const fit = estimateK3Credibility(cells);
    expect(fit.mixing).toBe('gamma');
    expect(fit.estimator).toMatch(/negative-binomial.*kept over the Poisson-lognormal/);
    expect(fit.betweenVarianceInterval[0]).toBeLessThan(a);
    expect(fit.betweenVarianceInterval[1]).toBeGreaterThan(a);
  });

  it('finds no heterogeneity in Poisson data', () => {
    const fit = estimatePoissonLognormalCredibility(book(5000, () => 1, 3).cells);
    expect(fit.betweenVarianceInterval[0]).toBe(0);
    expect(fit.betweenVariance).toBeLessThan(0.05);
  });

  it("gives the log-normal posterior's mean and quantiles as direct integration does", () => {
    const c = { betweenVariance: Math.expm1(SIGMA ** 2), logSigma: SIGMA, mixing: 'lognormal' } as K3Credibility;
    for (const [n, m] of [
      [0, 0],
      [0, 0.3],
      [2, 0.5],
      [40, 25],
      [3, 12],
    ] as const) {
      // Riemann sums over the prior's z on a fine grid: an independent computation.
      const zs = Array.from({ length: 40001 }, (_, i) => -10 + i * 0.0005);
      const theta = zs.map((z) => Math.exp(SIGMA * z - SIGMA ** 2 / 2));
      const logW = zs.map((z, i) => n * Math.log(theta[i]!) - m * theta[i]! - (z * z) / 2);
      const top = Math.max(...logW);
      const w = logW.map((v) => Math.exp(v - top));
      const total = w.reduce((s, v) => s + v, 0);
      const mean = w.reduce((s, v, i) => s + v * theta[i]!, 0) / total;
      let acc = 0;
      let lower = 0;
      let upper = 0;
      for (let i = 0; i < w.length; i++) {
        acc += w[i]! / total;
        if (!lower && acc >= 0.025) lower = theta[i]!;
        if (!upper && acc >= 0.975) upper = theta[i]!;
      }
      const p = thetaPosteriorInterval(c, n, m, 0.95);
      expect(p.mean / mean).toBeCloseTo(1, 3);
      expect(p.lower / lower).toBeCloseTo(1, 2);
      expect(p.upper / upper).toBeCloseTo(1, 2);
    }
  });

  it('covers the true relativity of simulated log-normal risks at about 95%', () => {
    const { cells, truth, m } = book(20000, lognormalTheta, 4);
    const fit = estimatePoissonLognormalCredibility(cells);
    const counts = new Map<string, number>();
    for (const c of cells) counts.set(c.risk, (counts.get(c.risk) ?? 0) + c.observed);
    let inside = 0;
    truth.forEach((t, i) => {
      const p = thetaPosteriorInterval(fit, counts.get(`r${i}`)!, m[i]!, 0.95);
      if (t >= p.lower && t <= p.upper) inside++;
    });
    const coverage = inside / truth.length;
    console.log(`log-normal posterior interval coverage: ${(100 * coverage).toFixed(1)}% at nominal 95%`);
    expect(coverage).toBeGreaterThan(0.94);
    expect(coverage).toBeLessThan(0.96);
  });
});
