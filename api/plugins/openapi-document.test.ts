// The OpenAPI document of the whole API (every product's routes mounted) is one an
// integrator can generate a typed client from: a unique operationId per operation, the
// error body once in components with its code typed as the catalog's codes, every
// response described, file exports under their real media types, the role note once,
// and an example for every request body that the route's own validator accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSchema } from '@sinclair/typebox';
import { ERRORS } from '../errors/catalog.js';
import { typeboxValidatorCompiler } from '../http/validator.js';
import { buildFullApi, type FullApi } from './test-support/full-api.js';

type Json = Record<string, unknown>;
interface MediaType {
  schema?: Json;
  example?: unknown;
}
interface Response {
  description?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown }>;
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, Response>;
}
interface Doc {
  openapi: string;
  info: { title?: string; version?: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, Json>; securitySchemes?: Record<string, Json> };
  security?: Array<Record<string, unknown>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function operations(doc: Doc): Array<{ method: string; path: string; op: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m))
      .map(([method, op]) => ({ method, path, op })),
  );
}

function resolve(doc: Doc, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

/** The OpenAPI 3.0 rules a generator trips on, checked by structure: what is wrong, one line each. */
function structuralProblems(doc: Doc): string[] {
  const problems: string[] = [];
  if (!/^3\.0\.\d+$/.test(doc.openapi)) problems.push(`openapi ${doc.openapi}`);
  if (!doc.info?.title || !doc.info?.version) problems.push('info.title and info.version are required');
  for (const name of Object.keys(doc.components.schemas ?? {}))
    if (!/^[a-zA-Z0-9._-]+$/.test(name)) problems.push(`component name ${name}`);
  const schemes = doc.components.securitySchemes ?? {};
  for (const { method, path, op } of operations(doc)) {
    const where = `${method.toUpperCase()} ${path}`;
    if (!path.startsWith('/')) problems.push(`${where}: path must start with /`);
    if (!op.responses || Object.keys(op.responses).length === 0) problems.push(`${where}: no responses`);
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) problems.push(`${where}: response key ${status}`);
      if (typeof response.description !== 'string' || response.description === '')
        problems.push(`${where} ${status}: description required`);
      for (const [type, media] of Object.entries(response.content ?? {}))
        if (!/^[\w.+-]+\/[\w.+-]+/.test(type) || !media.schema) problems.push(`${where} ${status} ${type}: media type needs a schema`);
    }
    for (const p of op.parameters ?? []) {
      if (!['path', 'query', 'header', 'cookie'].includes(p.in) || !p.name || !p.schema)
        problems.push(`${where}: parameter ${p.name} in ${p.in}`);
      if (p.in === 'path' && p.required !== true) problems.push(`${where}: path parameter ${p.name} must be required`);
    }
    for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
      if (!(op.parameters ?? []).some((p) => p.in === 'path' && p.name === name)) problems.push(`${where}: {${name}} not declared`);
    }
    for (const requirement of op.security ?? [])
      for (const name of Object.keys(requirement as Json)) if (!schemes[name]) problems.push(`${where}: security ${name} undefined`);
  }
  for (const requirement of doc.security ?? [])
    for (const name of Object.keys(requirement)) if (!schemes[name]) problems.push(`security ${name} undefined`);
  for (const ref of [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] ?? '')) {
    if (!ref.startsWith('#/')) problems.push(`non-local $ref ${ref}`);
    else if (resolve(doc, ref) === undefined) problems.push(`$ref ${ref} does not resolve`);
  }
  return problems;
}

let api: FullApi;
let doc: Doc;
beforeAll(async () => {
  api = await buildFullApi();
  const res = await api.app.inject({ method: 'GET', url: '/docs/json' });
  expect(res.statusCode).toBe(200);
  doc = res.json() as Doc;
});
afterAll(async () => {
  await api?.close();
});

