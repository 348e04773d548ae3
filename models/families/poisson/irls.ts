// Maximum-likelihood fit of a log-link GLM by IRLS (Newton on the normal equations).
// Why not tfjs here: the GLM must converge to the exact ML estimate, and X'WX for ~50
// columns is tiny. Accumulating it in Float64Array loops over each row's nonzero columns
// (a GLM design with categorical terms is ~80% zeros) is exact in float64 (tfjs wasm
// computes in float32) and needs no tensor copies: one pass per iteration over the rows.
import type { DesignMatrix } from '../../spec/design-types.js';
import { isSparse, sparseFromDense } from './sparse-design.js';
import type { SparseDesign } from './sparse-design.js';

/** The exponential-family pieces IRLS needs under the log link. */
export interface LogLinkFamily {
  readonly name: 'poisson' | 'gamma';
  /** Working weight per unit prior weight, given the mean: (dmu/deta)^2 / V(mu). */
  workingWeight(mu: number): number;
  /** Unit deviance d(y, mu). */
  unitDeviance(y: number, mu: number): number;
}

export interface IrlsOptions {
  /** Stop when the relative change of the deviance falls below this (R's glm uses 1e-8). */
  readonly tolerance?: number;
  readonly maxIterations?: number;
  /** Prior observation weights. */
  readonly weights?: Float64Array;
  /** Offset added to the linear predictor (log exposure for frequency). */
  readonly offset?: Float64Array;
  /**
   * Fit on these rows of the design only (the learning rows of a design built for the whole
   * table), so no dense copy of them is made; the response, weights and offset then hold one
   * value per entry of `rows`.
   */
  readonly rows?: ArrayLike<number>;
}

export interface IrlsResult {
  /** Intercept first, then one coefficient per design column. */
  readonly beta: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  readonly deviance: number;
  /** Inverse of X'WX at the solution (unscaled covariance), row-major (p+1)^2. */
  readonly unscaledCovariance: Float64Array;
}

/** Tighter than R's 1e-8: the benchmark asks for the deviance to 5 significant digits. */
export const IRLS_DEFAULT_TOLERANCE = 1e-12;
export const IRLS_DEFAULT_MAX_ITERATIONS = 50;
/** Step halvings tried when an IRLS step raises the deviance before giving up. */
const MAX_STEP_HALVINGS = 30;

/** Cholesky factor L (lower, row-major) of a symmetric positive-definite matrix, in place of a copy. */
export function cholesky(a: Float64Array, p: number, names: readonly string[]): Float64Array {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j]!;
      for (let k = 0; k < j; k++) s -= l[i * p + k]! * l[j * p + k]!;
      if (i === j) {
        if (!(s > 0)) throw new Error(`design is singular at column ${names[i] ?? i}: it is constant or collinear with earlier columns`);
        l[i * p + i] = Math.sqrt(s);
      } else l[i * p + j] = s / l[j * p + j]!;
    }
  }
  return l;
}

/** Solve L L' x = b. */
export function choleskySolve(l: Float64Array, p: number, b: Float64Array): Float64Array {
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * p + k]! * y[k]!;
    y[i] = s / l[i * p + i]!;
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < p; k++) s -= l[k * p + i]! * x[k]!;
    x[i] = s / l[i * p + i]!;
  }
  return x;
}

/** eta = beta0 + x.beta + offset for every row. */
export function linearPredictorOf(design: DesignMatrix, beta: Float64Array, offset?: Float64Array): Float64Array {
  const sparse = sparseFromDense(design);
  return sparseLinearPredictor(sparse, allRows(sparse.nRows), beta, offset);
}

const asInt32 = (rows: ArrayLike<number>): Int32Array => (rows instanceof Int32Array ? rows : Int32Array.from(rows));

function allRows(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let r = 0; r < n; r++) rows[r] = r;
  return rows;
}

/** eta of design row rowOf[r] for each r (offset per r), into `eta` when given. */
function sparseLinearPredictor(
  design: SparseDesign,
  rowOf: Int32Array,
  beta: Float64Array,
  offset?: Float64Array,
  eta: Float64Array = new Float64Array(rowOf.length),
): Float64Array {
  const { rowStart, column, value } = design;
  const nRows = rowOf.length;
  for (let r = 0; r < nRows; r++) {
    let s = beta[0]!;
    const row = rowOf[r]!;
    const end = rowStart[row + 1]!;
    for (let k = rowStart[row]!; k < end; k++) s += beta[column[k]! + 1]! * value[k]!;
    eta[r] = s + (offset ? offset[r]! : 0);
  }
  return eta;
}

