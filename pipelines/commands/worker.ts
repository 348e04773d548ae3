// `telisik worker`: consumes stage jobs (and run requests from the API) until SIGTERM or
// SIGINT, then lets active jobs finish and closes queues, flows and stores.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_WAREHOUSE_PATH } from '../../features/warehouse/index.js';
import { RunCoordinator } from '../runtime/coordinator/run-coordinator.js';
import { openRunHistory, storeLocationFromEnv } from '../runtime/history/open-history.js';
import { TELISIK_PREFIX } from '../runtime/queue/queue-names.js';
import { createRedisConnection, probeRedis, redisUrlFromEnv } from '../runtime/queue/redis-connection.js';
import { RedisOutageLog } from '../runtime/queue/redis-outage.js';
import { positiveInteger } from '../runtime/cli/number-options.js';
import { createRuntimeLog } from '../runtime/runtime-log.js';
import type { Closer } from '../runtime/shutdown.js';
import { onShutdownSignals } from '../runtime/shutdown.js';
import { defaultRegistryModule, loadStageRegistry } from '../runtime/stages/registry-module.js';
import { StageWorkerHost } from '../runtime/workers/stage-worker-host.js';

interface WorkerCommandOptions {
  stages?: string;
  gates: boolean;
  coordinator: boolean;
  db: string;
  runsDir: string;
  source?: string;
  concurrency?: number;
  store: string;
}

async function workerCommand(options: WorkerCommandOptions): Promise<void> {
  const log = createRuntimeLog();
  const redisUrl = redisUrlFromEnv();
  if (!(await probeRedis(redisUrl))) {
    throw new Error(
      `no Redis at ${redisUrl}: workers need one (set TELISIK_REDIS_URL); without Redis use \`telisik run\`, which runs inline`,
    );
  }
  const registryModule = defaultRegistryModule();
  const registry = await loadStageRegistry(registryModule);
  const connection = createRedisConnection(redisUrl);
  // One outage log for every Redis user in this process: one line per outage, not a flood.
  const outage = new RedisOutageLog(redisUrl, log);
  outage.followConnection(connection);
  const store = await openRunHistory(options.store, log);
  const history = store ? { history: store } : {};
  const stages = options.stages
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const { concurrency } = options;

  const host = new StageWorkerHost({
    connection,
    prefix: TELISIK_PREFIX,
    registryModule,
    log,
    outage,
    redisUrl,
    gates: options.gates,
    ...history,
    ...(stages ? { stages } : {}),
    ...(concurrency ? { tuning: { concurrency } } : {}),
  });
  await host.start();
  // Order matters: stop taking new runs, let active jobs finish, then release resources.
  const closers: Closer[] = [];
  if (options.coordinator) {
    const coordinator = new RunCoordinator({
      connection,
      prefix: TELISIK_PREFIX,
      registry,
      log,
      outage,
      redisUrl,
      ...history,
      locations: {
        warehousePath: resolve(options.db),
        runsDir: resolve(options.runsDir),
        ...(options.source ? { defaultSource: resolve(options.source) } : {}),
      },
    });
    await coordinator.start();
    closers.push(() => coordinator.close());
  }
  closers.push(() => host.close());
  if (store) closers.push(() => store.close());
  closers.push(async () => {
    connection.disconnect();
  });
  onShutdownSignals(closers, log);
  log.info(`worker up on ${redisUrl} (queues ${host.queues.join(', ')}); SIGTERM or Ctrl-C stops it gracefully`);
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('Process pipeline jobs from Redis (TELISIK_REDIS_URL) until stopped')
    .option('--stages <list>', 'only these stages, comma-separated (default: all)')
    .option('--no-gates', 'do not process stage gates (fan-out and publish steps)')
    .option('--no-coordinator', 'do not take run requests from the API')
    .option('--db <path>', 'warehouse file for runs requested through the API', DEFAULT_WAREHOUSE_PATH)
    .option('--runs-dir <dir>', 'where API-requested runs write their outputs', 'var/runs')
    .option('--source <dir>', 'extract folder ingested when a run request names none')
    .option('--store <location>', 'ops store for run history: duckdb:PATH or postgres://... (TELISIK_STORE)', storeLocationFromEnv())
    .option('--concurrency <n>', 'jobs at once per stage queue (default 1)', positiveInteger)
    .action((options: WorkerCommandOptions) => workerCommand(options));
}
