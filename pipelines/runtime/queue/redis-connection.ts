// Redis connections for queues and workers, the reachability probe behind the choice
// between workers and the inline runner, and the eviction-policy check at start-up.
import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** How long the probe waits before deciding there is no Redis: short, a CLI user is waiting. */
export const REDIS_PROBE_TIMEOUT_MS = 1_500;

export function redisUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.TELISIK_REDIS_URL?.trim() || DEFAULT_REDIS_URL;
}

/**
 * A connection for BullMQ. Workers block on Redis and must never give up a command, so
 * `maxRetriesPerRequest` is null (BullMQ refuses a worker connection without it).
 */
export function createRedisConnection(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, ...options });
}

/** True when a Redis answers PING at `url` within `timeoutMs`. */
export async function probeRedis(url: string, timeoutMs = REDIS_PROBE_TIMEOUT_MS): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined); // the probe's answer is its return value
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  try {
    const answer = await Promise.race([redis.connect().then(() => redis.ping()), timer]);
    return answer === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * Warns unless Redis evicts nothing: under any other `maxmemory-policy` Redis may drop
 * queue keys under memory pressure and jobs vanish silently.
 */
export async function checkEvictionPolicy(redis: Redis, warn: (message: string) => void): Promise<string | undefined> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as unknown;
    const policy = Array.isArray(reply) ? String(reply[1]) : undefined;
    if (policy !== 'noeviction') {
      warn(`Redis maxmemory-policy is "${policy ?? 'unknown'}"; set it to "noeviction" or queued jobs may be evicted`);
    }
    return policy;
  } catch (err) {
    // Managed Redis often disables CONFIG: say so rather than fail the start-up.
    warn(`could not read Redis maxmemory-policy (${err instanceof Error ? err.message : String(err)}); make sure it is "noeviction"`);
    return undefined;
  }
}
