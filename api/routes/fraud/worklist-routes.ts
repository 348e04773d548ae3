// The ranked reads of the published run: the worklist with reasons (capacity in cases, a cap
// per provider), its export as a file, and the provider roll-up.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import type { WorklistOptions } from '../../../models/fraud/worklist.js';
import { roles } from '../../auth/access.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import { wire } from './context.js';
import { withClientFilterErrors, worklistFilterOptions } from './worklist-filter.js';
import type { FraudRouteContext } from './context.js';
import { ExportQuery, ProvidersQuery, ProvidersResponse, WorklistQuery, WorklistResponse } from './schemas.js';
import type { WorklistQueryT } from './schemas.js';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

/** Providers listed when a request names no limit. */
export const DEFAULT_PROVIDER_LIMIT = 50;

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
  arrow: 'application/vnd.apache.arrow.file',
} as const;

function worklistOptions(q: WorklistQueryT, defaultCapacity: number): WorklistOptions {
  return {
    ...worklistFilterOptions(q, q.capacity ?? defaultCapacity),
    ...(q.perProvider ? { maxCasesPerProvider: q.perProvider } : {}),
  };
}

/** GET /fraud/worklist, /fraud/worklist/export and /fraud/providers. */
export function worklistRoutes(app: App, { options, published, tags }: FraudRouteContext): void {
  app.get(
    '/fraud/worklist',
    {
      config: roles('auditor'),
      schema: {
        tags,
        summary: 'Cases ranked by expected recovery, sized to capacity, with reasons',
        querystring: WorklistQuery,
        response: { 200: WorklistResponse, ...protectedErrors(), 503: ErrorResponse },
      },
    },
    async (request) => {
      const service = published();
      const o = worklistOptions(request.query, service.publishedCapacity ?? options.defaultCapacity);
      const cases = await withClientFilterErrors(() => service.worklist(o));
      return {
        capacity: o.capacityCases ?? options.defaultCapacity,
        ...((o.maxCasesPerProvider ?? service.publishedCasesPerProvider)
          ? { perProvider: o.maxCasesPerProvider ?? service.publishedCasesPerProvider }
          : {}),
        cases: wire<Static<typeof WorklistResponse>['cases']>(cases),
      };
    },
  );

  app.get(
    '/fraud/worklist/export',
    {
      config: roles('auditor'),
      schema: {
        tags,
        summary: "The worklist's claims as CSV, Parquet or Arrow IPC",
        querystring: ExportQuery,
        response: { 200: Type.Unknown({ description: 'The file bytes.' }), ...protectedErrors(), 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { format, ...q } = request.query;
      const service = published();
      const bytes = await withClientFilterErrors(() =>
        service.export(worklistOptions(q, service.publishedCapacity ?? options.defaultCapacity), format),
      );
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="fraud-worklist.${format}"`)
        .send(bytes);
    },
  );

  app.get(
    '/fraud/providers',
    {
      config: roles('auditor'),
      schema: {
        tags,
        summary: 'Provider roll-up of claim fraud probabilities, by expected recovery',
        querystring: ProvidersQuery,
        response: { 200: ProvidersResponse, ...protectedErrors(), 503: ErrorResponse },
      },
    },
    async (request) => ({
      providers: wire<Static<typeof ProvidersResponse>['providers']>(
        await published().providers(request.query.limit ?? DEFAULT_PROVIDER_LIMIT, request.query.province),
      ),
    }),
  );
}
