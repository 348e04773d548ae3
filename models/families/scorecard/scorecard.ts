// A fitted scorecard and how it scores: points per characteristic from its WoE bin, the
// score as their sum plus base points, the probability of default from the same logit,
// reason codes as the characteristics losing the most points against their maximum, and
// the exact additive explanation (points minus maximum points, summing to score - maximum).
import { EXACT_COMPLETENESS_TOLERANCE, checkCompleteness } from '../../explain/types.js';
import type { Explanation, FeatureValue } from '../../explain/types.js';
import { findBin } from './binning-types.js';
import type { CharacteristicBinning } from './binning-types.js';

/** Score = offset + factor ln(odds good:bad), factor = pdo / ln 2, offset set by baseScore at baseOdds. */
export interface PointsScaling {
  readonly baseScore: number;
  /** Odds good:bad at which a member scores baseScore. */
  readonly baseOdds: number;
  /** Points to double the odds. */
  readonly pdo: number;
}

/** 600 points at 50:1 odds, 20 points to double them: the common industry convention (Siddiqi 2006, ch. 9). */
export const DEFAULT_SCALING: PointsScaling = Object.freeze({ baseScore: 600, baseOdds: 50, pdo: 20 });

/** Regulation B comment 9(b)(2)-2 and DOMAIN.md 5: at most four principal reasons. */
export const MAX_REASON_CODES = 4;
/** A characteristic losing less than this many points is not a reason (float noise, not a factor). */
export const MIN_POINTS_LOST_FOR_REASON = 1e-9;

export interface ScorecardCharacteristic {
  readonly binning: CharacteristicBinning;
  /** Logistic coefficient on the WoE (log-odds of bad per unit WoE; negative when WoE works). */
  readonly coefficient: number;
  /** Points of each bin, parallel to binning.bins. */
  readonly points: readonly number[];
  /** Most points any learning-set bin gives: the reference for points lost. */
  readonly maxPoints: number;
}

export interface Scorecard {
  readonly family: 'scorecard';
  readonly specName: string;
  readonly scaling: PointsScaling;
  /** Logistic intercept (log-odds of bad when every WoE is 0). */
  readonly intercept: number;
  /** Points not tied to any characteristic: offset - factor x intercept. */
  readonly basePoints: number;
  readonly characteristics: readonly ScorecardCharacteristic[];
  /** Fewer observed (non-missing) characteristics than this is a thin file: no score. */
  readonly minObservedCharacteristics: number;
}

export interface ReasonCode {
  /** 1 = the characteristic that cost the most points. */
  readonly rank: number;
  readonly characteristic: string;
  readonly bin: string;
  readonly value: FeatureValue;
  readonly points: number;
  readonly maxPoints: number;
  readonly pointsLost: number;
}

export interface CharacteristicPoints {
  readonly characteristic: string;
  readonly bin: string;
  readonly value: FeatureValue;
  readonly woe: number;
  readonly points: number;
}

export interface ScorecardResult {
  /** Null for a thin file. */
  readonly score: number | null;
  readonly probabilityOfDefault: number | null;
  readonly thinFile: boolean;
  readonly points: readonly CharacteristicPoints[];
  readonly reasons: readonly ReasonCode[];
  readonly explanation: Explanation | null;
}

/** A member's raw values by characteristic name (null or NaN is missing). */
export type ApplicantRow = Readonly<Record<string, FeatureValue>>;

export function pointsFactor(scaling: PointsScaling): number {
  return scaling.pdo / Math.LN2;
}

export function pointsOffset(scaling: PointsScaling): number {
  return scaling.baseScore - pointsFactor(scaling) * Math.log(scaling.baseOdds);
}

/** Bin of `value` for a characteristic: index (-1 unseen level), label, WoE (0 when unseen) and points. */
function locate(c: ScorecardCharacteristic, value: FeatureValue): { index: number; label: string; woe: number; points: number } {
  const index = findBin(c.binning, value);
  const bin = c.binning.bins[index];
  // A level never seen in learning carries no evidence either way: WoE 0, and so 0 points.
  if (!bin) return { index, label: 'unseen level', woe: 0, points: 0 };
  return { index, label: bin.label, woe: bin.woe, points: c.points[index] as number };
}

function isMissing(v: FeatureValue): boolean {
  return v === null || (typeof v === 'number' && Number.isNaN(v));
}

/**
 * The lowest and highest score the card can give: base points plus each characteristic's
 * fewest / most points over every bin (empty ones included) and an unseen level's 0.
 */
export function scoreRange(card: Scorecard): { readonly min: number; readonly max: number } {
  let min = card.basePoints;
  let max = card.basePoints;
  for (const c of card.characteristics) {
    min += Math.min(0, ...c.points);
    max += Math.max(0, ...c.points);
  }
  return { min, max };
}

/** The WoE of each characteristic for one applicant, in scorecard order. */
export function woeVector(card: Scorecard, row: ApplicantRow): Float64Array {
  return Float64Array.from(card.characteristics.map((c) => locate(c, row[c.binning.characteristic] ?? null).woe));
}

/** Score one applicant: points, score, probability of default, reasons and explanation. */
export function scoreApplicant(card: Scorecard, row: ApplicantRow): ScorecardResult {
  const points: CharacteristicPoints[] = [];
  let observed = 0;
  let logitBad = card.intercept;
  for (const c of card.characteristics) {
    const value = row[c.binning.characteristic] ?? null;
    if (!isMissing(value)) observed++;
    const at = locate(c, value);
    logitBad += c.coefficient * at.woe;
    points.push({ characteristic: c.binning.characteristic, bin: at.label, value, woe: at.woe, points: at.points });
  }
  if (observed < card.minObservedCharacteristics) {
    // DOMAIN.md 5: a thin file gets no score, with that reason, rather than a guess.
    return { score: null, probabilityOfDefault: null, thinFile: true, points, reasons: [], explanation: null };
  }
  const score = card.basePoints + points.reduce((s, p) => s + p.points, 0);
  const maxScore = card.basePoints + card.characteristics.reduce((s, c) => s + c.maxPoints, 0);
  const reasons = card.characteristics
    .map((c, j) => ({ c, p: points[j] as CharacteristicPoints }))
    .map(({ c, p }) => ({
      characteristic: p.characteristic,
      bin: p.bin,
      value: p.value,
      points: p.points,
      maxPoints: c.maxPoints,
      pointsLost: c.maxPoints - p.points,
    }))
    .filter((r) => r.pointsLost > MIN_POINTS_LOST_FOR_REASON)
    .sort((a, b) => b.pointsLost - a.pointsLost || a.characteristic.localeCompare(b.characteristic))
    .slice(0, MAX_REASON_CODES)
    .map((r, i) => ({ rank: i + 1, ...r }));
  const contributions = card.characteristics.map((c, j) => {
    const p = points[j] as CharacteristicPoints;
    const best = c.binning.bins[c.points.indexOf(c.maxPoints)];
    return { feature: p.characteristic, contribution: p.points - c.maxPoints, value: p.value, baselineValue: best?.label ?? null };
  });
  const explanation: Explanation = {
    family: 'scorecard',
    method: 'exact-additive',
    space: 'points',
    output: score,
    baselineOutput: maxScore,
    baseline: 'the best attribute of every characteristic (maximum score)',
    contributions,
    completeness: checkCompleteness(contributions, score, maxScore, EXACT_COMPLETENESS_TOLERANCE * Math.max(1, Math.abs(maxScore))),
  };
  return { score, probabilityOfDefault: 1 / (1 + Math.exp(-logitBad)), thinFile: false, points, reasons, explanation };
}
