// The report rasterises each chart's PNG in resvg's thread while the next chart's SVG is
// drawn: every PNG file must be the bytes the synchronous rasteriser gives for that SVG.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calibrationChart, lorenzChart } from './charts.js';
import { chartToSvg, svgToPng } from './render.js';
import { writeReport } from './write-report.js';

describe('report PNGs drawn in the background', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes for each chart the PNG of its SVG, bytes and size', async () => {
    dir = await mkdtemp(join(tmpdir(), 'telisik-report-png-'));
    const charts = [
      lorenzChart(
        [0, 0.2, 0.5, 1].map((x, i) => ({ premiumShare: x, lossShare: [0, 0.4, 0.7, 1][i]! })),
        0.3,
      ),
      calibrationChart(
        [0.1, 0.3, 0.6].map((p, i) => ({
          bin: i,
          count: 10 * (i + 1),
          lower: p - 0.1,
          upper: p + 0.1,
          meanPredicted: p,
          observedRate: p + 0.05 * (i - 1),
        })),
      ),
    ];
    const written = await writeReport(dir, { title: 't', family: 'poisson', specName: 's', metrics: {}, charts });
    expect(written.charts.map((c) => c.id)).toEqual(['lorenz', 'calibration']);
    for (const [i, chart] of charts.entries()) {
      const expected = svgToPng(await chartToSvg(chart.spec));
      const onDisk = await readFile(written.charts[i]!.pngPath);
      expect(Buffer.compare(onDisk, Buffer.from(expected.png))).toBe(0);
      expect([written.charts[i]!.width, written.charts[i]!.height]).toEqual([expected.width, expected.height]);
    }
  });
});
