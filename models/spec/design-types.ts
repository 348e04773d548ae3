// Types of the numeric design matrix built from a spec, and of the fitted preprocessing
// (levels, references, scaling) learnt on the learning rows: saved in a model bundle and
// re-applied unchanged at scoring time so a model sees the same columns it was fitted on.
import type { NumericTransform } from './types.js';

/**
 * How categorical terms become columns: `reference` drops the reference level (GLMs,
 * scorecards: identifiable coefficients); `one-hot` keeps every level (network inputs,
 * where an embedding is one-hot x matrix).
 */
export type DesignCoding = 'reference' | 'one-hot';

/**
 * How continuous terms are scaled: `none` (GLMs: coefficients in the feature's own units),
 * `standardize` (mean 0, sd 1) or `min-max` to [-1, 1] as in the CANN papers.
 */
export type DesignScaling = 'none' | 'standardize' | 'min-max';

export interface DesignOptions {
  readonly coding?: DesignCoding;
  readonly scaling?: DesignScaling;
}

/** A continuous term: one column, (transformed value - center) / scale. */
export interface FittedContinuousTerm {
  readonly kind: 'continuous';
  /** Term name = source column name. */
  readonly name: string;
  readonly column: string;
  readonly transform?: NumericTransform;
  readonly center: number;
  readonly scale: number;
}

/** A categorical term (a text column, or a numeric column cut into bins). */
export interface FittedCategoricalTerm {
  readonly kind: 'categorical';
  readonly name: string;
  readonly column: string;
  /** Numeric transform when the levels are bins of a numeric column. */
  readonly transform?: NumericTransform;
  /** Raw value -> level map (categorical features). */
  readonly map?: Readonly<Record<string, string>>;
  /** Every level seen when fitting, in column order (bins: interval order). */
  readonly levels: readonly string[];
  /** The reference level; null under one-hot coding, where every level has a column. */
  readonly reference: string | null;
}

export type FittedTerm = FittedContinuousTerm | FittedCategoricalTerm;

/** Everything needed to rebuild the same design on new rows. JSON-safe except infinite bin ends (see specToJson). */
export interface FittedPreprocessing {
  readonly specName: string;
  readonly coding: DesignCoding;
  readonly scaling: DesignScaling;
  readonly terms: readonly FittedTerm[];
  readonly columnNames: readonly string[];
}

/** Where a term's columns sit in the design matrix. */
export interface TermColumns {
  readonly name: string;
  readonly start: number;
  readonly width: number;
}

/** The numeric design matrix: row-major Float64Array, nRows x nCols, no intercept column. */
export interface DesignMatrix {
  readonly nRows: number;
  readonly nCols: number;
  readonly x: Float64Array;
  readonly columnNames: readonly string[];
  readonly terms: readonly TermColumns[];
  readonly fitted: FittedPreprocessing;
  /** Per term, how many rows had a level not seen when fitting (coded as the reference / all zeros). */
  readonly unseenLevels: Readonly<Record<string, number>>;
}

/** Target, exposure and weight after the spec's caps; absent when the spec has no such column. */
export interface ResponseColumns {
  readonly target?: Float64Array;
  readonly exposure?: Float64Array;
  readonly weight?: Float64Array;
}
