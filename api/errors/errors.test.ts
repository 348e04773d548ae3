// Bad input of every kind gets a 4xx with a catalog code, never a 5xx; the unexpected gets
// a generic 500 with the request id and no internals; every error body has the same shape.
import { Type } from '@sinclair/typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../auth/access.js';
import { concreteUrl, startApi, type Harness } from '../test-support/harness.js';
import { ERRORS } from './catalog.js';

let h: Harness;
beforeAll(async () => {
  h = await startApi({
    bodyLimit: 4096,
    routes: [
      async (app) => {
        // A handler that fails the way a bug would, to see what a caller gets.
        app.get('/test/boom', { config: roles('admin'), schema: { response: { 200: Type.Object({}) } } }, async () => {
          throw new Error('secret internals: connection string postgres://user:pw@db');
        });
      },
    ],
  });
});
afterAll(async () => {
  await h.close();
});

const post = (path: string, body: string, contentType = 'application/json') =>
  fetch(`${h.base}${path}`, { method: 'POST', headers: { 'x-api-key': h.keys.admin, 'content-type': contentType }, body });

async function expectError(res: Response, status: number, code: keyof typeof ERRORS) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ code, message: ERRORS[code].message });
  expect(body.requestId).toBe(res.headers.get('x-request-id'));
  return body;
}

describe('error catalog over HTTP', () => {
  it('every catalog entry has a code equal to its key and a 4xx/5xx status', () => {
    for (const [key, e] of Object.entries(ERRORS)) {
      expect(e.code).toBe(key);
      expect(e.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('malformed JSON is MALFORMED_JSON (400)', async () => {
    await expectError(await post('/runs', '{"stages": ["ingest"'), 400, 'MALFORMED_JSON');
    await expectError(await post('/admin/clients', 'not json at all'), 400, 'MALFORMED_JSON');
  });

  it('wrong types name the field, without coercion and without internals', async () => {
    const body = await expectError(await post('/admin/clients', JSON.stringify({ name: 42, role: 'admin' })), 400, 'VALIDATION_FAILED');
    expect(body.details).toEqual([{ in: 'body', field: 'name', problem: 'Expected string' }]);
    const stages = await expectError(await post('/runs', JSON.stringify({ stages: ['ingest', 'teleport'] })), 400, 'VALIDATION_FAILED');
    expect(stages.details).toEqual([
      expect.objectContaining({
        in: 'body',
        field: 'stages.1',
        problem: expect.stringContaining('ingest, features, train, score, report'),
      }),
    ]);
    expect(JSON.stringify(stages.details)).not.toMatch(/schema|ajv|typebox|stack|at .*\.js/i);
  });

  it('missing and unexpected fields are named', async () => {
    const missing = await expectError(await post('/admin/clients', JSON.stringify({ name: 'Bank X' })), 400, 'VALIDATION_FAILED');
    expect(missing.details).toContainEqual(expect.objectContaining({ field: 'role' }));
    const extra = await expectError(
      await post('/admin/clients', JSON.stringify({ name: 'Bank X', role: 'bank', nik: '3171' })),
      400,
      'VALIDATION_FAILED',
    );
    expect(extra.details).toContainEqual(expect.objectContaining({ field: 'nik' }));
  });

  it('query strings and path params are validated too', async () => {
    const q = await expectError(await h.fetch('/runs?limit=lots', { key: h.keys.admin }), 400, 'VALIDATION_FAILED');
    expect(q.details).toEqual([expect.objectContaining({ in: 'querystring', field: 'limit' })]);
    expect((await h.fetch('/runs?limit=5', { key: h.keys.admin })).status).toBe(200);
    const p = await expectError(await h.fetch('/runs/not-a-uuid', { key: h.keys.admin }), 400, 'VALIDATION_FAILED');
    expect(p.details).toEqual([expect.objectContaining({ in: 'params', field: 'id' })]);
  });

  it('an oversized body is BODY_TOO_LARGE (413)', async () => {
    await expectError(await post('/admin/clients', JSON.stringify({ name: 'x'.repeat(10_000), role: 'bank' })), 413, 'BODY_TOO_LARGE');
  });

  it('a body that is not JSON is UNSUPPORTED_MEDIA_TYPE (415)', async () => {
    await expectError(await post('/admin/clients', 'name=x&role=bank', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('an unknown route is NOT_FOUND (404) with or without a key', async () => {
    await expectError(await fetch(`${h.base}/no/such/route`), 404, 'NOT_FOUND');
    await expectError(await h.fetch('/no/such/route', { key: h.keys.admin }), 404, 'NOT_FOUND');
    await expectError(await h.fetch(`/runs/${crypto.randomUUID()}`, { key: h.keys.admin }), 404, 'RUN_NOT_FOUND');
  });

  it('an unexpected failure is INTERNAL (500): generic message, logged with the request id', async () => {
    const res = await h.fetch('/test/boom', { key: h.keys.admin });
    const body = await expectError(res, 500, 'INTERNAL');
    expect(JSON.stringify(body)).not.toContain('postgres://');
    const logged = h.logs().find((l) => l.msg === 'unhandled error' && l.reqId === body.requestId);
    expect(logged).toBeDefined();
  });

  it('no route answers 5xx to garbage bodies', async () => {
    const garbage = [
      '{',
      '[]',
      'null',
      '"text"',
      '{"a":{"b":{"c":[1,2,{"d":null}]}}}',
      '{"stages":"ingest"}',
      '{"name":null,"role":7}',
      JSON.stringify({ x: 'y'.repeat(5000) }),
    ];
    for (const route of h.app.routeTable()) {
      if (!['POST', 'PUT', 'PATCH'].includes(route.method)) continue;
      for (const body of garbage) {
        const res = await post(concreteUrl(route.url), body);
        expect(res.status, `${route.method} ${route.url} <- ${body.slice(0, 30)}`).toBeLessThan(500);
        await res.arrayBuffer();
      }
    }
  });
});

describe('rate limiting', () => {
  let limited: Harness;
  beforeAll(async () => {
    limited = await startApi({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
  });
  afterAll(async () => {
    await limited.close();
  });

  it('answers RATE_LIMITED (429) with retry-after once a client exceeds its budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await limited.fetch('/runs', { key: limited.keys.admin });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.headers.get('retry-after')).toBeTruthy();
        expect(await res.json()).toMatchObject({ code: 'RATE_LIMITED' });
      } else await res.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // Another client has its own budget.
    expect((await limited.fetch('/runs', { key: limited.keys.auditor })).status).toBe(403);
  });
});
