// The credit product's development report on a synthetic member table: both models get the
// scorecard development report (WoE charts and binning of the champion, bands with odds and
// calibration, PSI development vs out of time, signs, reasons, fairness, the gradient-
// boosting baseline), and its figures agree with the evaluation the stage promotes on.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAIRNESS_ATTRIBUTES, THIN_FILE_MIN_MONTHS } from '../../features/credit/registry.js';
import { numericValues } from '../data/table.js';
import { applicantReader } from '../families/scorecard/train.js';
import { writeReport } from '../report/write-report.js';
import { initBackend } from '../tf/backend.js';
import { CREDIT_TARGET, MIN_INFORMATION_VALUE, scoreWithScorecard, trainCreditScorecard } from './champion.js';
import { predictChallenger, trainCreditChallenger } from './challenger.js';
import { CREDIT_BANDS } from './config.js';
import { challengerScores, fairnessRows } from './develop.js';
import { creditDevelopmentReport } from './development-report.js';
import type { DevelopmentReport } from '../report/development/development.js';
import { evaluateCredit } from './evaluation.js';
import { attributeFairness } from './fairness.js';
import { syntheticMembers } from './test-support/synthetic-members.js';

const ROWS = 4000;
const table = syntheticMembers(ROWS, 11, { thinEvery: 20 });
const months = numericValues(table, 'ledger_months');
const labels = numericValues(table, CREDIT_TARGET);
const all = Int32Array.from({ length: ROWS }, (_, i) => i);
const dev = all.filter((r) => r % 3 !== 0 && (months[r] as number) >= THIN_FILE_MIN_MONTHS);
const oot = all.filter((r) => r % 3 === 0);

let report: DevelopmentReport;
let championAuc = 0;
let dir = '';
beforeAll(async () => {
  await initBackend();
  dir = await mkdtemp(join(tmpdir(), 'credit-dev-report-'));
  const fit = trainCreditScorecard(table, dev);
  const read = applicantReader(table, [...fit.card.characteristics.map((c) => c.binning.characteristic), 'ledger_months']);
  const championDev = Array.from(dev, (r) => scoreWithScorecard(fit.card, read(r)));
  const championOot = Array.from(oot, (r) => scoreWithScorecard(fit.card, read(r)));
  championAuc = evaluateCredit(
    'champion',
    championOot,
    Float64Array.from(oot, (r) => labels[r] as number),
  ).auc;
  const net = await trainCreditChallenger(table, dev, 2);
  const challengerDev = challengerScores(predictChallenger(net.classifier, table, dev), months, dev);
  const challengerOot = challengerScores(predictChallenger(net.classifier, table, oot), months, oot);
  net.classifier.model.dispose();
  report = creditDevelopmentReport({
    table,
    dev,
    oot,
    seed: 1,
    champion: {
      selection: { fit, dropped: fit.dropped, flagged: [], minInformationValue: MIN_INFORMATION_VALUE },
      dev: championDev,
      oot: championOot,
      fairness: FAIRNESS_ATTRIBUTES.map((a) => attributeFairness(a, fairnessRows(table, oot, championOot))),
    },
    challenger: {
      dev: challengerDev,
      oot: challengerOot,
      fairness: FAIRNESS_ATTRIBUTES.map((a) => attributeFairness(a, fairnessRows(table, oot, challengerOot))),
    },
  });
}, 300_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const table$ = (prefix: string) => report.tables.find((t) => t.title.startsWith(prefix));

describe('credit development report', () => {
  it('has every part for the champion and the challenger', () => {
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
      'Challenger: Gradient-boosting baseline',
      'Challenger: Fairness out of time',
    ]) {
      expect(table$(title), title).toBeDefined();
    }
    const ids = report.charts.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['champion-ks', 'champion-score-goods-bads', 'challenger-ks', 'challenger-score-goods-bads']),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const kept = table$('Champion: Characteristics')!
      .rows.filter((r) => r[4] === 'kept')
      .map((r) => String(r[0]));
    expect(kept.length).toBeGreaterThan(2);
    for (const c of kept) expect(ids).toContain(`champion-woe-${c}`);
  });

  it('adds up: bands hold every scored out-of-time member, calibration and baseline agree with the evaluation', () => {
    const bands = table$('Champion: Score bands')!;
    expect(bands.rows.map((r) => r[0])).toEqual(CREDIT_BANDS.map((b) => b.band));
    const scored = oot.filter((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS).length;
    expect(bands.rows.reduce((n, r) => n + (r[2] as number), 0)).toBe(scored);
    for (const r of bands.rows) if ((r[2] as number) > 0) expect(r[4]).toBeCloseTo((r[3] as number) / (r[2] as number), 12);
    const baseline = table$('Champion: Gradient-boosting baseline')!;
    expect(baseline.rows[0]![1]).toBeCloseTo(championAuc, 12);
    expect(report.metrics['Champion AUC minus gradient-boosting baseline']).toBeCloseTo(
      championAuc - (report.metrics['Champion gradient-boosting baseline AUC'] as number),
      12,
    );
    // The synthetic truth is additive in the characteristics: the scorecard is close to boosting.
    expect(Math.abs(report.metrics['Champion AUC minus gradient-boosting baseline'] as number)).toBeLessThan(0.05);
    const fairness = table$('Champion: Fairness out of time')!;
    expect(new Set(fairness.rows.map((r) => r[0]))).toEqual(new Set(FAIRNESS_ATTRIBUTES));
  });

  it('writes as one page with every chart rendered', async () => {
    const written = await writeReport(dir, {
      title: 'credit',
      family: 'scorecard / classifier',
      specName: 'synthetic',
      metrics: report.metrics,
      charts: report.charts,
      tables: report.tables,
    });
    expect(written.charts.length).toBe(report.charts.length);
    const html = await readFile(written.htmlPath, 'utf8');
    expect(html.match(/<svg/g)?.length).toBe(report.charts.length);
    expect(html).toContain('Champion: Binning table (learning rows)');
  });
});
