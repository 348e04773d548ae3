// `telisik serve`: the API on one port, with the ops store named by --store and, when
// Redis is configured, shared rate limits, run requests and Bull Board over every telisik
// queue found in Redis. Closes everything on SIGTERM/SIGINT.
//
// Redis unreachable at start: the API starts degraded within REDIS_START_TIMEOUT_MS, says
// so in one warning line, and keeps trying Redis in the background. Chosen over exiting
// because Redis carries only run requests and shared rate limits: scores, worklists and
// consents do not need it, and an outage of Redis must not take them down with it (nor
// stop a restarted instance from coming back). While degraded /ready reports `degraded`,
// POST /runs answers 503 QUEUE_UNAVAILABLE, rate limits are counted per instance, and
// Bull Board shows only the run-request queue (others are discovered at start).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { DestinationStream } from 'pino';
import { buildApi } from '../../api/app.js';
import { QUEUE_PREFIX, RUN_REQUEST_QUEUE } from '../../api/runs/run-request.js';
import { bullRunRequester } from '../../api/runs/run-requester.js';
import { DEFAULT_STORE, openOpsStore } from '../../api/store/open-store.js';
import type { LoadedModel } from '../../api/deps.js';
import type { OpsStore } from '../../api/store/ops-store.js';
import { creditRoutes, loadCreditScorer } from '../../api/routes/credit/index.js';
import { modelRoutes } from '../../api/routes/models/index.js';
import { NO_SERVED_MODELS, loadServedModels } from '../../models/scoring/served-models.js';
import { k3Routes } from '../../api/routes/k3/index.js';
import { fraudRoutes } from '../../api/routes/fraud/index.js';
import { FraudWorklistService } from '../../models/fraud/service.js';
import { PublishedCaseEvidence } from '../../models/fraud/case-view.js';
import { workbenchRoutes } from '../../api/workbench/index.js';
import { readK3Book } from '../../models/k3/index.js';

export interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly store: string;
  readonly redis?: string;
  readonly logLevel: string;
  /** Model registry root and warehouse for credit scores; without them credit scores answer 503. */
  readonly creditRegistry?: string;
  /** Model registry whose champions score banks' own rows at POST /models/{name}/score (default: --credit-registry). */
  readonly modelsRegistry?: string;
  /** A k3 run's published book (<outDir>/k3); without it the K3 routes answer 503. */
  readonly k3Book?: string;
  /** A fraud run's published output (<outDir>/fraud); without it the fraud routes answer 503. */
  readonly fraud?: string;
  readonly warehouse: string;
}

/** How long start-up waits for Redis before it starts degraded without it. */
export const REDIS_START_TIMEOUT_MS = 5_000;

/**
 * The API's Redis connection. No offline queue and a command timeout: a command while
 * Redis is away fails at once instead of waiting for it, which is what an HTTP handler
 * needs (BullMQ's advice for queues used from HTTP; nothing here blocks on Redis).
 */
function apiRedis(url: string): Redis {
  return new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 3_000,
    commandTimeout: 2_000,
  });
}

