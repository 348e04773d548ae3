// `telisik train` end to end on a small CSV: a scorecard is trained, its bundle verifies
// and loads, its report and charts are written.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../models/bundle/bundle-io.js';
import { scorecardFromBundle } from '../../models/families/scorecard/tfjs-model.js';
import { scoreApplicant } from '../../models/families/scorecard/scorecard.js';
import { createRng } from '../../models/tf/seed.js';
import { runTrain } from './train.js';

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
    const outcome = await runTrain({ family: 'scorecard', specPath: join(dir, 'spec.json'), dataPath: join(dir, 'credit.csv'), outDir: join(dir, 'out'), explainRows: 50 });
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
    loaded.model.dispose();
  });
});
