// Fault tests against a redis-server the test starts on its own port: Redis restarted
// without its data mid-run fails the run with a clear message (no wait for ever), the worker
// process holding a job survives the fired progress reports that now fail, and the outage
// is logged as one "Redis unreachable" line, not a flood. Redis gone for good fails the run
// once the stated deadline has passed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { stagesThatRan } from './execution/run-report.js';
import { createRedisConnection } from './queue/redis-connection.js';
import { RedisOutageLog } from './queue/redis-outage.js';
import { QueuedRunner } from './runners/queued-runner.js';
import type { RuntimeLog } from './runtime-log.js';
import { loadStageRegistry } from './stages/registry-module.js';
import type { RunSpec } from './stages/stage-definition.js';
import { QueueUnavailableError } from './stages/stage-errors.js';
import { startChildWorker } from './test-support/child-worker.js';
import type { ChildWorker } from './test-support/child-worker.js';
import { faultMarker } from './test-support/fault-stages.js';
import { startOwnRedis } from './test-support/own-redis.js';
import type { OwnRedis } from './test-support/own-redis.js';
import { testPrefix } from './test-support/redis-fixture.js';
import { fileExists } from './test-support/test-stages.js';
import { StageWorkerHost } from './workers/stage-worker-host.js';

const FAULT_REGISTRY_MODULE = new URL('./test-support/fault-stages.ts', import.meta.url).href;

/** The stated bound: a run whose Redis lost it fails within this long after the restart. */
const FAILS_WITHIN_MS = 15_000;
/** The unreachable deadline given to the runner in the second test. */
const UNREACHABLE_DEADLINE_MS = 3_000;

function collectingLog(): RuntimeLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      promise,
      sleep(ms, undefined, { signal: timer.signal }).then(() => {
        throw new Error(`${what} did not happen within ${ms} ms`);
      }),
    ]);
  } finally {
    timer.abort();
  }
}

