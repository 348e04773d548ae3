// The claim-frequency GLM: Poisson, log link, offset log(exposure), fitted to the maximum
// likelihood by IRLS; predictions and exact additive contributions per term in link space.
import type { DesignMatrix, FittedPreprocessing, TermColumns } from '../../spec/design-types.js';
import { fitLogLinkGlm } from './irls.js';
import { isSparse } from './sparse-design.js';
import type { SparseDesign } from './sparse-design.js';
import type { IrlsOptions, LogLinkFamily } from './irls.js';

export const POISSON_FAMILY: LogLinkFamily = Object.freeze({
  name: 'poisson' as const,
  workingWeight: (mu: number) => mu,
  unitDeviance: (y: number, mu: number) => 2 * ((y > 0 ? y * Math.log(y / mu) : 0) - (y - mu)),
});

/** A fitted log-link GLM (Poisson frequency or Gamma severity); JSON-safe for bundles. */
export interface LogLinkGlm {
  readonly family: 'poisson' | 'gamma';
  readonly intercept: number;
  /** One coefficient per design column, in `columnNames` order. */
  readonly coefficients: readonly number[];
  readonly standardErrors: readonly number[];
  readonly columnNames: readonly string[];
  readonly terms: readonly TermColumns[];
  readonly preprocessing: FittedPreprocessing;
  readonly iterations: number;
  readonly converged: boolean;
  /** Total deviance on the fitting rows. */
  readonly deviance: number;
  readonly nObs: number;
  /** Dispersion: 1 for Poisson, Pearson estimate for Gamma. */
  readonly dispersion: number;
}

export type PoissonGlm = LogLinkGlm & { readonly family: 'poisson' };

export interface PoissonFitOptions extends Omit<IrlsOptions, 'offset'> {
  /** Exposure per row; enters as offset log(exposure). */
  readonly exposure?: Float64Array;
}

/** log(exposure), the frequency model's offset; exposure must be positive. */
export function logExposure(exposure: Float64Array): Float64Array {
  const out = new Float64Array(exposure.length);
  for (let i = 0; i < exposure.length; i++) {
    const e = exposure[i]!;
    if (!(e > 0)) throw new Error(`exposure must be > 0 (row ${i} has ${e})`);
    out[i] = Math.log(e);
  }
  return out;
}

export function packGlm(
  family: 'poisson' | 'gamma',
  design: DesignMatrix | SparseDesign,
  fit: ReturnType<typeof fitLogLinkGlm>,
  dispersion: number,
  nObs: number = design.nRows,
): LogLinkGlm {
  const p = design.nCols + 1;
  const se: number[] = [];
  for (let j = 1; j < p; j++) se.push(Math.sqrt(dispersion * fit.unscaledCovariance[j * p + j]!));
  return {
    family,
    intercept: fit.beta[0]!,
    coefficients: Array.from(fit.beta.subarray(1)),
    standardErrors: se,
    columnNames: design.columnNames,
    terms: design.terms,
    preprocessing: design.fitted,
    iterations: fit.iterations,
    converged: fit.converged,
    deviance: fit.deviance,
    nObs,
    dispersion,
  };
}

/** Fit the Poisson GLM to claim counts `counts` by maximum likelihood. */
export function fitPoissonGlm(design: DesignMatrix | SparseDesign, counts: Float64Array, options: PoissonFitOptions = {}): PoissonGlm {
  const { exposure, ...rest } = options;
  const fit = fitLogLinkGlm(design, counts, POISSON_FAMILY, { ...rest, ...(exposure ? { offset: logExposure(exposure) } : {}) });
  if (!fit.converged) throw new Error(`Poisson GLM did not converge in ${fit.iterations} iterations`);
  return packGlm('poisson', design, fit, 1, counts.length) as PoissonGlm;
}

/** Link-space contributions of one row: intercept + offset + one value per term = eta. */
export interface RowContributions {
  readonly intercept: number;
  readonly offset: number;
  readonly terms: readonly { readonly term: string; readonly contribution: number }[];
  /** The linear predictor, summed in the order above (so the parts add up to it exactly). */
  readonly eta: number;
}

function checkDesign(model: LogLinkGlm, design: DesignMatrix | SparseDesign): void {
  if (design.nCols !== model.coefficients.length) {
    throw new Error(`design has ${design.nCols} columns, the model ${model.coefficients.length}: build it with the model's preprocessing`);
  }
}

