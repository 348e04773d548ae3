// Fault test on a real PostgreSQL reached through a TCP proxy the test controls: a store
// that stops answering or refuses connections makes the API answer 503 STORE_UNAVAILABLE
// with retry-after (never 500, never a hang), and the same app instance serves again once
// the store is back. The shared server itself is never touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApi } from '../app.js';
import { generateApiKey, hashApiKey } from '../auth/api-key.js';
import { creditRoutes } from '../routes/credit/index.js';
import { startFaultProxy, type FaultProxy } from '../test-support/tcp-fault-proxy.js';
import { dropSchema, newTestSchema, postgresAvailable, TEST_POSTGRES_URL } from '../test-support/postgres.js';
import type { CreditScorer } from '../../models/credit/scorer.js';
import { openOpsStore } from './open-store.js';
import type { OpsStore } from './ops-store.js';
import { openPostgresDriver } from './sql/postgres-driver.js';
import { StoreUnavailableError } from './store-errors.js';

const available = await postgresAvailable();

/** Short store timeouts so the test waits little; the bound on each request is far above them. */
const TIMEOUTS = { connectMs: 500, statementMs: 500 };
const REQUEST_BOUND_MS = 10_000;
const MEMBER = 'a'.repeat(64);

const scorer: CreditScorer = {
  modelVersion: 'stub-1',
  family: 'scorecard',
  members: 1,
  driftReferences: [],
  score: (memberKey) =>
    memberKey === MEMBER ? { thinFile: false, score: 640, band: 'B', probabilityOfDefault: 0.04, reasons: [], points: 640 } : undefined,
  characteristics: () => undefined,
};

describe.skipIf(!available)('API with the PostgreSQL ops store down', () => {
  const schema = newTestSchema();
  const keys = { admin: generateApiKey(), bank: generateApiKey() };
  let proxy: FaultProxy;
  let store: OpsStore;
  let app: FastifyInstance;
  let base: string;
  let consentId: string;

  beforeAll(async () => {
    const target = new URL(TEST_POSTGRES_URL);
    proxy = await startFaultProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(TEST_POSTGRES_URL);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    store = await openOpsStore(viaProxy.toString(), { schema, timeouts: TIMEOUTS });
    await store.createClient({ name: 'operator', role: 'admin', keyHash: hashApiKey(keys.admin) });
    const bank = await store.createClient({ name: 'Bank Digital Nusantara', role: 'bank', keyHash: hashApiKey(keys.bank) });
    consentId = (
      await store.grantConsent({
        memberKey: MEMBER,
        bankClientId: bank.id,
        purpose: 'credit_scoring',
        scope: ['score'],
        expiresAt: new Date(Date.now() + 86_400_000),
      })
    ).id;
    // Keys stay resolved for the whole test, so the routes' own store calls meet the outage;
    // an unknown key still reaches the store through the access check.
    app = await buildApi({
      store,
      authCacheMs: 600_000,
      rateLimit: false,
      log: { level: 'silent' },
      routes: [creditRoutes({ store, scorer })],
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    base = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await proxy?.set('forward');
    await app?.close();
    await store?.close();
    await proxy?.close();
    await dropSchema(schema);
  });

  const call = async (path: string, key: string, json?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method: json === undefined ? 'GET' : 'POST',
      headers: { 'x-api-key': key, ...(json !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      signal: AbortSignal.timeout(REQUEST_BOUND_MS),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Record<string, unknown> };
  };
  const score = () => call('/credit/scores', keys.bank, { consentReference: consentId, purpose: 'credit_scoring' });
  const runs = () => call('/runs', keys.admin);
  const expectUnavailable = (res: Awaited<ReturnType<typeof call>>) => {
    expect(res.status).toBe(503);
    expect(res.body['code']).toBe('STORE_UNAVAILABLE');
    expect(res.retryAfter).toBe('5');
    expect(JSON.stringify(res.body)).not.toMatch(/SELECT|INSERT|ECONN|postgres|at .*\.js/i);
  };

  it('serves score and run routes while the store answers', async () => {
    expect((await runs()).status).toBe(200);
    expect((await score()).status).toBe(200);
  });

  it('answers 503 STORE_UNAVAILABLE within the bound when the store accepts but never answers', async () => {
    await proxy.set('blackhole');
    expectUnavailable(await runs());
    expectUnavailable(await score());
    // A key not yet resolved cannot be checked either: 503, not 401, Bull Board (its own error handler) included.
    expectUnavailable(await call('/runs', generateApiKey()));
    expectUnavailable(await call('/admin/queues/api/queues', generateApiKey()));
  });

  it('answers 503 STORE_UNAVAILABLE when the store refuses connections, and the process survives its pool losing them', async () => {
    await proxy.set('refuse');
    expectUnavailable(await runs());
    expectUnavailable(await score());
    expectUnavailable(await call('/runs', generateApiKey()));
  });

  it('serves again from the same app instance once the store is back', async () => {
    await proxy.set('forward');
    const before = await store.countScoreAccess({ consentId });
    expect((await runs()).status).toBe(200);
    const res = await score();
    expect(res.status).toBe(200);
    expect(res.body['score']).toBe(640);
    expect(await store.countScoreAccess({ consentId })).toBe(before + 1);
    expect((await call('/runs', generateApiKey())).status).toBe(401);
  });
});

describe.skipIf(!available)('PostgreSQL driver losing its connection mid-statement', () => {
  it('rejects the statement with StoreUnavailableError, survives the dead connection and reconnects', async () => {
    const target = new URL(TEST_POSTGRES_URL);
    const proxy = await startFaultProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(TEST_POSTGRES_URL);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const driver = await openPostgresDriver({ connectionString: viaProxy.toString(), timeouts: { connectMs: 1_000, statementMs: 5_000 } });
    try {
      expect(await driver.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
      const slow = driver.query('SELECT pg_sleep(3) AS slept');
      const outcome = slow.then(
        () => null,
        (e: unknown) => e,
      );
      // Cut every connection while the statement runs (its socket closes under the pool's feet).
      await new Promise((resolve) => setTimeout(resolve, 300));
      await proxy.set('refuse');
      const err = await outcome;
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as StoreUnavailableError).reason).toBe('unreachable');
      await expect(driver.query('SELECT 1 AS ok')).rejects.toBeInstanceOf(StoreUnavailableError);
      await proxy.set('forward');
      expect(await driver.query('SELECT 2 AS ok')).toEqual([{ ok: 2 }]);
    } finally {
      await driver.close();
      await proxy.close();
    }
  });
});
