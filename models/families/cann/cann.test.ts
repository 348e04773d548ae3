// CANN on a subsample of freMTPL2 (policies with IDpol divisible by 25): training starts
// at the GLM, the balance property holds after fitting, and a seed fixes the result.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTable } from '../../data/load.js';
import { averagePoissonDeviance } from '../../metrics/deviance.js';
import { buildDesign, designRows, extractResponse, fitPreprocessing, pickRows, splitRows } from '../../spec/design.js';
import type { DesignMatrix } from '../../spec/design-types.js';
import { loadSpec } from '../../spec/load.js';
import { fremtpl2Path, fremtpl2SpecPath } from '../poisson/fremtpl2.js';
import { fitPoissonGlm, glmLinearPredictor, logExposure } from '../poisson/glm.js';
import { CANN_BALANCE_TOLERANCE, cannBalanceRatio, cannInputs, cannLayout, fitCann, predictCann, predictEta } from './index.js';
import type { CannOptions } from './index.js';

/** Every 25th policy: ~25k learning rows, enough for the network to move off the GLM. */
const SUBSAMPLE_MODULUS = 25;
/**
 * No hold-out: on 25k rows the GLM is hard to beat out of sample within a few epochs, so
 * early stopping would keep the GLM's weights and these tests would check nothing.
 */
const SMALL_FIT: Omit<CannOptions, 'seed'> = { epochs: 3, batchSize: 2_000, learningRate: 0.005, validationShare: 0, weightAveraging: 0 };

interface Part {
  readonly net: DesignMatrix;
  readonly eta: Float64Array;
  readonly counts: Float64Array;
}
let learn: Part;
let test: Part;

beforeAll(async () => {
  const glmSpec = await loadSpec(fremtpl2SpecPath('glm1'));
  const netSpec = await loadSpec(fremtpl2SpecPath('cann'));
  const table = await loadTable(
    { kind: 'duckdb', query: `SELECT * FROM read_parquet('${fremtpl2Path()}') WHERE IDpol % ${SUBSAMPLE_MODULUS} = 0 ORDER BY IDpol` },
    { ...glmSpec, features: [...glmSpec.features, ...netSpec.features] },
  );
  const { learn: lr, test: tr } = splitRows(table, glmSpec);
  const glmDesign = buildDesign(table, glmSpec, fitPreprocessing(table, glmSpec, {}, lr));
  const netDesign = buildDesign(table, netSpec, fitPreprocessing(table, netSpec, { coding: 'one-hot', scaling: 'min-max' }, lr));
  const r = extractResponse(table, glmSpec);
  const glm = fitPoissonGlm(designRows(glmDesign, lr), pickRows(r.target!, lr), { exposure: pickRows(r.exposure!, lr) });
  const part = (rows: Int32Array): Part => ({
    net: designRows(netDesign, rows),
    eta: glmLinearPredictor(glm, designRows(glmDesign, rows), logExposure(pickRows(r.exposure!, rows))),
    counts: pickRows(r.target!, rows),
  });
  learn = part(lr);
  test = part(tr);
});

describe('CANN', () => {
  it('starts at the GLM: with no training its predictions are the GLM predictions', async () => {
    const fit = await fitCann({ design: learn.net, glmEta: learn.eta, counts: learn.counts }, { seed: 1, epochs: 0 });
    const pred = predictCann(fit, test.net, test.eta);
    for (let i = 0; i < pred.length; i += 97) expect(pred[i]! / Math.exp(test.eta[i]!)).toBeCloseTo(1, 5);
  });
  it('with a hold-out, keeps the epoch that did best on it (the GLM start if none beat it)', async () => {
    const fit = await fitCann(
      { design: learn.net, glmEta: learn.eta, counts: learn.counts },
      { seed: 3, epochs: 3, batchSize: 2_000, patience: 3 },
    );
    const [member] = fit.members;
    const deviances = member!.history.map((h) => h.validationDeviance);
    const best = Math.min(...deviances);
    expect(member!.bestEpoch === 0 || deviances[member!.bestEpoch - 1] === best).toBe(true);
    expect(deviances.every(Number.isFinite)).toBe(true);
  });
  it('holds the balance property on the learning set after fitting', async () => {
    const fit = await fitCann({ design: learn.net, glmEta: learn.eta, counts: learn.counts }, { seed: 3, ...SMALL_FIT });
    expect(fit.members[0]!.history.length).toBeGreaterThan(0);
    expect(Math.abs(fit.balance.ratio - 1)).toBeLessThanOrEqual(CANN_BALANCE_TOLERANCE);
    expect(Math.abs(cannBalanceRatio(fit, learn.net, learn.eta, learn.counts) - 1)).toBeLessThanOrEqual(CANN_BALANCE_TOLERANCE);
    const glmDeviance = averagePoissonDeviance(learn.counts, learn.eta.map(Math.exp));
    expect(averagePoissonDeviance(learn.counts, predictCann(fit, learn.net, learn.eta))).toBeLessThan(glmDeviance);
  });
  it('gives the same metrics for the same seed', async () => {
    const run = async (seed: number): Promise<number> => {
      const fit = await fitCann({ design: learn.net, glmEta: learn.eta, counts: learn.counts }, { seed, ...SMALL_FIT });
      return averagePoissonDeviance(test.counts, predictCann(fit, test.net, test.eta));
    };
    const a = await run(11);
    const b = await run(11);
    const c = await run(12);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
  it('fits several members into one network with the balance restored', async () => {
    const fit = await fitCann({ design: learn.net, glmEta: learn.eta, counts: learn.counts }, { seed: 5, ...SMALL_FIT, members: 2 });
    expect(fit.members.map((m) => m.member)).toEqual([1, 2]);
    expect(new Set(fit.members.map((m) => m.seed)).size).toBe(2);
    expect(Math.abs(cannBalanceRatio(fit, learn.net, learn.eta, learn.counts) - 1)).toBeLessThanOrEqual(CANN_BALANCE_TOLERANCE);
    expect(fit.model.layers.filter((l) => l.name.endsWith('cann_output'))).toHaveLength(2);
  });
  it('ensemble of members equals the log-mean of their adjustments', async () => {
    const layout = cannLayout(learn.net);
    const inputs = cannInputs(test.net, layout, test.eta);
    const adjustments: Float64Array[] = [];
    const fit = await fitCann(
      { design: learn.net, glmEta: learn.eta, counts: learn.counts },
      {
        seed: 6,
        ...SMALL_FIT,
        members: 2,
        // Scored as they join (before disposal): each member's adjustment on the test rows.
        onMember: (_m, model) => adjustments.push(predictEta(model, inputs, layout).map((e, i) => e - test.eta[i]!)),
      },
    );
    const shift = Math.log(1 / fit.balance.ratioBeforeCorrection);
    const eta = predictEta(fit.model, inputs, layout);
    for (let i = 0; i < eta.length; i += 53) {
      expect(eta[i]!).toBeCloseTo(test.eta[i]! + (adjustments[0]![i]! + adjustments[1]![i]!) / 2 + (fit.balance.corrected ? shift : 0), 4);
    }
    expect(adjustments[0]![0]).not.toBe(adjustments[1]![0]);
  });
});
