// Issue 12 item 1: two runs on workers sharing one warehouse, the normal path when
// `POST /runs` follows several runs at once. Main-thread jobs and worker-thread stages of
// both runs open the same file; with nothing but DuckDB's per-process lock between them
// the file was corrupted. Both runs must complete, never with a writer inside together
// with another session, the file must open afterwards, and each run's tables must equal
// those of an inline run of the same spec.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../features/warehouse/index.js';
import { stagesThatRan } from '../execution/run-report.js';
import { InlineRunner } from '../runners/inline-runner.js';
import { QueuedRunner } from '../runners/queued-runner.js';
import { SILENT_LOG } from '../runtime-log.js';
import type { RunSpec } from '../stages/stage-definition.js';
import { loadStageRegistry } from '../stages/registry-module.js';
import { startChildWorker } from '../test-support/child-worker.js';
import type { ChildWorker } from '../test-support/child-worker.js';
import { removePrefix, testPrefix, useRealRedis } from '../test-support/redis-fixture.js';
import { StageWorkerHost } from '../workers/stage-worker-host.js';
import { readSessionLog, tablesOf, widestWriterOverlap } from './test-support/shared-warehouse-stages.js';

const REGISTRY_MODULE = new URL('./test-support/shared-warehouse-stages.ts', import.meta.url).href;

describe('two runs on workers sharing one warehouse', () => {
  const useRedis = useRealRedis();
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it.each([
    { where: 'in worker threads of this process', modelInChild: false },
    { where: 'in another worker process', modelInChild: true },
  ])(
    'completes both with the worker-thread stage $where, keeps the file sound, and writes what inline runs write',
    async ({ modelInChild }) => {
      const redis = useRedis();
      const dir = await mkdtemp(join(tmpdir(), 'telisik-shared-'));
      dirs.push(dir);
      const shared = join(dir, 'shared', 'warehouse.duckdb');
      const sessionLog = join(dir, 'sessions.ndjson');
      const spec = (tag: string, warehousePath: string, where: string): RunSpec => ({
        runId: `shared-${tag}-${where}-${randomUUID().slice(0, 8)}`,
        warehousePath,
        outDir: join(dir, `${where}-${tag}`),
        params: { tag, sessionLog },
      });

      const prefix = testPrefix();
      const registry = await loadStageRegistry(REGISTRY_MODULE);
      // Two jobs per stage queue at once: both runs' jobs run side by side, in threads of
      // this process or, for `model`, in a second process with its own threads.
      const host = new StageWorkerHost({
        connection: redis,
        prefix,
        registryModule: REGISTRY_MODULE,
        log: SILENT_LOG,
        tuning: { concurrency: 2 },
        ...(modelInChild ? { stages: ['load', 'report'] } : {}),
      });
      const runner = new QueuedRunner({ connection: redis, prefix, registry });
      let child: ChildWorker | undefined;
      let reports;
      try {
        await host.start();
        if (modelInChild) {
          child = startChildWorker({ prefix, stages: 'model', lockMs: 30_000, env: { TEST_REGISTRY_MODULE: REGISTRY_MODULE } });
          await child.waitForLine('ready');
        }
        reports = await Promise.all([runner.run(spec('alpha', shared, 'workers')), runner.run(spec('beta', shared, 'workers'))]);
      } finally {
        child?.kill();
        await runner.close();
        await host.close();
        await removePrefix(redis, prefix);
      }
      for (const report of reports) {
        expect(report.mode).toBe('workers');
        expect(stagesThatRan(report)).toEqual(['load', 'model', 'report']);
        const model = report.stages.find((s) => s.stage === 'model');
        expect(model?.status === 'ran' && model.tasks[0]?.outputs[0]?.detail).toEqual({ mainThread: false });
      }

      const events = readSessionLog(sessionLog);
      // 2 runs x (3 load partitions + model + report + publish) sessions, each entered and left.
      expect(events.filter((e) => e.event === 'enter')).toHaveLength(12);
      expect(events.filter((e) => e.event === 'exit')).toHaveLength(12);
      expect(widestWriterOverlap(events)).toBe(1);

      // The file opens as a telisik warehouse and passes DuckDB's own checks.
      const reopened = await openWarehouse(shared, { readOnly: true });
      try {
        const tables = await reopened.query<{ table_name: string }>(
          "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 't\\_%' ESCAPE '\\' ORDER BY table_name",
        );
        expect(tables.map((t) => t.table_name)).toEqual([
          't_alpha_ledger',
          't_alpha_scores',
          't_alpha_summary',
          't_beta_ledger',
          't_beta_scores',
          't_beta_summary',
        ]);
        await reopened.query('SELECT count(*) FROM ingest_files');
      } finally {
        await reopened.close();
      }

      const inline = new InlineRunner({ registry, log: SILENT_LOG });
      for (const tag of ['alpha', 'beta']) {
        const own = spec(tag, join(dir, `inline-${tag}`, 'warehouse.duckdb'), 'inline');
        await inline.run({ ...own, params: { tag } });
        const expected = await tablesOf(own.warehousePath, tag);
        expect(expected['ledger']).toHaveLength(600);
        expect(expected['scores']).toHaveLength(600);
        expect(expected['summary']).toHaveLength(3);
        expect(await tablesOf(shared, tag)).toEqual(expected);
      }
    },
  );
});
