// `telisik serve`: the API on one port, with the ops store named by --store and, when
// Redis is configured, shared rate limits, run requests and Bull Board over every telisik
// queue found in Redis. Closes everything on SIGTERM/SIGINT.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { buildApi } from '../../api/app.js';
import { QUEUE_PREFIX, RUN_REQUEST_QUEUE } from '../../api/runs/run-request.js';
import { bullRunRequester } from '../../api/runs/run-requester.js';
import { DEFAULT_STORE, openOpsStore } from '../../api/store/open-store.js';
import type { LoadedModel } from '../../api/deps.js';
import type { OpsStore } from '../../api/store/ops-store.js';
import { creditRoutes, loadCreditScorer } from '../../api/routes/credit/index.js';
import { k3Routes } from '../../api/routes/k3/index.js';
import { fraudRoutes } from '../../api/routes/fraud/index.js';
import { FraudWorklistService } from '../../models/fraud/service.js';
import { readK3Book } from '../../models/k3/index.js';

export interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly store: string;
  readonly redis?: string;
  readonly logLevel: string;
  /** Model registry root and warehouse for credit scores; without them credit scores answer 503. */
  readonly creditRegistry?: string;
  /** A k3 run's published book (<outDir>/k3); without it the K3 routes answer 503. */
  readonly k3Book?: string;
  /** A fraud run's published output (<outDir>/fraud); without it the fraud routes answer 503. */
  readonly fraud?: string;
  readonly warehouse: string;
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
export async function serve(options: ServeOptions, onListening?: (address: string, store: OpsStore) => Promise<void>): Promise<void> {
  const port = Number.parseInt(options.port, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be 0..65535, got ${options.port}`);
  const store = await openOpsStore(options.store);
  let redis: Redis | undefined;
  const queues: Queue[] = [];
  if (options.redis) {
    // BullMQ needs maxRetriesPerRequest null on connections it blocks on.
    redis = new Redis(options.redis, { maxRetriesPerRequest: null, lazyConnect: true });
    await redis.connect();
    for (const name of await discoverQueues(redis)) queues.push(new Queue(name, { connection: redis, prefix: QUEUE_PREFIX }));
  }
  const runQueue = queues.find((q) => q.name === RUN_REQUEST_QUEUE);
  const creditScorer = options.creditRegistry ? await loadCreditScorer({ registryRoot: options.creditRegistry, warehousePath: options.warehouse }) : null;
  const k3Book = options.k3Book ? await readK3Book(options.k3Book) : undefined;
  const fraudService = options.fraud ? await FraudWorklistService.open(options.fraud) : null;
  const models = await loadedModels(options, creditScorer?.modelVersion, k3Book?.model.asOf);
  const app = await buildApi({
    routes: [creditRoutes({ store, scorer: creditScorer }), k3Routes({ book: () => k3Book }),
      fraudRoutes({ store: () => store, service: () => fraudService, defaultCapacity: fraudService?.publishedCapacity ?? 1 })],
    store,
    queues,
    // Whatever was asked for is loaded by now (a failure above stops start-up), so ready.
    models: { loaded: () => models, ready: () => true },
    log: { level: options.logLevel },
    ...(redis ? { redis } : {}),
    ...(runQueue ? { runRequester: bullRunRequester(runQueue) } : {}),
  });
  const address = await app.listen({ port, host: options.host });
  app.log.info(
    `telisik API on ${address} (store: ${store.kind}, redis: ${redis ? 'yes' : 'none, so runs cannot be requested over HTTP'}; docs at ${address}/docs)`,
  );
  await onListening?.(address, store);
  if ((await store.listClients()).length === 0) {
    app.log.warn('no API clients yet: create one with `telisik clients create --name <name> --role admin` (stop the server first when the store is a DuckDB file)');
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    await app.close();
    fraudService?.close();
    await Promise.all(queues.map((q) => q.close()));
    await redis?.quit();
    await store.close();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      shutdown(signal).catch((err: unknown) => {
        console.error(err);
        process.exitCode = 1;
      });
    });
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
    .description('serve the API (Swagger UI at /docs)')
    .option('--port <port>', 'TCP port', process.env.PORT ?? '3000')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--store <location>', 'ops store: duckdb:PATH or postgres://...', process.env.TELISIK_STORE ?? DEFAULT_STORE)
    .option('--redis <url>', 'Redis for run requests, shared rate limits and Bull Board', process.env.TELISIK_REDIS_URL)
    .option('--log-level <level>', 'pino level', process.env.LOG_LEVEL ?? 'info')
    .option('--fraud <dir>', 'published fraud scoring of a run (<outDir>/fraud)', process.env.TELISIK_FRAUD)
    .option('--k3-book <dir>', 'published K3 rating book of a run (<outDir>/k3)', process.env.TELISIK_K3_BOOK)
    .option('--credit-registry <dir>', 'model registry holding the credit champion', process.env.TELISIK_CREDIT_REGISTRY)
    .option('--warehouse <path>', 'warehouse with the published credit features (opened read-only)', process.env.TELISIK_WAREHOUSE ?? 'var/warehouse.duckdb')
    .action((options: ServeOptions) => serve(options));
}
