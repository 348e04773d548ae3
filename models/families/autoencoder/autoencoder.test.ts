// Autoencoder: planted anomalies score high, per-feature errors add up to the score,
// the same seed gives the same scores, a bundle round trip scores identically.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, saveBundle } from '../../bundle/bundle-io.js';
import { fingerprintTable } from '../../bundle/digest.js';
import { numericValues } from '../../data/table.js';
import { auc } from '../../metrics/index.js';
import { useBackend } from '../../tf/backend.js';
import { learnTestSplit } from '../../tf/split.js';
import { CLAIMS_SPEC, syntheticClaims } from '../../tf/test-support/synthetic-tables.js';
import { autoencoderBundleContents, autoencoderFromBundle } from './bundle.js';
import { anomalyScores, explainAnomaly, trainAutoencoder } from './train.js';
import type { AutoencoderFit } from './train.js';

const SEED = 9;
/** Contributions are float64 sums of the same squared errors as the score. */
const EXACT = 1e-12;

describe('autoencoder', () => {
  const table = syntheticClaims(1500, 4, 0.05);
  const split = learnTestSplit(CLAIMS_SPEC, table, 4);
  const y = numericValues(table, 'fraud');
  const labels = Float64Array.from(split.test, (r) => y[r] as number);
  const options = { seed: SEED, epochs: 40, patience: 6 };
  let fit: AutoencoderFit;
  let scores: Float64Array;
  let root = '';

  beforeAll(async () => {
    await useBackend('wasm');
    fit = await trainAutoencoder(CLAIMS_SPEC, table, split.learn, options);
    scores = anomalyScores(fit.autoencoder, table, split.test);
    root = await mkdtemp(join(tmpdir(), 'telisik-autoencoder-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('scores planted anomalies above ordinary claims', () => {
    expect(auc(labels, scores)).toBeGreaterThan(0.65);
  });

  it('splits each score exactly into per-feature reconstruction errors', () => {
    for (let i = 0; i < 20; i++) {
      const e = explainAnomaly(fit.autoencoder, table, split.test[i] as number);
      expect(Math.abs(e.output - (scores[i] as number))).toBeLessThan(EXACT);
      expect(e.completeness.ok).toBe(true);
      expect(e.completeness.gap).toBeLessThan(EXACT);
      for (const c of e.contributions) expect(c.contribution).toBeGreaterThanOrEqual(0);
      expect(e.contributions.map((c) => c.feature)).toEqual(CLAIMS_SPEC.features.map((f) => f.column));
    }
  });

  it('gives the same scores for the same seed and after a bundle round trip', async () => {
    const again = await trainAutoencoder(CLAIMS_SPEC, table, split.learn, options);
    expect(Array.from(anomalyScores(again.autoencoder, table, split.test))).toEqual(Array.from(scores));
    again.autoencoder.model.dispose();
    const dir = join(root, 'bundle');
    await saveBundle(dir, autoencoderBundleContents(fit.autoencoder, {}, fingerprintTable(table, split.learn)));
    const loaded = autoencoderFromBundle(await loadBundle(dir));
    expect(Array.from(anomalyScores(loaded, table, split.test))).toEqual(Array.from(scores));
    loaded.model.dispose();
  });
});
