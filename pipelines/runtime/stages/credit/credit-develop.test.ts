// The credit product end to end on a small generated extract with ground truth: ingest,
// champion and challenger developed and compared out of time, fairness and drift, the
// registry (register, promote, roll back), the published features served by the API's
// scorer, the stage wiring, and a bank's own data through `telisik train --family scorecard`.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCreditScorer } from '../../../../api/routes/credit/load-scorer.js';
import { generate } from '../../../../data-samples/generator/index.js';
import { buildCreditFeatures } from '../../../../features/credit/build.js';
import { LATEST_OBSERVATION } from '../../../../features/credit/features-sql.js';
import { FAIRNESS_ATTRIBUTES } from '../../../../features/credit/registry.js';
import { DEMO_PSEUDONYM_KEY, ingestFiles } from '../../../../features/ingest/index.js';
import { openWarehouse } from '../../../../features/warehouse/warehouse.js';
import { ModelRegistry } from '../../../../models/bundle/registry.js';
import { CREDIT_SCORECARD_SPEC } from '../../../../models/credit/champion.js';
import { CREDIT_BANDS, CREDIT_PRODUCT } from '../../../../models/credit/config.js';
import { parseSpec } from '../../../../models/spec/load.js';
import { runTrain } from '../../../commands/train.js';
import { createStageRegistry } from '../default-registry.js';
import { developCreditModels } from '../../../../models/credit/develop.js';
import type { CreditDevelopment } from '../../../../models/credit/develop.js';
import { creditSamplesSql } from '../../../../models/credit/samples.js';

