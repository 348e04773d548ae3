// How `POST /runs` hands a run request to the coordinator: a one-method interface so the
// API needs no Redis in tests or in the embedded mode, and a BullMQ implementation.
import type { Queue } from 'bullmq';
import { RUN_REQUEST_JOB, runRequestJobId, type RunRequest } from './run-request.js';

export interface RunRequester {
  /** Enqueues the request; resolves once it is durable in the queue. */
  request(run: RunRequest): Promise<void>;
}

/** Run requests onto a BullMQ queue named RUN_REQUEST_QUEUE with prefix QUEUE_PREFIX. */
export function bullRunRequester(queue: Queue): RunRequester {
  return {
    async request(run) {
      // The coordinator owns retries of the run itself; the request is delivered once.
      await queue.add(RUN_REQUEST_JOB, run, {
        jobId: runRequestJobId(run.runId),
        removeOnComplete: 1000,
        removeOnFail: 1000,
      });
    },
  };
}
