// Property-based fuzz over the app's own OpenAPI document (issue 12, "Must show"): for every
// operation, requests whose path params, query strings and bodies are drawn from the
// operation's schemas bent out of shape (wrong types, huge numbers, NaN-like strings, NUL
// bytes, very long strings, nested junk, impossible dates), sent with a valid key of each
// role and with bad keys. No answer may be a 5xx, and no body may carry SQL, a database
// error or a stack trace. Seeded and bounded (FUZZ_RUNS per operation), on both ops stores,
// through Fastify's inject (no network). A failure lists every failing request, as sent.
// The products are the real ones `telisik serve` wires: the fraud read service over a small
// published fraud run built once for the vitest run (published files read with DuckDB, case
// assembly, arrival scoring), the models registry's served champion, a trained credit
// scorecard and a rated K3 book. Scoring bodies are real claims and rows with one field
// bent, so that most requests get past the schema and reach the scorers' SQL.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THIN_FILE_MIN_MONTHS } from '../../features/credit/registry.js';
import { trainCreditScorecard } from '../../models/credit/champion.js';
import { creditScorer } from '../../models/credit/scorer.js';
import { syntheticMemberKey, syntheticMembers } from '../../models/credit/test-support/synthetic-members.js';
import type { CreditScorer } from '../../models/credit/scorer.js';
import { numericValues } from '../../models/data/table.js';
import { bookFrom, buildK3RatingModel, rateBook, syntheticBook } from '../../models/k3/index.js';
import type { K3Book } from '../../models/k3/index.js';
import { buildApi } from '../app.js';
import { generateApiKey, hashApiKey } from '../auth/api-key.js';
import { creditRoutes } from '../routes/credit/index.js';
import { fraudRoutes } from '../routes/fraud/index.js';
import { k3Routes } from '../routes/k3/index.js';
import { modelRoutes } from '../routes/models/index.js';
import type { RunRequester } from '../runs/run-requester.js';
import { openOpsStore } from '../store/open-store.js';
import type { OpsStore } from '../store/ops-store.js';
import { CLIENT_ROLES, type ClientRole } from '../store/records.js';
import { dropSchema, newTestSchema, postgresAvailable, TEST_POSTGRES_URL } from '../test-support/postgres.js';
import { publishedFraudRun, type PublishedFraudRun } from './test-support/published-fraud.js';
import { buildServedModels, SERVED_MODEL, type ServedModelRegistry } from './test-support/served-models.js';

/** Fixed seed: a failure reproduces; change it deliberately (or set TELISIK_FUZZ_SEED for one run) to explore further. */
const FUZZ_SEED = Number(process.env.TELISIK_FUZZ_SEED ?? 20_261_206);
/** Requests per operation and store: bounded so the file stays well under two minutes (TELISIK_FUZZ_RUNS explores further). */
const FUZZ_RUNS = Number(process.env.TELISIK_FUZZ_RUNS ?? 100);
/** Requests per scoring operation (claims on arrival, bank rows): twice as many, their bodies being where the SQL is. */
const SCORING_RUNS = 2 * FUZZ_RUNS;

/** What a body must never show a caller: SQL, database errors, stack frames, file paths. */
const LEAKS: readonly RegExp[] = [
  /\bSELECT\b/,
  /\bFROM\b/,
  /\bCREATE\b/,
  /\bINSERT INTO\b/,
  /\bWHERE\b/,
  /Binder Error/i,
  /Parser Error/i,
  /Conversion Error/i,
  /Catalog Error/i,
  /Constraint Error/i,
  /Invalid Input Error/i,
  /syntax error at or near/i,
  /violates .* constraint/i,
  /invalid input syntax/i,
  /\bduckdb\b/i,
  /\bpostgres(ql)?\b/i,
  / {4}at /,
  /\.ts:\d/,
  /\.js:\d/,
  /node_modules/,
];

// --- Junk: values no schema should let through, or that stress what it lets through. ---