/**
 * Rows per call of the passes over the rows (evaluateRows, accumulateRows). A pass runs
 * once per IRLS step, so one loop over 610,000 rows ran its first passes in V8's baseline
 * tiers until on-stack replacement caught up (slower still when other processes hold the
 * cores and the optimising compiler's thread waits); a function called for each block is
 * optimised after its first few blocks. The blocks change nothing in the order of the sums.
 */
const ROWS_PER_BLOCK = 8192;

interface EvaluatePass {
  readonly design: SparseDesign;
  readonly rowOf: Int32Array;
  readonly beta: Float64Array;
  readonly offset: Float64Array | undefined;
  readonly family: LogLinkFamily;
  readonly y: Float64Array;
  readonly weights: Float64Array | undefined;
  readonly eta: Float64Array;
  readonly mu: Float64Array;
}

/**
 * eta of every fitting row (into `eta`), mu = exp(eta) (into `mu`) and the total deviance,
 * in one pass: the next X'WX reads mu from here instead of taking exp of every eta again.
 * Each row's eta and deviance are summed as sparseLinearPredictor and a separate pass would,
 * the deviance in one running sum through the blocks.
 */
function evaluate(
  design: SparseDesign,
  rowOf: Int32Array,
  beta: Float64Array,
  offset: Float64Array | undefined,
  fit: { readonly family: LogLinkFamily; readonly y: Float64Array; readonly weights: Float64Array | undefined },
  eta: Float64Array,
  mu: Float64Array,
): number {
  const pass: EvaluatePass = { design, rowOf, beta, offset, family: fit.family, y: fit.y, weights: fit.weights, eta, mu };
  let d = 0;
  for (let from = 0; from < rowOf.length; from += ROWS_PER_BLOCK)
    d = evaluateRows(pass, from, Math.min(rowOf.length, from + ROWS_PER_BLOCK), d);
  return d;
}

/** evaluate() for rows from .. to-1, the deviance added to `d` row by row. */
function evaluateRows(pass: EvaluatePass, from: number, to: number, d: number): number {
  const { rowStart, column, value } = pass.design;
  const { rowOf, beta, offset, family, y, weights, eta, mu } = pass;
  let sum = d;
  for (let r = from; r < to; r++) {
    let s = beta[0]!;
    const row = rowOf[r]!;
    const end = rowStart[row + 1]!;
    for (let k = rowStart[row]!; k < end; k++) s += beta[column[k]! + 1]! * value[k]!;
    const e = s + (offset ? offset[r]! : 0);
    const m = Math.exp(e);
    eta[r] = e;
    mu[r] = m;
    sum += (weights ? weights[r]! : 1) * family.unitDeviance(y[r]!, m);
  }
  return sum;
}

interface NormalEquations {
  readonly design: SparseDesign;
  readonly rowOf: Int32Array;
  readonly offset: Float64Array | undefined;
  readonly family: LogLinkFamily;
  readonly y: Float64Array;
  readonly weights: Float64Array | undefined;
  /** X'WX (p x p, its lower triangle summed into) and X'Wz (p). */
  readonly xtwx: Float64Array;
  readonly xtwz: Float64Array;
  readonly p: number;
}

/** Adds rows from .. to-1 to X'WX and X'Wz at the current eta and mu. */
function accumulateRows(eq: NormalEquations, eta: Float64Array, mu: Float64Array, from: number, to: number): void {
  const { rowStart, column, value } = eq.design;
  const { rowOf, offset, family, y, weights, xtwx, xtwz, p } = eq;
  for (let r = from; r < to; r++) {
    const m = mu[r]!;
    const w = (weights ? weights[r]! : 1) * family.workingWeight(m);
    const z = eta[r]! - (offset ? offset[r]! : 0) + (y[r]! - m) / m;
    // The intercept, then the row's nonzeros: the lower triangle of X'WX, row by row.
    const designRow = rowOf[r]!;
    const start = rowStart[designRow]!;
    const end = rowStart[designRow + 1]!;
    xtwz[0] = xtwz[0]! + w * z;
    xtwx[0] = xtwx[0]! + w;
    for (let a = start; a < end; a++) {
      const ia = column[a]! + 1;
      const wa = w * value[a]!;
      xtwz[ia] = xtwz[ia]! + wa * z;
      const row = ia * p;
      xtwx[row] = xtwx[row]! + wa;
      for (let b = start; b <= a; b++) {
        const k = row + column[b]! + 1;
        xtwx[k] = xtwx[k]! + wa * value[b]!;
      }
    }
  }
}

