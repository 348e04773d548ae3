// Bull Board at /admin/queues. Its routes state no access, so the default (admin only)
// applies to the page, its JSON API and its static files alike (see auth/access.ts).
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';

export const BULL_BOARD_PREFIX = '/admin/queues';

export async function registerBullBoard(app: FastifyInstance, queues: readonly Queue[]): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(BULL_BOARD_PREFIX);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q)),
    // @bull-board/fastify pins its own patch release of @bull-board/api; the classes are
    // the same at runtime, only the private-field types differ between the two copies.
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: BULL_BOARD_PREFIX });
}