const NASTY_STRINGS = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  '-0',
  '1e308',
  '-1e308',
  '18446744073709551616',
  '9'.repeat(400),
  '\u0000',
  'a\u0000b',
  '%00',
  '%',
  '%E0%A4%A',
  "'",
  "''; --",
  '"',
  '\\',
  '${x}',
  '{{x}}',
  '__proto__',
  'constructor',
  '2024-13',
  '2024-00',
  '9999-99',
  '2099-02-30',
  '2099-02-30T00:00:00Z',
  '2024-02-30',
  '2024-13-01T00:00:00Z',
  '0000-00-00',
  '2024-06-31T25:61:61Z',
  'x'.repeat(10_000),
  '\u202e\ud800',
  '😀'.repeat(50),
  '00000000-0000-0000-0000-000000000000',
];
const NASTY_NUMBERS = [0, -1, 1e308, -1e308, 2 ** 64, 2 ** 53 + 1, -(2 ** 63), Number.MAX_SAFE_INTEGER, 0.5, -0, 1e-308, 4.9e-324];

const junkString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const junkNumber = fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.double({ noNaN: true }), fc.integer());
const junkValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    junkString,
    junkNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(junkString, fc.constantFrom('__proto__', 'constructor')), tie('value'), { maxKeys: 3 }),
  ),
})).value;

// --- Plausible values from a (JSON) schema of the OpenAPI document. ---

interface Schema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: Schema;
  uniqueItems?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
}

const VALID_DATE_TIME = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());
const BAD_DATES = ['2099-02-30', '2024-13-01', '2023-02-29', '2024-00-10', '2024-04-31'];

/** Values that stand for records the store or the loaded books hold, by field name (set per store). */
let known: Record<string, string[]> = {};

/**
 * A value that fits the schema, so requests get past validation too; `bend` makes each
 * field junk or out of range now and then, so each refusal is exercised on its own.
 */
function plausible(schema: Schema | undefined, depth = 0, bend = false, name = ''): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return junkValue;
  const fits = fitting(schema, depth, bend);
  const ids = known[name];
  return ids && ids.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 3 }, { arbitrary: fits, weight: 1 }) : fits;
}

function fitting(schema: Schema, depth: number, bend: boolean): fc.Arbitrary<unknown> {
  const odd = <T>(fit: fc.Arbitrary<T>, ...outliers: unknown[]): fc.Arbitrary<unknown> =>
    bend && outliers.length > 0 ? fc.oneof({ arbitrary: fit, weight: 3 }, { arbitrary: fc.constantFrom(...outliers), weight: 1 }) : fit;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((s) => plausible(s, depth + 1, bend)));
  if (schema.allOf && schema.allOf.length > 0) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf) {
      Object.assign(merged.properties!, part.properties ?? {});
      merged.required!.push(...(part.required ?? []));
    }
    return fitting(merged, depth + 1, bend);
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date-time') return odd(VALID_DATE_TIME, ...BAD_DATES.map((d) => `${d}T00:00:00Z`), '2024-01-01T24:00:00Z');
      if (schema.format === 'date')
        return odd(
          VALID_DATE_TIME.map((d) => d.slice(0, 10)),
          ...BAD_DATES,
        );
      if (schema.format === 'year-month')
        return odd(
          VALID_DATE_TIME.map((d) => d.slice(0, 7)),
          '2024-13',
          '2024-00',
          '9999-99',
        );
      if (schema.pattern) {
        const fit = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 200);
        // A pattern of digits, as for dates and months, gets the impossible ones too.
        return /\[0-9\]\{4\}-/.test(schema.pattern) ? odd(fit, ...BAD_DATES, '2024-13', '9999-99', '0000-00') : fit;
      }
      return odd(
        fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 30) }),
        'a\u0000b',
        'x'.repeat(10_000),
      );
    case 'integer': {
      const min = Math.max(schema.minimum ?? -1e6, -1e12);
      const max = Math.min(schema.maximum ?? Math.max(min, 0) + 1e6, 1e12);
      return odd(fc.integer({ min, max: Math.max(min, max) }), ...NASTY_NUMBERS);
    }
    case 'number': {
      const min = schema.minimum ?? -1e9;
      return odd(fc.double({ min, max: schema.maximum ?? Math.max(min, 0) + 1e9, noNaN: true, noDefaultInfinity: true }), ...NASTY_NUMBERS);
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return schema.uniqueItems && !bend
        ? fc.uniqueArray(plausible(schema.items, depth + 1, bend), { minLength: 1, maxLength: 3, selector: (v) => JSON.stringify(v) })
        : fc.array(plausible(schema.items, depth + 1, bend), { minLength: 1, maxLength: 3 });
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const fields = Object.fromEntries(
        Object.entries(props).map(([k, s]) => [k, bend ? bent(s, depth, k) : plausible(s, depth + 1, false, k)]),
      );
      return fc.record(fields, { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
    }
    default:
      return junkValue;
  }
}

