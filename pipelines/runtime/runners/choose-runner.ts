// Picks how a run executes: BullMQ workers when Redis answers, the inline runner when it
// does not (or when asked). The inline choice is announced in exactly one log line that
// says how to switch to workers.
import type { Redis } from 'ioredis';
import { createRedisConnection, probeRedis } from '../queue/redis-connection.js';
import type { RuntimeLog } from '../runtime-log.js';

export type RunnerChoice =
  { readonly mode: 'inline'; readonly reason: 'asked' | 'no-redis' } | { readonly mode: 'workers'; readonly connection: Redis };

export async function chooseRunner(options: { inline?: boolean; redisUrl: string; log: RuntimeLog }): Promise<RunnerChoice> {
  const { redisUrl, log } = options;
  const how = `to run on workers, start Redis, set TELISIK_REDIS_URL (default redis://127.0.0.1:6379) and start \`telisik worker\``;
  if (options.inline) {
    log.info(`running inline in this process (--inline); ${how}`);
    return { mode: 'inline', reason: 'asked' };
  }
  if (!(await probeRedis(redisUrl))) {
    log.info(`no Redis at ${redisUrl}: running inline in this process; ${how}`);
    return { mode: 'inline', reason: 'no-redis' };
  }
  return { mode: 'workers', connection: createRedisConnection(redisUrl) };
}
