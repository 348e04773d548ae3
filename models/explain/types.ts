// The one explanation shape every model family returns for a scored row: per feature a
// signed contribution, the row's value and the baseline's value, plus a completeness check.

/** How the contributions were obtained. */
export type ExplanationMethod =
  /** Linear families (scorecard points, GLM terms): contributions are the model itself. */
  | 'exact-additive'
  /** Networks: integrated gradients along the straight path from the baseline. */
  | 'integrated-gradients'
  /** Autoencoder: each feature's share of the reconstruction error. */
  | 'reconstruction-error'
  /**
   * A sum of parts explained each by its own method (CANN: the GLM skip connection's exact
   * terms plus integrated gradients of the network adjustment); see `parts`.
   */
  | 'exact-plus-integrated-gradients';

/**
 * The scale the contributions add up on: the model's link space (logit for probabilities,
 * log for Poisson rates), scorecard points, or squared reconstruction error.
 */
export type ExplanationSpace = 'logit' | 'log' | 'identity' | 'points' | 'squared-error';

/** A feature's value as the member or the baseline has it (raw, before preprocessing). */
export type FeatureValue = number | string | null;

export interface FeatureContribution {
  /** Feature name as in the feature spec (the source column). */
  readonly feature: string;
  /** Signed contribution in `space`: positive pushes the output up. */
  readonly contribution: number;
  /** The row's value of the feature. */
  readonly value: FeatureValue;
  /** The baseline's value of the feature (what the row is compared against). */
  readonly baselineValue: FeatureValue;
}

export interface Completeness {
  /** |sum of contributions - (output - baselineOutput)|. */
  readonly gap: number;
  /** The gap allowed for this method (0 up to rounding for exact methods). */
  readonly tolerance: number;
  readonly ok: boolean;
}

export interface Explanation {
  readonly family: string;
  readonly method: ExplanationMethod;
  readonly space: ExplanationSpace;
  /** The model output for the row, in `space`. */
  readonly output: number;
  /** The model output for the baseline, in `space`. */
  readonly baselineOutput: number;
  /** What the baseline is, in words (e.g. "training-set means", "best attribute per characteristic"). */
  readonly baseline: string;
  /** One entry per feature, in feature-spec order. */
  readonly contributions: readonly FeatureContribution[];
  readonly completeness: Completeness;
  /** Integrated gradients: the quadrature rule and the number of intervals that was used. */
  readonly integration?: { readonly rule: string; readonly steps: number };
  /**
   * Models whose output is a sum of parts: each part's own explanation, against its own
   * baseline. The top-level contributions are the per-feature sums of the parts'.
   */
  readonly parts?: readonly ExplanationPart[];
}

/** One additive part of a model's output, explained on its own. */
export interface ExplanationPart extends Omit<Explanation, 'parts'> {
  /** What the part is, in words (e.g. "GLM skip connection"). */
  readonly part: string;
}

/** Floating-point slack for exact methods: sums of float64 terms, stored weights in float32. */
export const EXACT_COMPLETENESS_TOLERANCE = 1e-6;

/** Check that contributions add up to output - baselineOutput within `tolerance`. */
export function checkCompleteness(
  contributions: readonly { readonly contribution: number }[],
  output: number,
  baselineOutput: number,
  tolerance: number,
): Completeness {
  const sum = contributions.reduce((s, c) => s + c.contribution, 0);
  const gap = Math.abs(sum - (output - baselineOutput));
  return { gap, tolerance, ok: gap <= tolerance };
}

/** The `count` contributions with the largest magnitude, largest first (ties by feature name). */
export function topContributions(explanation: Explanation, count: number): FeatureContribution[] {
  return [...explanation.contributions]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.feature.localeCompare(b.feature))
    .slice(0, count);
}
