// Bull Board at /admin/queues. Its routes state no access, so the default (admin only)
// applies to the page, its JSON API and its static files alike (see auth/access.ts). Its
// errors answer from the catalog: QUEUE_UNAVAILABLE while Redis is away, else INTERNAL,
// never the Redis client's message.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { ERRORS } from '../errors/catalog.js';
import { clientErrorDefinition, sendError } from '../errors/error-handler.js';

export const BULL_BOARD_PREFIX = '/admin/queues';

/** Whether every queue's connection is up, read without waiting (connections resolve once, at start). */
function connectionWatch(queues: readonly Queue[]): () => boolean {
  const clients: Array<{ readonly status: string }> = [];
  for (const queue of queues) {
    queue
      .getBackend()
      .client.then((c) => clients.push(c))
      .catch(() => undefined);
  }
  return () => clients.length === queues.length && clients.every((c) => c.status === 'ready');
}

export async function registerBullBoard(app: FastifyInstance, queues: readonly Queue[]): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PREFIX);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q)),
    // @bull-board/fastify pins its own patch release of @bull-board/api; the classes are
    // the same at runtime, only the private-field types differ between the two copies.
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
  });
  const connected = connectionWatch(queues);
  // Set after createBullBoard, which installs its own (it echoes the error's message).
  serverAdapter.setErrorHandler((error: Error) => {
    const definition =
      clientErrorDefinition(error as Error & { code?: string; statusCode?: number }) ??
      (connected() ? ERRORS.INTERNAL : ERRORS.QUEUE_UNAVAILABLE);
    if (definition === ERRORS.INTERNAL) app.log.error({ err: error }, 'Bull Board error');
    const headers = definition.retryAfterSeconds === undefined ? {} : { 'retry-after': String(definition.retryAfterSeconds) };
    // The adapter types status as the HTTP codes it knows; ours are catalog statuses (500, 503).
    return { status: definition.status as never, body: { code: definition.code, message: definition.message, headers } };
  });
  await app.register(async (scope) => {
    // Its JSON API reads Redis and BullMQ waits for a connection that is not up: answer
    // at once instead (after the access check, which runs in onRequest).
    scope.addHook('preHandler', async (request, reply) => {
      if (request.url.startsWith(`${BULL_BOARD_PREFIX}/api/`) && !connected()) return sendError(reply, ERRORS.QUEUE_UNAVAILABLE);
      return undefined;
    });
    // The adapter's handler sees no request: the request id (and retry-after) are added here.
    scope.addHook('preSerialization', async (request, reply, payload: unknown) => {
      // Only our catalog bodies (code, no request id yet); Bull Board's own carry `error`.
      if (payload === null || typeof payload !== 'object' || !('code' in payload) || 'requestId' in payload) return payload;
      const { headers, ...body } = payload as { code: string; message: string; headers?: Record<string, string> };
      for (const [name, value] of Object.entries(headers ?? {})) reply.header(name, value);
      return { ...body, requestId: String(request.id) };
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: BULL_BOARD_PREFIX });
  });
}
