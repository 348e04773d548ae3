// Liveness (/health: the process answers; it touches no dependency, so it answers while
// Redis or the store is away) and readiness (/ready: the store and the models are usable;
// Redis, when configured, is reported but only degrades: without it the API still serves
// scores and reads, with rate limits in memory and run requests refused with
// QUEUE_UNAVAILABLE). Both public, for load balancers and probes.
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
  /** A bounded connection (no offline queue): a probe of a Redis that is away fails at once. */
  readonly redis: Redis | undefined;
  readonly models: ModelStatusProvider;
}

/** A dependency that hangs must fail the probe, not hang it. */
const CHECK_TIMEOUT_MS = 2_000;
/**
 * Dependency checks are reused this long (and shared by concurrent probes): the probes
 * are exempt from the rate limit, so a flood of /ready costs the store and Redis at
 * most one ping each per second.
 */
const CHECK_REUSE_MS = 1_000;

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

type DependencyChecks = readonly ['ok' | 'failing', 'ok' | 'failing' | 'absent'];

export function registerHealth(app: FastifyInstance, options: HealthOptions): void {
  const started = Date.now();
  let lastChecks: { at: number; result: Promise<DependencyChecks> } | undefined;
  const dependencyChecks = (): Promise<DependencyChecks> => {
    const now = Date.now();
    if (lastChecks && now - lastChecks.at < CHECK_REUSE_MS) return lastChecks.result;
    const { redis } = options;
    const result = Promise.all([
      probe(() => options.store.ping()),
      redis ? probe(() => redis.ping()) : Promise.resolve('absent' as const),
    ] as const);
    lastChecks = { at: now, result };
    return result;
  };
  // Probes are not rate limited: a load balancer polls them from one address, often the
  // address unauthenticated traffic arrives from too, and a refused probe would take the
  // instance out of service under a flood of bad keys.
  const probeConfig = { ...publicRoute(), rateLimit: false as const };
  app.get(
    '/health',
    {
      config: probeConfig,
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
      config: probeConfig,
      schema: {
        tags: ['platform'],
        summary: 'Readiness: store, Redis (when configured) and models',
        description:
          'Ready (200) when the store and models are usable. With Redis configured but unreachable the status is `degraded` (200): scores and reads are served, run requests answer QUEUE_UNAVAILABLE.',
        response: {
          200: Type.Object({
            status: Type.Union([Type.Literal('ready'), Type.Literal('degraded')]),
            checks: Type.Object({ store: Check, redis: Check, models: Check }),
            models: Type.Array(Type.Object({ name: Type.String(), version: Type.String() })),
          }),
          503: ErrorResponse,
        },
      },
    },
    async () => {
      const [store, redisCheck] = await dependencyChecks();
      const models = options.models.ready() ? ('ok' as const) : ('failing' as const);
      const checks = { store, redis: redisCheck, models };
      if (store !== 'ok' || models !== 'ok') throw apiError('NOT_READY', checks);
      const status = redisCheck === 'failing' ? ('degraded' as const) : ('ready' as const);
      return { status, checks, models: [...options.models.loaded()] };
    },
  );
}