/** A field: mostly plausible, sometimes junk. */
const bent = (schema: Schema, depth: number, name: string): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: plausible(schema, depth + 1, true, name), weight: 5 }, { arbitrary: junkValue, weight: 1 });

/** A request body: the schema's shape with junk fields, or junk altogether, or extra keys. */
function bodyFor(schema: Schema | undefined): fc.Arbitrary<unknown> {
  if (!schema) return fc.oneof(fc.constant(undefined), junkValue);
  return fc.oneof(
    { arbitrary: plausible(schema), weight: 3 },
    { arbitrary: plausible(schema, 0, true), weight: 4 },
    { arbitrary: junkValue, weight: 1 },
    {
      arbitrary: fc
        .tuple(plausible(schema), fc.dictionary(junkString, junkValue, { maxKeys: 2 }))
        .map(([b, extra]) => (b !== null && typeof b === 'object' ? { ...extra, ...b } : b)),
      weight: 1,
    },
  );
}

// --- One field bent: real records (claims, bank rows) with one value out of shape. ---

/**
 * What one field of an otherwise valid record becomes, whatever the field: wrong types (the
 * schema must refuse them), NUL bytes, quote characters (SQL text if a value were pasted),
 * impossible dates and huge integers. Those of the field's own kind are bendOf's.
 */
const BENDS: readonly unknown[] = [
  // wrong types
  true,
  false,
  null,
  '',
  [],
  {},
  [1],
  { a: 1 },
  42,
  4.5,
  -1,
  '42',
  'NaN',
  'null',
  // NUL bytes
  '\u0000',
  'a\u0000b',
  '3171R001\u0000',
  '\u0000\u0000\u0000',
  // quotes, alone and as an injection would carry them
  "'",
  '"',
  "''",
  '""',
  "O'Brien",
  'say "hi"',
  "X' OR '1'='1",
  "'; DROP TABLE h_claims; --",
  '"; SELECT 1; --',
  "\\'",
  '$1',
  '?',
  '%s',
  "E'\\x00'",
  // impossible dates, and dates in the wrong shape
  '2099-02-30',
  '2024-13-01',
  '2024-02-30',
  '2023-02-29',
  '2024-00-10',
  '2024-04-31',
  '0000-00-00',
  '9999-99-99',
  '1899-12-31',
  '2024-1-1',
  '2024-01-01T00:00:00Z',
  '2099-02-30 10:00:00',
  '2024-13-01T25:61:61',
  // huge integers
  2 ** 31,
  2 ** 32,
  2 ** 40,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  2 ** 64,
  -(2 ** 63),
  1e21,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  '18446744073709551616',
  '9'.repeat(40),
  // long text
  'x'.repeat(5_000),
];

const IMPOSSIBLE_DATES = [
  '2099-02-30',
  '2024-13-01',
  '2024-02-30',
  '2023-02-29',
  '2024-00-10',
  '2024-04-31',
  '0000-00-00',
  '9999-99-99',
  '1899-12-31',
];
const HUGE_INTEGERS = [2 ** 31, 2 ** 32, 2 ** 40, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 64, 1e21, 1e308, Number.MAX_SAFE_INTEGER];

