// CANN explanations and bundles on a small synthetic frequency table (a few hundred rows,
// three epochs): contributions add up to eta minus the baseline's eta, the GLM part is
// glmContributions itself, and a saved and loaded bundle predicts and explains the same.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, saveBundle } from '../../bundle/bundle-io.js';
import { fingerprintTable } from '../../bundle/digest.js';
import { makeTable } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import { IG_ABSOLUTE_TOLERANCE } from '../../explain/integrated-gradients.js';
import { EXACT_COMPLETENESS_TOLERANCE } from '../../explain/types.js';
import type { Explanation } from '../../explain/types.js';
import { buildDesign, designRows, extractResponse, fitPreprocessing, pickRows } from '../../spec/design.js';
import type { DesignMatrix } from '../../spec/design-types.js';
import { useBackend } from '../../tf/backend.js';
import { learnTestSplit } from '../../tf/split.js';
import type { RowSplit } from '../../tf/split.js';
import { FREQUENCY_GLM_SPEC, FREQUENCY_NET_SPEC, syntheticFrequency } from '../../tf/test-support/synthetic-tables.js';
import { fitPoissonGlm, glmContributions, glmLinearPredictor, logExposure } from '../poisson/glm.js';
import type { PoissonGlm } from '../poisson/glm.js';
import { cannBundleContents, cannFromBundle } from './bundle.js';
import { CANN_GLM_PART, CANN_NETWORK_PART, explainCann } from './explain.js';
import { assembleCann, predictCannTable } from './model.js';
import type { Cann } from './model.js';
import { fitCann, predictCann } from './train.js';
import type { CannFit } from './train.js';

const SEED = 7;
/** Small batches and a large step so three epochs move the network well off the GLM. */
// No hold-out: the network must move off the GLM for its part of the explanation to be tested.
const QUICK_FIT = { epochs: 3, batchSize: 32, learningRate: 0.05, validationShare: 0 } as const;
const EXPLAINED = 8;

let table: DataTable;
let split: RowSplit;
let glm: PoissonGlm;
let glmDesign: DesignMatrix;
let netDesign: DesignMatrix;
let offset: Float64Array;
let fit: CannFit;
let cann: Cann;
let explanations: Explanation[];
let root = '';

