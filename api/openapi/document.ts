// What turns @fastify/swagger's output into a document a client generator can use, applied
// centrally so route files need not repeat it: per operation (from the route) an
// operationId and the roles note, once; over the whole document the catalog's error body
// as one `Error` component whose `code` is the enum of catalog codes, titled response
// schemas moved into components, a description on every response, file exports under
// their real media types, and an example for every JSON request body.
import { STATUS_CODES } from 'node:http';
import type { RouteOptions } from 'fastify';
import { DEFAULT_ACCESS } from '../auth/access.js';
import { ERRORS } from '../errors/catalog.js';
import { exampleFor } from './example.js';
import { operationIdFor } from './operation-id.js';

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
  summary?: string;
  parameters?: Array<{ name: string; in: string; schema?: Json }>;
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, Response>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, Json> } & Json;
}

export const ERROR_SCHEMA_NAME = 'Error';
const ERROR_REF = Object.freeze({ $ref: `#/components/schemas/${ERROR_SCHEMA_NAME}` });
const METHODS: ReadonlySet<string> = new Set(['get', 'put', 'post', 'delete', 'patch']);

/**
 * Media types of the files a route can answer, by the value of its `format` query
 * parameter: a route whose 200 response has no JSON shape and whose `format` names these
 * answers with that file (e.g. GET /fraud/worklist/export).
 */
export const FILE_MEDIA_TYPES: Readonly<Record<string, string>> = Object.freeze({
  csv: 'text/csv',
  parquet: 'application/vnd.apache.parquet',
  arrow: 'application/vnd.apache.arrow.file',
});

/** What an error status means to a caller; the body's `code` says which refusal it was. */
const ERROR_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({
  '400': 'The request is malformed or does not match the schema (see `details`).',
  '401': 'No valid API key was presented.',
  '403': "The client's role, or the consent presented, does not allow this.",
  '404': 'The named resource does not exist.',
  '408': 'The request was not received in time.',
  '413': 'The request body is too large.',
  '415': 'The request body is not JSON.',
  '422': 'The request is well-formed but cannot be processed (see `details`).',
  '429': 'Rate limited: retry after the `retry-after` header.',
  '500': 'Unexpected failure; quote the requestId.',
  '503': 'A dependency (store, queue, published run or model) is unavailable; retry later.',
});

type SchemaTransform = (input: { schema: Json; url: string; route: RouteOptions }) => { schema?: Json; url?: string };

/** Per route: the operationId and the roles note (computed, never written into the route's schema). */
export const describeOperation: SchemaTransform = ({ schema, url, route }) => {
  if (!schema || schema.hide) return {};
  const method = String(Array.isArray(route.method) ? route.method[0] : route.method);
  const out: Json = { ...schema, operationId: schema.operationId ?? operationIdFor(method, url) };
  const access = route.config?.access ?? DEFAULT_ACCESS;
  if (access === 'public') {
    out.security = [];
  } else {
    const note = `Roles: ${access.join(', ')}.`;
    const description = typeof schema.description === 'string' ? schema.description : '';
    if (!description.includes(note)) out.description = description ? `${description}\n\n${note}` : note;
  }
  return { schema: out, url };
};

function operations(doc: OpenApiDocument): Operation[] {
  return Object.values(doc.paths).flatMap((item) =>
    Object.entries(item)
      .filter(([m]) => METHODS.has(m))
      .map(([, op]) => op),
  );
}

const isErrorBody = (schema: Json | undefined): boolean => schema?.title === ERROR_SCHEMA_NAME && typeof schema.properties === 'object';

/** The error body as one component, `code` typed as the catalog's codes. */
function errorComponent(inline: Json): Json {
  const properties = { ...(inline.properties as Record<string, Json>) };
  properties.code = { ...properties.code, type: 'string', enum: Object.keys(ERRORS).sort() };
  return { ...inline, properties };
}

/** Enum members of a parameter schema (`enum`, or `anyOf` of single-member enums/consts). */
function enumMembers(schema: Json | undefined): string[] {
  if (!schema) return [];
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  if (Array.isArray(schema.anyOf))
    return (schema.anyOf as Json[]).flatMap((s) => (s.const !== undefined ? [String(s.const)] : enumMembers(s)));
  return [];
}

