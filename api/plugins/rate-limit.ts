// The rate limit: per client for a key that resolves to an active client, per address for
// everything else (no key, an unknown or revoked key), so a caller cannot buy a fresh
// budget by presenting a new random key on every request. Counters are shared through
// Redis when configured; when Redis fails or is away they are kept in this process.
//
// Why fall back to memory rather than allow everything (`skipOnError` alone): a Redis
// outage must not open the key-guessing and flood hole exactly while operations are
// degraded. A per-instance counter is looser than the shared one (n instances allow up to
// n x max) but still bounded, and nothing waits on Redis: the limiter's connection has no
// offline queue and a command timeout, and after a failure Redis is not asked again for
// REDIS_RETRY_MS, so a dead Redis costs requests nothing.
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { presentedKey } from '../auth/api-key.js';
import type { ClientResolver } from '../auth/access.js';
import type { RateLimitSettings } from '../deps.js';
import { apiError } from '../errors/catalog.js';

/** Redis key prefix of the rate limiter; the hash tag keeps it on one cluster slot with the queues. */
export const RATE_LIMIT_NAMESPACE = '{telisik}:rate-limit:';
/** After a Redis failure, counters stay in memory this long before Redis is tried again. */
export const REDIS_RETRY_MS = 5_000;
/** Longest a limiter command may take; past it the request is counted in memory. */
export const LIMITER_COMMAND_TIMEOUT_MS = 500;
/** Distinct keys counted in memory at most (oldest window dropped first). */
const MEMORY_KEYS = 10_000;

interface Count {
  current: number;
  ttl: number;
}
type Callback = (err: Error | null, result: Count | null) => void;

/** Fixed-window counters in this process (the fallback, and the store without Redis). */
class MemoryCounters {
  readonly #windows = new Map<string, { count: number; start: number }>();

  incr(key: string, timeWindow: number): Count {
    const now = Date.now();
    let w = this.#windows.get(key);
    if (!w || w.start + timeWindow <= now) {
      if (!w && this.#windows.size >= MEMORY_KEYS) this.#windows.delete(this.#windows.keys().next().value as string);
      w = { count: 0, start: now };
      this.#windows.delete(key);
      this.#windows.set(key, w);
    }
    w.count++;
    return { current: w.count, ttl: w.start + timeWindow - now };
  }
}

/** The Lua of @fastify/rate-limit's RedisStore, reduced to what we use: INCR, PEXPIRE on first hit. */
const INCR_SCRIPT = `local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) return {current, tonumber(ARGV[1])} end
return {current, redis.call('PTTL', KEYS[1])}`;

export interface LimiterEvents {
  /** Called once when counting moves to memory, and once when it moves back to Redis. */
  onSharedCounting(shared: boolean, err?: unknown): void;
}

/** A store for @fastify/rate-limit: Redis when it answers, memory when it does not. */
function sharedOrMemoryStore(redis: Redis | undefined, events: LimiterEvents) {
  const memory = new MemoryCounters();
  let retryAt = 0;
  let shared = redis !== undefined;
  const fallBack = (err: unknown) => {
    retryAt = Date.now() + REDIS_RETRY_MS;
    if (shared) {
      shared = false;
      events.onSharedCounting(false, err);
    }
  };
  return class Store {
    incr(key: string, cb: Callback, timeWindow: number): void {
      const local = () => cb(null, memory.incr(key, timeWindow));
      if (!redis || Date.now() < retryAt || redis.status !== 'ready') {
        if (redis && Date.now() >= retryAt) fallBack(new Error(`Redis connection is ${redis.status}`));
        return local();
      }
      redis.eval(INCR_SCRIPT, 1, `${RATE_LIMIT_NAMESPACE}${key}`, timeWindow).then(
        (result) => {
          const [current, ttl] = result as [number, number];
          if (!shared) {
            shared = true;
            events.onSharedCounting(true);
          }
          cb(null, { current, ttl });
        },
        (err: unknown) => {
          fallBack(err);
          local();
        },
      );
    }
    child(): Store {
      return this;
    }
  };
}

/** The limiter's own Redis connection: fails at once when Redis is away, never queues. */
export function limiterConnection(redis: Redis): Redis {
  const bounded = redis.duplicate({
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: LIMITER_COMMAND_TIMEOUT_MS,
  });
  // Connection errors are reported through the limiter's state changes, once, not per retry.
  bounded.on('error', () => undefined);
  return bounded;
}

/** The key a request is counted under: its client when the key is valid, else its address. */
export function limitKey(resolver: ClientResolver): (request: FastifyRequest) => Promise<string> {
  return async (request) => {
    const key = presentedKey(request.headers);
    if (key !== null) {
      // A store failure here is the access check's to report; the limiter counts the address.
      const client = await resolver.resolve(key).catch(() => null);
      if (client && client.revokedAt === null) return `c:${client.id}`;
    }
    // IPv6 by its /64 prefix (the plugin's default): one host may hold the whole block.
    return `ip:${normalizeIP(request.ip)}`;
  };
}

export interface RateLimitOptions {
  readonly limit: RateLimitSettings;
  /** A bounded connection (see limiterConnection); absent, counters are in memory. */
  readonly redis: Redis | undefined;
  readonly resolver: ClientResolver;
}

export async function registerRateLimit(app: FastifyInstance, { limit, redis, resolver }: RateLimitOptions): Promise<void> {
  const events: LimiterEvents = {
    onSharedCounting: (shared, err) => {
      if (shared) app.log.info('rate limit: Redis answers again, counting shared across instances');
      else
        app.log.warn(
          { err },
          `rate limit: Redis unreachable, counting in memory per instance (Redis tried again every ${REDIS_RETRY_MS / 1000} s)`,
        );
    },
  };
  await app.register(rateLimit, {
    global: true,
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    store: sharedOrMemoryStore(redis, events) as never,
    // The store never fails (it falls back to memory); should it, the request passes.
    skipOnError: true,
    keyGenerator: limitKey(resolver),
    errorResponseBuilder: () => apiError('RATE_LIMITED'),
  });
}
