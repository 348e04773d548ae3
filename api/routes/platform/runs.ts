// Runs for the admin: request one (it goes to the run coordinator's queue; see
// api/runs/run-request.ts) and follow its status in the ops store's run history.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import type { RunRequest } from '../../runs/run-request.js';
import type { RunRequester } from '../../runs/run-requester.js';
import type { OpsStore } from '../../store/ops-store.js';
import type { RunRecord } from '../../store/records.js';
import { IdParams, RunAccepted, RunListQuery, RunRequestBody, RunSchema } from './schemas.js';

export interface RunRoutesOptions {
  readonly store: OpsStore;
  readonly runRequester: RunRequester | undefined;
}

/** Records are deeply readonly; the serializer's types want plain arrays. */
const asResponse = (run: RunRecord) => ({ ...run, stages: [...run.stages] });

export const runRoutes: FastifyPluginAsyncTypebox<RunRoutesOptions> = async (app, { store, runRequester }) => {
  app.post(
    '/runs',
    {
      config: roles('admin'),
      schema: {
        tags: ['platform'],
        summary: 'Request a pipeline run',
        body: RunRequestBody,
        response: { 202: RunAccepted, ...protectedErrors(), 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      if (!runRequester) throw apiError('RUNS_UNAVAILABLE');
      // Checked first, so a request refused while Redis is away leaves no run in history.
      if (!(await runRequester.available())) throw apiError('QUEUE_UNAVAILABLE');
      const requestedBy = request.client?.id ?? 'unknown';
      const run: RunRequest = { ...request.body, runId: randomUUID(), requestedBy, requestedAt: new Date().toISOString() };
      // The run exists in history before the coordinator can see the request, so a fast
      // coordinator's first stage report always finds it.
      await store.createRun({ id: run.runId, requestedBy, mode: 'workers', params: { ...request.body } });
      try {
        await runRequester.request(run);
      } catch (err) {
        request.log.error({ err, runId: run.runId }, 'run request could not be queued');
        await store.finishRun(run.runId, { status: 'failed', error: 'the run request could not be queued' });
        throw apiError('QUEUE_UNAVAILABLE');
      }
      return reply.code(202).send({ runId: run.runId, status: 'queued' as const, href: `/runs/${run.runId}` });
    },
  );

  app.get(
    '/runs/:id',
    {
      config: roles('admin'),
      schema: {
        tags: ['platform'],
        summary: 'A run with the progress of each stage',
        params: IdParams,
        response: { 200: RunSchema, ...protectedErrors(), 404: ErrorResponse },
      },
    },
    async (request) => {
      const run = await store.getRun(request.params.id);
      if (!run) throw apiError('RUN_NOT_FOUND');
      return asResponse(run);
    },
  );

  app.get(
    '/runs',
    {
      config: roles('admin'),
      schema: {
        tags: ['platform'],
        summary: 'Recent runs, newest first',
        querystring: RunListQuery,
        response: { 200: Type.Object({ runs: Type.Array(RunSchema) }), ...protectedErrors() },
      },
    },
    async (request) => {
      const { status, limit } = request.query;
      const runs = await store.listRuns({ ...(status ? { status } : {}), limit: limit ?? 50 });
      return { runs: runs.map(asResponse) };
    },
  );
};
