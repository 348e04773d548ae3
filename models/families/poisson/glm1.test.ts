// The freMTPL2 benchmark's GLM1 (Noll, Salzmann, Wüthrich 2020) fitted by the poisson
// family from the committed spec reproduces the published deviances; its per-term
// contributions add up exactly to the linear predictor.
import { beforeAll, describe, expect, it } from 'vitest';
import { averagePoissonDeviance, POISSON_DEVIANCE_REPORT_SCALE } from '../../metrics/deviance.js';
import { FREMTPL2_LEARN_ROWS, FREMTPL2_PUBLISHED, FREMTPL2_TEST_ROWS, fitFremtpl2Glm1 } from './fremtpl2.js';
import type { Fremtpl2Glm1 } from './fremtpl2.js';
import { glmContributions, glmLinearPredictor, logExposure, predictPoissonGlm } from './glm.js';
import { linearPredictorOf } from './irls.js';

/** The acceptance band, in units of 10^-2. */
const DEVIANCE_TOLERANCE = 0.005;
/** GLM1's published parameter count, intercept included. */
const GLM1_PARAMETERS = 49;

let bench: Fremtpl2Glm1;
beforeAll(async () => {
  bench = await fitFremtpl2Glm1();
});

describe('freMTPL2 GLM1', () => {
  it('has the papers split, cleaning and 49 parameters', () => {
    expect(bench.learnRows.length).toBe(FREMTPL2_LEARN_ROWS);
    expect(bench.testRows.length).toBe(FREMTPL2_TEST_ROWS);
    expect(bench.learn.counts.reduce((a, b) => a + b, 0)).toBe(32_317);
    expect(bench.learn.exposure.reduce((a, b) => a + b, 0)).toBeCloseTo(322_449.9, 0);
    expect(bench.glm.coefficients.length + 1).toBe(GLM1_PARAMETERS);
    expect(bench.glm.converged).toBe(true);
  });
  it('reproduces the published in-sample and out-of-sample deviance', () => {
    const inSample =
      POISSON_DEVIANCE_REPORT_SCALE *
      averagePoissonDeviance(bench.learn.counts, predictPoissonGlm(bench.glm, bench.learn.design, bench.learn.exposure));
    const outOfSample =
      POISSON_DEVIANCE_REPORT_SCALE *
      averagePoissonDeviance(bench.test.counts, predictPoissonGlm(bench.glm, bench.test.design, bench.test.exposure));
    expect(Math.abs(inSample - FREMTPL2_PUBLISHED.glm1.inSample)).toBeLessThan(DEVIANCE_TOLERANCE);
    expect(Math.abs(outOfSample - FREMTPL2_PUBLISHED.glm1.outOfSample)).toBeLessThan(DEVIANCE_TOLERANCE);
  });
  it('is balanced on the learning set (the intercept score equation)', () => {
    const mu = predictPoissonGlm(bench.glm, bench.learn.design, bench.learn.exposure);
    const predicted = mu.reduce((a, b) => a + b, 0);
    expect(Math.abs(predicted / 32_317 - 1)).toBeLessThan(1e-9);
  });
  it('contributions per term add up exactly to the linear predictor', () => {
    const offset = logExposure(bench.test.exposure);
    const eta = glmLinearPredictor(bench.glm, bench.test.design, offset);
    const beta = Float64Array.from([bench.glm.intercept, ...bench.glm.coefficients]);
    const independent = linearPredictorOf(bench.test.design, beta, offset);
    for (let r = 0; r < 500; r++) {
      const c = glmContributions(bench.glm, bench.test.design, r, offset[r]!);
      let sum = c.intercept + c.offset;
      for (const t of c.terms) sum += t.contribution;
      expect(sum).toBe(c.eta);
      expect(c.eta).toBe(eta[r]);
      expect(Math.abs(c.eta - independent[r]!)).toBeLessThan(1e-12);
      expect(c.terms.map((t) => t.term)).toEqual([
        'Area',
        'VehPower',
        'VehAge',
        'DrivAge',
        'BonusMalus',
        'VehBrand',
        'VehGas',
        'Density',
        'Region',
      ]);
    }
  });
});
