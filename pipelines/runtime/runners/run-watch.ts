// Watches a launched run from the client side, because BullMQ's completion event never
// comes when Redis loses the run: restarted without its data (the jobs are gone) or
// unreachable for good. Both fail the run with QueueUnavailableError and a clear message
// instead of a wait for ever. It also settles a run whose completion event was missed
// during a reconnect, by reading the root gate's state.
import { setTimeout as sleep } from 'node:timers/promises';
import { Job } from 'bullmq';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { GateResult } from '../queue/job-data.js';
import { isGateResult } from '../queue/job-data.js';
import { QueueUnavailableError } from '../stages/stage-errors.js';

export interface RunWatchTimes {
  /** How often the root gate is looked at. */
  readonly intervalMs: number;
  /** How long one check may take before Redis counts as not answering. */
  readonly checkTimeoutMs: number;
  /**
   * How long Redis may stay unreachable before the run fails. ioredis reconnects on its
   * own and workers resume after a short outage (a restart with the data kept), so this is
   * generous; TELISIK_REDIS_DEADLINE_MS overrides it for `telisik run`.
   */
  readonly unreachableDeadlineMs: number;
}

export const DEFAULT_WATCH: RunWatchTimes = Object.freeze({ intervalMs: 1_000, checkTimeoutMs: 2_000, unreachableDeadlineMs: 60_000 });

export type RunWatchOutcome =
  | { readonly kind: 'completed'; readonly result: GateResult }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'stopped' };

export interface RunWatch {
  readonly runId: string;
  readonly rootId: string;
  /** The gate queue (root jobs live there). */
  readonly gates: Queue;
  readonly redis: Redis;
  /** How Redis is named in messages (no password). */
  readonly url: string;
  readonly times: RunWatchTimes;
  readonly signal: AbortSignal;
}

const TIMED_OUT = Symbol('timed out');

async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  promise.catch(() => undefined); // a late rejection after the timeout is not a crash
  const timer = new AbortController();
  try {
    return await Promise.race([promise, sleep(ms, TIMED_OUT, { signal: timer.signal })]);
  } finally {
    timer.abort();
  }
}

/**
 * Checks the run every `intervalMs` until `signal` aborts (resolves `stopped`), the root
 * gate is found finished (resolves with its outcome), or Redis lost the run (rejects).
 */
export async function watchRun(watch: RunWatch): Promise<RunWatchOutcome> {
  const { runId, rootId, gates, redis, url, times, signal } = watch;
  let unreachableSince: number | undefined;
  for (;;) {
    try {
      await sleep(times.intervalMs, undefined, { signal });
    } catch {
      return { kind: 'stopped' };
    }
    let state: string | typeof TIMED_OUT;
    let job: Job<unknown, GateResult> | undefined | typeof TIMED_OUT = TIMED_OUT;
    try {
      job = redis.status === 'ready' ? await within(Job.fromId<unknown, GateResult>(gates, rootId), times.checkTimeoutMs) : TIMED_OUT;
      state = job === TIMED_OUT ? TIMED_OUT : job === undefined ? 'missing' : await within(job.getState(), times.checkTimeoutMs);
    } catch {
      state = TIMED_OUT; // a dropped connection mid-check counts as not answering
    }
    if (signal.aborted) return { kind: 'stopped' };
    if (state === TIMED_OUT) {
      unreachableSince ??= Date.now();
      const down = Date.now() - unreachableSince;
      if (down >= times.unreachableDeadlineMs) {
        throw new QueueUnavailableError(
          `run ${runId} failed: Redis at ${url} has been unreachable for ${Math.round(down / 1000)} s ` +
            `(deadline ${Math.round(times.unreachableDeadlineMs / 1000)} s); the run cannot be followed`,
        );
      }
      continue;
    }
    unreachableSince = undefined;
    if (state === 'missing' || state === 'unknown') {
      throw new QueueUnavailableError(
        `run ${runId} failed: its jobs are gone from Redis at ${url} (was Redis restarted without its data?); ` +
          'nothing will finish it, start the run again',
      );
    }
    if (job !== TIMED_OUT && job !== undefined) {
      if (state === 'completed' && isGateResult(job.returnvalue)) return { kind: 'completed', result: job.returnvalue };
      if (state === 'failed') return { kind: 'failed', reason: job.failedReason ?? 'failed' };
    }
  }
}