/**
 * Fit by IRLS from the intercept-only start (the ML intercept given the offset), which
 * keeps every step inside the region where the log-likelihood is well behaved.
 */
export function fitLogLinkGlm(
  design: DesignMatrix | SparseDesign,
  y: Float64Array,
  family: LogLinkFamily,
  options: IrlsOptions = {},
): IrlsResult {
  const { nCols } = design;
  const { weights, offset } = options;
  // Every pass reads only the nonzeros (see sparse-design.ts); a dense design is converted
  // once. The rows of a sparse design are read where they are, through rowOf, not copied:
  // the same entries in the same order, so the sums are the same to the bit.
  const rows = isSparse(design) ? design : sparseFromDense(design, options.rows);
  // (read only: an Int32Array of rows is read where it is, not copied)
  const rowOf = isSparse(design) && options.rows ? asInt32(options.rows) : allRows(rows.nRows);
  const nRows = rowOf.length;
  if (y.length !== nRows) throw new Error(`response has ${y.length} rows, design ${nRows}`);
  const tolerance = options.tolerance ?? IRLS_DEFAULT_TOLERANCE;
  const maxIterations = options.maxIterations ?? IRLS_DEFAULT_MAX_ITERATIONS;
  const p = nCols + 1;
  const names = ['(intercept)', ...design.columnNames];

  let sumWY = 0;
  let sumWBase = 0;
  for (let r = 0; r < nRows; r++) {
    const w = weights ? weights[r]! : 1;
    sumWY += w * y[r]!;
    sumWBase += w * Math.exp(offset ? offset[r]! : 0);
  }
  if (!(sumWY > 0)) throw new Error('response sums to zero: a log-link GLM has no finite fit');
  let beta: Float64Array = new Float64Array(p);
  beta[0] = Math.log(sumWY / sumWBase);
  const fit = { family, y, weights };
  let eta: Float64Array = new Float64Array(nRows);
  let mu: Float64Array = new Float64Array(nRows);
  let deviance = evaluate(rows, rowOf, beta, offset, fit, eta, mu);

  // The proposal's eta and mu are written over those rejected or replaced before them: two
  // buffers each for the whole fit instead of fresh 610,000-row arrays per evaluation.
  let spare: Float64Array = new Float64Array(nRows);
  let spareMu: Float64Array = new Float64Array(nRows);
  const xtwx = new Float64Array(p * p);
  const xtwz = new Float64Array(p);
  const equations: NormalEquations = { design: rows, rowOf, offset, family, y, weights, xtwx, xtwz, p };
  let chol: Float64Array = new Float64Array(0);
  let converged = false;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    xtwx.fill(0);
    xtwz.fill(0);
    for (let from = 0; from < nRows; from += ROWS_PER_BLOCK)
      accumulateRows(equations, eta, mu, from, Math.min(nRows, from + ROWS_PER_BLOCK));
    for (let i = 0; i < p; i++) for (let j = 0; j < i; j++) xtwx[j * p + i] = xtwx[i * p + j]!;
    chol = cholesky(xtwx, p, names);
    const proposal = choleskySolve(chol, p, xtwz);
    // Step halving guards against an overshoot; the full Newton step almost always wins.
    let step = 1;
    let next: Float64Array = proposal;
    let nextDeviance = evaluate(rows, rowOf, next, offset, fit, spare, spareMu);
    for (let h = 0; h < MAX_STEP_HALVINGS && !(nextDeviance <= deviance * (1 + tolerance)); h++) {
      step /= 2;
      next = beta.map((b, i) => b + step * (proposal[i]! - b));
      nextDeviance = evaluate(rows, rowOf, next, offset, fit, spare, spareMu);
    }
    const change = Math.abs(nextDeviance - deviance) / (Math.abs(nextDeviance) + 0.1);
    beta = next;
    [eta, spare] = [spare, eta];
    [mu, spareMu] = [spareMu, mu];
    deviance = nextDeviance;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  // Covariance from the last factor: solve for each unit vector.
  const cov = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    const e = new Float64Array(p);
    e[i] = 1;
    cov.set(choleskySolve(chol, p, e), i * p);
  }
  return { beta, iterations, converged, deviance, unscaledCovariance: cov };
}
