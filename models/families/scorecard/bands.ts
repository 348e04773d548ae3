// Risk bands of a scorecard a bank brings its own table to: cut points at quantiles of the
// learning sample's scores, so each band holds a known share of the development population
// and a band's odds can be read off the report. The credit product has its own fixed bands
// (models/credit/config.ts).

/** A band and the lowest score in it (inclusive); bands run best (highest scores) first. */
export interface ScoreBand {
  readonly band: string;
  readonly minScore: number;
}

/** Five bands, A best to E worst, each about a fifth of the learning sample. */
export const DEFAULT_BAND_NAMES: readonly string[] = Object.freeze(['A', 'B', 'C', 'D', 'E']);

/** Bands at score quantiles of `scores` (the learning rows' scores; thin files left out). */
export function quantileBands(scores: readonly number[], names: readonly string[] = DEFAULT_BAND_NAMES): ScoreBand[] {
  const sorted = [...scores].sort((a, b) => b - a);
  if (sorted.length === 0) return [];
  const bands: ScoreBand[] = [];
  for (let k = 0; k < names.length - 1; k++) {
    const cut = sorted[Math.min(sorted.length - 1, Math.floor(((k + 1) * sorted.length) / names.length) - 1)] as number;
    if (bands.length === 0 || cut < (bands[bands.length - 1] as ScoreBand).minScore)
      bands.push({ band: names[k] as string, minScore: cut });
  }
  bands.push({ band: names[bands.length] as string, minScore: Number.NEGATIVE_INFINITY });
  return bands;
}

/** The band of a score (the last band takes everything below). */
export function bandOfScore(bands: readonly ScoreBand[], score: number): string | null {
  // The open bound travels through JSON as null: anything not finite takes every score.
  return bands.find((b) => !Number.isFinite(b.minScore) || score >= b.minScore)?.band ?? null;
}