/** Exact additive contributions per term for one row, in link (log) space. */
export function glmContributions(model: LogLinkGlm, design: DesignMatrix, row: number, offset = 0): RowContributions {
  checkDesign(model, design);
  const base = row * design.nCols;
  const terms = model.terms.map((t) => {
    let c = 0;
    for (let j = t.start; j < t.start + t.width; j++) c += model.coefficients[j]! * design.x[base + j]!;
    return { term: t.name, contribution: c };
  });
  let eta = model.intercept + offset;
  for (const t of terms) eta += t.contribution;
  return { intercept: model.intercept, offset, terms, eta };
}

/**
 * Rows per call of the sparse linear predictor: one loop over 678,000 rows, run once, spent
 * most of its time in V8's baseline tiers; a function called per block is optimised after
 * its first blocks (as the IRLS passes, irls.ts). Each row's sum is unchanged.
 */
const PREDICTOR_ROWS_PER_BLOCK = 8192;

interface SparsePredictorPass {
  readonly design: SparseDesign;
  readonly intercept: number;
  readonly beta: Float64Array;
  /** Per term, the design column after its last. */
  readonly ends: Int32Array;
  readonly offset: Float64Array | undefined;
  readonly rows: ArrayLike<number> | undefined;
  readonly eta: Float64Array;
}

/** glmLinearPredictor's sparse sums for entries from .. to-1. */
function sparseLinearPredictorRows(pass: SparsePredictorPass, from: number, to: number): void {
  const { rowStart, column, value } = pass.design;
  const { intercept, beta, ends, offset, rows, eta } = pass;
  for (let i = from; i < to; i++) {
    const r = rows ? rows[i]! : i;
    let k = rowStart[r]!;
    const last = rowStart[r + 1]!;
    let s = intercept + (offset ? offset[i]! : 0);
    for (let t = 0; t < ends.length; t++) {
      let c = 0;
      const end = ends[t]!;
      for (; k < last && column[k]! < end; k++) c += beta[column[k]!]! * value[k]!;
      s += c;
    }
    eta[i] = s;
  }
}

/**
 * Linear predictor per row (or per entry of `rows`, with `offset` per entry), summed term by
 * term exactly as glmContributions does. Only nonzero design values are multiplied: a term
 * whose columns are all zero adds nothing either way, so the sums are the same to the bit.
 */
export function glmLinearPredictor(
  model: LogLinkGlm,
  design: DesignMatrix | SparseDesign,
  offset?: Float64Array,
  rows?: ArrayLike<number>,
): Float64Array {
  checkDesign(model, design);
  const n = rows ? rows.length : design.nRows;
  const eta = new Float64Array(n);
  const beta = Float64Array.from(model.coefficients);
  const starts = Int32Array.from(model.terms, (t) => t.start);
  const ends = Int32Array.from(model.terms, (t) => t.start + t.width);
  if (isSparse(design)) {
    const pass: SparsePredictorPass = { design, intercept: model.intercept, beta, ends, offset, rows, eta };
    for (let from = 0; from < n; from += PREDICTOR_ROWS_PER_BLOCK)
      sparseLinearPredictorRows(pass, from, Math.min(n, from + PREDICTOR_ROWS_PER_BLOCK));
    return eta;
  }
  const { nCols, x } = design;
  for (let i = 0; i < n; i++) {
    const base = (rows ? rows[i]! : i) * nCols;
    let s = model.intercept + (offset ? offset[i]! : 0);
    for (let t = 0; t < starts.length; t++) {
      let c = 0;
      const end = ends[t]!;
      for (let j = starts[t]!; j < end; j++) {
        const v = x[base + j]!;
        if (v !== 0) c += beta[j]! * v;
      }
      s += c;
    }
    eta[i] = s;
  }
  return eta;
}

/** Expected claim counts (frequency x exposure; frequency alone without exposure), per row or per entry of `rows`. */
export function predictPoissonGlm(
  model: LogLinkGlm,
  design: DesignMatrix | SparseDesign,
  exposure?: Float64Array,
  rows?: ArrayLike<number>,
): Float64Array {
  const eta = glmLinearPredictor(model, design, exposure ? logExposure(exposure) : undefined, rows);
  for (let i = 0; i < eta.length; i++) eta[i] = Math.exp(eta[i]!);
  return eta;
}
