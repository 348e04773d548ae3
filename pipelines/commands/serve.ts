// `telisik serve`: the API on one port, with the ops store named by --store and, when
// Redis is configured, shared rate limits, run requests and Bull Board over every telisik
// queue found in Redis. Closes everything on SIGTERM/SIGINT.
import type { Command } from 'commander';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { buildApi } from '../../api/app.js';
import { QUEUE_PREFIX, RUN_REQUEST_QUEUE } from '../../api/runs/run-request.js';
import { bullRunRequester } from '../../api/runs/run-requester.js';
import { DEFAULT_STORE, openOpsStore } from '../../api/store/open-store.js';

interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly store: string;
  readonly redis?: string;
  readonly logLevel: string;
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

async function serve(options: ServeOptions): Promise<void> {
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
  const app = await buildApi({
    store,
    queues,
    log: { level: options.logLevel },
    ...(redis ? { redis } : {}),
    ...(runQueue ? { runRequester: bullRunRequester(runQueue) } : {}),
  });
  const address = await app.listen({ port, host: options.host });
  app.log.info(
    `telisik API on ${address} (store: ${store.kind}, redis: ${redis ? 'yes' : 'none, so runs cannot be requested over HTTP'}; docs at ${address}/docs)`,
  );
  if ((await store.listClients()).length === 0) {
    app.log.warn('no API clients yet: create one with `telisik clients create --name <name> --role admin` (stop the server first when the store is a DuckDB file)');
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    await app.close();
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

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the API (Swagger UI at /docs)')
    .option('--port <port>', 'TCP port', process.env.PORT ?? '3000')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--store <location>', 'ops store: duckdb:PATH or postgres://...', process.env.TELISIK_STORE ?? DEFAULT_STORE)
    .option('--redis <url>', 'Redis for run requests, shared rate limits and Bull Board', process.env.TELISIK_REDIS_URL)
    .option('--log-level <level>', 'pino level', process.env.LOG_LEVEL ?? 'info')
    .action((options: ServeOptions) => serve(options));
}
