// Stalled-job recovery with a real process kill: a worker process is SIGKILLed while it
// holds a job whose output it already wrote; another worker takes the job over once the
// lock lapses, and the output has no duplicated rows.
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { stagesThatRan } from './execution/run-report.js';
import { stageQueueName, taskJobId } from './queue/queue-names.js';
import { QueuedRunner } from './runners/queued-runner.js';
import { SILENT_LOG } from './runtime-log.js';
import { loadStageRegistry } from './stages/registry-module.js';
import { startChildWorker } from './test-support/child-worker.js';
import { removePrefix, TEST_REGISTRY_MODULE, testPrefix, testRun, useRealRedis } from './test-support/redis-fixture.js';
import { fileExists, HANG_AFTER_WRITE_ENV, markerPath, readTestOutputs } from './test-support/test-stages.js';
import { StageWorkerHost } from './workers/stage-worker-host.js';

/** Short locks so that a dead worker's job is noticed within a second or two. */
const LOCK_MS = 1_000;

describe('stalled-job recovery', () => {
  const useRedis = useRealRedis();

  it('completes the job of a SIGKILLed worker on another worker, without duplicated rows', async () => {
    const redis = useRedis();
    const prefix = testPrefix();
    const run = await testRun({ partitions: 'jawa,bali', rows: 25 });
    const registry = await loadStageRegistry(TEST_REGISTRY_MODULE);
    // This process runs the gates and the later stages; only the child takes ledger jobs at first.
    const host = new StageWorkerHost({
      connection: redis,
      prefix,
      registryModule: TEST_REGISTRY_MODULE,
      stages: ['score', 'report'],
      log: SILENT_LOG,
    });
    const runner = new QueuedRunner({ connection: redis, prefix, registry });
    const child = startChildWorker({ prefix, stages: 'ledger', lockMs: LOCK_MS, env: { [HANG_AFTER_WRITE_ENV]: 'jawa' } });
    let rescuer: StageWorkerHost | undefined;
    try {
      await host.start();
      await child.waitForLine('ready');
      const finished = runner.run(run);
      finished.catch(() => undefined); // awaited below; avoid an unhandled rejection meanwhile

      // The child has written jawa's rows and now hangs holding the job.
      while (!(await fileExists(markerPath(run, 'hanging-jawa')))) await sleep(50);
      child.kill();
      expect(await child.exited()).toEqual({ code: null, signal: 'SIGKILL' });

      rescuer = new StageWorkerHost({
        connection: redis,
        prefix,
        registryModule: TEST_REGISTRY_MODULE,
        stages: ['ledger'],
        gates: false,
        log: SILENT_LOG,
        tuning: { lockDuration: LOCK_MS, stalledInterval: LOCK_MS / 2 },
      });
      await rescuer.start();
      const report = await finished;
      expect(stagesThatRan(report)).toEqual(['ledger', 'score', 'report']);

      const queue = new Queue(stageQueueName('ledger'), { connection: redis, prefix });
      try {
        const job = await queue.getJob(taskJobId(run.runId, 'ledger', 'rows', 'jawa'));
        expect(await job?.getState()).toBe('completed');
        // It was taken back from the dead worker, not merely finished by it.
        expect(job?.stalledCounter).toBe(1);
      } finally {
        await queue.close();
      }

      const outputs = await readTestOutputs(run);
      expect(outputs.ledger).toHaveLength(50);
      const keys = (outputs.ledger as string[][]).map(([partition, seq]) => `${partition}/${seq}`);
      expect(new Set(keys).size).toBe(50);
      expect(outputs.summary).toEqual([
        ['bali', '25', '300100'],
        ['jawa', '25', '300100'],
      ]);
      expect(outputs.report).toEqual({
        counts: [
          { partition: 'bali', n: 25 },
          { partition: 'jawa', n: 25 },
        ],
      });
    } finally {
      child.kill();
      await rescuer?.close();
      await runner.close();
      await host.close();
      await removePrefix(redis, prefix);
      await rm(run.outDir, { recursive: true, force: true });
    }
  });
});
