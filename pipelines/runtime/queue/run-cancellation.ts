// A cancelled run, as Redis sees it: a marker key under the queue prefix. Workers look at it
// before (and after) every job of the run, so a job that escaped removal (active elsewhere,
// or stalled and redelivered later) fails at once as cancelled instead of resuming silently.
import type { Redis } from 'ioredis';

/** How long the marker outlives the run: as long as finished jobs are kept for inspection. */
export const CANCELLED_RUN_TTL_SECONDS = 7 * 24 * 3600;

export function cancelledRunKey(prefix: string, runId: string): string {
  return `${prefix}:cancelled-run:${runId}`;
}

export async function markRunCancelled(redis: Redis, prefix: string, runId: string, reason: string): Promise<void> {
  await redis.set(cancelledRunKey(prefix, runId), reason, 'EX', CANCELLED_RUN_TTL_SECONDS);
}

/** The reason the run was cancelled, or undefined when it was not. */
export async function cancellationOf(redis: Redis, prefix: string, runId: string): Promise<string | undefined> {
  return (await redis.get(cancelledRunKey(prefix, runId))) ?? undefined;
}
