// Negative-binomial ML of the between-risk variance: recovers a known gamma mixing variance
// with an interval covering it, finds none in pure Poisson data, and agrees with the posterior.
import { describe, expect, it } from 'vitest';
import { estimateNegativeBinomialCredibility, experienceModification, thetaPosterior } from './index.js';
import type { CredibilityCell } from './index.js';

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

/** Gamma(shape, 1) by Marsaglia and Tsang (shape >= 1). */
function gamma(u: () => number, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
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

function book(risks: number, a: number, seed: number): CredibilityCell[] {
  const u = rng(seed);
  const cells: CredibilityCell[] = [];
  for (let i = 0; i < risks; i++) {
    const theta = a > 0 ? gamma(u, 1 / a) * a : 1;
    const m = 0.2 + 2 * u();
    for (let y = 0; y < 3; y++) cells.push({ risk: `r${i}`, expected: m / 3, observed: poisson(u, (theta * m) / 3) });
  }
  return cells;
}

describe('negative-binomial credibility', () => {
  it('recovers a known between-risk variance, its 95% interval covering it', () => {
    const fit = estimateNegativeBinomialCredibility(book(6000, 0.3, 1));
    expect(fit.betweenVariance).toBeGreaterThan(0.2);
    expect(fit.betweenVariance).toBeLessThan(0.4);
    expect(fit.betweenVarianceInterval[0]).toBeLessThan(0.3);
    expect(fit.betweenVarianceInterval[1]).toBeGreaterThan(0.3);
    expect(fit.k).toBeCloseTo(1 / fit.betweenVariance, 12);
    expect(fit.logLikelihood).toBeGreaterThan(fit.poissonLogLikelihood);
    expect(fit.estimator).toMatch(/negative-binomial maximum likelihood/);
  });

  it('finds no heterogeneity in Poisson data: the interval starts at zero', () => {
    const fit = estimateNegativeBinomialCredibility(book(4000, 0, 2));
    expect(fit.betweenVarianceInterval[0]).toBe(0);
    expect(fit.betweenVariance).toBeLessThan(0.1);
  });

  it('gives the credibility mod as the posterior mean of theta', () => {
    const a = 0.34;
    const post = thetaPosterior(2.5, 4, a);
    const mod = experienceModification(2.5, 4, { k: 1 / a }).mod;
    expect(post.shape / post.rate).toBeCloseTo(mod, 12);
  });
});
