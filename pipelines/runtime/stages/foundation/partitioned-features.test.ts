// Partitioning is an execution detail: a features stage split into member-key buckets must
// publish the same tables, row for row, as the same stage run as one partition.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { k3TestWarehouseCopy } from '../../../../features/k3/testing/k3-extract.js';
import type { RunReport } from '../../execution/run-report.js';
import { InlineRunner } from '../../runners/inline-runner.js';
import { SILENT_LOG } from '../../runtime-log.js';
import { withWarehouse } from '../../warehouse/warehouse-session.js';
import { createStageRegistry } from '../default-registry.js';
import type { RunSpec } from '../stage-definition.js';
import { CREDIT_FEATURE_TABLE } from '../credit/credit-stages.js';
import { MEMBER_CONTRIBUTION_SUMMARY } from './feature-tables.js';
import { MEMBER_BUCKETS_PARAM, bucketCount, hexKeyBuckets } from './member-buckets.js';

const TABLES = [MEMBER_CONTRIBUTION_SUMMARY.name, CREDIT_FEATURE_TABLE.name];
const dirs: string[] = [];

async function featuresRun(name: string, buckets: number): Promise<{ run: RunSpec; report: RunReport }> {
  const copy = await k3TestWarehouseCopy();
  dirs.push(copy.dir);
  const run: RunSpec = {
    runId: `partitioned-${name}`,
    warehousePath: copy.warehousePath,
    outDir: join(copy.dir, 'out'),
    stages: ['features'],
    params: { [MEMBER_BUCKETS_PARAM]: buckets },
  };
  const report = await new InlineRunner({ registry: createStageRegistry(), log: SILENT_LOG }).run(run);
  return { run, report };
}

const rowsOf = (run: RunSpec, table: string): Promise<unknown[]> =>
  withWarehouse(run.warehousePath, { readOnly: true }, async (c) =>
    (await c.runAndReadAll(`SELECT * FROM ${table} ORDER BY ALL`)).getRowsJson(),
  );

let whole: { run: RunSpec; report: RunReport };
let split: { run: RunSpec; report: RunReport };

beforeAll(async () => {
  whole = await featuresRun('whole', 1);
  split = await featuresRun('split', 16);
}, 600_000);

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('member-key partitions of the features stage', () => {
  it('runs one job per bucket for every per-member table', () => {
    const tasks = (r: RunReport) => r.stages.flatMap((s) => (s.status === 'ran' ? s.tasks : []));
    for (const table of TABLES) {
      const processor = table.replaceAll('_', '-');
      expect(
        tasks(whole.report)
          .filter((t) => t.processor === processor)
          .map((t) => t.partition),
      ).toEqual(['all']);
      expect(tasks(split.report).filter((t) => t.processor === processor)).toHaveLength(16);
    }
  });

  it.each(TABLES)('publishes %s row for row as the unpartitioned run does', async (table) => {
    const [a, b] = [await rowsOf(whole.run, table), await rowsOf(split.run, table)];
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toEqual(a);
  });

  it('puts every member in exactly one bucket', async () => {
    const buckets = Object.values(hexKeyBuckets('member_key', 16));
    const counted = await withWarehouse(whole.run.warehousePath, { readOnly: true }, async (c) => {
      const sums = buckets.map((where) => `count(*) FILTER (WHERE ${where})`).join(' + ');
      const reader = await c.runAndReadAll(
        `SELECT count(*) AS members, ${sums} AS bucketed, min(${buckets.map((w) => `(${w})::INT`).join(' + ')}) AS least_hits FROM raw_members`,
      );
      return reader.getRowObjectsJson()[0];
    });
    expect(Number(counted?.['bucketed'])).toBe(Number(counted?.['members']));
    expect(Number(counted?.['least_hits'])).toBe(1);
  });

  it('takes a power of two from 1 to 256 buckets', () => {
    const run = (n: unknown): RunSpec => ({ runId: 'r', warehousePath: 'w', outDir: 'o', params: { [MEMBER_BUCKETS_PARAM]: n as number } });
    expect(bucketCount({ runId: 'r', warehousePath: 'w', outDir: 'o' }, MEMBER_BUCKETS_PARAM)).toBe(16);
    expect(bucketCount(run(256), MEMBER_BUCKETS_PARAM)).toBe(256);
    for (const bad of [0, 3, 512, 1.5, 'x']) expect(() => bucketCount(run(bad), MEMBER_BUCKETS_PARAM)).toThrow(MEMBER_BUCKETS_PARAM);
    expect(Object.keys(hexKeyBuckets('member_key', 4))).toEqual(['k00', 'k40', 'k80', 'kc0']);
  });
});
