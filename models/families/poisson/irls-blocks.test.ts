// The IRLS passes and the sparse linear predictor run their rows in blocks (so V8 optimises
// them early): the blocks must change nothing. The fit is checked, to the bit, against IRLS
// written out as one loop over the rows (the passes as they were before the blocks), on more
// rows than two blocks and not a multiple of one; the predictor against the dense design.
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../../data/table.js';
import { buildDesign, fitPreprocessing } from '../../spec/design.js';
import { parseSpec } from '../../spec/load.js';
import { createRng } from '../../tf/seed.js';
import { POISSON_FAMILY, fitPoissonGlm, glmLinearPredictor, logExposure } from './glm.js';
import { cholesky, choleskySolve, fitLogLinkGlm } from './irls.js';
import { buildSparseDesign } from './sparse-design.js';
import type { SparseDesign } from './sparse-design.js';

/** Poisson IRLS in one loop per pass, as irls.ts ran before its blocks (no step halving needed here). */
function oneLoopIrls(d: SparseDesign, rowOf: Int32Array, y: Float64Array, offset: Float64Array): { beta: Float64Array; deviance: number } {
  const { rowStart, column, value } = d;
  const p = d.nCols + 1;
  const n = rowOf.length;
  const eta = new Float64Array(n);
  const mu = new Float64Array(n);
  const evaluate = (beta: Float64Array): number => {
    let dev = 0;
    for (let r = 0; r < n; r++) {
      let s = beta[0]!;
      for (let k = rowStart[rowOf[r]!]!; k < rowStart[rowOf[r]! + 1]!; k++) s += beta[column[k]! + 1]! * value[k]!;
      eta[r] = s + offset[r]!;
      mu[r] = Math.exp(eta[r]!);
      dev += POISSON_FAMILY.unitDeviance(y[r]!, mu[r]!);
    }
    return dev;
  };
  let sumY = 0;
  let sumBase = 0;
  for (let r = 0; r < n; r++) {
    sumY += y[r]!;
    sumBase += Math.exp(offset[r]!);
  }
  let beta: Float64Array = new Float64Array(p);
  beta[0] = Math.log(sumY / sumBase);
  let deviance = evaluate(beta);
  for (let iteration = 0; iteration < 50; iteration++) {
    const xtwx = new Float64Array(p * p);
    const xtwz = new Float64Array(p);
    for (let r = 0; r < n; r++) {
      const m = mu[r]!;
      const w = POISSON_FAMILY.workingWeight(m);
      const z = eta[r]! - offset[r]! + (y[r]! - m) / m;
      const start = rowStart[rowOf[r]!]!;
      const end = rowStart[rowOf[r]! + 1]!;
      xtwz[0] = xtwz[0]! + w * z;
      xtwx[0] = xtwx[0]! + w;
      for (let a = start; a < end; a++) {
        const ia = column[a]! + 1;
        const wa = w * value[a]!;
        xtwz[ia] = xtwz[ia]! + wa * z;
        xtwx[ia * p] = xtwx[ia * p]! + wa;
        for (let b = start; b <= a; b++) xtwx[ia * p + column[b]! + 1] = xtwx[ia * p + column[b]! + 1]! + wa * value[b]!;
      }
    }
    for (let i = 0; i < p; i++) for (let j = 0; j < i; j++) xtwx[j * p + i] = xtwx[i * p + j]!;
    const next = choleskySolve(cholesky(xtwx, p, []), p, xtwz);
    const nextDeviance = evaluate(next);
    const change = Math.abs(nextDeviance - deviance) / (Math.abs(nextDeviance) + 0.1);
    [beta, deviance] = [next, nextDeviance];
    if (change < 1e-12) break;
  }
  return { beta, deviance };
}

describe('IRLS and the linear predictor in row blocks', () => {
  const n = 20_011;
  const rng = createRng(11);
  const brands = ['B1', 'B2', 'B3', 'B10', 'B12'];
  const brand = Array.from({ length: n }, () => brands[Math.floor(rng() * brands.length)]!);
  const bonus = Float64Array.from({ length: n }, () => 50 + Math.floor(rng() * 100));
  const years = Float64Array.from({ length: n }, () => 0.05 + 0.95 * rng());
  const claims = Float64Array.from({ length: n }, (_, i) => (rng() < 0.08 * years[i]! * (bonus[i]! / 80) ? (rng() < 0.1 ? 2 : 1) : 0));
  const table = makeTable({
    brand: encodeCategorical(brand),
    bonus: { kind: 'numeric', values: bonus },
    claims: { kind: 'numeric', values: claims },
    years: { kind: 'numeric', values: years },
  });
  const spec = parseSpec({
    name: 'blocks',
    target: 'claims',
    exposure: 'years',
    features: [
      { kind: 'categorical', column: 'brand', reference: 'B1' },
      { kind: 'numeric', column: 'bonus', transform: { log: true } },
    ],
  });
  // every row but each fifth, in order: the learning rows of a design built for all
  const rows = Int32Array.from({ length: n }, (_, i) => i).filter((r) => r % 5 !== 4);
  const fitted = fitPreprocessing(table, spec, { coding: 'reference' }, rows);
  const design = buildSparseDesign(table, fitted);
  const y = Float64Array.from(rows, (r) => claims[r]!);
  const offset = logExposure(Float64Array.from(rows, (r) => years[r]!));

  it('fits to the bit what one loop over the rows fits', () => {
    const blocked = fitLogLinkGlm(design, y, POISSON_FAMILY, { offset, rows });
    const plain = oneLoopIrls(design, rows, y, offset);
    expect(blocked.converged).toBe(true);
    expect(Array.from(blocked.beta)).toEqual(Array.from(plain.beta));
    expect(blocked.deviance).toBe(plain.deviance);
  });

  it('predicts from sparse rows to the bit what the dense design gives', () => {
    const glm = fitPoissonGlm(design, y, { exposure: Float64Array.from(rows, (r) => years[r]!), rows });
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const logYears = logExposure(years);
    const sparse = glmLinearPredictor(glm, design, logYears, all);
    const dense = glmLinearPredictor(glm, buildDesign(table, spec, fitted), logYears);
    expect(Array.from(sparse)).toEqual(Array.from(dense));
    // near miss: another model's coefficients move every prediction
    const other = { ...glm, coefficients: glm.coefficients.map((c) => c * 1.000001) };
    expect(Array.from(glmLinearPredictor(other, design, logYears, all))).not.toEqual(Array.from(dense));
  });
});
