// Average Poisson deviance, the yardstick of claim-frequency models (DOMAIN.md section 7):
// 2 * (sum(pred) - sum(obs) + sum(obs * log(obs / pred))) / n, obs = 0 terms adding 0 to the log sum.

/** The papers report the average deviance in units of 10^-2: multiply by this to compare. */
export const POISSON_DEVIANCE_REPORT_SCALE = 100;

/**
 * Average Poisson deviance in natural units (weighted mean when `weights` is given).
 * `predicted` are expected counts for the row (frequency x exposure), not frequencies.
 */
export function averagePoissonDeviance(observed: Float64Array, predicted: Float64Array, weights?: Float64Array): number {
  if (observed.length !== predicted.length) throw new Error('observed and predicted differ in length');
  let sum = 0;
  let sumW = 0;
  for (let i = 0; i < observed.length; i++) {
    const y = observed[i]!;
    const mu = predicted[i]!;
    if (!(mu > 0)) throw new Error(`prediction must be > 0 (row ${i} has ${mu})`);
    const w = weights ? weights[i]! : 1;
    sum += w * (mu - y + (y > 0 ? y * Math.log(y / mu) : 0));
    sumW += w;
  }
  return (2 * sum) / sumW;
}

/** Average Gamma deviance (severity models), natural units. */
export function averageGammaDeviance(observed: Float64Array, predicted: Float64Array, weights?: Float64Array): number {
  let sum = 0;
  let sumW = 0;
  for (let i = 0; i < observed.length; i++) {
    const w = weights ? weights[i]! : 1;
    sum += w * (-Math.log(observed[i]! / predicted[i]!) + (observed[i]! - predicted[i]!) / predicted[i]!);
    sumW += w;
  }
  return (2 * sum) / sumW;
}

/** Balance: total predicted over total observed (1 for an unbiased fit on its learning set). */
export function balanceRatio(observed: Float64Array, predicted: Float64Array): number {
  let o = 0;
  let p = 0;
  for (let i = 0; i < observed.length; i++) {
    o += observed[i]!;
    p += predicted[i]!;
  }
  return p / o;
}