/**
 * A bend of the field's own kind, which the body schema's loose types let through to the
 * scorer: quotes, NUL bytes or SQL around text, impossible dates for dates, huge integers for
 * whole numbers (and now and then the same value as text or with a fraction, which it refuses).
 */
function bendOf(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    return fc.oneof(
      { arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES), weight: 4 },
      { arbitrary: fc.constantFrom(`${value}'`, `${value}\u0000`, value.replaceAll('-', '/')), weight: 1 },
    );
  }
  if (typeof value === 'string') {
    return fc.constantFrom(
      `${value}'`,
      `'${value}`,
      `${value}"`,
      `"${value}"`,
      `${value}\u0000`,
      `\u0000${value}`,
      `${value}' OR '1'='1`,
      `${value}'; --`,
      `${value}"; DROP TABLE h_claims; --`,
      `${value}\\`,
      '',
      "'",
      '"',
      '\u0000',
    );
  }
  if (typeof value === 'number') {
    return fc.oneof(
      { arbitrary: fc.constantFrom(...HUGE_INTEGERS, value * 2 ** 32), weight: 4 },
      { arbitrary: fc.constantFrom(String(value), value + 0.5, -value - 1), weight: 1 },
    );
  }
  return fc.constantFrom("'", '"', 'a\u0000b', "x' OR '1'='1", ...IMPOSSIBLE_DATES.slice(0, 2), ...HUGE_INTEGERS.slice(0, 4));
}

/**
 * Records with one field bent (mostly), as they are (the valid baseline, so scores are
 * produced too), or with an extra field. The field is any the record carries, so required
 * fields, dates, codes, amounts and free text are each bent in turn.
 */
function oneFieldBent(records: readonly Record<string, unknown>[]): fc.Arbitrary<Record<string, unknown>> {
  const bentOne = fc.constantFrom(...records).chain((record) =>
    fc.constantFrom(...Object.keys(record)).chain((field) =>
      fc
        .oneof(
          { arbitrary: bendOf(record[field]), weight: 6 },
          { arbitrary: fc.constantFrom(...BENDS), weight: 2 },
          { arbitrary: fc.constant(undefined), weight: 1 },
        )
        .map((v) => {
          const copy: Record<string, unknown> = { ...record };
          if (v === undefined) delete copy[field];
          else copy[field] = v;
          return copy;
        }),
    ),
  );
  const extraField = fc
    .tuple(
      fc.constantFrom(...records),
      fc.constantFrom('tarif_extra', 'x', "it's", 'a"b', '__proto__', 'constructor', 'tarif_\u0000'),
      fc.oneof(fc.nat(), fc.constantFrom(...BENDS)),
    )
    .map(([r, k, v]) => ({ ...r, [k]: v }));
  return fc.oneof(
    { arbitrary: bentOne, weight: 8 },
    { arbitrary: fc.constantFrom(...records), weight: 2 },
    { arbitrary: extraField, weight: 1 },
  );
}

/** Percent-encodes; a lone surrogate (not encodable) becomes its raw, invalid UTF-8 bytes. */
const encode = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

const asText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

/** Text for a path or query value: plausible or junk, percent-encoded, or raw bad encoding. */
function textFor(schema: Schema | undefined, name: string): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: plausible(schema, 0, false, name).map((v) => encode(asText(v))), weight: 6 },
    { arbitrary: plausible(schema, 0, true, name).map((v) => encode(asText(v))), weight: 2 },
    { arbitrary: junkString.map(encode), weight: 1 },
    { arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', 'a'.repeat(300)), weight: 1 },
  );
}

// --- The OpenAPI document, as operations. ---

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | undefined;
}

