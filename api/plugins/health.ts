// Liveness (/health: the process answers) and readiness (/ready: the store, Redis when
// configured, and the models are usable). Both public, for load balancers and probes.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { publicRoute } from '../auth/access.js';
import type { ModelStatusProvider } from '../deps.js';
import { apiError } from '../errors/catalog.js';
import { ErrorResponse } from '../http/schemas.js';
import type { OpsStore } from '../store/ops-store.js';

export interface HealthOptions {
  readonly store: OpsStore;
  readonly redis: Redis | undefined;
  readonly models: ModelStatusProvider;
}

/** A dependency that hangs must fail the probe, not hang it. */
const CHECK_TIMEOUT_MS = 2_000;

const Check = Type.Union([Type.Literal('ok'), Type.Literal('absent'), Type.Literal('failing')]);

async function probe(work: () => Promise<unknown>): Promise<'ok' | 'failing'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([work(), timeout]);
    return 'ok';
  } catch {
    return 'failing';
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealth(app: FastifyInstance, options: HealthOptions): void {
  const started = Date.now();
  app.get(
    '/health',
    {
      config: publicRoute(),
      schema: {
        tags: ['platform'],
        summary: 'Liveness',
        response: { 200: Type.Object({ status: Type.Literal('ok'), uptimeSeconds: Type.Number() }) },
      },
    },
    async () => ({ status: 'ok' as const, uptimeSeconds: Math.round((Date.now() - started) / 1000) }),
  );

  app.get(
    '/ready',
    {
      config: publicRoute(),
      schema: {
        tags: ['platform'],
        summary: 'Readiness: store, Redis (when configured) and models',
        response: {
          200: Type.Object({
            status: Type.Literal('ready'),
            checks: Type.Object({ store: Check, redis: Check, models: Check }),
            models: Type.Array(Type.Object({ name: Type.String(), version: Type.String() })),
          }),
          503: ErrorResponse,
        },
      },
    },
    async () => {
      const { redis } = options;
      const [store, redisCheck] = await Promise.all([
        probe(() => options.store.ping()),
        redis ? probe(() => redis.ping()) : Promise.resolve('absent' as const),
      ]);
      const models = options.models.ready() ? ('ok' as const) : ('failing' as const);
      const checks = { store, redis: redisCheck, models };
      if (store !== 'ok' || redisCheck === 'failing' || models !== 'ok') throw apiError('NOT_READY', checks);
      return { status: 'ready' as const, checks, models: [...options.models.loaded()] };
    },
  );
}