beforeAll(async () => {
  await useBackend('wasm');
  table = syntheticFrequency(500, SEED);
  split = learnTestSplit(FREQUENCY_NET_SPEC, table, SEED);
  const { learn } = split;
  glmDesign = buildDesign(table, FREQUENCY_GLM_SPEC, fitPreprocessing(table, FREQUENCY_GLM_SPEC, { coding: 'reference' }, learn));
  const response = extractResponse(table, FREQUENCY_GLM_SPEC);
  const counts = response.target as Float64Array;
  offset = logExposure(response.exposure as Float64Array);
  glm = fitPoissonGlm(designRows(glmDesign, learn), pickRows(counts, learn), {
    exposure: pickRows(response.exposure as Float64Array, learn),
  });
  netDesign = buildDesign(
    table,
    FREQUENCY_NET_SPEC,
    fitPreprocessing(table, FREQUENCY_NET_SPEC, { coding: 'one-hot', scaling: 'min-max' }, learn),
  );
  const glmEta = glmLinearPredictor(glm, glmDesign, offset);
  fit = await fitCann(
    { design: designRows(netDesign, learn), glmEta: pickRows(glmEta, learn), counts: pickRows(counts, learn) },
    { seed: SEED, ...QUICK_FIT },
  );
  cann = assembleCann(FREQUENCY_NET_SPEC, FREQUENCY_GLM_SPEC, glm, fit, netDesign, learn);
  explanations = Array.from(split.test.slice(0, EXPLAINED), (r) => explainCann(cann, table, r));
  root = await mkdtemp(join(tmpdir(), 'telisik-cann-'));
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('CANN explanation', () => {
  it('adds up to eta minus the baseline eta within the stated tolerance, on every explained row', () => {
    const eta = predictCann(fit, designRows(netDesign, split.test), pickRows(glmLinearPredictor(glm, glmDesign, offset), split.test)).map(
      Math.log,
    );
    explanations.forEach((e, i) => {
      const sum = e.contributions.reduce((s, c) => s + c.contribution, 0);
      expect(e.method).toBe('exact-plus-integrated-gradients');
      expect(e.space).toBe('log');
      expect(e.completeness.ok, `row ${i}: gap ${e.completeness.gap} > ${e.completeness.tolerance}`).toBe(true);
      expect(Math.abs(sum - (e.output - e.baselineOutput))).toBeLessThanOrEqual(e.completeness.tolerance);
      // The stated tolerance: the GLM's float64 slack plus IG's on the adjustment's change.
      const [glmPart, netPart] = e.parts ?? [];
      expect(e.completeness.tolerance).toBeCloseTo(EXACT_COMPLETENESS_TOLERANCE + (netPart?.completeness.tolerance ?? Number.NaN), 12);
      expect(netPart?.completeness.tolerance).toBeGreaterThanOrEqual(IG_ABSOLUTE_TOLERANCE);
      expect([glmPart?.completeness.ok, netPart?.completeness.ok]).toEqual([true, true]);
      // Output = GLM eta (float64) + adjustment (float32): the network's eta up to float32 rounding of the GLM input.
      expect(Math.abs(e.output - (eta[i] as number))).toBeLessThan(1e-5);
    });
    // The network moved: its part is not trivially zero, so this checks IG, not an empty sum.
    const largest = Math.max(...explanations.flatMap((e) => e.parts?.[1]?.contributions.map((c) => Math.abs(c.contribution)) ?? []));
    expect(largest).toBeGreaterThan(1e-3);
  });

  it('keeps the GLM part as glmContributions exactly and sums the parts per source feature', () => {
    explanations.forEach((e, i) => {
      const row = split.test[i] as number;
      const exact = glmContributions(glm, glmDesign, row, offset[row]);
      const [glmPart, netPart] = e.parts ?? [];
      expect([glmPart?.part, netPart?.part]).toEqual([CANN_GLM_PART, CANN_NETWORK_PART]);
      expect(glmPart?.contributions.map((c) => c.contribution)).toEqual(exact.terms.map((t) => t.contribution));
      expect(glmPart?.output).toBe(exact.eta);
      expect(glmPart?.baselineOutput).toBe(exact.intercept + exact.offset);
      // Network features in spec order, then the GLM-only one; power is network-only.
      expect(e.contributions.map((c) => c.feature)).toEqual(['driverAge', 'vehiclePower', 'region', 'fuel', 'density']);
      for (const c of e.contributions) {
        const g = glmPart?.contributions.find((p) => p.feature === c.feature)?.contribution ?? 0;
        const n = netPart?.contributions.find((p) => p.feature === c.feature)?.contribution ?? 0;
        expect(c.contribution).toBe(g + n);
      }
      expect(e.contributions.find((c) => c.feature === 'fuel')?.value).toMatch(/^(Diesel|Regular)$/);
    });
  });
});

describe('CANN bundle', () => {
  it('round-trips: the loaded bundle predicts identically from raw rows, without the target, and explains alike', async () => {
    const dir = join(root, 'bundle');
    await saveBundle(dir, cannBundleContents(cann, { note: 'test' }, fingerprintTable(table, split.learn)));
    const loaded = cannFromBundle(await loadBundle(dir));
    const before = predictCannTable(cann, table, split.test);
    // Same float32 weights on the same backend through the same ops: bit-identical, no tolerance.
    expect(Array.from(predictCannTable(loaded, table, split.test).eta)).toEqual(Array.from(before.eta));
    expect(Array.from(before.expected)).toEqual(
      Array.from(predictCann(fit, designRows(netDesign, split.test), pickRows(glmLinearPredictor(glm, glmDesign, offset), split.test))),
    );
    const scoring = makeTable(new Map([...table.columns].filter(([name]) => name !== 'claims')));
    expect(Array.from(predictCannTable(loaded, scoring, split.test).eta)).toEqual(Array.from(before.eta));
    expect(explainCann(loaded, table, split.test[0] as number)).toEqual(explanations[0]);
    loaded.model.dispose();
  });

  it('refuses a bundle of another family', async () => {
    const dir = join(root, 'bundle');
    const loaded = await loadBundle(dir);
    const wrong = { ...loaded, manifest: { ...loaded.manifest, family: 'classifier' } };
    expect(() => cannFromBundle(wrong)).toThrow(/holds a classifier model, not a CANN/);
    loaded.model.dispose();
  });
});