function operationsOf(doc: {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return ops;
}

interface FuzzRequest {
  url: string;
  key: string | undefined;
  bearer: boolean;
  body: unknown;
  contentType: string;
}

/** Keys a request may carry: mostly one the operation admits, so most requests reach the handler. */
interface KeyChoice {
  readonly admitted: readonly string[];
  readonly others: readonly (string | undefined)[];
}

function requestsFor(op: Operation, keys: KeyChoice, body: fc.Arbitrary<unknown> = bodyFor(op.body)): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const key =
    keys.admitted.length > 0
      ? fc.oneof({ arbitrary: fc.constantFrom(...keys.admitted), weight: 4 }, { arbitrary: fc.constantFrom(...keys.others), weight: 1 })
      : fc.constantFrom(...keys.others);
  return fc
    .record({
      path: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, textFor(p.schema, p.name)]))),
      // Each value on its own may be junk; with several filters that leaves few requests for the handler, so a
      // third of the query strings are plausible throughout (a route like the worklist is reached with filters).
      query: fc.oneof(
        {
          arbitrary: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, textFor(p.schema, p.name)])), { requiredKeys: [] }),
          weight: 2,
        },
        {
          arbitrary: fc.record(
            Object.fromEntries(queryParams.map((p) => [p.name, plausible(p.schema, 0, false, p.name).map((v) => encode(asText(v)))])),
            { requiredKeys: [] },
          ),
          weight: 1,
        },
      ),
      extraQuery: fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: fc.tuple(junkString, junkString), weight: 1 }),
      key,
      bearer: fc.boolean(),
      body,
      contentType: fc.oneof(
        { arbitrary: fc.constant('application/json'), weight: 6 },
        { arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded'), weight: 1 },
      ),
    })
    .map(({ path, query, extraQuery, key, bearer, body, contentType }) => {
      const url = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => path[name] ?? 'x');
      const pairs = Object.entries(query).map(([k, v]) => `${encode(k)}=${v}`);
      if (extraQuery) pairs.push(`${encode(extraQuery[0])}=${encode(extraQuery[1])}`);
      return { url: pairs.length > 0 ? `${url}?${pairs.join('&')}` : url, key, bearer, body, contentType };
    });
}

async function send(app: FastifyInstance, method: string, r: FuzzRequest) {
  const headers: Record<string, string> = {};
  if (r.key !== undefined) {
    if (r.bearer) headers.authorization = `Bearer ${r.key}`;
    else headers['x-api-key'] = r.key;
  }
  const hasBody = method !== 'GET' && method !== 'DELETE' && r.body !== undefined;
  if (hasBody) headers['content-type'] = r.contentType;
  return app.inject({ method: method as 'GET', url: r.url, headers, ...(hasBody ? { payload: JSON.stringify(r.body) } : {}) });
}

/** Text the request itself carried (body strings and keys, the decoded URL), longest first. */
function sentTexts(r: FuzzRequest): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        walk(x);
      }
    }
  };
  walk(r.body);
  try {
    out.push(...decodeURIComponent(r.url).split(/[?&=/]/));
  } catch {
    // a URL that does not decode carries nothing to strip
  }
  return out.filter((t) => t.length > 1).sort((a, b) => b.length - a.length);
}

/**
 * The leak a response shows, if any. What the caller sent and gets back (a claim's own
 * nomor_sep, a row id) is not a leak, so it is taken out first, as sent and as JSON escapes it.
 * Exported files (Parquet, Arrow) are data, not messages: a Parquet footer names its writer.
 */
function leakIn(res: { statusCode: number; headers: Record<string, unknown>; body: string }, r: FuzzRequest): RegExp | undefined {
  if (res.statusCode === 200 && /parquet|arrow/.test(String(res.headers['content-type']))) return undefined;
  let text = res.body;
  for (const t of sentTexts(r)) text = text.split(JSON.stringify(t).slice(1, -1)).join(' ').split(t).join(' ');
  return LEAKS.find((re) => re.test(text));
}

