// The end-of-run text lists what a run left behind, never a file it removed on the way.
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../execution/run-report.js';
import { formatRunReport, stageFigures } from './run-summary.js';

describe('formatRunReport', () => {
  it('lists published tables and snapshots, not the merged (removed) partition files', () => {
    const report = {
      runId: 'r1',
      mode: 'workers',
      stages: [
        {
          stage: 'features',
          status: 'done',
          tasks: [
            {
              stage: 'features',
              processor: 'feat',
              partition: 'kes',
              outputs: [{ kind: 'partition', name: '/runs/r1/features/feat/kes.parquet', rows: 2995 }],
            },
          ],
          published: [
            { kind: 'table', name: 'feat', rows: 2995 },
            { kind: 'snapshot', name: '/runs/r1/snapshots/feat.arrow', rows: 2995 },
          ],
        },
      ],
    } as unknown as RunReport;
    const text = formatRunReport(report);
    expect(text).toContain('table feat (2,995 rows)');
    expect(text).toContain('snapshot /runs/r1/snapshots/feat.arrow');
    expect(text).not.toContain('kes.parquet');
  });

  it('gives each stage its wall time and the rows it left per second', () => {
    const report: RunReport = {
      runId: 'r2',
      mode: 'inline',
      stages: [
        {
          stage: 'features',
          status: 'ran',
          seconds: 4,
          publishSeconds: 1,
          tasks: [
            { stage: 'features', processor: 'feat', partition: 'k00', outputs: [{ kind: 'partition', name: '/p.parquet', rows: 10 }] },
          ],
          published: [
            { kind: 'table', name: 'feat', rows: 10_000 },
            { kind: 'snapshot', name: '/s.arrow', rows: 10_000 },
          ],
        },
        { stage: 'train', status: 'skipped', reason: 'no-processors' },
      ],
    };
    // The snapshot copies the table and the partition was merged into it: 10,000 rows, not 20,010.
    expect(stageFigures(report)).toEqual([{ stage: 'features', tasks: 1, seconds: 4, rows: 10_000 }]);
    expect(formatRunReport(report)).toContain('features: ran 1 task in 4.0 s, 2,500 rows/s');
  });
});
