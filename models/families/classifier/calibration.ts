// Probability calibration on held-out rows: Platt scaling (a logistic regression on the
// network's logit; Platt 1999) or isotonic regression (pool adjacent violators on the
// logit order; Zadrozny & Elkan 2002). Class weighting skews a network's probabilities
// toward the weighted class; calibration maps them back to observed rates.
import { fitLogistic } from '../scorecard/logistic.js';

export type CalibrationMethod = 'platt' | 'isotonic';

export interface PlattCalibration {
  readonly kind: 'platt';
  /** Calibrated logit = slope x network logit + intercept. */
  readonly slope: number;
  readonly intercept: number;
}

export interface IsotonicCalibration {
  readonly kind: 'isotonic';
  /** Block centres (network logit, increasing) and their calibrated probabilities (non-decreasing). */
  readonly logits: readonly number[];
  readonly probabilities: readonly number[];
}

export type Calibration = PlattCalibration | IsotonicCalibration;

/** Keeps isotonic probabilities off 0 and 1, where a logit (for explanations, log loss) is infinite. */
export const ISOTONIC_PROBABILITY_FLOOR = 1e-6;

/** Fit `method` on held-out network logits and 0/1 labels. */
export function fitCalibration(method: CalibrationMethod, logits: Float64Array, labels: Float64Array): Calibration {
  if (method === 'platt') {
    // Platt's regularised targets (N+ + 1)/(N+ + 2) and 1/(N- + 2) instead of 1 and 0:
    // they keep the fit finite when the held-out rows are perfectly separated.
    let positives = 0;
    for (const y of labels) positives += y;
    const negatives = labels.length - positives;
    const targets = labels.map((y) => (y === 1 ? (positives + 1) / (positives + 2) : 1 / (negatives + 2)));
    const fit = fitLogistic(logits, 1, targets, new Float64Array(labels.length).fill(1), { l2: 0 });
    return { kind: 'platt', intercept: fit.coefficients[0] as number, slope: fit.coefficients[1] as number };
  }
  const order = Array.from(logits.keys()).sort((a, b) => (logits[a] as number) - (logits[b] as number));
  const blocks: { sumZ: number; sumY: number; n: number }[] = [];
  for (const i of order) {
    blocks.push({ sumZ: logits[i] as number, sumY: labels[i] as number, n: 1 });
    while (blocks.length >= 2) {
      const last = blocks[blocks.length - 1] as { sumZ: number; sumY: number; n: number };
      const prev = blocks[blocks.length - 2] as { sumZ: number; sumY: number; n: number };
      if (prev.sumY / prev.n < last.sumY / last.n) break;
      blocks.splice(blocks.length - 2, 2, { sumZ: prev.sumZ + last.sumZ, sumY: prev.sumY + last.sumY, n: prev.n + last.n });
    }
  }
  const clamp = (p: number): number => Math.min(1 - ISOTONIC_PROBABILITY_FLOOR, Math.max(ISOTONIC_PROBABILITY_FLOOR, p));
  return { kind: 'isotonic', logits: blocks.map((b) => b.sumZ / b.n), probabilities: blocks.map((b) => clamp(b.sumY / b.n)) };
}

/** Calibrated probability for a network logit (isotonic: linear between block centres, flat beyond). */
export function calibrate(calibration: Calibration, logit: number): number {
  if (calibration.kind === 'platt') return 1 / (1 + Math.exp(-(calibration.slope * logit + calibration.intercept)));
  const { logits, probabilities } = calibration;
  const last = logits.length - 1;
  if (logit <= (logits[0] as number)) return probabilities[0] as number;
  if (logit >= (logits[last] as number)) return probabilities[last] as number;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((logits[mid] as number) <= logit) lo = mid;
    else hi = mid;
  }
  const t = (logit - (logits[lo] as number)) / ((logits[hi] as number) - (logits[lo] as number));
  return (probabilities[lo] as number) + t * ((probabilities[hi] as number) - (probabilities[lo] as number));
}
