// Runs through the API against a real Redis: POST /runs puts one run request on the
// BullMQ queue the coordinator consumes, GET /runs/:id follows what the coordinator writes
// to the store; /ready, /metrics and Bull Board see the same queue.
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMIT_NAMESPACE } from '../../app.js';
import { RUN_REQUEST_QUEUE, RUN_STAGES, runRequestJobId, type RunRequest } from '../../runs/run-request.js';
import { bullRunRequester } from '../../runs/run-requester.js';
import { CLIENT_ROLES } from '../../store/records.js';
import { startApi, type Harness } from '../../test-support/harness.js';
import { newRedis, redisAvailable } from '../../test-support/redis.js';
import { RoleSchema, RunStageSchema } from './schemas.js';

const available = await redisAvailable();

describe('platform schemas', () => {
  it('spell the same roles and stages as the records and the run contract', () => {
    expect(RoleSchema.anyOf.map((s) => s.const)).toEqual([...CLIENT_ROLES]);
    expect(RunStageSchema.anyOf.map((s) => s.const)).toEqual([...RUN_STAGES]);
  });
});

describe('POST /runs without a queue', () => {
  it('answers RUNS_UNAVAILABLE and records no run', async () => {
    const h = await startApi();
    try {
      const res = await h.fetch('/runs', { method: 'POST', key: h.keys.admin, json: {} });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'RUNS_UNAVAILABLE' });
      expect(await h.store.listRuns()).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe.skipIf(!available)('runs with Redis', () => {
  let h: Harness;
  let redis: Redis;
  let queue: Queue<RunRequest>;
  let modelsReady = true;

  beforeAll(async () => {
    redis = newRedis();
    queue = new Queue<RunRequest>(RUN_REQUEST_QUEUE, { connection: newRedis(), prefix: `{test-${randomUUID()}}` });
    h = await startApi({
      redis,
      queues: [queue],
      runRequester: bullRunRequester(queue),
      models: { loaded: () => [{ name: 'credit-scorecard', version: '2026.11.1' }], ready: () => modelsReady },
    });
  });
  afterAll(async () => {
    await h?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    redis?.disconnect();
  });

  it('requests a run: one job on the queue, a queued run in history', async () => {
    const res = await h.fetch('/runs', { method: 'POST', key: h.keys.admin, json: { stages: ['ingest', 'features'], note: 'nightly' } });
    expect(res.status).toBe(202);
    const accepted = (await res.json()) as { runId: string; status: string; href: string };
    expect(accepted).toMatchObject({ status: 'queued', href: `/runs/${accepted.runId}` });

    const job = await queue.getJob(runRequestJobId(accepted.runId));
    const admin = (await h.store.listClients()).find((c) => c.role === 'admin');
    expect(job?.data).toMatchObject({ runId: accepted.runId, stages: ['ingest', 'features'], note: 'nightly', requestedBy: admin?.id });
    expect(Number.isNaN(Date.parse(job?.data.requestedAt ?? ''))).toBe(false);

    const run = await h.fetch(accepted.href, { key: h.keys.admin });
    expect(await run.json()).toMatchObject({ id: accepted.runId, status: 'queued', mode: 'workers', stages: [] });
  });

  it('follows the coordinator: stage progress and the final status show in GET /runs/:id', async () => {
    const res = await h.fetch('/runs', { method: 'POST', key: h.keys.admin, json: {} });
    const { runId } = (await res.json()) as { runId: string };
    // What the coordinator does as the flow advances.
    await h.store.updateRunStage(runId, { stage: 'ingest', status: 'completed', jobId: `${runId}-ingest` });
    await h.store.updateRunStage(runId, { stage: 'features', partition: 'prov=31', status: 'active', progress: 55 });
    let body = (await (await h.fetch(`/runs/${runId}`, { key: h.keys.admin })).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'running',
      stages: [
        { stage: 'ingest', status: 'completed', progress: 100 },
        { stage: 'features', partition: 'prov=31', status: 'active', progress: 55 },
      ],
    });
    await h.store.finishRun(runId, { status: 'succeeded' });
    body = (await (await h.fetch(`/runs/${runId}`, { key: h.keys.admin })).json()) as Record<string, unknown>;
    expect(body.status).toBe('succeeded');
    expect(typeof body.finishedAt).toBe('string');
    const list = (await (await h.fetch('/runs?status=succeeded', { key: h.keys.admin })).json()) as { runs: Array<{ id: string }> };
    expect(list.runs.map((r) => r.id)).toEqual([runId]);
  });

  it('is ready with store, Redis and models, and not ready without models', async () => {
    const ready = await h.fetch('/ready');
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { store: 'ok', redis: 'ok', models: 'ok' } });
    modelsReady = false;
    const notReady = await h.fetch('/ready');
    modelsReady = true;
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ code: 'NOT_READY', details: { models: 'failing', store: 'ok' } });
  });

  it('exposes latency by route, job counts by queue and model versions at /metrics', async () => {
    const text = await (await h.fetch('/metrics', { key: h.keys.admin })).text();
    expect(text).toMatch(/telisik_http_request_duration_seconds_bucket\{[^}]*route="\/runs"[^}]*status_code="202"/);
    expect(text).toMatch(new RegExp(`telisik_queue_jobs\\{queue="${RUN_REQUEST_QUEUE}",state="waiting"\\} 2`));
    expect(text).toContain('telisik_model_info{model="credit-scorecard",version="2026.11.1"} 1');
  });

  it('keeps rate-limit counters in Redis, per client id', async () => {
    const admin = (await h.store.listClients()).find((c) => c.role === 'admin')!;
    const keys = await redis.keys(`${RATE_LIMIT_NAMESPACE}c:${admin.id}`);
    expect(keys.length).toBe(1);
  });

  it('shows the queue in Bull Board to the admin', async () => {
    const res = await h.fetch('/admin/queues/api/queues', { key: h.keys.admin });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name)).toContain(RUN_REQUEST_QUEUE);
    for (const role of CLIENT_ROLES.filter((r) => r !== 'admin')) {
      expect((await h.fetch('/admin/queues/api/queues', { key: h.keys[role] })).status).toBe(403);
    }
  });
});
