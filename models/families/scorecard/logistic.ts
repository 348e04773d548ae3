// Weighted logistic regression with an L2 penalty, fitted by Newton-Raphson in float64.
// Typed arrays rather than tfjs: a scorecard has a handful of WoE columns, so the Hessian
// is tiny; Newton reaches the penalised maximum likelihood to ~1e-10 in a few steps,
// where float32 tfjs optimisers stop at ~1e-4 and differ between backends.

export interface LogisticFit {
  /** Intercept first, then one coefficient per column. */
  readonly coefficients: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** Penalised negative log-likelihood at the solution. */
  readonly objective: number;
}

export interface LogisticOptions {
  /** L2 penalty lambda on the coefficients (not the intercept): adds lambda/2 * |beta|^2. */
  readonly l2?: number;
  readonly maxIterations?: number;
  /** Stop when the largest coefficient step is below this. */
  readonly tolerance?: number;
}

/** A light ridge: keeps collinear WoE columns finite without visibly shrinking the fit. */
export const DEFAULT_L2 = 1;
export const DEFAULT_MAX_NEWTON_ITERATIONS = 100;
export const DEFAULT_NEWTON_TOLERANCE = 1e-10;

/** Solve A x = b for symmetric positive definite A (Cholesky), A given row-major p x p. */
export function solveSpd(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * p + k] as number) * (l[j * p + k] as number);
      if (i === j) {
        if (s <= 0) throw new Error('logistic regression: Hessian not positive definite (raise the L2 penalty)');
        l[i * p + i] = Math.sqrt(s);
      } else l[i * p + j] = s / (l[j * p + j] as number);
    }
  }
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * p + k] as number) * (y[k] as number);
    y[i] = s / (l[i * p + i] as number);
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < p; k++) s -= (l[k * p + i] as number) * (x[k] as number);
    x[i] = s / (l[i * p + i] as number);
  }
  return x;
}

function logOnePlusExp(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * Fit logit P(y=1) = b0 + x . b. `x` is row-major n x k (no intercept column), `y` 0/1,
 * `weight` per row.
 */
export function fitLogistic(x: Float64Array, k: number, y: Float64Array, weight: Float64Array, options: LogisticOptions = {}): LogisticFit {
  const n = y.length;
  const p = k + 1;
  const l2 = options.l2 ?? DEFAULT_L2;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_NEWTON_ITERATIONS;
  const tolerance = options.tolerance ?? DEFAULT_NEWTON_TOLERANCE;
  const beta = new Float64Array(p);
  // Start the intercept at the weighted base log-odds: Newton then needs fewer steps.
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < n; i++) {
    sw += weight[i] as number;
    swy += (weight[i] as number) * (y[i] as number);
  }
  beta[0] = Math.log(swy / (sw - swy));
  const row = new Float64Array(p);
  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations && !converged; iterations++) {
    const grad = new Float64Array(p);
    const hess = new Float64Array(p * p);
    for (let i = 0; i < n; i++) {
      row[0] = 1;
      for (let j = 0; j < k; j++) row[j + 1] = x[i * k + j] as number;
      let eta = 0;
      for (let j = 0; j < p; j++) eta += (beta[j] as number) * (row[j] as number);
      const mu = 1 / (1 + Math.exp(-eta));
      const w = weight[i] as number;
      const r = w * ((y[i] as number) - mu);
      const v = w * mu * (1 - mu);
      for (let a = 0; a < p; a++) {
        grad[a] = (grad[a] as number) + r * (row[a] as number);
        for (let b = 0; b <= a; b++) hess[a * p + b] = (hess[a * p + b] as number) + v * (row[a] as number) * (row[b] as number);
      }
    }
    for (let a = 1; a < p; a++) {
      grad[a] = (grad[a] as number) - l2 * (beta[a] as number);
      hess[a * p + a] = (hess[a * p + a] as number) + l2;
    }
    for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) hess[a * p + b] = hess[b * p + a] as number;
    const step = solveSpd(hess, grad, p);
    let largest = 0;
    for (let a = 0; a < p; a++) {
      beta[a] = (beta[a] as number) + (step[a] as number);
      largest = Math.max(largest, Math.abs(step[a] as number));
    }
    converged = largest < tolerance;
  }
  let objective = 0;
  for (let i = 0; i < n; i++) {
    let eta = beta[0] as number;
    for (let j = 0; j < k; j++) eta += (beta[j + 1] as number) * (x[i * k + j] as number);
    objective += (weight[i] as number) * (logOnePlusExp(eta) - (y[i] as number) * eta);
  }
  for (let a = 1; a < p; a++) objective += 0.5 * l2 * (beta[a] as number) ** 2;
  return { coefficients: beta, iterations, converged, objective };
}
