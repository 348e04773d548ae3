// `telisik serve --redis` with Redis unreachable at start: it starts degraded within a
// bounded time and says so in one log line, instead of hanging or dying; /health and
// authenticated routes answer, run requests are refused with QUEUE_UNAVAILABLE.
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey } from '../../api/auth/api-key.js';
import { REDIS_START_TIMEOUT_MS, serve, type ServeHandle } from './serve.js';

/** Port 1 on loopback: nothing listens there (binding it needs privileges no test uses). */
const UNREACHABLE_REDIS = 'redis://127.0.0.1:1';

let handle: ServeHandle | undefined;
afterAll(async () => {
  await handle?.close();
});

describe('serve with Redis unreachable', () => {
  it(
    'starts degraded with a clear log line, and answers',
    async () => {
      let logs = '';
      const logStream = new Writable({
        write(chunk, _enc, done) {
          logs += String(chunk);
          done();
        },
      });
      const admin = generateApiKey();
      handle = await serve(
        {
          port: '0',
          host: '127.0.0.1',
          store: 'duckdb::memory:',
          redis: UNREACHABLE_REDIS,
          logLevel: 'info',
          warehouse: 'var/none.duckdb',
        },
        async (_address, store) => {
          await store.createClient({ name: 'admin', role: 'admin', keyHash: hashApiKey(admin) });
        },
        { logStream },
      );
      expect(logs).toMatch(/Redis unreachable at redis:\/\/127\.0\.0\.1:1.*serving degraded/);
      const bound = { signal: AbortSignal.timeout(5_000) };
      expect((await fetch(`${handle.address}/health`, bound)).status).toBe(200);
      const ready = await fetch(`${handle.address}/ready`, bound);
      expect(await ready.json()).toMatchObject({ status: 'degraded', checks: { redis: 'failing', store: 'ok' } });
      expect((await fetch(`${handle.address}/runs`, { ...bound, headers: { 'x-api-key': admin } })).status).toBe(200);
      const run = await fetch(`${handle.address}/runs`, {
        ...bound,
        method: 'POST',
        headers: { 'x-api-key': admin, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(run.status).toBe(503);
      expect(run.headers.get('retry-after')).toBeTruthy();
      expect(await run.json()).toMatchObject({ code: 'QUEUE_UNAVAILABLE' });
      // Bull Board answers from the catalog too, without the Redis client's message.
      const board = await fetch(`${handle.address}/admin/queues/api/queues`, { ...bound, headers: { 'x-api-key': admin } });
      expect(board.status).toBe(503);
      const body = (await board.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ code: 'QUEUE_UNAVAILABLE', requestId: board.headers.get('x-request-id') });
      expect(JSON.stringify(body)).not.toMatch(/Stream|writeable|offline|ioredis|ECONNREFUSED/i);
    },
    REDIS_START_TIMEOUT_MS + 20_000,
  );
});