/** Which fields of a claim body differ from the sample claim it was bent from (same nomor_sep), for a report line. */
function bentFields(body: unknown, claims: readonly Record<string, unknown>[]): string {
  if (body === null || typeof body !== 'object') return JSON.stringify(body)?.slice(0, 60) ?? 'no body';
  const b = body as Record<string, unknown>;
  const base = claims.find((c) => c['nomor_sep'] === b['nomor_sep']);
  if (!base) return `nomor_sep=${JSON.stringify(b['nomor_sep'])?.slice(0, 60)}`;
  const keys = new Set([...Object.keys(base), ...Object.keys(b)]);
  return (
    [...keys]
      .filter((k) => JSON.stringify(base[k]) !== JSON.stringify(b[k]))
      .map((k) => `${k}=${JSON.stringify(b[k])?.slice(0, 60)}`)
      .join(', ') || 'none (a valid sample claim)'
  );
}

// --- Fixtures: built once for the file and shared by both stores. ---

/** Operations that must have answered 2xx at least once: their answers come from the real products (the published fraud run, the scorers, the K3 book). */
const REACHES_THE_PRODUCT = [
  'POST /credit/scores',
  'POST /k3/quotes',
  'GET /k3/employers/{employerId}',
  'GET /k3/portfolio',
  'GET /models',
  'GET /fraud/worklist',
  'GET /fraud/worklist/export',
  'GET /fraud/providers',
  'GET /fraud/cases/{caseId}',
  'GET /fraud/signals',
  'POST /fraud/cases/{caseId}/outcome',
];
/** Run requests accepted and dropped: the queue is not what this file tests. */
const runRequester: RunRequester = { available: async () => true, request: async () => undefined };

let scorer: CreditScorer;
let book: K3Book;
let employerIds: string[] = [];
let fraud: PublishedFraudRun;
let models: ServedModelRegistry;

beforeAll(async () => {
  // the published fraud run (published-fraud.ts SHARED_FRAUD_RUN), built once for the vitest run and
  // shared by both stores and by the workbench test: its claims are what scoring bodies are bent from
  fraud = await publishedFraudRun();
  models = await buildServedModels(20);
  const table = syntheticMembers(1500, 11, { thinEvery: 20 });
  const months = numericValues(table, 'ledger_months');
  const rows = Int32Array.from({ length: table.nRows }, (_, i) => i).filter((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS);
  scorer = creditScorer({ family: 'scorecard', version: 'fuzz-1', card: trainCreditScorecard(table, rows).card }, table, []);
  const { years } = syntheticBook({ employers: 1500, years: 3, seed: 4 });
  employerIds = [...new Set(years.slice(0, 50).map((y) => y.employerId))].slice(0, 3);
  const model = buildK3RatingModel(years, '2026-06-30');
  book = bookFrom(model, years, rateBook(model, years).summary);
  // a hang guard, not a timing figure, as in the other files that build a fraud run: generate, ingest
  // and the fraud batch passed 120 s beside serve-products on a loaded 2-core machine
}, 600_000);

afterAll(async () => {
  await fraud?.close();
  await models?.close();
});

/** A member the credit scorer knows (the synthetic table's first). */
const MEMBER = syntheticMemberKey(0);

/** Keys of the roles the operation admits, from the app's route table (OpenAPI `{id}` is Fastify's `:id`). */
function admittedKeys(table: ReturnType<FastifyInstance['routeTable']>, op: Operation, keys?: Record<ClientRole, string>): string[] {
  const url = op.path.replace(/\{([^}]+)\}/g, ':$1');
  const access = table.find((r) => r.method === op.method && r.url === url)?.access;
  if (!access || access === 'public' || !keys) return [];
  return access.map((role) => keys[role]);
}

interface StoreUnderTest {
  open(): Promise<OpsStore>;
  cleanup(): Promise<void>;
}