const KEY = Buffer.from(DEMO_PSEUDONYM_KEY, 'utf8');
let dir: string;
let dev: CreditDevelopment;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-credit-'));
  // 30 months: the earlier observation date (24 months before the end) still has 6 months of history.
  await generate({ outDir: join(dir, 'extract'), members: 6000, months: 30, seed: 3, claimsPerMemberYear: 0.1 });
  const w = await openWarehouse(join(dir, 'w.duckdb'));
  try {
    await ingestFiles(w, join(dir, 'extract'), { demoKey: true });
    dev = await developCreditModels({
      warehouse: w,
      truthPath: join(dir, 'extract', 'truth', 'credit_outcome.parquet'),
      pseudonymKey: KEY,
      outDir: join(dir, 'credit'),
      registryRoot: join(dir, 'registry'),
      seed: 5,
    });
    await buildCreditFeatures(w, LATEST_OBSERVATION);
    const { sql } = await creditSamplesSql(w, join(dir, 'extract', 'truth', 'credit_outcome.parquet'), KEY);
    await w.run(`COPY (${sql}) TO '${join(dir, 'bank-own-data.csv')}' (HEADER)`);
  } finally {
    await w.close();
  }
}, 240_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('credit model development on generated data', () => {
  it('evaluates champion and challenger out of time with calibration by band', () => {
    for (const e of [dev.champion, dev.challenger]) {
      expect(e.rows).toBeGreaterThan(1000);
      expect(e.defaults).toBeGreaterThan(30);
      // The generated truth is learnable: both rank defaults well above chance.
      expect(e.auc).toBeGreaterThan(0.65);
      expect(e.gini).toBeCloseTo(2 * e.auc - 1, 9);
      expect(e.ks).toBeGreaterThan(0.2);
      expect(e.calibrationByBand.map((b) => b.band)).toEqual(CREDIT_BANDS.map((b) => b.band));
      expect(e.calibrationByBand.reduce((t, b) => t + b.rows, 0)).toBe(e.rows);
    }
    expect(dev.champion.thinFiles).toBe(dev.challenger.thinFiles);
  });

  it('reports fairness by every attribute and drift of the score and each characteristic', () => {
    for (const f of [dev.fairness.champion, dev.fairness.challenger]) {
      expect(f.map((x) => x.attribute)).toEqual([...FAIRNESS_ATTRIBUTES]);
      for (const x of f) expect(x.groups.length).toBeGreaterThan(1);
    }
    expect(dev.drift[0]!.variable).toBe('score (champion)');
    expect(dev.drift.length).toBe(1 + CREDIT_SCORECARD_SPEC.features.filter((f) => f.kind === 'numeric').length);
    for (const d of dev.drift) expect(['stable', 'watch', 'act']).toContain(d.level);
  });

  it('writes one comparison report and registers both models, promoting only a clear winner', async () => {
    const html = await readFile(dev.reportPath, 'utf8');
    expect(html).toContain('champion AUC (OOT)');
    expect(html).toContain('challenger AUC (OOT)');
    // The scorecard development report for both models, developed vs out of time.
    for (const title of [
      'Champion: Characteristics: information value, coefficient and sign',
      'Champion: Binning table',
      'Champion: Score bands',
      'Champion: Stability, learning vs test',
      'Champion: Reason codes on the test rows',
      'Champion: Gradient-boosting baseline',
      'Champion: Fairness out of time',
      'Challenger: Score bands',
      'Challenger: Stability',
      'Challenger: Fairness out of time',
    ])
      expect(html).toContain(title);
    const metrics = JSON.parse(await readFile(join(dirname(dev.reportPath), 'metrics.json'), 'utf8')) as {
      metrics: Record<string, number>;
      tables: { title: string; rows: unknown[][] }[];
    };
    expect(metrics.metrics['Champion gradient-boosting baseline AUC']).toBeGreaterThan(0.65);
    expect(metrics.metrics['Champion AUC minus gradient-boosting baseline']).toBeCloseTo(
      dev.champion.auc - metrics.metrics['Champion gradient-boosting baseline AUC']!,
      9,
    );
    const bands = metrics.tables.find((t) => t.title.startsWith('Champion: Score bands'))!;
    expect(bands.rows.map((r) => r[0])).toEqual(CREDIT_BANDS.map((b) => b.band));
    expect(bands.rows.reduce((n, r) => n + (r[2] as number), 0)).toBe(dev.champion.rows);
    const charts = dirname(dev.reportPath);
    for (const id of ['champion-ks', 'champion-score-goods-bads', 'challenger-ks', 'challenger-score-goods-bads'])
      expect(existsSync(join(charts, 'charts', `${id}.png`))).toBe(true);
    const kept = metrics.tables
      .find((t) => t.title.startsWith('Champion: Characteristics'))!
      .rows.filter((r) => r[4] === 'kept')
      .map((r) => String(r[0]));
    expect(kept.length).toBeGreaterThan(3);
    for (const c of kept) expect(existsSync(join(charts, 'charts', `champion-woe-${c}.png`))).toBe(true);
    const registry = new ModelRegistry(join(dir, 'registry'));
    const state = await registry.state(CREDIT_PRODUCT);
    expect(state.versions).toEqual([dev.versions.champion, dev.versions.challenger]);
    expect(dev.promoted).toBe(dev.challenger.auc - dev.champion.auc >= 0.01);
    if (dev.promoted) {
      expect(state.champion).toBe(dev.versions.challenger);
      expect((await registry.rollback(CREDIT_PRODUCT)).champion).toBe(dev.versions.champion);
    } else {
      expect(state).toMatchObject({ champion: dev.versions.champion, challenger: dev.versions.challenger });
      expect((await registry.promote(CREDIT_PRODUCT)).champion).toBe(dev.versions.challenger);
      expect((await registry.rollback(CREDIT_PRODUCT)).champion).toBe(dev.versions.champion);
    }
  });

  it('serves the champion over the published features, as telisik serve loads them', async () => {
    const scorer = await loadCreditScorer({ registryRoot: join(dir, 'registry'), warehousePath: join(dir, 'w.duckdb') });
    expect(scorer.modelVersion).toBe(dev.versions.champion);
    expect(scorer.members).toBeGreaterThan(5000);
    expect(scorer.score('0'.repeat(64))).toBeUndefined();
    // The development reference for drift monitoring travels in the bundle: the score and every numeric characteristic.
    expect(scorer.driftReferences[0]!.variable).toBe('score');
    expect(scorer.driftReferences.length).toBeGreaterThan(1);
    for (const r of scorer.driftReferences) expect(r.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('registers its stage work in the default registry', () => {
    const registry = createStageRegistry();
    expect(registry.get('features').processors.map((p) => p.name)).toContain('feat-credit-member');
    expect(registry.get('train').processors.map((p) => p.name)).toContain('credit-models');
  });

  it("trains the scorecard on a bank's own table with the published spec", async () => {
    const specPath = join(process.cwd(), 'models', 'credit', 'credit-scorecard.spec.json');
    const spec = parseSpec(JSON.parse(await readFile(specPath, 'utf8')));
    expect(spec.features).toEqual(CREDIT_SCORECARD_SPEC.features);
    const outcome = await runTrain({
      family: 'scorecard',
      specPath,
      dataPath: join(dir, 'bank-own-data.csv'),
      outDir: join(dir, 'byod'),
      explainRows: 20,
    });
    expect(outcome.metrics['AUC']).toBeGreaterThan(0.65);
    expect(existsSync(outcome.bundleDir)).toBe(true);
  });
});
