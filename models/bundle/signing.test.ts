// Bundle signatures: a manifest edited and re-hashed (as anyone with write access can) is
// refused; so is a bundle signed with another key, an unsigned one, and a demo-signed one
// outside demo; without a key outside demo nothing is written and the error says what to set.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainScorecard } from '../families/scorecard/train.js';
import { scorecardLayersModel, scorecardPreprocessing } from '../families/scorecard/tfjs-model.js';
import { useBackend } from '../tf/backend.js';
import { learnTestSplit } from '../tf/split.js';
import { CREDIT_SPEC, syntheticCredit } from '../tf/test-support/synthetic-tables.js';
import { loadBundle, saveBundle, toJson } from './bundle-io.js';
import { fingerprintTable, sha256 } from './digest.js';
import { BundleIntegrityError } from './errors.js';
import { MANIFEST_FILE } from './manifest.js';
import type { BundleManifest } from './manifest.js';
import { ModelRegistry } from './registry.js';
import { MissingBundleKeyError } from './signing.js';
import type { BundleKeyOptions } from './signing.js';

const KEY_A: BundleKeyOptions = { key: 'a'.repeat(40) };
const KEY_B: BundleKeyOptions = { key: 'b'.repeat(40) };
const NO_DEMO: BundleKeyOptions = { env: {}, demo: false };

describe('bundle signatures', () => {
  let root = '';
  const table = syntheticCredit(1200, 3);
  const split = learnTestSplit(CREDIT_SPEC, table, 3);
  const { card } = trainScorecard(CREDIT_SPEC, table, split.learn);

  async function write(dir: string, signing: BundleKeyOptions): Promise<void> {
    const model = scorecardLayersModel(card);
    try {
      await saveBundle(dir, {
        family: 'scorecard',
        model,
        featureSpec: CREDIT_SPEC,
        preprocessing: scorecardPreprocessing(card),
        metrics: {},
        trainingData: fingerprintTable(table, split.learn),
        signing,
      });
    } finally {
      model.dispose();
    }
  }

  async function manifestOf(dir: string): Promise<BundleManifest> {
    return JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as BundleManifest;
  }

  /** What an attacker with write access does: change the WoE table, recompute the plain digest. */
  async function tamperAndRehash(dir: string, keepSignature: boolean): Promise<void> {
    const m = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Record<string, unknown> & {
      preprocessing: { binnings: { bins: { woe: number }[] }[] };
    };
    const bin = m.preprocessing.binnings[0]!.bins[0]!;
    bin.woe = bin.woe + 1.5;
    const { manifestSha256: _old, signature, ...body } = m;
    void _old;
    const next = { ...body, manifestSha256: sha256(toJson(body, 0)), ...(keepSignature ? { signature } : {}) };
    await writeFile(join(dir, MANIFEST_FILE), toJson(next));
  }

  beforeAll(async () => {
    await useBackend('wasm');
    root = await mkdtemp(join(tmpdir(), 'byo-signing-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('loads with the key it was signed with, and refuses another key', async () => {
    const dir = join(root, 'signed');
    await write(dir, KEY_A);
    const m = await manifestOf(dir);
    expect(m.signature).toMatchObject({ algorithm: 'HMAC-SHA256', demo: false });
    const loaded = await loadBundle(dir, KEY_A);
    loaded.model.dispose();
    await expect(loadBundle(dir, KEY_B)).rejects.toThrow(/signature that does not match/);
  });

  it('refuses a manifest changed and re-hashed, with or without its old signature', async () => {
    for (const keep of [true, false]) {
      const dir = join(root, `tampered-${keep}`);
      await write(dir, KEY_A);
      await tamperAndRehash(dir, keep);
      const err = await loadBundle(dir, KEY_A).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BundleIntegrityError);
      expect((err as BundleIntegrityError).problem).toBe('signature-invalid');
      expect((err as Error).message).toMatch(keep ? /does not match/ : /is not signed/);
      // The registry refuses it too.
      await expect(new ModelRegistry(join(root, `reg-${keep}`), undefined, KEY_A).register('credit', dir)).rejects.toThrow(
        BundleIntegrityError,
      );
    }
  });

  it('refuses a demo-signed bundle outside demo, and writes nothing without a key outside demo', async () => {
    const dir = join(root, 'demo');
    await write(dir, { demo: true, env: {} });
    expect((await manifestOf(dir)).signature?.demo).toBe(true);
    await expect(loadBundle(dir, { ...KEY_A })).rejects.toThrow(/public demo key/);
    await expect(write(join(root, 'nokey'), NO_DEMO)).rejects.toThrow(MissingBundleKeyError);
    await expect(write(join(root, 'nokey'), NO_DEMO)).rejects.toThrow(/TELISIK_BUNDLE_KEY is not set/);
    await expect(readFile(join(root, 'nokey', MANIFEST_FILE))).rejects.toThrow();
  });
});
