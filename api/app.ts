// The API app factory: one Fastify instance wired from its dependencies, in the order the
// hooks must run (rate limit, then access check, then validation) with the error catalog,
// OpenAPI, metrics, health, Bull Board and the routes per user. The caller listens and closes.
import helmet from '@fastify/helmet';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { clientResolver, installAuth, type ClientResolver } from './auth/access.js';
import {
  DEFAULT_AUTH_CACHE_MS,
  DEFAULT_BODY_LIMIT,
  DEFAULT_RATE_LIMIT,
  DEFAULT_REQUEST_TIMEOUT_MS,
  NO_MODELS,
  type ApiDeps,
} from './deps.js';
import { clientErrorHandler, frameworkErrors, installErrorHandling } from './errors/error-handler.js';
import { loggerOptions, requestId } from './http/logging.js';
import { typeboxValidatorCompiler } from './http/validator.js';
import { registerBullBoard } from './plugins/bull-board.js';
import { registerDocsUi, registerOpenApi } from './plugins/docs.js';
import { registerHealth } from './plugins/health.js';
import { registerMetrics } from './plugins/metrics.js';
import { limiterConnection, registerRateLimit } from './plugins/rate-limit.js';
import { installRouteTable } from './plugins/route-table.js';
import { platformRoutes } from './routes/platform/index.js';

const DEBUG_LEVELS = new Set(['debug', 'trace']);
export { RATE_LIMIT_NAMESPACE } from './plugins/rate-limit.js';

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
    // A client that sends part of a request and stalls: the idle socket is closed after this
    // long (Node checks the whole-request timeout only every 30 s, so both are set).
    requestTimeout: deps.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    connectionTimeout: deps.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    // Errors raised before a route runs answer from the catalog too (errors/error-handler.ts).
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // TypeBox instead of Fastify's ajv: ajv coerces body types by default ("42" for 42),
  // and wrong types must be refused (see http/validator.ts).
  app.setValidatorCompiler(typeboxValidatorCompiler);
  // Bodies are JSON only: Fastify's text/plain parser would hand a route a string and the
  // caller a schema error instead of UNSUPPORTED_MEDIA_TYPE.
  app.removeContentTypeParser('text/plain');
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
  const resolver = clientResolver({ store: deps.store, cacheMs: deps.authCacheMs ?? DEFAULT_AUTH_CACHE_MS });
  // The caller's Redis may queue commands while disconnected (BullMQ wants that for its
  // workers); the limiter and /ready must never wait on it, so they get a bounded copy of
  // the connection, which the app owns and closes (plugins/rate-limit.ts).
  const redis = deps.redis ? limiterConnection(deps.redis) : undefined;
  if (redis) app.addHook('onClose', async () => redis.disconnect());
  if (deps.rateLimit !== false) {
    await registerRateLimit(app, { limit: deps.rateLimit ?? DEFAULT_RATE_LIMIT, redis, resolver });
  }
  app.decorate('clients', resolver);
  installAuth(app, resolver);

  await registerMetrics(app, { queues: deps.queues ?? [], models, store: deps.store });
  registerHealth(app, { store: deps.store, redis, models });
  await app.register(platformRoutes, { store: deps.store, runRequester: deps.runRequester, resolver });
  for (const routes of deps.routes ?? []) await app.register(routes);
  await registerBullBoard(app, deps.queues ?? []);
  await registerDocsUi(app);
  return app;
}
