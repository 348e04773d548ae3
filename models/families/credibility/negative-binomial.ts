// The between-risk variance of Bühlmann-Straub credibility estimated by maximum likelihood
// under the Poisson-gamma (negative binomial) model: N_i | theta_i ~ Poisson(m_i theta_i),
// theta_i ~ Gamma(1/a, 1/a), so E theta = 1, Var theta = a, and the credibility estimate
// Z Xbar + (1 - Z) with Z = m / (m + 1/a) is exactly the posterior mean (sigma^2 = 1).
// Why not the moment estimators: with a few hundred cases among thousands of small risks
// their value is mostly noise (the m^2-weighted one) or negative (the unbiased one), while
// the likelihood uses every risk at its own weight and gives an interval (profile likelihood).
import { goldenSectionMax } from './golden-section.js';
import type { BuhlmannStraubParameters, CredibilityCell } from './buhlmann-straub.js';

/** The estimator's name, as the model bundle and the report state it. */
export const NEGATIVE_BINOMIAL_ML = 'negative-binomial maximum likelihood (Poisson-gamma), profile-likelihood 95% interval';
/** chi-square(1) quantile at 95%: the profile-likelihood interval is where 2 x (loglik max - loglik) stays below it. */
const CHI2_1_95 = 3.841458820694124;
/** Search range of log a: a from 1e-6 (practically Poisson) to e^4 (a coefficient of variation of 7). */
const LOG_A_MIN = Math.log(1e-6);
const LOG_A_MAX = 4;
/** Golden-section and bisection steps: 80 halve the bracket far below any reported digit. */
const SEARCH_STEPS = 80;

export interface NegativeBinomialCredibility extends BuhlmannStraubParameters {
  readonly estimator: string;
  /** 95% profile-likelihood interval of the between-risk variance a (lower 0 when a = 0 is not rejected). */
  readonly betweenVarianceInterval: readonly [number, number];
  /** Log-likelihood at the estimate and at a = 0 (Poisson): their difference is the test of heterogeneity. */
  readonly logLikelihood: number;
  readonly poissonLogLikelihood: number;
}

interface RiskTotal {
  m: number;
  n: number;
}

function totals(cells: readonly CredibilityCell[]): RiskTotal[] {
  const byRisk = new Map<string, RiskTotal>();
  for (const c of cells) {
    if (!(c.expected > 0)) continue;
    const t = byRisk.get(c.risk);
    if (t) {
      t.m += c.expected;
      t.n += c.observed;
    } else byRisk.set(c.risk, { m: c.expected, n: c.observed });
  }
  return [...byRisk.values()];
}

/**
 * Log-likelihood of a (terms free of a dropped). For integer n, lgamma(n + alpha) - lgamma(alpha)
 * is the sum of log(alpha + j), j < n: exact, and cheap since counts are small.
 */
function logLikelihood(risks: readonly RiskTotal[], a: number): number {
  if (a <= 0) {
    let ll = 0;
    for (const r of risks) ll += r.n * Math.log(r.m) - r.m;
    return ll;
  }
  const alpha = 1 / a;
  let ll = 0;
  for (const r of risks) {
    for (let j = 0; j < r.n; j++) ll += Math.log(alpha + j);
    ll += alpha * Math.log(alpha / (alpha + r.m)) + r.n * Math.log(r.m / (alpha + r.m));
  }
  return ll;
}

/** The x in [inside, outside] where f crosses `level` (f(inside) >= level > f(outside)). */
function crossing(f: (x: number) => number, inside: number, outside: number, level: number): number {
  let a = inside;
  let b = outside;
  for (let i = 0; i < SEARCH_STEPS; i++) {
    const mid = (a + b) / 2;
    if (f(mid) >= level) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/** Estimates a = Var(theta) by maximum likelihood over risks (periods summed: theta is constant per risk). */
export function estimateNegativeBinomialCredibility(cells: readonly CredibilityCell[]): NegativeBinomialCredibility {
  const risks = totals(cells);
  if (risks.length < 2) throw new Error('negative-binomial credibility needs at least two risks with exposure');
  const poisson = logLikelihood(risks, 0);
  const f = (logA: number): number => logLikelihood(risks, Math.exp(logA));
  const best = goldenSectionMax(f, LOG_A_MIN, LOG_A_MAX, SEARCH_STEPS).x;
  const atBest = f(best);
  // The boundary a = 0 is the maximum when no interior point beats the Poisson likelihood.
  const interior = atBest > poisson;
  const a = interior ? Math.exp(best) : 0;
  const maxLl = interior ? atBest : poisson;
  const level = maxLl - CHI2_1_95 / 2;
  const lower = !interior || poisson >= level ? 0 : Math.exp(crossing(f, best, LOG_A_MIN, level));
  const upperStart = interior ? best : LOG_A_MIN;
  const upper = f(LOG_A_MAX) >= level ? Math.exp(LOG_A_MAX) : Math.exp(crossing(f, upperStart, LOG_A_MAX, level));
  return {
    withinVariance: 1,
    betweenVariance: a,
    k: a > 0 ? 1 / a : Number.POSITIVE_INFINITY,
    risks: risks.length,
    cells: cells.length,
    estimator: NEGATIVE_BINOMIAL_ML,
    betweenVarianceInterval: [lower, upper],
    logLikelihood: maxLl,
    poissonLogLikelihood: poisson,
  };
}

/** Posterior of theta given n cases on m expected: Gamma(shape 1/a + n, rate 1/a + m); Infinity shape without heterogeneity. */
export function thetaPosterior(expected: number, observed: number, a: number): { shape: number; rate: number } {
  if (!(a > 0)) return { shape: Number.POSITIVE_INFINITY, rate: Number.POSITIVE_INFINITY };
  return { shape: 1 / a + observed, rate: 1 / a + expected };
}