describe('Redis faults mid-run (own redis-server)', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  });

  async function setUp(
    port: number,
  ): Promise<{ redis: OwnRedis; connection: Redis; prefix: string; run: (params: RunSpec['params']) => Promise<RunSpec> }> {
    const redis = await startOwnRedis(port);
    cleanups.push(() => redis.dispose());
    const connection = createRedisConnection(redis.url);
    connection.on('error', () => undefined); // the hosts under test log it; see their outage log
    cleanups.push(() => connection.disconnect());
    const prefix = testPrefix();
    const run = async (params: RunSpec['params']): Promise<RunSpec> => {
      const outDir = await mkdtemp(join(tmpdir(), 'telisik-fault-'));
      cleanups.push(() => rm(outDir, { recursive: true, force: true }));
      return {
        runId: `f${Math.random().toString(36).slice(2, 10)}`,
        outDir,
        warehousePath: join(outDir, 'w.duckdb'),
        ...(params ? { params } : {}),
      };
    };
    return { redis, connection, prefix, run };
  }

  it('fails the run with a clear message when Redis restarts empty; the worker survives; one outage line', async () => {
    const log = collectingLog();
    const { redis, connection, prefix, run: newRun } = await setUp(6421);
    const registry = await loadStageRegistry(FAULT_REGISTRY_MODULE);
    // As in `telisik run`: one outage log shared by the process's Redis users.
    const outage = new RedisOutageLog(redis.url, log);
    outage.followConnection(connection);
    const gates = new StageWorkerHost({
      connection,
      prefix,
      registryModule: FAULT_REGISTRY_MODULE,
      stages: ['tail'],
      log,
      outage,
      redisUrl: redis.url,
    });
    cleanups.push(() => gates.close(true));
    const runner = new QueuedRunner({
      connection,
      prefix,
      registry,
      log,
      outage,
      redisUrl: redis.url,
      watch: { intervalMs: 250, unreachableDeadlineMs: 60_000 },
    });
    cleanups.push(() => runner.close());
    const child: ChildWorker = startChildWorker({
      prefix,
      stages: 'hold',
      lockMs: 5_000,
      env: { TELISIK_REDIS_URL: redis.url, TEST_REGISTRY_MODULE: FAULT_REGISTRY_MODULE },
    });
    cleanups.push(() => child.kill());
    const childLines: string[] = [];
    child.process.stdout?.on('data', (chunk: Buffer) => childLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));

    await gates.start();
    await child.waitForLine('ready');
    const run = await newRun({ hold: true });
    const finished = runner.run(run);
    finished.catch(() => undefined); // awaited below
    while (!(await fileExists(faultMarker(run, 'holding')))) await sleep(50);

    // Redis goes away and stays away long enough for ioredis to retry many times.
    const linesBefore = childLines.length;
    const testLinesBefore = log.lines.length;
    await redis.stop();
    await child.waitForLine('Redis unreachable at');
    await sleep(3_000);
    const outageLines = childLines.slice(linesBefore);
    const testOutageLines = log.lines.slice(testLinesBefore);
    // Back, but empty: the run's flow is gone.
    await redis.restart();
    await writeFile(faultMarker(run, 'release'), 'go');

    const failure = await within(
      finished.then(
        () => undefined,
        (err: unknown) => err,
      ),
      FAILS_WITHIN_MS,
      'the run failing',
    );
    expect(failure).toBeInstanceOf(QueueUnavailableError);
    expect((failure as Error).message).toMatch(
      /jobs are gone from Redis at redis:\/\/127\.0\.0\.1:6421 \(was Redis restarted without its data\?\)/,
    );

    // The held job fired its progress reports into the empty Redis and finished.
    while (!(await fileExists(faultMarker(run, 'held-done')))) await sleep(50);
    // One line for the outage (per process), not a flood.
    expect(outageLines.filter((l) => l.includes('Redis unreachable at redis://127.0.0.1:6421, retrying'))).toHaveLength(1);
    expect(outageLines.length).toBeLessThanOrEqual(3);
    expect(testOutageLines.filter((l) => l.includes('Redis unreachable at redis://127.0.0.1:6421, retrying'))).toHaveLength(1);
    expect(testOutageLines.length).toBeLessThanOrEqual(3);

    // The worker process is alive and still works: a new run completes on it.
    const next = await newRun({ hold: false });
    const report = await within(runner.run(next), FAILS_WITHIN_MS, 'a run after the restart completing');
    expect(stagesThatRan(report)).toEqual(['hold', 'tail']);
    expect(child.process.exitCode).toBeNull();
    expect(child.process.signalCode).toBeNull();
  });

  it('fails the run once Redis has been unreachable past the stated deadline', async () => {
    const log = collectingLog();
    const { redis, connection, prefix, run: newRun } = await setUp(6422);
    const registry = await loadStageRegistry(FAULT_REGISTRY_MODULE);
    const outage = new RedisOutageLog(redis.url, log);
    outage.followConnection(connection);
    const host = new StageWorkerHost({ connection, prefix, registryModule: FAULT_REGISTRY_MODULE, log, outage, redisUrl: redis.url });
    cleanups.push(() => host.close(true));
    const runner = new QueuedRunner({
      connection,
      prefix,
      registry,
      log,
      outage,
      redisUrl: redis.url,
      watch: { intervalMs: 250, checkTimeoutMs: 500, unreachableDeadlineMs: UNREACHABLE_DEADLINE_MS },
    });
    cleanups.push(() => runner.close());
    await host.start();
    const run = await newRun({ hold: true });
    const finished = runner.run(run);
    finished.catch(() => undefined);
    while (!(await fileExists(faultMarker(run, 'holding')))) await sleep(50);

    await redis.stop();
    const failure = await within(
      finished.then(
        () => undefined,
        (err: unknown) => err,
      ),
      UNREACHABLE_DEADLINE_MS + 10_000,
      'the run failing',
    );
    expect(failure).toBeInstanceOf(QueueUnavailableError);
    expect((failure as Error).message).toMatch(/Redis at redis:\/\/127\.0\.0\.1:6422 has been unreachable for \d+ s \(deadline 3 s\)/);
    expect(log.lines.filter((l) => l.includes('Redis unreachable at redis://127.0.0.1:6422, retrying'))).toHaveLength(1);
    await writeFile(faultMarker(run, 'release'), 'go');
  });
});
