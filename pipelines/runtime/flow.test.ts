// A run through real BullMQ workers on the real Redis: end to end, bad input, and the
// same outputs as the inline runner.
import { rm } from 'node:fs/promises';
import { Queue } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunReport } from './execution/run-report.js';
import { stagesThatRan } from './execution/run-report.js';
import type { RunHistory } from './history/run-history.js';
import type { TaskProgress } from './queue/job-data.js';
import { stageQueueName, taskJobId } from './queue/queue-names.js';
import { InlineRunner } from './runners/inline-runner.js';
import { QueuedRunner } from './runners/queued-runner.js';
import { SILENT_LOG } from './runtime-log.js';
import type { RunSpec } from './stages/stage-definition.js';
import { loadStageRegistry } from './stages/registry-module.js';
import { removePrefix, TEST_REGISTRY_MODULE, testPrefix, testRun, useRealRedis } from './test-support/redis-fixture.js';
import { readTestOutputs } from './test-support/test-stages.js';
import { StageWorkerHost } from './workers/stage-worker-host.js';

type StageUpdate = Parameters<RunHistory['updateRunStage']>[1];

/** Collects history writes, standing in for the OpsStore. */
function recordingHistory(): RunHistory & { updates: StageUpdate[] } {
  const updates: StageUpdate[] = [];
  return {
    updates,
    createRun: async () => {
      throw new Error('not used');
    },
    finishRun: async () => undefined,
    updateRunStage: async (_runId, update) => {
      updates.push(update);
    },
  };
}

/** The report without file locations, which differ between two runs. */
function comparable(report: RunReport): unknown {
  return report.stages.map((s) =>
    s.status === 'ran'
      ? {
          stage: s.stage,
          tasks: s.tasks.map((t) => ({ ...t, outputs: t.outputs.map(({ detail: _d, ...o }) => o) })),
          published: s.published,
        }
      : s,
  );
}

describe('runs through BullMQ workers', () => {
  const useRedis = useRealRedis();
  let prefix: string | undefined;
  let host: StageWorkerHost | undefined;
  let runner: QueuedRunner | undefined;
  const runs: RunSpec[] = [];

  afterEach(async () => {
    await runner?.close();
    await host?.close();
    runner = undefined;
    host = undefined;
    if (prefix) await removePrefix(useRedis(), prefix);
    for (const run of runs.splice(0)) await rm(run.outDir, { recursive: true, force: true });
  });

  async function startWorkers(history?: RunHistory): Promise<QueuedRunner> {
    prefix = testPrefix();
    host = new StageWorkerHost({
      connection: useRedis(),
      prefix,
      registryModule: TEST_REGISTRY_MODULE,
      log: SILENT_LOG,
      ...(history ? { history } : {}),
    });
    await host.start();
    runner = new QueuedRunner({ connection: useRedis(), prefix, registry: await loadStageRegistry(TEST_REGISTRY_MODULE) });
    return runner;
  }

  it('runs a flow end to end, reports which stages ran, and matches the inline runner', async () => {
    const history = recordingHistory();
    const queued = await startWorkers(history);
    const params = { partitions: 'jawa,bali,papua', rows: 40 };
    const viaWorkers = await testRun(params);
    const viaInline = await testRun(params);
    runs.push(viaWorkers, viaInline);

    const progress: TaskProgress[] = [];
    const workersReport = await queued.run(viaWorkers, { onProgress: (p) => progress.push(p) });
    expect(workersReport.mode).toBe('workers');
    expect(stagesThatRan(workersReport)).toEqual(['ledger', 'score', 'report']);
    expect(workersReport.stages.find((s) => s.stage === 'train')).toEqual({ stage: 'train', status: 'skipped', reason: 'no-processors' });
    const score = workersReport.stages.find((s) => s.stage === 'score');
    // The CPU-heavy stage really ran in a worker thread.
    expect(score?.status === 'ran' && score.tasks[0]?.outputs[0]?.detail).toEqual({ mainThread: false });
    expect(
      progress
        .filter((p) => p.stage === 'ledger')
        .map((p) => p.partition)
        .sort(),
    ).toEqual(['bali', 'jawa', 'papua']);
    expect(progress.some((p) => p.stage === 'score' && p.percent === 50)).toBe(true);
    expect(history.updates.filter((u) => u.status === 'completed' && u.partition === undefined).map((u) => u.stage)).toEqual([
      'ledger',
      'score',
      'report',
    ]);

    const inlineReport = await new InlineRunner({ registry: await loadStageRegistry(TEST_REGISTRY_MODULE), log: SILENT_LOG }).run(
      viaInline,
    );
    expect(inlineReport.mode).toBe('inline');
    expect(comparable(inlineReport)).toEqual(comparable(workersReport));

    const fromWorkers = await readTestOutputs(viaWorkers);
    const fromInline = await readTestOutputs(viaInline);
    expect(fromWorkers.ledger).toHaveLength(120);
    expect(fromWorkers.summary).toEqual([
      ['bali', '40', '780160'],
      ['jawa', '40', '780160'],
      ['papua', '40', '780200'],
    ]);
    expect(fromWorkers.report).toEqual({
      counts: [
        { partition: 'bali', n: 40 },
        { partition: 'jawa', n: 40 },
        { partition: 'papua', n: 40 },
      ],
    });
    expect(fromInline).toEqual(fromWorkers);
  });

  it('fails a job given bad input once, records the error, and does not retry it', async () => {
    const redis = useRedis();
    const history = recordingHistory();
    const queued = await startWorkers(history);
    const run = await testRun({ partitions: 'jawa,bali', rows: 5, badPartition: 'bali' });
    runs.push(run);

    await expect(queued.run(run)).rejects.toThrow(
      `run ${run.runId} failed: ledger rows/bali: bad input: partition bali has a malformed extract`,
    );

    const queue = new Queue(stageQueueName('ledger'), { connection: redis, prefix });
    try {
      const bad = await queue.getJob(taskJobId(run.runId, 'ledger', 'rows', 'bali'));
      expect(bad).toBeDefined();
      expect(await bad?.getState()).toBe('failed');
      expect(bad?.attemptsMade).toBe(1);
      expect(bad?.opts.attempts).toBe(3);
      expect(bad?.failedReason).toBe('bad input: partition bali has a malformed extract');
      const good = await queue.getJob(taskJobId(run.runId, 'ledger', 'rows', 'jawa'));
      expect(await good?.getState()).toBe('completed');
    } finally {
      await queue.close();
    }
    expect(history.updates).toContainEqual(
      expect.objectContaining({
        stage: 'ledger',
        partition: 'rows/bali',
        status: 'failed',
        attempts: 1,
        error: 'bad input: partition bali has a malformed extract',
      }),
    );
    expect(history.updates).toContainEqual({
      stage: 'ledger',
      status: 'failed',
      error: 'bad input: partition bali has a malformed extract',
    });
    // Later stages never started.
    expect(history.updates.some((u) => u.stage === 'score' || u.stage === 'report')).toBe(false);
  });
});