/** Connects, or gives up after `ms` (ioredis keeps retrying in the background either way). */
async function connectWithin(redis: Redis, ms: number): Promise<Error | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Error>((resolve) => {
    timer = setTimeout(() => resolve(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([
      redis.connect().then(
        () => null,
        (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** What `serve` started: where it listens and how to stop it (signals call the same). */
export interface ServeHandle {
  readonly address: string;
  close(): Promise<void>;
}

/** Queue names BullMQ has created under our prefix (each queue keeps a `meta` hash). */
async function discoverQueues(redis: Redis): Promise<string[]> {
  const names = new Set<string>([RUN_REQUEST_QUEUE]);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${QUEUE_PREFIX}:*:meta`, 'COUNT', 500);
    cursor = next;
    for (const key of keys) names.add(key.slice(QUEUE_PREFIX.length + 1, -':meta'.length));
  } while (cursor !== '0');
  return [...names].sort();
}

/** Starts the API and closes it (and what it opened) on SIGTERM/SIGINT; `telisik run --serve` reuses it. */
export async function serve(
  options: ServeOptions,
  onListening?: (address: string, store: OpsStore) => Promise<void>,
  io: { readonly logStream?: DestinationStream } = {},
): Promise<ServeHandle> {
  const port = Number.parseInt(options.port, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be 0..65535, got ${options.port}`);
  const store = await openOpsStore(options.store);
  let redis: Redis | undefined;
  let redisDown: Error | null = null;
  const queues: Queue[] = [];
  if (options.redis) {
    redis = apiRedis(options.redis);
    // Reconnection errors are reported by the state changes logged below, once each.
    redis.on('error', () => undefined);
    redisDown = await connectWithin(redis, REDIS_START_TIMEOUT_MS);
    const names = redisDown ? [RUN_REQUEST_QUEUE] : await discoverQueues(redis).catch(() => [RUN_REQUEST_QUEUE]);
    for (const name of names) {
      const queue = new Queue(name, { connection: redis, prefix: QUEUE_PREFIX });
      queue.on('error', () => undefined);
      queues.push(queue);
    }
  }
  const runQueue = queues.find((q) => q.name === RUN_REQUEST_QUEUE);
  const modelsRoot = options.modelsRegistry ?? options.creditRegistry;
  const servedModels = modelsRoot ? await loadServedModels(modelsRoot) : NO_SERVED_MODELS;
  const creditScorer = options.creditRegistry
    ? await loadCreditScorer({ registryRoot: options.creditRegistry, warehousePath: options.warehouse })
    : null;
  const k3Book = options.k3Book ? await readK3Book(options.k3Book) : undefined;
  const fraudService = options.fraud ? await FraudWorklistService.open(options.fraud) : null;
  const caseEvidence = options.fraud ? await PublishedCaseEvidence.open(options.fraud) : null;
  const models = await loadedModels(options, creditScorer?.modelVersion, k3Book?.model.asOf);
  for (const name of servedModels.names) models.push({ name: `model:${name}`, version: servedModels.get(name)?.version ?? 'unknown' });
  const app = await buildApi({
    routes: [
      creditRoutes({ store, scorer: creditScorer }),
      k3Routes({ book: () => k3Book }),
      modelRoutes({ models: () => servedModels, store }),
      fraudRoutes({ store: () => store, service: () => fraudService, defaultCapacity: fraudService?.publishedCapacity ?? 1 }),
      // the audit workbench (pages at /workbench) over the same published run and store
      workbenchRoutes({
        store: () => store,
        service: () => fraudService,
        evidence: () => caseEvidence,
        defaultCapacity: fraudService?.publishedCapacity ?? 1,
        secret: process.env['TELISIK_WORKBENCH_SECRET'],
      }),
    ],
    store,
    queues,
    // Whatever was asked for is loaded by now (a failure above stops start-up), so ready.
    models: { loaded: () => models, ready: () => true },
    log: { level: options.logLevel, ...(io.logStream ? { stream: io.logStream } : {}) },
    ...(redis ? { redis } : {}),
    ...(runQueue ? { runRequester: bullRunRequester(runQueue) } : {}),
  });
  const address = await app.listen({ port, host: options.host });
  const redisState = !redis ? 'none, so runs cannot be requested over HTTP' : redisDown ? 'unreachable (degraded)' : 'yes';
  app.log.info(`telisik API on ${address} (store: ${store.kind}, redis: ${redisState}; docs at ${address}/docs)`);
  if (redis) {
    const url = redactUrl(options.redis ?? '');
    if (redisDown) {
      app.log.warn(
        `Redis unreachable at ${url} (${redisDown.message}): serving degraded; POST /runs answers QUEUE_UNAVAILABLE and rate limits are per instance until it answers (retrying in the background)`,
      );
    }
    let up = !redisDown;
    redis.on('ready', () => {
      if (!up) app.log.info(`Redis at ${url} answers again: run requests and shared rate limits are back`);
      up = true;
    });
    redis.on('close', () => {
      if (up) app.log.warn(`Redis at ${url} unreachable: serving degraded, retrying in the background`);
      up = false;
    });
  }
  await onListening?.(address, store);
  if ((await store.listClients()).length === 0) {
    app.log.warn(
      'no API clients yet: create one with `telisik clients create --name <name> --role admin` (stop the server first when the store is a DuckDB file)',
    );
  }

  let closing: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> => {
    closing ??= (async () => {
      app.log.info(`${signal}: closing`);
      await app.close();
      fraudService?.close();
      caseEvidence?.close();
      servedModels.close();
      await Promise.all(queues.map((q) => q.close()));
      // quit() needs an answer from Redis; a Redis that is away gets a disconnect.
      if (redis?.status === 'ready') await redis.quit();
      else redis?.disconnect();
      await store.close();
    })();
    return closing;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      shutdown(signal).catch((err: unknown) => {
        console.error(err);
        process.exitCode = 1;
      });
    });
  }
  return { address, close: () => shutdown('close') };
}

/** The URL without its password, for logs. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the configured URL';
  }
}

/** The models this server scores with, for /ready and the telisik_model_info metric. */
async function loadedModels(options: ServeOptions, creditVersion?: string, k3AsOf?: string): Promise<LoadedModel[]> {
  const models: LoadedModel[] = [];
  if (creditVersion) models.push({ name: 'credit-champion', version: creditVersion });
  if (k3AsOf) models.push({ name: 'k3-tariff', version: `as of ${k3AsOf}` });
  if (options.fraud) {
    const manifest = JSON.parse(await readFile(join(options.fraud, 'manifest.json'), 'utf8')) as { publishedAt?: string };
    models.push({ name: 'fraud-scoring', version: `published ${manifest.publishedAt ?? 'unknown'}` });
  }
  return models;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the API (OpenAPI and Swagger UI at /docs, Prometheus metrics at /metrics)')
    .option('--port <port>', 'TCP port', process.env.PORT ?? '3000')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--store <location>', 'ops store: duckdb:PATH or postgres://...', process.env.TELISIK_STORE ?? DEFAULT_STORE)
    .option('--redis <url>', 'Redis for run requests, shared rate limits and Bull Board', process.env.TELISIK_REDIS_URL)
    .option('--log-level <level>', 'pino level', process.env.LOG_LEVEL ?? 'info')
    .option('--fraud <dir>', 'published fraud scoring of a run (<outDir>/fraud)', process.env.TELISIK_FRAUD)
    .option('--k3-book <dir>', 'published K3 rating book of a run (<outDir>/k3)', process.env.TELISIK_K3_BOOK)
    .option('--credit-registry <dir>', 'model registry holding the credit champion', process.env.TELISIK_CREDIT_REGISTRY)
    .option(
      '--models-registry <dir>',
      'model registry whose champions score bank rows at POST /models/{name}/score (default: --credit-registry)',
      process.env.TELISIK_MODELS_REGISTRY,
    )
    .option(
      '--warehouse <path>',
      'warehouse with the published credit features (opened read-only)',
      process.env.TELISIK_WAREHOUSE ?? 'var/warehouse.duckdb',
    )
    .action(async (options: ServeOptions) => {
      await serve(options);
    });
}
