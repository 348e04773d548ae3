// A worker host in its own process, for tests that stop a worker for real: SIGKILL (no
// shutdown hook runs, the job lock simply stops being renewed) or SIGTERM (graceful).
// Configuration comes from the environment; log lines go to stdout, where the test
// reads them ("ready" once consuming).
import { createRedisConnection } from '../queue/redis-connection.js';
import type { RuntimeLog } from '../runtime-log.js';
import { onShutdownSignals } from '../shutdown.js';
import { StageWorkerHost } from '../workers/stage-worker-host.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`worker-child: ${name} is required`);
  return value;
};

const print = (message: string): void => {
  process.stdout.write(`${message}\n`);
};
const log: RuntimeLog = { info: print, warn: print, error: print };

const connection = createRedisConnection(env('TELISIK_REDIS_URL'));
const host = new StageWorkerHost({
  connection,
  prefix: env('TEST_PREFIX'),
  registryModule: env('TEST_REGISTRY_MODULE'),
  stages: env('TEST_STAGES').split(','),
  gates: false,
  tuning: { lockDuration: Number(env('TEST_LOCK_MS')), stalledInterval: Number(env('TEST_LOCK_MS')), concurrency: 1 },
  log,
});
await host.start();
onShutdownSignals([() => host.close(), async () => connection.disconnect()], log);
print('ready');
