// Fault test (issue 12 item 8): a real redis-server started by this test on its own port,
// stopped under a running API and started again empty, then frozen (SIGSTOP: the socket
// stays open, nothing answers). The API keeps answering /health,
// authenticated routes and the rate limit (in memory) while Redis is away; POST /runs
// answers 503 QUEUE_UNAVAILABLE with retry-after; runs are accepted again once it is back.
// The API gets the connection as a careless caller would make it (offline queue on, no
// retry limit), so the bounds must come from the API itself.
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Harness } from '../test-support/harness.js';
import { startOwnRedis, type OwnRedis } from '../test-support/redis.js';
import { RUN_REQUEST_QUEUE } from './run-request.js';
import { bullRunRequester } from './run-requester.js';

/** Upper bound for any answer while Redis is down: the API must not wait for Redis. */
const ANSWER_BOUND_MS = 5_000;
const LIMIT = 40;

let own: OwnRedis;
let redis: Redis;
let queue: Queue;
let h: Harness;

beforeAll(async () => {
  own = await startOwnRedis();
  redis = new Redis(own.url, { maxRetriesPerRequest: null });
  redis.on('error', () => undefined);
  queue = new Queue(RUN_REQUEST_QUEUE, { connection: redis, prefix: `{test-${randomUUID()}}` });
  queue.on('error', () => undefined);
  h = await startApi({ redis, queues: [queue], runRequester: bullRunRequester(queue), rateLimit: { max: LIMIT, timeWindowMs: 60_000 } });
});

afterAll(async () => {
  await h?.close();
  await queue?.close().catch(() => undefined);
  redis?.disconnect();
  await own?.stop();
});

const bounded = (path: string, init: Parameters<Harness['fetch']>[1] = {}) =>
  h.fetch(path, { ...init, signal: AbortSignal.timeout(ANSWER_BOUND_MS) });

describe('API with Redis down', () => {
  it('accepts a run while Redis is up', async () => {
    const res = await bounded('/runs', { method: 'POST', key: h.keys.admin, json: { stages: ['ingest'] } });
    expect(res.status).toBe(202);
  });

  it('still answers /health, /ready (degraded) and authenticated routes, and refuses runs with QUEUE_UNAVAILABLE', async () => {
    await own.stop();
    const health = await bounded('/health');
    expect(health.status).toBe(200);
    const ready = await bounded('/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'degraded', checks: { store: 'ok', redis: 'failing', models: 'ok' } });
    const runs = await bounded('/runs', { key: h.keys.admin });
    expect(runs.status).toBe(200);
    const refused = await bounded('/runs', { method: 'POST', key: h.keys.admin, json: { stages: ['ingest'] } });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 'QUEUE_UNAVAILABLE' });
    const board = await bounded('/admin/queues/api/queues', { key: h.keys.admin });
    expect(board.status).toBe(503);
    expect(await board.json()).toMatchObject({ code: 'QUEUE_UNAVAILABLE' });
    const metrics = await bounded('/metrics', { key: h.keys.admin });
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain(`telisik_queue_reachable{queue="${RUN_REQUEST_QUEUE}"} 0`);
    // A refused request leaves no run behind that would look queued.
    expect((await h.store.listRuns()).filter((r) => r.status === 'queued' || r.status === 'running')).toHaveLength(1);
  });

  it('keeps limiting requests in memory while Redis is down', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await bounded('/runs', { key: `tlk_guess_${randomUUID()}` });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses).toContain(429);
  });

  it('accepts runs again once Redis is back, empty', async () => {
    await own.start();
    let status = 0;
    for (let i = 0; i < 20 && status !== 202; i++) {
      const res = await bounded('/runs', { method: 'POST', key: h.keys.admin, json: { stages: ['ingest'] } });
      status = res.status;
      await res.arrayBuffer();
      if (status !== 202) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(202);
  });

  it('answers within bounds while Redis is frozen (connected, silent), and recovers', async () => {
    own.pause();
    try {
      expect((await bounded('/health')).status).toBe(200);
      expect(await (await bounded('/ready')).json()).toMatchObject({ status: 'degraded', checks: { redis: 'failing' } });
      expect((await bounded('/runs', { key: h.keys.admin })).status).toBe(200);
      const refused = await bounded('/runs', { method: 'POST', key: h.keys.admin, json: { stages: ['ingest'] } });
      expect(refused.status).toBe(503);
      expect(await refused.json()).toMatchObject({ code: 'QUEUE_UNAVAILABLE' });
    } finally {
      own.resume();
    }
    let ready = '';
    for (let i = 0; i < 20 && ready !== 'ready'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      ready = ((await (await bounded('/ready')).json()) as { status: string }).status;
    }
    expect(ready).toBe('ready');
  });
});
