// Every route of the app, enumerated from the app itself: a missing, wrong or revoked key
// gets 401 and a role the route does not admit gets 403. A route added later is covered
// without touching this file; a route made public must be added to PUBLIC below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey } from './api-key.js';
import { concreteUrl, startApi, type Harness } from '../test-support/harness.js';
import { CLIENT_ROLES } from '../store/records.js';
import type { RouteEntry } from '../plugins/route-table.js';

/** The only routes anyone may call without a key. */
const PUBLIC = ['/health', '/ready', '/docs', '/docs/'];
const isPublicUrl = (url: string): boolean => PUBLIC.includes(url) || url.startsWith('/docs/');

let h: Harness;
let routes: RouteEntry[];
let revokedKey: string;

beforeAll(async () => {
  h = await startApi();
  routes = h.app.routeTable();
  revokedKey = generateApiKey();
  const client = await h.store.createClient({ name: 'former bank', role: 'admin', keyHash: hashApiKey(revokedKey) });
  await h.store.revokeClient(client.id);
});
afterAll(async () => {
  await h.close();
});

const call = (route: RouteEntry, headers: Record<string, string> = {}) =>
  fetch(`${h.base}${concreteUrl(route.url)}`, { method: route.method, headers });

describe('route access', () => {
  it('finds the platform routes, Bull Board and the docs in the route table', () => {
    const urls = routes.map((r) => `${r.method} ${r.url}`);
    for (const expected of [
      'POST /runs',
      'GET /runs/:id',
      'GET /runs',
      'GET /metrics',
      'POST /admin/clients',
      'GET /admin/queues/',
      'GET /admin/queues/api/queues',
      'GET /docs/json',
      'GET /health',
      'GET /ready',
    ]) {
      expect(urls).toContain(expected);
    }
    expect(routes.length).toBeGreaterThan(40);
  });

  it('keeps public only the health probes and the documentation', () => {
    const open = routes.filter((r) => r.access === 'public').map((r) => r.url);
    expect(open.filter((u) => !isPublicUrl(u))).toEqual([]);
    // Bull Board states no access of its own, so it falls to admin-only.
    expect(routes.filter((r) => r.url.startsWith('/admin/queues')).every((r) => r.access !== 'public' && r.access.join() === 'admin')).toBe(
      true,
    );
  });

  it('answers 401 to a missing, unknown or revoked key on every protected route', async () => {
    const protectedRoutes = routes.filter((r) => r.access !== 'public');
    expect(protectedRoutes.length).toBeGreaterThan(40);
    for (const route of protectedRoutes) {
      for (const headers of <Array<Record<string, string>>>[
        {},
        { 'x-api-key': generateApiKey() },
        { authorization: `Bearer ${generateApiKey()}` },
        { 'x-api-key': revokedKey },
        { authorization: 'Basic YWRtaW46YWRtaW4=' },
      ]) {
        const res = await call(route, headers);
        const label = `${route.method} ${route.url} with ${Object.keys(headers).join() || 'no key'}`;
        expect(res.status, label).toBe(401);
        if (route.method !== 'HEAD') expect(((await res.json()) as { code: string }).code, label).toBe('UNAUTHORIZED');
        else await res.arrayBuffer();
      }
    }
  });

  it('answers 403 to every role a protected route does not admit', async () => {
    let checked = 0;
    for (const route of routes) {
      if (route.access === 'public') continue;
      for (const role of CLIENT_ROLES.filter((r) => !(route.access as readonly string[]).includes(r))) {
        const res = await call(route, { 'x-api-key': h.keys[role] });
        const label = `${route.method} ${route.url} as ${role}`;
        expect(res.status, label).toBe(403);
        if (route.method !== 'HEAD') expect(((await res.json()) as { code: string }).code, label).toBe('FORBIDDEN');
        else await res.arrayBuffer();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('lets public routes through without a key', async () => {
    for (const url of ['/health', '/ready', '/docs/json']) {
      expect((await fetch(`${h.base}${url}`)).status, url).toBe(200);
    }
  });

  it('accepts the key as x-api-key or as a bearer token, for an admitted role', async () => {
    expect((await h.fetch('/runs', { key: h.keys.admin })).status).toBe(200);
    expect((await fetch(`${h.base}/runs`, { headers: { authorization: `Bearer ${h.keys.admin}` } })).status).toBe(200);
  });

  it('checks the key before reading the body: no key and broken JSON is still 401', async () => {
    const res = await fetch(`${h.base}/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"stages": [' });
    expect(res.status).toBe(401);
  });

  it('refuses a client revoked through the admin route from its next request', async () => {
    const created = await h.fetch('/admin/clients', { method: 'POST', key: h.keys.admin, json: { name: 'Bank Sementara', role: 'admin' } });
    expect(created.status).toBe(201);
    const { client, apiKey } = (await created.json()) as { client: { id: string }; apiKey: string };
    expect((await h.fetch('/admin/clients', { key: apiKey })).status).toBe(200);
    expect((await h.fetch(`/admin/clients/${client.id}/revoke`, { method: 'POST', key: h.keys.admin })).status).toBe(200);
    expect((await h.fetch('/admin/clients', { key: apiKey })).status).toBe(401);
    // Only the hash is stored: the key itself is nowhere in the store's listing or the logs.
    expect(JSON.stringify(await h.store.listClients())).not.toContain(apiKey);
    expect(h.rawLogs()).not.toContain(apiKey);
  });
});
