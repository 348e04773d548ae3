// One report rendered end to end: every chart has a PNG of the expected size with real
// content (decoded and measured), the HTML embeds the charts, metrics.json parses.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { numericValues } from '../data/table.js';
import { scoreTable, trainScorecard } from '../families/scorecard/train.js';
import type { Explanation } from '../explain/types.js';
import { learnTestSplit } from '../tf/split.js';
import { CREDIT_SPEC, syntheticCredit } from '../tf/test-support/synthetic-tables.js';
import { CHART_WIDTH } from './charts.js';
import { decodePng, pixelStats } from './test-support/png-inspect.js';
import { PNG_SCALE } from './render.js';
import { binarySection, explanationSection, mergeSections } from './sections.js';
import { writeReport } from './write-report.js';

/** A blank or single-colour image has luminance variance 0; axes, text and a curve give hundreds. */
const MIN_LUMINANCE_VARIANCE = 100;
/** Share of non-white pixels: at least the axes and labels, at most a chart that is not a solid block. */
const MIN_INK_SHARE = 0.01;
const MAX_INK_SHARE = 0.6;

describe('model report', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('renders charts to PNGs of the right size with visible content', async () => {
    dir = await mkdtemp(join(tmpdir(), 'telisik-report-'));
    const table = syntheticCredit(2000, 21);
    const split = learnTestSplit(CREDIT_SPEC, table, 21);
    const { card } = trainScorecard(CREDIT_SPEC, table, split.learn);
    const results = scoreTable(card, table, split.test);
    const y = numericValues(table, 'defaulted');
    const labels = Float64Array.from(split.test, (r) => y[r] as number);
    const pd = Float64Array.from(results, (r) => r.probabilityOfDefault as number);
    const section = mergeSections(binarySection(labels, pd), explanationSection(results.map((r) => r.explanation as Explanation)));
    const written = await writeReport(dir, {
      title: 'Synthetic credit scorecard',
      family: 'scorecard',
      specName: CREDIT_SPEC.name,
      metrics: section.metrics,
      details: section.details,
      charts: section.charts,
    });
    expect(written.charts.map((c) => c.id)).toEqual(['roc', 'calibration', 'gains', 'contributions']);
    for (const chart of written.charts) {
      const png = decodePng(new Uint8Array(await readFile(chart.pngPath)));
      expect([png.width, png.height]).toEqual([chart.width, chart.height]);
      // Plot area plus axes and title, at PNG_SCALE pixels per CSS pixel.
      expect(png.width).toBeGreaterThan(CHART_WIDTH * PNG_SCALE);
      expect(png.width).toBeLessThan(2 * CHART_WIDTH * PNG_SCALE);
      expect(png.height).toBeGreaterThan(100 * PNG_SCALE);
      const stats = pixelStats(png);
      expect(stats.luminanceVariance).toBeGreaterThan(MIN_LUMINANCE_VARIANCE);
      expect(stats.inkShare).toBeGreaterThan(MIN_INK_SHARE);
      expect(stats.inkShare).toBeLessThan(MAX_INK_SHARE);
    }
    const html = await readFile(written.htmlPath, 'utf8');
    expect(html.match(/<svg/g)?.length).toBe(4);
    expect(html).toContain('application/vnd.vegalite+json');
    expect(html).toContain('charts/roc.png');
    const metrics = JSON.parse(await readFile(written.metricsPath, 'utf8')) as { metrics: Record<string, number> };
    expect(metrics.metrics['AUC']).toBeGreaterThan(0.6);
    expect(metrics.metrics['rows outside completeness tolerance']).toBe(0);
  });
});
