// One line when Redis goes away, not a flood. Every BullMQ object re-emits its connection's
// errors, and ioredis retries every couple of seconds on each of them, so an outage used to
// log about 145 lines a second. Here errors from connections and BullMQ objects are folded:
// "Redis unreachable at URL, retrying" once, a reminder per interval while it lasts, and one
// line when Redis answers again. Errors while Redis is up are logged as they come.
import type { Redis } from 'ioredis';
import type { RuntimeLog } from '../runtime-log.js';

/** At most one "still unreachable" reminder per this interval during an outage. */
export const REDIS_OUTAGE_REMINDER_MS = 30_000;

/** Node socket error codes that mean "the server is not there", whatever the message. */
const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Whether `err` is a failure to reach the server (by its code or ioredis' error class). */
export function isUnreachableError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as NodeJS.ErrnoException).code;
  return (code !== undefined && UNREACHABLE_CODES.has(code)) || err.name === 'MaxRetriesPerRequestError';
}

/** The URL without its password, for logs. */
export function redactedRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'redis (unparseable URL)';
  }
}

/** `redis://host:port` of a connection, for messages (never its password). */
export function redisLabel(redis: Redis): string {
  const { host, port } = redis.options;
  return `redis://${host ?? '127.0.0.1'}:${port ?? 6379}`;
}

/** What the outage log follows: an ioredis client or a BullMQ object (both emit these). */
export interface ErrorSource {
  on(event: 'error', listener: (err: Error) => void): unknown;
}
export interface ReadySource {
  on(event: 'ready', listener: () => void): unknown;
}

export class RedisOutageLog {
  readonly #url: string;
  readonly #log: RuntimeLog;
  readonly #reminderMs: number;
  readonly #now: () => number;
  #downSince: number | undefined;
  #lastLine = 0;
  #folded = 0;

  constructor(url: string, log: RuntimeLog, options: { reminderMs?: number; now?: () => number } = {}) {
    this.#url = redactedRedisUrl(url);
    this.#log = log;
    this.#reminderMs = options.reminderMs ?? REDIS_OUTAGE_REMINDER_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Whether an outage is under way (an unreachable error seen, no `ready` since). */
  get down(): boolean {
    return this.#downSince !== undefined;
  }

  /** Follows a Redis connection: its errors, and `ready` as the end of an outage. */
  followConnection(connection: ErrorSource & ReadySource): void {
    connection.on('error', (err) => this.error('redis', err));
    connection.on('ready', () => this.up());
  }

  /** Routes a BullMQ object's `error` events here (they repeat its connection's errors). */
  follow(source: ErrorSource, name: string): void {
    source.on('error', (err) => this.error(name, err));
  }

  /** An error from `source`: folded into the outage line when Redis is unreachable. */
  error(source: string, err: Error): void {
    if (!this.down && !isUnreachableError(err)) {
      this.#log.error(`${source}: ${err.message}`);
      return;
    }
    const now = this.#now();
    if (this.#downSince === undefined) {
      this.#downSince = now;
      this.#lastLine = now;
      this.#folded = 0;
      this.#log.warn(`Redis unreachable at ${this.#url}, retrying (${err.message})`);
      return;
    }
    this.#folded++;
    if (now - this.#lastLine >= this.#reminderMs) {
      this.#log.warn(
        `Redis still unreachable at ${this.#url} after ${Math.round((now - this.#downSince) / 1000)} s, retrying (${this.#folded} errors since the last line)`,
      );
      this.#lastLine = now;
      this.#folded = 0;
    }
  }

  /** Redis answers again. */
  up(): void {
    if (this.#downSince === undefined) return;
    this.#log.info(`Redis reachable again at ${this.#url} after ${Math.round((this.#now() - this.#downSince) / 1000)} s`);
    this.#downSince = undefined;
  }
}

/** How long closing a BullMQ object may take; with Redis away, a close can wait for ever. */
export const CLOSE_TIMEOUT_MS = 2_000;

/** Closes `thing` (a Queue, QueueEvents, FlowProducer, Worker), giving up after `ms`. */
export async function closeWithin(thing: { close(): Promise<void> }, ms: number = CLOSE_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  try {
    await Promise.race([thing.close().catch(() => undefined), gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}