function fuzzSuite(name: string, backing: StoreUnderTest): void {
  describe(`OpenAPI fuzz on the ${name} store`, () => {
    let app: FastifyInstance;
    let store: OpsStore;
    const keys = Object.fromEntries(CLIENT_ROLES.map((r) => [r, generateApiKey()])) as Record<ClientRole, string>;
    const revoked = generateApiKey();

    beforeAll(async () => {
      store = await backing.open();
      for (const role of CLIENT_ROLES) await store.createClient({ name: `fuzz ${role}`, role, keyHash: hashApiKey(keys[role]) });
      const gone = await store.createClient({ name: 'fuzz revoked', role: 'admin', keyHash: hashApiKey(revoked) });
      await store.revokeClient(gone.id);
      const bank = (await store.listClients()).find((c) => c.role === 'bank')!;
      const grant = () =>
        store.grantConsent({
          memberKey: MEMBER,
          bankClientId: bank.id,
          purpose: 'credit_scoring',
          scope: ['score', 'reasons'],
          expiresAt: new Date('2099-01-01T00:00:00Z'),
        });
      const consent = await grant();
      // The revoke route gets a consent of its own: revoking the one above would leave credit scores only refusals.
      const revocable = await grant();
      const run = await store.createRun({ id: randomUUID(), requestedBy: 'fuzz', mode: 'workers', params: {} });
      // No id of a client the keys above belong to: revoking one would end its part of the fuzz.
      const victim = await store.createClient({ name: 'fuzz victim', role: 'bank', keyHash: hashApiKey(generateApiKey()) });
      known = {
        id: [revocable.id, run.id, victim.id, gone.id],
        consentReference: [consent.id],
        bankClientId: [bank.id],
        employerId: employerIds,
        memberKey: [MEMBER],
        // the published fraud run's cases, providers, types and months, so filters and case routes find rows
        caseId: [...fraud.caseIds],
        provider: [...fraud.facilityIds],
        province: [...fraud.provinces],
        fraudType: [...new Set(fraud.caseIds.map((id) => id.slice(id.indexOf('-') + 1)))],
        periodFrom: [...new Set(fraud.claims.map((c) => String(c['tgl_pengajuan']).slice(0, 7)))],
        periodTo: [...new Set(fraud.claims.map((c) => String(c['tgl_pengajuan']).slice(0, 7)))],
        name: [SERVED_MODEL],
      };
      app = await buildApi({
        store,
        runRequester,
        rateLimit: false,
        authCacheMs: 0,
        log: { level: 'silent' },
        routes: [
          creditRoutes({ store, scorer }),
          k3Routes({ book: () => book }),
          // as `telisik serve --fraud` wires it
          fraudRoutes({ store: () => store, service: () => fraud.service, defaultCapacity: fraud.service.publishedCapacity }),
          modelRoutes({ models: () => models.served, store }),
        ],
      });
      await app.ready();
    }, 60_000);

    afterAll(async () => {
      await app?.close();
      await store?.close();
      await backing.cleanup();
    });

    it('answers every operation of the document without a 5xx, SQL or a stack trace', async () => {
      const doc = app.swagger() as unknown as Parameters<typeof operationsOf>[0];
      const ops = operationsOf(doc);
      expect(ops.length).toBeGreaterThan(15);
      const table = app.routeTable();
      const others = [undefined, '', 'tlk_not-a-key', revoked, 'x'.repeat(5000), ...CLIENT_ROLES.map((r) => keys[r])];
      const failures: string[] = [];
      let sent = 0;
      // Scoring bodies are real records with one field bent (now and then the schema's junk instead), so most reach the scorers' SQL.
      const bodies: Record<string, fc.Arbitrary<unknown>> = {
        'POST /fraud/claims/score': oneFieldBent(fraud.claims),
        'POST /models/{name}/score': fc.array(oneFieldBent(models.rows), { minLength: 1, maxLength: 3 }).map((rows) => ({ rows })),
      };
      expect(ops.map((op) => `${op.method} ${op.path}`)).toEqual(expect.arrayContaining(Object.keys(bodies)));
      const statuses = new Map<string, Map<number, number>>();
      // Claims the scorer could not score for a reason of its own (its catch-all: 422 naming no field); no failure, but shown.
      const unexplained: string[] = [];
      for (const op of ops) {
        const id = `${op.method} ${op.path}`;
        const tally = new Map<number, number>();
        statuses.set(id, tally);
        const bent = bodies[id];
        const body = bent ? fc.oneof({ arbitrary: bent, weight: 5 }, { arbitrary: bodyFor(op.body), weight: 1 }) : undefined;
        // Every run is sent and every bad answer kept (no stop at the first): the count is the finding.
        await fc.assert(
          fc.asyncProperty(requestsFor(op, { admitted: admittedKeys(table, op, keys), others }, body), async (r) => {
            sent++;
            const res = await send(app, op.method, r);
            tally.set(res.statusCode, (tally.get(res.statusCode) ?? 0) + 1);
            if (id === 'POST /fraud/claims/score' && res.statusCode === 422 && !res.body.includes('"field"'))
              unexplained.push(bentFields(r.body, fraud.claims));
            const leak = leakIn(res, r);
            if (res.statusCode >= 500 || leak) {
              const who = r.key === undefined ? 'none' : (Object.entries(keys).find(([, k]) => k === r.key)?.[0] ?? 'bad');
              // a claim body is long: its bent field is named first, so the request can be rebuilt from the sample claim
              const bentNote = id === 'POST /fraud/claims/score' ? ` bent=[${bentFields(r.body, fraud.claims)}]` : '';
              failures.push(
                `${op.method} ${r.url.slice(0, 300)} key=${who}${bentNote} body=${JSON.stringify(r.body)?.slice(0, 300)} -> ${res.statusCode}${leak ? ` leaks ${leak}` : ''} ${res.body.slice(0, 300)}`,
              );
            }
          }),
          { seed: FUZZ_SEED, numRuns: bent ? SCORING_RUNS : FUZZ_RUNS },
        );
      }
      const seen = (id: string): string =>
        [...(statuses.get(id) ?? [])]
          .sort(([a], [b]) => a - b)
          .map(([status, n]) => `${status} x${n}`)
          .join(', ');
      console.info(`OpenAPI fuzz on ${name}: ${sent} requests over ${ops.length} operations, ${failures.length} with a 5xx or a leak`);
      const shown = process.env.TELISIK_FUZZ_VERBOSE ? [...statuses.keys()] : Object.keys(bodies);
      for (const id of shown) console.info(`  ${id}: ${seen(id)}`);
      if (unexplained.length > 0)
        console.info(`  claims the scorer refused naming no field (its catch-all), by bent field: ${[...new Set(unexplained)].join('; ')}`);
      expect(sent).toBeGreaterThanOrEqual(ops.length * FUZZ_RUNS);
      // The fuzz reached the real products, not only the schema's 400s: every read of the published
      // fraud run, each scorer and the K3 book answered with data at least once...
      const answered = (id: string): number =>
        [...(statuses.get(id) ?? [])].filter(([status]) => status >= 200 && status < 300).reduce((n, [, k]) => n + k, 0);
      for (const id of [...Object.keys(bodies), ...REACHES_THE_PRODUCT]) expect(answered(id), `${id}: ${seen(id)}`).toBeGreaterThan(0);
      // ...and bent claims were refused by the scorer itself (after the schema let them through).
      expect(statuses.get('POST /fraud/claims/score')?.get(422) ?? 0, seen('POST /fraud/claims/score')).toBeGreaterThan(0);
      expect(failures, failures.join('\n')).toEqual([]);
    });
  });
}

fuzzSuite('DuckDB', { open: () => openOpsStore('duckdb::memory:'), cleanup: async () => undefined });

const postgres = await postgresAvailable();
const schema = newTestSchema();
describe.skipIf(!postgres)('PostgreSQL', () => {
  fuzzSuite('PostgreSQL', { open: () => openOpsStore(TEST_POSTGRES_URL, { schema }), cleanup: () => dropSchema(schema) });
});
