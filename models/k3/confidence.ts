// Intervals for the K3 rating: the normal and gamma quantiles they need (the variance of a
// log-relativity comes from the tariff, tariff.ts). Pure arithmetic, no imports: the rate
// rule and the tariff both use it.

/** Two-sided level of every interval the rating reports. */
export const INTERVAL_LEVEL = 0.95;

export interface Interval {
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
}

/** Standard normal CDF (Abramowitz and Stegun 7.1.26 on erf; absolute error below 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`normal quantile of ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** z of a two-sided interval at `level`. */
export function twoSidedZ(level = INTERVAL_LEVEL): number {
  return normalQuantile(1 - (1 - level) / 2);
}

/** exp(log point +- z sd): the interval of a positive quantity whose log is about normal. */
export function logNormalInterval(point: number, logVariance: number, level = INTERVAL_LEVEL): Interval {
  const h = twoSidedZ(level) * Math.sqrt(Math.max(0, logVariance));
  return { lower: point * Math.exp(-h), upper: point * Math.exp(h), level };
}

/**
 * Quantile of Gamma(shape, rate) by Wilson and Hilferty's cube-root normal approximation
 * (within about 1% of the exact quantile for shape >= 1, which the posteriors here have).
 */
export function gammaQuantile(shape: number, rate: number, p: number): number {
  const z = normalQuantile(p);
  const c = 1 / (9 * shape);
  return (shape * Math.max(0, 1 - c + z * Math.sqrt(c)) ** 3) / rate;
}
