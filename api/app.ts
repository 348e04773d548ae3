// The API app factory: one Fastify instance wired from its dependencies, in the order the
// hooks must run (rate limit, then access check, then validation) with the error catalog,
// OpenAPI, metrics, health, Bull Board and the routes per user. The caller listens and closes.
import rateLimit from '@fastify/rate-limit';
import helmet from '@fastify/helmet';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { hashApiKey, presentedKey } from './auth/api-key.js';
import { clientResolver, installAuth, type ClientResolver } from './auth/access.js';
import { DEFAULT_AUTH_CACHE_MS, DEFAULT_BODY_LIMIT, DEFAULT_RATE_LIMIT, NO_MODELS, type ApiDeps } from './deps.js';
import { apiError } from './errors/catalog.js';
import { installErrorHandling } from './errors/error-handler.js';
import { loggerOptions, requestId } from './http/logging.js';
import { typeboxValidatorCompiler } from './http/validator.js';
import { registerBullBoard } from './plugins/bull-board.js';
import { registerDocsUi, registerOpenApi } from './plugins/docs.js';
import { registerHealth } from './plugins/health.js';
import { registerMetrics } from './plugins/metrics.js';
import { installRouteTable } from './plugins/route-table.js';
import { platformRoutes } from './routes/platform/index.js';

const DEBUG_LEVELS = new Set(['debug', 'trace']);
/** Redis key prefix of the rate limiter; the hash tag keeps it on one cluster slot with the queues. */
export const RATE_LIMIT_NAMESPACE = '{telisik}:rate-limit:';

declare module 'fastify' {
  interface FastifyInstance {
    /** Key -> client lookups; product routes that revoke access call `forget()`. */
    clients: ClientResolver;
  }
}

/** Builds the app, not yet listening; product routes come in through `deps.routes`. */
export async function buildApi(deps: ApiDeps): Promise<FastifyInstance> {
  const models = deps.models ?? NO_MODELS;
  const app = Fastify({
    logger: { ...loggerOptions(deps.log?.level ?? 'info'), ...(deps.log?.stream ? { stream: deps.log.stream } : {}) },
    genReqId: requestId,
    bodyLimit: deps.bodyLimit ?? DEFAULT_BODY_LIMIT,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // TypeBox instead of Fastify's ajv: ajv coerces body types by default ("42" for 42),
  // and wrong types must be refused (see http/validator.ts).
  app.setValidatorCompiler(typeboxValidatorCompiler);
  installRouteTable(app);
  installErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // At debug level the (redacted) body is logged, for tracing a caller's problem.
  app.addHook('preHandler', async (request) => {
    if (request.body !== undefined && DEBUG_LEVELS.has(request.log.level)) request.log.debug({ body: request.body }, 'request body');
  });

  await registerOpenApi(app);
  await app.register(helmet, { global: true });
  if (deps.rateLimit !== false) {
    const limit = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
    await app.register(rateLimit, {
      global: true,
      max: limit.max,
      timeWindow: limit.timeWindowMs,
      // Shared across instances through Redis; if Redis fails, requests pass unlimited
      // rather than the API failing with it.
      ...(deps.redis ? { redis: deps.redis, nameSpace: RATE_LIMIT_NAMESPACE, skipOnError: true } : {}),
      // Per client when a key is presented (hashed: raw keys must not sit in Redis), else per address.
      keyGenerator: (request) => {
        const key = presentedKey(request.headers);
        return key ? `k:${hashApiKey(key).slice(0, 32)}` : `ip:${request.ip}`;
      },
      errorResponseBuilder: () => apiError('RATE_LIMITED'),
    });
  }
  const resolver = clientResolver({ store: deps.store, cacheMs: deps.authCacheMs ?? DEFAULT_AUTH_CACHE_MS });
  app.decorate('clients', resolver);
  installAuth(app, resolver);

  await registerMetrics(app, { queues: deps.queues ?? [], models });
  registerHealth(app, { store: deps.store, redis: deps.redis, models });
  await app.register(platformRoutes, { store: deps.store, runRequester: deps.runRequester, resolver });
  for (const routes of deps.routes ?? []) await app.register(routes);
  await registerBullBoard(app, deps.queues ?? []);
  await registerDocsUi(app);
  return app;
}
