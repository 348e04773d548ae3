// Graceful shutdown: a worker process sent SIGTERM while a job is active finishes that
// job, takes no new one, closes its queues and exits 0; the remaining job waits for the
// next worker.
import { rm, writeFile } from 'node:fs/promises';
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
import { fileExists, HOLD_UNTIL_RELEASED_ENV, markerPath, readTestOutputs } from './test-support/test-stages.js';
import { StageWorkerHost } from './workers/stage-worker-host.js';

describe('graceful shutdown', () => {
  const useRedis = useRealRedis();

  it('finishes the active job on SIGTERM, takes no new one, and exits 0', async () => {
    const redis = useRedis();
    const prefix = testPrefix();
    const run = await testRun({ partitions: 'jawa,bali', rows: 8 });
    const registry = await loadStageRegistry(TEST_REGISTRY_MODULE);
    const host = new StageWorkerHost({
      connection: redis,
      prefix,
      registryModule: TEST_REGISTRY_MODULE,
      stages: ['score', 'report'],
      log: SILENT_LOG,
    });
    const runner = new QueuedRunner({ connection: redis, prefix, registry });
    // A long lock: nothing here may be rescued by stall detection, only finished.
    const child = startChildWorker({ prefix, stages: 'ledger', lockMs: 30_000, env: { [HOLD_UNTIL_RELEASED_ENV]: 'jawa' } });
    const queue = new Queue(stageQueueName('ledger'), { connection: redis, prefix });
    let next: StageWorkerHost | undefined;
    try {
      await host.start();
      await child.waitForLine('ready');
      const finished = runner.run(run);
      finished.catch(() => undefined); // awaited below

      while (!(await fileExists(markerPath(run, 'holding-jawa')))) await sleep(50);
      child.process.kill('SIGTERM');
      await child.waitForLine('SIGTERM: finishing active jobs');
      await writeFile(markerPath(run, 'release-jawa'), 'go');
      expect(await child.exited()).toEqual({ code: 0, signal: null });

      const jawa = await queue.getJob(taskJobId(run.runId, 'ledger', 'rows', 'jawa'));
      expect(await jawa?.getState()).toBe('completed');
      expect(jawa?.stalledCounter).toBe(0);
      expect(jawa?.attemptsMade).toBe(1);
      const bali = await queue.getJob(taskJobId(run.runId, 'ledger', 'rows', 'bali'));
      expect(await bali?.getState()).toBe('waiting');

      next = new StageWorkerHost({
        connection: redis,
        prefix,
        registryModule: TEST_REGISTRY_MODULE,
        stages: ['ledger'],
        gates: false,
        log: SILENT_LOG,
      });
      await next.start();
      expect(stagesThatRan(await finished)).toEqual(['ledger', 'score', 'report']);
      const outputs = await readTestOutputs(run);
      expect(outputs.summary).toEqual([
        ['bali', '8', '28032'],
        ['jawa', '8', '28032'],
      ]);
    } finally {
      child.kill();
      await next?.close();
      await queue.close();
      await runner.close();
      await host.close();
      await removePrefix(redis, prefix);
      await rm(run.outDir, { recursive: true, force: true });
    }
  });
});
