// Workers or inline: the probe against the real Redis, the fallback with its one log
// line when nothing answers, and the eviction-policy warning.
import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { checkEvictionPolicy, probeRedis, redisUrlFromEnv } from '../queue/redis-connection.js';
import type { RuntimeLog } from '../runtime-log.js';
import { TEST_REDIS_URL, useRealRedis } from '../test-support/redis-fixture.js';
import { chooseRunner } from './choose-runner.js';

/** Port 1 on loopback: nothing listens there, so the connection is refused at once. */
const NO_REDIS = 'redis://127.0.0.1:1';

function collectingLog(): RuntimeLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}

describe('choosing between workers and the inline runner', () => {
  const useRedis = useRealRedis();

  it('reads the Redis URL from TELISIK_REDIS_URL with a local default', () => {
    expect(redisUrlFromEnv({})).toBe('redis://127.0.0.1:6379');
    expect(redisUrlFromEnv({ TELISIK_REDIS_URL: 'redis://queue.internal:6380' })).toBe('redis://queue.internal:6380');
  });

  it('uses workers when Redis answers', async () => {
    useRedis(); // fails here, with the reason, when there is no Redis
    expect(await probeRedis(TEST_REDIS_URL)).toBe(true);
    const log = collectingLog();
    const choice = await chooseRunner({ redisUrl: TEST_REDIS_URL, log });
    try {
      expect(choice.mode).toBe('workers');
      expect(log.lines).toEqual([]);
    } finally {
      if (choice.mode === 'workers') choice.connection.disconnect();
    }
  });

  it('runs inline when no Redis answers, saying so in one line with how to switch', async () => {
    expect(await probeRedis(NO_REDIS)).toBe(false);
    const log = collectingLog();
    expect(await chooseRunner({ redisUrl: NO_REDIS, log })).toEqual({ mode: 'inline', reason: 'no-redis' });
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^info no Redis at redis:\/\/127\.0\.0\.1:1: running inline/);
    expect(log.lines[0]).toContain('TELISIK_REDIS_URL');
    expect(log.lines[0]).toContain('telisik worker');

    const asked = collectingLog();
    expect(await chooseRunner({ inline: true, redisUrl: TEST_REDIS_URL, log: asked })).toEqual({ mode: 'inline', reason: 'asked' });
    expect(asked.lines).toHaveLength(1);
  });

  it('warns unless maxmemory-policy is noeviction', async () => {
    const redis = useRedis();
    const real = collectingLog();
    const policy = await checkEvictionPolicy(redis, real.warn);
    expect(real.lines).toEqual(policy === 'noeviction' ? [] : [expect.stringContaining('maxmemory-policy')]);

    const evicting = { config: async () => ['maxmemory-policy', 'allkeys-lru'] } as unknown as Redis;
    const warned: string[] = [];
    expect(await checkEvictionPolicy(evicting, (m) => warned.push(m))).toBe('allkeys-lru');
    expect(warned).toEqual(['Redis maxmemory-policy is "allkeys-lru"; set it to "noeviction" or queued jobs may be evicted']);

    const locked = {
      config: async () => {
        throw new Error('ERR unknown command CONFIG');
      },
    } as unknown as Redis;
    const noted: string[] = [];
    expect(await checkEvictionPolicy(locked, (m) => noted.push(m))).toBeUndefined();
    expect(noted[0]).toContain('could not read Redis maxmemory-policy');
  });
});
