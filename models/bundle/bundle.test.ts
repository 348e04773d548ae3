// Bundles: a round trip predicts identically, a tampered file is refused naming the file,
// the registry promotes and rolls back.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreTable, trainScorecard } from '../families/scorecard/train.js';
import { scorecardFromModel, scorecardLayersModel, scorecardPreprocessing, woeMatrix } from '../families/scorecard/tfjs-model.js';
import type { ScorecardPreprocessing } from '../families/scorecard/tfjs-model.js';
import { useBackend } from '../tf/backend.js';
import { learnTestSplit } from '../tf/split.js';
import { CREDIT_SPEC, syntheticCredit } from '../tf/test-support/synthetic-tables.js';
import { loadBundle, saveBundle } from './bundle-io.js';
import { fingerprintTable } from './digest.js';
import { BundleIntegrityError } from './errors.js';
import { MANIFEST_FILE, MODEL_FILE, WEIGHTS_FILE } from './manifest.js';
import { ModelRegistry } from './registry.js';

const SEED = 5;

describe('model bundle', () => {
  let root = '';
  const table = syntheticCredit(1500, SEED);
  const split = learnTestSplit(CREDIT_SPEC, table, SEED);
  const { card } = trainScorecard(CREDIT_SPEC, table, split.learn);

  async function writeBundle(dir: string, createdAt: Date): Promise<string> {
    const model = scorecardLayersModel(card);
    const manifest = await saveBundle(dir, {
      family: 'scorecard',
      model,
      featureSpec: CREDIT_SPEC,
      preprocessing: scorecardPreprocessing(card),
      metrics: { note: 'test' },
      trainingData: fingerprintTable(table, split.learn),
      createdAt,
    });
    model.dispose();
    return manifest.version;
  }

  beforeAll(async () => {
    await useBackend('wasm');
    root = await mkdtemp(join(tmpdir(), 'telisik-bundle-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('gives identical predictions and scores after a round trip', async () => {
    const dir = join(root, 'roundtrip');
    await writeBundle(dir, new Date('2026-01-01T00:00:00Z'));
    const before = scorecardLayersModel(card);
    const loaded = await loadBundle(dir);
    expect(loaded.manifest.family).toBe('scorecard');
    expect(loaded.manifest.trainingData.rows).toBe(split.learn.length);
    expect(loaded.manifest.files.map((f) => f.path).sort()).toEqual(['model.json', 'weights.bin']);
    const x = woeMatrix(
      card.characteristics.map((c) => c.binning),
      table,
      split.test,
    );
    const input = tf.tensor2d(x, [split.test.length, card.characteristics.length]);
    const a = Array.from((before.predict(input) as tf.Tensor).dataSync());
    const b = Array.from((loaded.model.predict(input) as tf.Tensor).dataSync());
    expect(b).toEqual(a);
    const reloaded = scorecardFromModel(loaded.manifest.preprocessing as unknown as ScorecardPreprocessing, loaded.model);
    expect(scoreTable(reloaded, table, split.test).map((r) => r.score)).toEqual(scoreTable(card, table, split.test).map((r) => r.score));
    tf.dispose([input]);
    before.dispose();
    loaded.model.dispose();
  });

  it('refuses a tampered weights file and a tampered manifest, naming the file', async () => {
    const dir = join(root, 'tampered');
    await writeBundle(dir, new Date('2026-01-02T00:00:00Z'));
    const weightsPath = join(dir, WEIGHTS_FILE);
    const original = await readFile(weightsPath);
    const altered = Buffer.from(original);
    altered[0] = (altered[0] as number) ^ 0x01;
    await writeFile(weightsPath, altered);
    await expect(loadBundle(dir)).rejects.toThrow(BundleIntegrityError);
    await expect(loadBundle(dir)).rejects.toThrow(/weights\.bin has been modified \(SHA-256 expected [0-9a-f]{64}, found [0-9a-f]{64}\)/);
    await writeFile(weightsPath, original);
    const modelPath = join(dir, MODEL_FILE);
    const modelJson = await readFile(modelPath);
    await rm(modelPath);
    await expect(loadBundle(dir)).rejects.toThrow(/model\.json is missing or unreadable/);
    await writeFile(modelPath, modelJson);
    const restored = await loadBundle(dir);
    expect(restored.manifest.family).toBe('scorecard');
    restored.model.dispose();
    const manifestPath = join(dir, MANIFEST_FILE);
    const manifest = (await readFile(manifestPath, 'utf8')).replace('"test"', '"edited"');
    await writeFile(manifestPath, manifest);
    await expect(loadBundle(dir)).rejects.toThrow(/manifest\.json has been modified/);
  });

  it('registers, promotes and rolls back champions', async () => {
    const registry = new ModelRegistry(join(root, 'registry'), () => new Date('2026-02-01T00:00:00Z'));
    const v1 = await writeBundle(join(root, 'v1'), new Date('2026-01-03T00:00:00Z'));
    const v2 = await writeBundle(join(root, 'v2'), new Date('2026-01-04T00:00:00Z'));
    expect(v1).not.toBe(v2);
    let state = await registry.register('credit', join(root, 'v1'));
    expect(state.champion).toBe(v1);
    state = await registry.register('credit', join(root, 'v2'));
    expect([state.champion, state.challenger]).toEqual([v1, v2]);
    state = await registry.register('credit', join(root, 'v2'));
    expect(state.versions).toEqual([v1, v2]);
    state = await registry.promote('credit');
    expect([state.champion, state.challenger]).toEqual([v2, null]);
    const champion = await registry.load('credit', 'champion');
    expect(champion.manifest.version).toBe(v2);
    champion.model.dispose();
    state = await registry.rollback('credit');
    expect(state.champion).toBe(v1);
    await expect(registry.rollback('credit')).rejects.toThrow(/no earlier champion/);
    expect((await registry.history('credit')).map((e) => e.action)).toEqual(['register', 'register', 'promote', 'rollback']);
  });

  it('serialises concurrent changes: no registration is lost', async () => {
    const registry = new ModelRegistry(join(root, 'registry-concurrent'));
    const dirs = ['c1', 'c2', 'c3', 'c4'].map((d) => join(root, d));
    const versions = await Promise.all(dirs.map((d, i) => writeBundle(d, new Date(Date.UTC(2026, 2, 1 + i)))));
    // Four read-modify-writes at once: without the lock each would start from the same
    // empty state and the last write would keep one version.
    await Promise.all(dirs.map((d) => registry.register('fraud', d)));
    const state = await registry.state('fraud');
    expect([...state.versions].sort()).toEqual([...versions].sort());
    expect(state.history.filter((e) => e.action === 'register')).toHaveLength(4);
    expect(state.champion).toBe(state.versions[0]);
  });
});
