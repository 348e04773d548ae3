// A run requested the way `POST /runs` does (api/runs) is launched by the coordinator,
// followed to the end and recorded in run history.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_REQUEST_QUEUE, runRequestJobId } from '../../../api/runs/run-request.js';
import type { RunRequest } from '../../../api/runs/run-request.js';
import { bullRunRequester } from '../../../api/runs/run-requester.js';
import type { RunReport } from '../execution/run-report.js';
import type { RunHistory } from '../history/run-history.js';
import { SILENT_LOG } from '../runtime-log.js';
import { loadStageRegistry } from '../stages/registry-module.js';
import { removePrefix, TEST_REGISTRY_MODULE, testPrefix, useRealRedis } from '../test-support/redis-fixture.js';
import { StageWorkerHost } from '../workers/stage-worker-host.js';
import { RunCoordinator } from './run-coordinator.js';

describe('run coordinator', () => {
  const useRedis = useRealRedis();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'telisik-coordinator-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('launches a requested run as a flow and records it from queued to succeeded', async () => {
    const redis = useRedis();
    const prefix = testPrefix();
    const calls: string[] = [];
    const history: RunHistory = {
      createRun: async (run) => {
        calls.push(`create ${run.id} ${run.requestedBy} ${run.mode}`);
        return { ...run, status: 'queued', stages: [], createdAt: new Date(), startedAt: null, finishedAt: null, error: null };
      },
      updateRunStage: async (_id, update) => {
        if (update.partition === undefined) calls.push(`stage ${update.stage} ${update.status}`);
      },
      finishRun: async (id, outcome) => {
        calls.push(`finish ${id} ${outcome.status}`);
      },
    };
    const registry = await loadStageRegistry(TEST_REGISTRY_MODULE);
    const host = new StageWorkerHost({ connection: redis, prefix, registryModule: TEST_REGISTRY_MODULE, log: SILENT_LOG, history });
    const coordinator = new RunCoordinator({
      connection: redis,
      prefix,
      registry,
      log: SILENT_LOG,
      history,
      locations: { warehousePath: join(dir, 'warehouse.duckdb'), runsDir: join(dir, 'runs') },
    });
    const requests = new Queue(RUN_REQUEST_QUEUE, { connection: redis, prefix });
    const eventsConnection = redis.duplicate();
    const requestEvents = new QueueEvents(RUN_REQUEST_QUEUE, { connection: eventsConnection, prefix });
    const runId = randomUUID();
    try {
      await Promise.all([host.start(), coordinator.start(), requestEvents.waitUntilReady()]);
      const request: RunRequest = { runId, requestedBy: 'client-42', requestedAt: new Date().toISOString() };
      await bullRunRequester(requests).request(request);
      const job = await requests.getJob(runRequestJobId(runId));
      const report = (await job?.waitUntilFinished(requestEvents)) as RunReport;

      expect(report.stages.map((s) => `${s.stage}:${s.status}`)).toEqual(['ledger:ran', 'train:skipped', 'score:ran', 'report:ran']);
      expect(calls).toEqual([
        `create ${runId} client-42 workers`,
        'stage ledger active',
        'stage ledger completed',
        'stage score active',
        'stage score completed',
        'stage report active',
        'stage report completed',
        `finish ${runId} succeeded`,
      ]);
      const written = JSON.parse(await readFile(join(dir, 'runs', runId, 'report.json'), 'utf8')) as unknown;
      expect(written).toEqual({ counts: [{ partition: 'jawa', n: 10 }] });
    } finally {
      await coordinator.close();
      await host.close();
      await requests.close();
      await requestEvents.close();
      eventsConnection.disconnect();
      await removePrefix(redis, prefix);
    }
  });
});
