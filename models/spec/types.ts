// The feature spec: for any table, which columns play which role and how each is
// transformed before a model family sees it. Families take a spec plus a table, so the
// toolkit trains on whatever data a user brings.

/** Transform applied to a numeric column, in order: cap, then log, then bins. */
export interface NumericTransform {
  /** Clip to [lower, upper] (either may be omitted). */
  readonly cap?: { readonly lower?: number; readonly upper?: number };
  /** Natural log (after capping); values must be > 0. */
  readonly log?: boolean;
  /**
   * Cut into intervals [b0,b1), [b1,b2), ... and treat as categorical; `reference` names the
   * reference interval by its index. Without bins the column enters as a continuous term.
   * In JSON, a leading or trailing `null` break stands for -Infinity / +Infinity (JSON has
   * no infinities); values below b0 or at/above the last break fall in the end intervals,
   * so scoring never fails on an unseen extreme.
   */
  readonly bins?: { readonly breaks: readonly number[]; readonly reference?: number; readonly labels?: readonly string[] };
  /**
   * Read a text column as numbers through this map before anything else (e.g. Area A..F
   * as 1..6 in GLM1). Values not in the map are an error at design time.
   */
  readonly codes?: Readonly<Record<string, number>>;
  /**
   * The number a missing value stands for, before cap and log (e.g. 0.5 for "no dues, so
   * neither on time nor late"). Without it a missing value is refused by the design families
   * and gets a bin of its own in the scorecard.
   */
  readonly missing?: number;
}

export interface NumericFeature {
  readonly kind: 'numeric';
  readonly column: string;
  readonly transform?: NumericTransform;
  /** Known direction of risk, for monotone binning: +1 risk rises with the value, -1 falls. */
  readonly monotone?: 1 | -1;
  /** Values with a meaning of their own (e.g. 999 = not reported): a bin each in the scorecard. */
  readonly special?: readonly number[];
}

export interface CategoricalFeature {
  readonly kind: 'categorical';
  readonly column: string;
  /** Reference level (dummy-coded out). Default: the most frequent level. */
  readonly reference?: string;
  /** Map raw values to levels (e.g. cap VehPower at 9). Unmapped values pass through. */
  readonly map?: Readonly<Record<string, string>>;
}

export type FeatureDef = NumericFeature | CategoricalFeature;

export interface FeatureSpec {
  /** Human name of the data set, for reports. */
  readonly name: string;
  readonly features: readonly FeatureDef[];
  /** Response: claim count (poisson), 0/1 (classifier, scorecard), amount (gamma). */
  readonly target?: string;
  /** Exposure column (years); enters as offset log(exposure). */
  readonly exposure?: string;
  /** Observation weight column. */
  readonly weight?: string;
  /** Row identifier column, carried through to scores. */
  readonly id?: string;
  /** Column saying which split a row belongs to, and the values meaning learn and test. */
  readonly split?: { readonly column: string; readonly learn: string; readonly test: string };
  /** Cap the target, e.g. ClaimNb at 4. */
  readonly targetCap?: number;
  /** Cap the exposure, e.g. at 1 year. */
  readonly exposureCap?: number;
}
