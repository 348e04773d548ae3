// IRLS against closed forms: a Poisson GLM on one categorical term reproduces each
// group's observed frequency; the Gamma GLM solves its score equations and recovers
// simulated coefficients.
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../../data/table.js';
import { buildDesign } from '../../spec/design.js';
import { parseSpec } from '../../spec/load.js';
import { createRng } from '../../tf/seed.js';
import { fitGammaGlm } from './gamma.js';
import { fitPoissonGlm, predictPoissonGlm } from './glm.js';

describe('Poisson GLM by IRLS', () => {
  it('one categorical term: fitted frequency = claims / exposure per group', () => {
    const table = makeTable({
      group: encodeCategorical(['a', 'a', 'b', 'b', 'b', 'c']),
      claims: { kind: 'numeric', values: Float64Array.from([1, 0, 2, 1, 0, 3]) },
      years: { kind: 'numeric', values: Float64Array.from([0.5, 1.5, 1, 1, 2, 2]) },
    });
    const spec = parseSpec({
      name: 'groups',
      target: 'claims',
      exposure: 'years',
      features: [{ kind: 'categorical', column: 'group', reference: 'a' }],
    });
    const design = buildDesign(table, spec);
    const exposure = Float64Array.from([0.5, 1.5, 1, 1, 2, 2]);
    const glm = fitPoissonGlm(design, Float64Array.from([1, 0, 2, 1, 0, 3]), { exposure });
    // a: 1 / 2 years; b: 3 / 4; c: 3 / 2.
    expect(glm.intercept).toBeCloseTo(Math.log(0.5), 10);
    expect(glm.coefficients[0]).toBeCloseTo(Math.log(0.75 / 0.5), 10);
    expect(glm.coefficients[1]).toBeCloseTo(Math.log(1.5 / 0.5), 10);
    const mu = predictPoissonGlm(glm, design, exposure);
    expect(mu[0]).toBeCloseTo(0.25, 10);
    expect(mu[5]).toBeCloseTo(3, 10);
  });
  it('refuses a singular design with the column named', () => {
    const table = makeTable({
      x: { kind: 'numeric', values: Float64Array.from([1, 1, 1, 1]) },
      claims: { kind: 'numeric', values: Float64Array.from([1, 0, 2, 1]) },
    });
    const spec = parseSpec({ name: 'flat', target: 'claims', features: [{ kind: 'numeric', column: 'x' }] });
    expect(() => fitPoissonGlm(buildDesign(table, spec), Float64Array.from([1, 0, 2, 1]))).toThrow(/singular at column x/);
  });
});

describe('Gamma severity GLM', () => {
  it('solves the score equations and recovers simulated coefficients', () => {
    const n = 20_000;
    const shape = 4;
    const rng = createRng(7);
    const x = new Float64Array(n);
    const g = new Array<string>(n);
    const y = new Float64Array(n);
    const truth = { intercept: 7, slope: 0.5, groupB: -0.3 };
    for (let i = 0; i < n; i++) {
      x[i] = rng() * 2 - 1;
      g[i] = rng() < 0.4 ? 'b' : 'a';
      const mu = Math.exp(truth.intercept + truth.slope * x[i]! + (g[i] === 'b' ? truth.groupB : 0));
      // Gamma(shape 4) as a sum of four exponentials, scaled to mean mu.
      let s = 0;
      for (let k = 0; k < shape; k++) s -= Math.log(1 - rng());
      y[i] = (mu * s) / shape;
    }
    const table = makeTable({ x: { kind: 'numeric', values: x }, g: encodeCategorical(g) });
    const spec = parseSpec({
      name: 'sev',
      features: [
        { kind: 'numeric', column: 'x' },
        { kind: 'categorical', column: 'g', reference: 'a' },
      ],
    });
    const design = buildDesign(table, spec);
    const glm = fitGammaGlm(design, y);
    expect(glm.intercept).toBeCloseTo(truth.intercept, 1);
    expect(glm.coefficients[0]).toBeCloseTo(truth.slope, 1);
    expect(glm.coefficients[1]).toBeCloseTo(truth.groupB, 1);
    // Dispersion of Gamma(shape) is 1 / shape.
    expect(glm.dispersion).toBeCloseTo(1 / shape, 1);
    // Score equations under the log link: sum_i x_ij (y_i - mu_i) / mu_i = 0 for every column.
    const scores = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const eta = glm.intercept + glm.coefficients[0]! * design.x[i * 2]! + glm.coefficients[1]! * design.x[i * 2 + 1]!;
      const r = (y[i]! - Math.exp(eta)) / Math.exp(eta);
      scores[0]! += r;
      scores[1]! += r * design.x[i * 2]!;
      scores[2]! += r * design.x[i * 2 + 1]!;
    }
    for (const s of scores) expect(Math.abs(s) / n).toBeLessThan(1e-9);
  });
});
