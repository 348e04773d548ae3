// Ordered Lorenz curve and its Gini, for pricing (Frees, Meyers and Cummings 2011): rows
// ordered by the model's relativity, cumulative share of premium (or exposure) against
// cumulative share of losses. A model that ranks risk well bows the curve below the diagonal.

export interface LorenzPoint {
  /** Cumulative share of premium (exposure) up to this point. */
  readonly premiumShare: number;
  /** Cumulative share of losses (claims) up to this point. */
  readonly lossShare: number;
}

/**
 * The curve from (0,0) to (1,1), rows sorted by ascending `relativity` (e.g. predicted
 * frequency). Tied relativities form one straight segment, so row order never matters.
 */
export function orderedLorenzCurve(losses: Float64Array, premium: Float64Array, relativity: Float64Array): LorenzPoint[] {
  const n = losses.length;
  if (premium.length !== n || relativity.length !== n) throw new Error('losses, premium and relativity differ in length');
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => relativity[a]! - relativity[b]! || a - b);
  let totalLoss = 0;
  let totalPremium = 0;
  for (let i = 0; i < n; i++) {
    totalLoss += losses[i]!;
    totalPremium += premium[i]!;
  }
  if (!(totalLoss > 0) || !(totalPremium > 0)) throw new Error('Lorenz curve needs positive total loss and premium');
  const points: LorenzPoint[] = [{ premiumShare: 0, lossShare: 0 }];
  let cumLoss = 0;
  let cumPremium = 0;
  let i = 0;
  while (i < n) {
    const r = relativity[order[i]!]!;
    while (i < n && relativity[order[i]!] === r) {
      cumLoss += losses[order[i]!]!;
      cumPremium += premium[order[i]!]!;
      i++;
    }
    points.push({ premiumShare: cumPremium / totalPremium, lossShare: cumLoss / totalLoss });
  }
  return points;
}

/** Gini of an ordered Lorenz curve: twice the area between the diagonal and the curve. */
export function lorenzGini(curve: readonly LorenzPoint[]): number {
  let area = 0;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1]!;
    const b = curve[i]!;
    area += ((b.premiumShare - a.premiumShare) * (a.lossShare + b.lossShare)) / 2;
  }
  return 1 - 2 * area;
}