function fileContent(op: Operation): Record<string, MediaType> | undefined {
  const formats = enumMembers(op.parameters?.find((p) => p.in === 'query' && p.name === 'format')?.schema);
  if (formats.length === 0 || !formats.every((f) => FILE_MEDIA_TYPES[f])) return undefined;
  const binary = { type: 'string', format: 'binary' };
  return Object.fromEntries(formats.map((f) => [FILE_MEDIA_TYPES[f], { schema: { ...binary, description: `format=${f}` } }]));
}

/** Response schemas with a `title` go to components when every use of the title is the same shape. */
function hoistTitled(doc: OpenApiDocument, schemas: Record<string, Json>): void {
  const visit = (node: unknown, act: (schema: Json) => Json | undefined): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n, act));
    if (!node || typeof node !== 'object') return node;
    return act(node as Json) ?? Object.fromEntries(Object.entries(node as Json).map(([k, v]) => [k, visit(v, act)]));
  };
  const titleOf = (s: Json): string | undefined =>
    typeof s.title === 'string' && /^[A-Za-z][A-Za-z0-9._-]*$/.test(s.title) && s.title !== ERROR_SCHEMA_NAME ? s.title : undefined;
  // title -> its one shape, or null when two uses differ (then it stays inline).
  const shapes = new Map<string, string | null>();
  for (const op of operations(doc)) {
    visit(op.responses, (s) => {
      const title = titleOf(s);
      if (title)
        shapes.set(title, [undefined, JSON.stringify(s)].includes(shapes.get(title) as string | undefined) ? JSON.stringify(s) : null);
      return undefined;
    });
  }
  const hoisted = new Set<string>();
  for (const [title, shape] of shapes) {
    if (shape === null || schemas[title]) continue;
    schemas[title] = JSON.parse(shape) as Json;
    hoisted.add(title);
  }
  for (const op of operations(doc)) {
    op.responses = visit(op.responses, (s) => {
      const title = titleOf(s);
      return title && hoisted.has(title) ? { $ref: `#/components/schemas/${title}` } : undefined;
    }) as Operation['responses'];
  }
}

/** Whole-document pass (the swagger `transformObject`). */
export function finishDocument(doc: OpenApiDocument): OpenApiDocument {
  const schemas: Record<string, Json> = { ...(doc.components.schemas ?? {}) };
  const ids = new Set<string>();
  for (const op of operations(doc)) {
    // Derived ids are unique by construction unless two paths differ only in parameters.
    if (op.operationId) {
      let id = op.operationId;
      for (let n = 2; ids.has(id); n++) id = `${op.operationId}${n}`;
      op.operationId = id;
      ids.add(id);
    }
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      const code = Number(status);
      if (code >= 400) {
        const inline = Object.values(response.content ?? {})
          .map((m) => m.schema)
          .find(isErrorBody);
        if (inline && !schemas[ERROR_SCHEMA_NAME]) schemas[ERROR_SCHEMA_NAME] = errorComponent(inline);
        // Errors are JSON whatever the route's success type (e.g. /metrics is text).
        response.content = { 'application/json': { schema: { ...ERROR_REF } } };
        if (!response.description || response.description === 'Default Response')
          response.description = ERROR_DESCRIPTIONS[status] ?? STATUS_CODES[code] ?? 'Error';
      } else {
        if (!response.description || response.description === 'Default Response') response.description = STATUS_CODES[code] ?? 'Success';
        const files = code === 200 ? fileContent(op) : undefined;
        const json = response.content?.['application/json']?.schema;
        if (files && (!json || json.type === undefined)) response.content = files;
      }
    }
    const body = op.requestBody?.content?.['application/json'];
    if (body?.schema && body.example === undefined) {
      const example = exampleFor(body.schema);
      if (example !== undefined) body.example = example;
    }
  }
  hoistTitled(doc, schemas);
  return { ...doc, components: { ...doc.components, schemas } };
}
