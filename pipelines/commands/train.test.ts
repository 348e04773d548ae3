// `telisik train` end to end on a small CSV: a scorecard is trained, its bundle verifies
// and loads, its report and charts are written.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../models/bundle/bundle-io.js';
import { scorecardFromBundle } from '../../models/families/scorecard/tfjs-model.js';
import { scoreApplicant } from '../../models/families/scorecard/scorecard.js';
import { createRng } from '../../models/tf/seed.js';
import type { ScorecardPreprocessing } from '../../models/families/scorecard/tfjs-model.js';
import { runTrain } from './train.js';
import { scorecardSettings } from './train/options.js';
import type { ScorecardSettings } from './train/options.js';

describe('telisik train', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('trains a scorecard from a CSV and writes a verified bundle and a report', async () => {
    dir = await mkdtemp(join(tmpdir(), 'telisik-train-'));
    const rng = createRng(2);
    const lines = ['memberKey,arrearsMonths12m,segment,defaulted'];
    for (let i = 0; i < 1500; i++) {
      const arrears = Math.floor(rng() * 6);
      const segment = rng() < 0.6 ? 'PPU' : 'BPU';
      const logit = -2 + 0.5 * arrears + (segment === 'BPU' ? 0.5 : 0);
      lines.push(`m${i},${arrears},${segment},${rng() < 1 / (1 + Math.exp(-logit)) ? 1 : 0}`);
    }
    await writeFile(join(dir, 'credit.csv'), `${lines.join('\n')}\n`);
    await writeFile(
      join(dir, 'spec.json'),
      JSON.stringify({
        name: 'train-command-test',
        features: [
          { kind: 'numeric', column: 'arrearsMonths12m', monotone: 1 },
          { kind: 'categorical', column: 'segment' },
        ],
        target: 'defaulted',
        id: 'memberKey',
      }),
    );
    const outcome = await runTrain({
      family: 'scorecard',
      specPath: join(dir, 'spec.json'),
      dataPath: join(dir, 'credit.csv'),
      outDir: join(dir, 'out'),
      explainRows: 50,
    });
    expect(outcome.metrics['AUC']).toBeGreaterThan(0.6);
    const loaded = await loadBundle(outcome.bundleDir);
    expect(loaded.manifest.family).toBe('scorecard');
    expect(loaded.manifest.trainingData.rows).toBeGreaterThan(1000);
    const card = scorecardFromBundle(loaded);
    const worst = scoreApplicant(card, { arrearsMonths12m: 5, segment: 'BPU' });
    const best = scoreApplicant(card, { arrearsMonths12m: 0, segment: 'PPU' });
    expect(best.score as number).toBeGreaterThan(worst.score as number);
    expect(worst.reasons[0]?.characteristic).toBe('arrearsMonths12m');
    expect((await stat(outcome.report.htmlPath)).size).toBeGreaterThan(1000);
    expect(outcome.report.charts.length).toBeGreaterThanOrEqual(3);
    // A scorecard development report, not a worklist page.
    const html = await readFile(outcome.report.htmlPath, 'utf8');
    for (const title of [
      'Characteristics: information value, coefficient and sign',
      'Binning table',
      'Score bands',
      'Stability, learning vs test',
      'Reason codes on the test rows',
    ])
      expect(html).toContain(title);
    expect(html).not.toMatch(/precision@/);
    loaded.model.dispose();
  });

  it('names a misspelt column, refuses --special for an unknown column or a family that cannot apply it', async () => {
    const data = join(dir, 'credit.csv');
    const misspelt = join(dir, 'misspelt.json');
    await writeFile(
      misspelt,
      JSON.stringify({ name: 'm', target: 'defaulted', features: [{ kind: 'numeric', column: 'arrearsMonth12m' }] }),
    );
    await expect(runTrain({ family: 'scorecard', specPath: misspelt, dataPath: data, outDir: join(dir, 'm') })).rejects.toThrow(
      /^column arrearsMonth12m \(features\[0\]\.column\) is not in the file/,
    );
    const spec = join(dir, 'spec.json');
    await expect(
      runTrain({ family: 'scorecard', specPath: spec, dataPath: data, outDir: join(dir, 's'), specialValues: { nope: [9] } }),
    ).rejects.toThrow(/--special: column nope is not a feature/);
    await expect(
      runTrain({ family: 'classifier', specPath: spec, dataPath: data, outDir: join(dir, 'c'), specialValues: { arrearsMonths12m: [9] } }),
    ).rejects.toThrow(/spec field features\[0\]\.monotone cannot be applied by the classifier family/);
    await expect(runTrain({ family: 'poisson', specPath: spec, dataPath: data, outDir: join(dir, 'p') })).rejects.toThrow(
      /features\[0\]\.monotone cannot be applied by the poisson family/,
    );
  });

  it('reaches every scorecard option, and --refit-all ships a model fitted on every row', async () => {
    const outcome = await runTrain({
      family: 'scorecard',
      specPath: join(dir, 'spec.json'),
      dataPath: join(dir, 'credit.csv'),
      outDir: join(dir, 'refit'),
      explainRows: 10,
      refitAll: true,
      specialValues: { arrearsMonths12m: [5] },
      fairness: ['segment'],
      scorecard: scorecardSettings({
        pdo: '40',
        baseScore: '500',
        baseOdds: '10',
        maxBins: '3',
        minBinShare: '0.1',
        fineClasses: '10',
        l2: '0.5',
        minObserved: '1',
        minIv: '0',
        reversedSigns: 'flag',
      }) as ScorecardSettings,
    });
    const loaded = await loadBundle(outcome.bundleDir);
    expect(loaded.manifest.trainingData.rows).toBe(1500);
    expect(loaded.manifest.featureSpec.features[0]).toMatchObject({ special: [5] });
    const pre = loaded.manifest.preprocessing as unknown as ScorecardPreprocessing;
    expect(pre.scaling).toEqual({ pdo: 40, baseScore: 500, baseOdds: 10 });
    expect(pre.minObservedCharacteristics).toBe(1);
    expect(pre.binnings[0]!.bins.filter((b) => b.kind === 'range').length).toBeLessThanOrEqual(3);
    expect(pre.binnings[0]!.bins.some((b) => b.kind === 'special' && b.special === 5)).toBe(true);
    const metrics = JSON.parse(await readFile(outcome.report.metricsPath, 'utf8')) as { tables: { title: string; rows: unknown[][] }[] };
    const fairness = metrics.tables.find((t) => t.title.startsWith('Fairness'));
    expect(fairness?.rows.map((r) => r[1]).sort()).toEqual(['BPU', 'PPU']);
    await expect(
      runTrain({
        family: 'scorecard',
        specPath: join(dir, 'spec.json'),
        dataPath: join(dir, 'credit.csv'),
        outDir: join(dir, 'f'),
        fairness: ['gender'],
      }),
    ).rejects.toThrow(/--fairness: column gender is not in the file/);
    expect(() => scorecardSettings({ reversedSigns: 'maybe' })).toThrow(/--reversed-signs/);
    loaded.model.dispose();
  });
});
