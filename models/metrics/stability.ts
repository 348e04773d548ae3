// Population stability index between two score samples: how far today's score
// distribution has moved from the one the model was built on.

/** Default number of bins, cut at quantiles of the reference sample. */
export const DEFAULT_PSI_BINS = 10;
/** Floor on a bin's share so an empty bin adds a large but finite term. */
export const PSI_MIN_SHARE = 1e-4;
/** Usual reading: below 0.1 stable, 0.1-0.25 some shift, above 0.25 a shift to act on. */
export const PSI_SHIFT_THRESHOLDS = Object.freeze({ moderate: 0.1, major: 0.25 });

export interface PsiBin {
  /** Bin is (lower, upper]; the first bin's lower is -Infinity, the last's upper +Infinity. */
  readonly lower: number;
  readonly upper: number;
  readonly expectedShare: number;
  readonly actualShare: number;
  readonly contribution: number;
}

export interface PsiResult {
  readonly psi: number;
  readonly bins: readonly PsiBin[];
}

/** Interior cut points at the reference sample's quantiles (duplicates dropped). */
export function quantileCuts(sample: Float64Array, bins: number): number[] {
  const sorted = Float64Array.from(sample).sort();
  const cuts: number[] = [];
  for (let b = 1; b < bins; b++) {
    const q = sorted[Math.min(sorted.length - 1, Math.ceil((b * sorted.length) / bins) - 1)]!;
    if (cuts.length === 0 || q > cuts[cuts.length - 1]!) cuts.push(q);
  }
  return cuts;
}

function shares(sample: Float64Array, cuts: readonly number[]): number[] {
  const counts = new Array<number>(cuts.length + 1).fill(0);
  for (const v of sample) {
    let b = 0;
    while (b < cuts.length && v > cuts[b]!) b++;
    counts[b]!++;
  }
  return counts.map((c) => c / sample.length);
}

/**
 * PSI = sum over bins of (actual - expected) * ln(actual / expected). `expected` is the
 * reference (training) sample; bins are its quantiles unless `cuts` are given.
 */
export function populationStabilityIndex(
  expected: Float64Array,
  actual: Float64Array,
  options: { bins?: number; cuts?: readonly number[] } = {},
): PsiResult {
  if (expected.length === 0 || actual.length === 0) throw new Error('PSI needs two non-empty samples');
  const cuts = options.cuts ?? quantileCuts(expected, options.bins ?? DEFAULT_PSI_BINS);
  const e = shares(expected, cuts);
  const a = shares(actual, cuts);
  const bins: PsiBin[] = e.map((es, b) => {
    const ef = Math.max(es, PSI_MIN_SHARE);
    const af = Math.max(a[b]!, PSI_MIN_SHARE);
    return {
      lower: b === 0 ? Number.NEGATIVE_INFINITY : cuts[b - 1]!,
      upper: b === cuts.length ? Number.POSITIVE_INFINITY : cuts[b]!,
      expectedShare: es,
      actualShare: a[b]!,
      contribution: (af - ef) * Math.log(af / ef),
    };
  });
  return { psi: bins.reduce((s, b) => s + b.contribution, 0), bins };
}
