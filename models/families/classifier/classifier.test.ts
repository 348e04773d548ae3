// Classifier: same seed gives the same model and metrics; cpu and wasm agree; the bundle
// round trip predicts identically; IG explanations are complete; calibration holds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, saveBundle } from '../../bundle/bundle-io.js';
import { fingerprintTable } from '../../bundle/digest.js';
import { numericValues } from '../../data/table.js';
import { auc, brierScore, logLoss } from '../../metrics/index.js';
import { useBackend, withBackend } from '../../tf/backend.js';
import { learnTestSplit } from '../../tf/split.js';
import { CLAIMS_SPEC, syntheticClaims } from '../../tf/test-support/synthetic-tables.js';
import { classifierBundleContents, classifierFromBundle } from './bundle.js';
import { explainClassifier, predictClassifier, trainClassifier } from './train.js';
import type { ClassifierFit } from './train.js';

const ROWS = 2500;
const SEED = 7;
/** cpu and wasm sum in different orders; over a short training that moves probabilities by ~1e-7. */
const CROSS_BACKEND_TOLERANCE = 1e-4;
const EXPLAINED_ROWS = 40;

describe('classifier', () => {
  const table = syntheticClaims(ROWS, 3);
  const split = learnTestSplit(CLAIMS_SPEC, table, 3);
  const y = numericValues(table, 'fraud');
  const labels = Float64Array.from(split.test, (r) => y[r] as number);
  const options = { seed: SEED, epochs: 60, patience: 8 };
  let wasm: ClassifierFit;
  let root = '';

  beforeAll(async () => {
    await useBackend('wasm');
    wasm = await trainClassifier(CLAIMS_SPEC, table, split.learn, options);
    root = await mkdtemp(join(tmpdir(), 'telisik-classifier-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('learns and calibrates on held-out rows', () => {
    const p = predictClassifier(wasm.classifier, table, split.test).probability;
    expect(auc(labels, p)).toBeGreaterThan(0.8);
    // Calibrated despite balanced class weights: mean probability near the observed rate.
    const rate = labels.reduce((s, v) => s + v, 0) / labels.length;
    const meanP = p.reduce((s, v) => s + v, 0) / p.length;
    expect(Math.abs(meanP - rate)).toBeLessThan(0.03);
    expect(wasm.training.bestEpoch).toBeLessThanOrEqual(wasm.training.epochsRun);
    expect(wasm.rows.fit + wasm.rows.validation + wasm.rows.calibration).toBe(split.learn.length);
  });

  it('gives the same metrics for the same seed', async () => {
    const again = await trainClassifier(CLAIMS_SPEC, table, split.learn, options);
    const a = predictClassifier(wasm.classifier, table, split.test).probability;
    const b = predictClassifier(again.classifier, table, split.test).probability;
    expect(Array.from(b)).toEqual(Array.from(a));
    expect([auc(labels, b), logLoss(labels, b), brierScore(labels, b)]).toEqual([
      auc(labels, a),
      logLoss(labels, a),
      brierScore(labels, a),
    ]);
    expect(again.training.validationLoss).toEqual(wasm.training.validationLoss);
    again.classifier.model.dispose();
  });

  it('agrees between the cpu and wasm backends', async () => {
    const onCpu = await withBackend('cpu', async () => {
      const fit = await trainClassifier(CLAIMS_SPEC, table, split.learn, options);
      const p = predictClassifier(fit.classifier, table, split.test).probability;
      fit.classifier.model.dispose();
      return p;
    });
    const onWasm = predictClassifier(wasm.classifier, table, split.test).probability;
    let worst = 0;
    for (let i = 0; i < onWasm.length; i++) worst = Math.max(worst, Math.abs((onWasm[i] as number) - (onCpu[i] as number)));
    console.log(`classifier cpu vs wasm: max |probability difference| ${worst.toExponential(2)} over ${onWasm.length} rows`);
    expect(worst).toBeLessThan(CROSS_BACKEND_TOLERANCE);
  });

  it('explains rows with complete integrated gradients in the calibrated logit', () => {
    let worst = 0;
    for (let i = 0; i < EXPLAINED_ROWS; i++) {
      const row = split.test[i] as number;
      const e = explainClassifier(wasm.classifier, table, row);
      expect(e.completeness.ok).toBe(true);
      expect(e.contributions.map((c) => c.feature)).toEqual(CLAIMS_SPEC.features.map((f) => f.column));
      const p = predictClassifier(wasm.classifier, table, [row]).probability[0] as number;
      expect(1 / (1 + Math.exp(-e.output))).toBeCloseTo(p, 5);
      worst = Math.max(worst, e.completeness.gap);
    }
    console.log(`classifier IG completeness: largest gap ${worst.toExponential(2)} over ${EXPLAINED_ROWS} rows`);
  });

  it('predicts identically after a bundle round trip', async () => {
    const dir = join(root, 'bundle');
    await saveBundle(dir, classifierBundleContents(wasm.classifier, { note: 'test' }, fingerprintTable(table, split.learn)));
    const loaded = classifierFromBundle(await loadBundle(dir));
    const before = predictClassifier(wasm.classifier, table, split.test);
    const after = predictClassifier(loaded, table, split.test);
    expect(Array.from(after.probability)).toEqual(Array.from(before.probability));
    expect(loaded.preprocessing).toEqual(JSON.parse(JSON.stringify(wasm.classifier.preprocessing)));
    loaded.model.dispose();
  });
});
