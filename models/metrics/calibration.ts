// Calibration of probabilities and of expected counts: a binned calibration table, and
// actual over expected by segment (pricing's check that a tariff is right cell by cell).

/** Default number of equal-count bins in a calibration table (deciles). */
export const DEFAULT_CALIBRATION_BINS = 10;

export interface CalibrationBin {
  readonly bin: number;
  readonly count: number;
  readonly lower: number;
  readonly upper: number;
  readonly meanPredicted: number;
  readonly observedRate: number;
}

/**
 * Rows sorted by predicted probability and cut into `bins` groups of (nearly) equal count;
 * per group the mean prediction beside the observed rate.
 */
export function calibrationTable(labels: Float64Array, probabilities: Float64Array, bins = DEFAULT_CALIBRATION_BINS): CalibrationBin[] {
  if (labels.length !== probabilities.length) throw new Error('labels and probabilities differ in length');
  const n = labels.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => probabilities[a]! - probabilities[b]! || a - b);
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * n) / bins);
    const to = Math.floor(((b + 1) * n) / bins);
    if (to <= from) continue;
    let sumP = 0;
    let sumY = 0;
    for (let i = from; i < to; i++) {
      sumP += probabilities[order[i]!]!;
      sumY += labels[order[i]!]!;
    }
    out.push({
      bin: b,
      count: to - from,
      lower: probabilities[order[from]!]!,
      upper: probabilities[order[to - 1]!]!,
      meanPredicted: sumP / (to - from),
      observedRate: sumY / (to - from),
    });
  }
  return out;
}

export interface SegmentActualExpected {
  readonly segment: string;
  readonly count: number;
  readonly exposure: number;
  readonly actual: number;
  readonly expected: number;
  /** actual / expected: above 1 the model under-predicts the segment. */
  readonly ratio: number;
}

/** Actual and expected totals per segment, segments in natural order of their names. */
export function actualExpectedBySegment(
  segments: ArrayLike<string | number>,
  actual: Float64Array,
  expected: Float64Array,
  exposure?: Float64Array,
): SegmentActualExpected[] {
  const acc = new Map<string, { count: number; exposure: number; actual: number; expected: number }>();
  for (let i = 0; i < actual.length; i++) {
    const key = String(segments[i]);
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { count: 0, exposure: 0, actual: 0, expected: 0 }));
    a.count++;
    a.exposure += exposure ? exposure[i]! : 1;
    a.actual += actual[i]!;
    a.expected += expected[i]!;
  }
  return [...acc.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([segment, a]) => ({ segment, ...a, ratio: a.actual / a.expected }));
}
