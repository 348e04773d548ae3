// /docs/json is a valid OpenAPI 3 document generated from the route schemas, and the
// Swagger UI is served from this server, with nothing fetched from a CDN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Harness } from '../test-support/harness.js';

interface Operation {
  security?: unknown[];
  description?: string;
  responses?: Record<string, unknown>;
  requestBody?: unknown;
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
}

interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; in?: string; name?: string; scheme?: string }> };
  security: unknown[];
}

let h: Harness;
let doc: OpenApiDoc;
beforeAll(async () => {
  h = await startApi();
  const res = await fetch(`${h.base}/docs/json`);
  expect(res.status).toBe(200);
  doc = (await res.json()) as OpenApiDoc;
});
afterAll(async () => {
  await h.close();
});

describe('OpenAPI document', () => {
  it('is OpenAPI 3 with info, paths and both security schemes', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'telisik API' });
    expect(doc.components.securitySchemes.apiKey).toEqual({ type: 'apiKey', in: 'header', name: 'x-api-key' });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ apiKey: [] }, { bearer: [] }]);
  });

  it('documents every documented route of the app, with request and response schemas', () => {
    const documented = h.app
      .routeTable()
      .filter((r) => !r.url.startsWith('/docs') && !r.url.startsWith('/admin/queues') && r.method !== 'HEAD');
    for (const route of documented) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${path}`).toBeDefined();
      expect(Object.keys(op?.responses ?? {}).length, `${route.method} ${path} responses`).toBeGreaterThan(0);
    }
    expect(doc.paths['/runs']?.post?.requestBody).toBeDefined();
    // Every templated path segment is declared as a required path parameter.
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
        for (const [method, op] of Object.entries(operations)) {
          expect(op.parameters, `${method} ${path}`).toContainEqual(expect.objectContaining({ name, in: 'path', required: true }));
        }
      }
    }
    expect(doc.paths['/runs']?.get?.parameters).toContainEqual(expect.objectContaining({ name: 'limit', in: 'query' }));
    // Local references only, and each resolves.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const ref of refs) {
      expect(ref.startsWith('#/')).toBe(true);
      const target = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
    expect(Object.keys(doc.paths)).not.toContain('/admin/queues');
  });

  it('marks public routes as needing no key and names the roles of the others', () => {
    expect(doc.paths['/health']?.get?.security).toEqual([]);
    expect(doc.paths['/ready']?.get?.security).toEqual([]);
    expect(doc.paths['/runs']?.post?.security).toBeUndefined();
    expect(doc.paths['/runs']?.post?.description).toContain('Roles: admin');
  });

  it('serves Swagger UI and its assets locally, referencing no other host', async () => {
    const page = await fetch(`${h.base}/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('swagger-ui');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    for (const asset of ['/docs/static/swagger-ui.css', '/docs/static/swagger-ui-bundle.js', '/docs/static/swagger-initializer.js']) {
      const res = await fetch(`${h.base}${asset}`);
      expect(res.status, asset).toBe(200);
      await res.arrayBuffer();
    }
  });
});
