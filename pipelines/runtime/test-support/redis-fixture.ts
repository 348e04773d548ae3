// Shared set-up for tests against the real Redis: each test gets its own hash-tag prefix
// (`{test-<uuid>}`), so tests never see each other's queues, and removes its keys after.
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { createRedisConnection, probeRedis, redisUrlFromEnv } from '../queue/redis-connection.js';
import type { RunSpec } from '../stages/stage-definition.js';

export const TEST_REDIS_URL = redisUrlFromEnv();

/** The test registry module, for worker hosts and sandbox threads. */
export const TEST_REGISTRY_MODULE = new URL('./test-stages.ts', import.meta.url).href;

/**
 * Connects to the real Redis or throws: these tests exist to exercise Redis, so a missing
 * Redis is a failure (in CI and out of it), never a silent skip.
 */
export async function connectTestRedis(): Promise<Redis> {
  if (!(await probeRedis(TEST_REDIS_URL, 3_000))) {
    throw new Error(`Redis is not reachable at ${TEST_REDIS_URL}: start it or set TELISIK_REDIS_URL (these tests need a real Redis)`);
  }
  return createRedisConnection(TEST_REDIS_URL);
}

/**
 * Connects once for the calling `describe` block and returns a getter. Without Redis the
 * getter throws in every test, so each test fails (in CI and out of it) rather than
 * being reported as skipped after a failed hook.
 */
export function useRealRedis(): () => Redis {
  let redis: Redis | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      redis = await connectTestRedis();
    } catch (err) {
      failure = err;
    }
  });
  afterAll(() => {
    redis?.disconnect();
  });
  return () => {
    if (!redis) throw failure instanceof Error ? failure : new Error('Redis is not connected');
    return redis;
  };
}

export function testPrefix(): string {
  return `{test-${randomUUID()}}`;
}

/** Deletes every key under `prefix`. */
export async function removePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

/** A fresh run folder and warehouse for one run of the test pipeline. */
export async function testRun(params: Record<string, string | number>, runId = `r${randomUUID().slice(0, 8)}`): Promise<RunSpec> {
  const outDir = await mkdtemp(join(tmpdir(), 'telisik-run-'));
  return { runId, outDir, warehousePath: join(outDir, 'warehouse.duckdb'), params };
}
