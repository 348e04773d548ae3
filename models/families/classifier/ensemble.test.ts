// The classifier ensemble: the mean of networks fitted on other folds, read as one model
// (same seed, same model; the output is the mean of its branches; the bundle round trip and
// integrated gradients work unchanged), and steadier across seeds than one network.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, saveBundle } from '../../bundle/bundle-io.js';
import { fingerprintTable } from '../../bundle/digest.js';
import { numericValues } from '../../data/table.js';
import { auc } from '../../metrics/index.js';
import { useBackend } from '../../tf/backend.js';
import { learnTestSplit } from '../../tf/split.js';
import { CLAIMS_SPEC, syntheticClaims } from '../../tf/test-support/synthetic-tables.js';
import { classifierBundleContents, classifierFromBundle } from './bundle.js';
import { folds, without } from './ensemble.js';
import { LOGIT_LAYER } from './network.js';
import { explainClassifier, predictClassifier, trainClassifier } from './train.js';
import type { ClassifierFit } from './train.js';

// few labelled rows, as the fraud classifier has (a few thousand audits): where one network's seed matters
const ROWS = 900;
const MEMBERS = 5;
const options = { seed: 7, epochs: 60, patience: 8, ensemble: MEMBERS };

describe('classifier ensemble', () => {
  const table = syntheticClaims(ROWS, 5);
  const split = learnTestSplit(CLAIMS_SPEC, table, 5);
  const y = numericValues(table, 'fraud');
  const labels = Float64Array.from(split.test, (r) => y[r] as number);
  let fit: ClassifierFit;
  let root = '';

  beforeAll(async () => {
    await useBackend('wasm');
    fit = await trainClassifier(CLAIMS_SPEC, table, split.learn, options);
    root = await mkdtemp(join(tmpdir(), 'telisik-ensemble-'));
  });
  afterAll(async () => {
    fit.classifier.model.dispose();
    await rm(root, { recursive: true, force: true });
  });

  it('splits the learning rows into disjoint folds that cover them', () => {
    const rows = Int32Array.from({ length: 23 }, (_, i) => 3 * i);
    const order = Int32Array.from({ length: 23 }, (_, i) => (i * 7) % 23);
    const f = folds(rows, 4, order);
    expect(f.map((x) => x.length)).toEqual([6, 6, 6, 5]);
    expect(f.flatMap((x) => Array.from(x)).sort((a, b) => a - b)).toEqual(Array.from(rows));
    expect(Array.from(without(rows, f[0] as Int32Array))).toEqual(Array.from(rows).filter((r) => !(f[0] as Int32Array).includes(r)));
  });

  it('trains one network per fold and outputs the mean of their logits', () => {
    expect(fit.members).toHaveLength(MEMBERS);
    expect(fit.rows.fit + fit.rows.calibration).toBe(split.learn.length);
    const model = fit.classifier.model;
    expect(model.getLayer(LOGIT_LAYER).getClassName()).toBe('Average');
    const branchOutputs = Array.from({ length: MEMBERS }, (_, i) => model.getLayer(`member_${i + 1}_logit`).output as tf.SymbolicTensor);
    const branches = tf.model({ inputs: model.inputs, outputs: branchOutputs });
    const x = tf.randomNormal([16, model.inputs[0]?.shape[1] as number], 0, 1, 'float32', 3);
    const each = (branches.predict(x) as tf.Tensor[]).map((t) => Array.from(t.dataSync()));
    const mean = Array.from((model.predict(x) as tf.Tensor).dataSync());
    mean.forEach((m, r) => expect(m).toBeCloseTo(each.reduce((s, b) => s + (b[r] as number), 0) / MEMBERS, 5));
    // the members differ: each fitted on other rows from other initial weights
    expect(each[0]).not.toEqual(each[1]);
  });

  it('gives the same model for the same seed, predicts identically after a bundle round trip, explains completely', async () => {
    const again = await trainClassifier(CLAIMS_SPEC, table, split.learn, options);
    const a = predictClassifier(fit.classifier, table, split.test).probability;
    expect(Array.from(predictClassifier(again.classifier, table, split.test).probability)).toEqual(Array.from(a));
    again.classifier.model.dispose();
    const dir = join(root, 'bundle');
    await saveBundle(dir, classifierBundleContents(fit.classifier, { note: 'test' }, fingerprintTable(table, split.learn)));
    const loaded = classifierFromBundle(await loadBundle(dir));
    expect(Array.from(predictClassifier(loaded, table, split.test).probability)).toEqual(Array.from(a));
    loaded.model.dispose();
    const row = split.test[0] as number;
    const e = explainClassifier(fit.classifier, table, row);
    expect(e.completeness.ok).toBe(true);
    expect(1 / (1 + Math.exp(-e.output))).toBeCloseTo(a[0] as number, 5);
  });

  it('ranks about as well as one network and varies less across seeds', async () => {
    const seeds = [1, 2, 3];
    const aucs = async (ensemble: number): Promise<number[]> => {
      const out: number[] = [];
      for (const seed of seeds) {
        const f = await trainClassifier(CLAIMS_SPEC, table, split.learn, { ...options, seed, ensemble });
        out.push(auc(labels, predictClassifier(f.classifier, table, split.test).probability));
        f.classifier.model.dispose();
      }
      return out;
    };
    const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const single = await aucs(1);
    const bagged = await aucs(MEMBERS);
    console.log(
      `AUC over seeds ${seeds.join(',')}: one network ${single.map((v) => v.toFixed(3))}, ensemble of ${MEMBERS} ${bagged.map((v) => v.toFixed(3))}`,
    );
    expect(spread(bagged)).toBeLessThanOrEqual(spread(single));
    expect(mean(bagged)).toBeGreaterThan(mean(single) - 0.01);
  });
});