describe('the OpenAPI document of the whole API', () => {
  it('is structurally valid OpenAPI 3.0 and covers every product', () => {
    expect(structuralProblems(doc)).toEqual([]);
    const tags = new Set(operations(doc).flatMap(({ op }) => op.tags ?? []));
    for (const tag of ['platform', 'credit', 'k3', 'fraud', 'models']) expect(tags.has(tag), tag).toBe(true);
  });

  it('gives every operation a unique operationId a generator can use as a method name', () => {
    const ids = operations(doc).map(({ method, path, op }) => op.operationId ?? `(none: ${method} ${path})`);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/runs/{id}']?.get?.operationId).toBe('getRun');
    expect(doc.paths['/runs']?.get?.operationId).toBe('listRuns');
    expect(doc.paths['/runs']?.post?.operationId).toBe('createRun');
  });

  it('describes every response (no "Default Response")', () => {
    const undescribed = operations(doc).flatMap(({ method, path, op }) =>
      Object.entries(op.responses ?? {})
        .filter(([, r]) => !r.description || r.description === 'Default Response')
        .map(([s]) => `${method} ${path} ${s}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('has one Error schema in components, its code an enum of exactly the catalog codes, and every error response refers to it', () => {
    const error = doc.components.schemas?.Error as { properties: { code: { enum: string[] } }; required: string[] };
    expect(error).toBeDefined();
    expect([...error.properties.code.enum].sort()).toEqual(Object.keys(ERRORS).sort());
    expect(error.required).toEqual(expect.arrayContaining(['code', 'message', 'requestId']));
    for (const { method, path, op } of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (Number(status) < 400) continue;
        expect(response.content?.['application/json']?.schema, `${method} ${path} ${status}`).toEqual({
          $ref: '#/components/schemas/Error',
        });
      }
    }
    expect(JSON.stringify(doc.paths)).not.toContain('"title":"Error"');
  });

  it('documents file exports under their real media types, and /metrics as text', () => {
    const exported = doc.paths['/fraud/worklist/export']?.get?.responses?.['200']?.content ?? {};
    expect(Object.keys(exported)).toEqual(expect.arrayContaining(['text/csv', 'application/vnd.apache.parquet']));
    expect(Object.keys(exported)).not.toContain('application/json');
    expect(exported['application/vnd.apache.parquet']?.schema).toMatchObject({ type: 'string', format: 'binary' });
    const metrics = doc.paths['/metrics']?.get?.responses ?? {};
    expect(Object.keys(metrics['200']?.content ?? {})).toEqual(['text/plain']);
    expect(Object.keys(metrics['401']?.content ?? {})).toEqual(['application/json']);
  });

  it('names the roles once per protected operation and keeps public ones keyless', () => {
    for (const { method, path, op } of operations(doc)) {
      const notes = (op.description ?? '').match(/Roles: /g) ?? [];
      if (op.security?.length === 0) expect(notes, `${method} ${path}`).toHaveLength(0);
      else expect(notes, `${method} ${path}`).toHaveLength(1);
    }
    expect(doc.paths['/health']?.get?.security).toEqual([]);
    expect(doc.paths['/credit/scores']?.post?.description).toContain('Roles: bank.');
  });

  it('gives every JSON request body an example its route accepts', () => {
    const routes = new Map<string, TSchema>();
    for (const { method, path, op } of operations(doc)) {
      const media = op.requestBody?.content?.['application/json'];
      if (!media) continue;
      expect(media.example, `${method} ${path}`).toBeDefined();
      const body = bodySchemaOf(method, path);
      if (body) routes.set(`${method} ${path}`, body);
      const check = typeboxValidatorCompiler({ schema: body as TSchema, httpPart: 'body', method, url: path });
      const result = check(media.example) as { error?: unknown };
      expect(result.error, `${method} ${path}: ${JSON.stringify(media.example)}`).toBeUndefined();
    }
    expect(routes.size).toBeGreaterThan(5);
  });
});

/** The body schema a route was registered with (the example must satisfy the route, not the document). */
function bodySchemaOf(method: string, path: string): TSchema | undefined {
  const url = path.replace(/\{(\w+)\}/g, ':$1');
  const route = api.app.routeTable().find((r) => r.method === method.toUpperCase() && r.url === url);
  return (route?.schema as { body?: TSchema } | undefined)?.body;
}
