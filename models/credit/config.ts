// Configuration of the credit product's models: points scaling, reported score range, risk
// bands and the challenger's training settings. Every number here carries its reason.
import type { PointsScaling } from '../families/scorecard/scorecard.js';

/**
 * 660 points at 30:1 good:bad odds, 40 points to double the odds. Chosen so that the
 * population's odds (about 12:1, a default rate near 7.5% in the generated truth) land
 * mid-range and PD 50% to 0.1% spans roughly 460-860, the familiar 300-850 style range.
 */
export const CREDIT_SCALING: PointsScaling = Object.freeze({ baseScore: 660, baseOdds: 30, pdo: 40 });

/** The reported score is clamped to this range (the points behind it are not). */
export const CREDIT_SCORE_RANGE = Object.freeze({ min: 300, max: 850 });

/** Risk bands by reported score, best first; lower bounds inclusive (assumption, tuned to the scaling above). */
export const CREDIT_BANDS: readonly { readonly band: string; readonly minScore: number }[] = Object.freeze([
  { band: 'A', minScore: 760 },
  { band: 'B', minScore: 700 },
  { band: 'C', minScore: 640 },
  { band: 'D', minScore: 580 },
  { band: 'E', minScore: CREDIT_SCORE_RANGE.min },
]);

export function bandOf(score: number): string {
  return (CREDIT_BANDS.find((b) => score >= b.minScore) ?? CREDIT_BANDS[CREDIT_BANDS.length - 1]!).band;
}

export function clampScore(points: number): number {
  return Math.round(Math.min(CREDIT_SCORE_RANGE.max, Math.max(CREDIT_SCORE_RANGE.min, points)));
}

/** Registry product name (folder under the model registry root). */
export const CREDIT_PRODUCT = 'credit';

/**
 * The challenger replaces the champion only if its out-of-time AUC is higher by at least
 * this much: a smaller gain is within sampling noise on ~10k rows (AUC s.e. ~0.005) and
 * does not pay for a less transparent model.
 */
export const PROMOTION_MIN_AUC_GAIN = 0.01;

/** Approval cut for the fairness report: a bank approving bands A-C (assumption, stated in the report). */
export const FAIRNESS_APPROVAL_MIN_SCORE = 640;
