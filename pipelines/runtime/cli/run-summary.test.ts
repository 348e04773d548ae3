// The end-of-run text lists what a run left behind, never a file it removed on the way.
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../execution/run-report.js';
import { formatRunReport } from './run-summary.js';

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
});
