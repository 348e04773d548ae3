// Curves the report draws that the metrics module does not return as points: ROC and
// cumulative gains (lift), thinned to a fixed number of points so charts stay small.

export interface RocPoint {
  readonly falsePositiveRate: number;
  readonly truePositiveRate: number;
}

export interface GainsPoint {
  /** Share of rows reviewed, highest scores first. */
  readonly reviewedShare: number;
  /** Share of all positives found among them. */
  readonly capturedShare: number;
  /** capturedShare / reviewedShare: how many times better than reviewing at random. */
  readonly lift: number;
}

/** Enough points for a smooth curve at report size; thousands would bloat the HTML. */
export const CURVE_POINTS = 200;

function descending(scores: Float64Array): Int32Array {
  return Int32Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
}

/** At most `max` points, evenly spaced along the curve, first and last kept. */
export function thin<T>(points: T[], max: number): T[] {
  if (points.length <= max) return points;
  const out: T[] = [];
  for (let k = 0; k < max; k++) out.push(points[Math.round((k * (points.length - 1)) / (max - 1))] as T);
  return out;
}

/** ROC curve from (0,0) to (1,1); tied scores move as one step. */
export function rocCurve(labels: Float64Array, scores: Float64Array, maxPoints = CURVE_POINTS): RocPoint[] {
  const order = descending(scores);
  let positives = 0;
  for (const y of labels) positives += y;
  const negatives = labels.length - positives;
  const points: RocPoint[] = [{ falsePositiveRate: 0, truePositiveRate: 0 }];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < order.length; i++) {
    const r = order[i] as number;
    if (labels[r] === 1) tp++;
    else fp++;
    const next = order[i + 1];
    if (next === undefined || scores[next] !== scores[r]) {
      points.push({ falsePositiveRate: negatives > 0 ? fp / negatives : 0, truePositiveRate: positives > 0 ? tp / positives : 0 });
    }
  }
  return thin(points, maxPoints);
}

/** Cumulative gains and lift, reviewing rows from the highest score down. */
export function gainsCurve(labels: Float64Array, scores: Float64Array, maxPoints = CURVE_POINTS): GainsPoint[] {
  const order = descending(scores);
  let positives = 0;
  for (const y of labels) positives += y;
  const points: GainsPoint[] = [];
  let found = 0;
  for (let i = 0; i < order.length; i++) {
    found += labels[order[i] as number] as number;
    const reviewedShare = (i + 1) / order.length;
    const capturedShare = positives > 0 ? found / positives : 0;
    points.push({ reviewedShare, capturedShare, lift: capturedShare / reviewedShare });
  }
  return thin(points, maxPoints);
}

export interface HistogramBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
}

/** Equal-width histogram over [min, max] of the values. */
export function histogram(values: Float64Array, bins: number): HistogramBin[] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > min)) return [{ lower: min, upper: max, count: values.length }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    const k = Math.min(bins - 1, Math.floor((v - min) / width));
    counts[k] = (counts[k] as number) + 1;
  }
  return counts.map((count, k) => ({ lower: min + k * width, upper: min + (k + 1) * width, count }));
}
