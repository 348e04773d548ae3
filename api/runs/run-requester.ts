// How `POST /runs` hands a run request to the coordinator: a small interface so the API
// needs no Redis in tests or in the embedded mode, and a BullMQ implementation that never
// waits on a Redis that is away (the HTTP request would hang with it).
import type { Queue } from 'bullmq';
import { RUN_REQUEST_JOB, runRequestJobId, type RunRequest } from './run-request.js';

/** The queue cannot take a request now (Redis unreachable or too slow); try again later. */
export class QueueUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'QueueUnavailableError';
  }
}

export interface RunRequester {
  /** Whether a request can be queued now; checked before the run is recorded. */
  available(): Promise<boolean>;
  /** Enqueues the request; resolves once it is durable in the queue. Throws QueueUnavailableError. */
  request(run: RunRequest): Promise<void>;
}

/** How long a queue call may take before the request is refused as QUEUE_UNAVAILABLE. */
export const QUEUE_CALL_TIMEOUT_MS = 2_000;

async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueUnavailableError(`${what}: no answer from Redis within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Run requests onto a BullMQ queue named RUN_REQUEST_QUEUE with prefix QUEUE_PREFIX. Give
 * the queue a connection with `enableOfflineQueue: false` (BullMQ's advice for queues used
 * from HTTP handlers; `telisik serve` does): an add then fails at once when Redis is away.
 * On a connection that queues offline, an add abandoned at the timeout may still reach
 * Redis when it returns; the run is then recorded failed but its request is queued.
 */
export function bullRunRequester(queue: Queue, timeoutMs = QUEUE_CALL_TIMEOUT_MS): RunRequester {
  const connected = async (): Promise<boolean> => {
    try {
      // Resolves once BullMQ's first connection is up; pending for ever while it never was.
      const client = await within(queue.getBackend().client, timeoutMs, 'queue connection');
      return client.status === 'ready';
    } catch {
      return false;
    }
  };
  return {
    available: connected,
    async request(run) {
      if (!(await connected())) throw new QueueUnavailableError('Redis is not connected');
      try {
        // The coordinator owns retries of the run itself; the request is delivered once.
        await within(
          queue.add(RUN_REQUEST_JOB, run, { jobId: runRequestJobId(run.runId), removeOnComplete: 1000, removeOnFail: 1000 }),
          timeoutMs,
          'queue add',
        );
      } catch (err) {
        throw err instanceof QueueUnavailableError ? err : new QueueUnavailableError('the queue refused the run request', { cause: err });
      }
    },
  };
}
