// Test helper: the real Redis the queue tests use. Under CI=true a missing server fails.
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TELISIK_TEST_REDIS ?? 'redis://127.0.0.1:6379';

export async function redisAvailable(): Promise<boolean> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`Redis is required under CI at ${TEST_REDIS_URL}: ${(err as Error).message}`, { cause: err });
    console.warn(`Redis not reachable at ${TEST_REDIS_URL}; its tests are skipped outside CI`);
    return false;
  } finally {
    redis.disconnect();
  }
}

/** BullMQ needs this on connections that block. */
export const newRedis = (): Redis => new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
