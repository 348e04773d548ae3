// The processor of partition jobs, shared by the in-process worker and the sandboxed
// (worker-thread) one. Progress goes to `job.updateProgress`; errors are mapped so that
// bad input fails once and everything else is retried.
import type { Job, SandboxedJob } from 'bullmq';
import { executeTask } from '../execution/stage-execution.js';
import type { TaskJobData, TaskProgress } from '../queue/job-data.js';
import type { TaskResult } from '../stages/stage-definition.js';
import { toQueueError } from '../stages/stage-errors.js';
import type { StageRegistry } from '../stages/stage-registry.js';

type TaskJob =
  | Pick<Job<TaskJobData>, 'data' | 'attemptsMade' | 'updateProgress'>
  | Pick<SandboxedJob<TaskJobData>, 'data' | 'attemptsMade' | 'updateProgress'>;

/**
 * Runs one partition job. A failed progress report (Redis gone, the job removed under it)
 * goes to `onProgressError` and never fails the job or escapes as an unhandled rejection.
 */
export async function processTaskJob(registry: StageRegistry, job: TaskJob, onProgressError?: (err: unknown) => void): Promise<TaskResult> {
  const { run, stage, processor, partition } = job.data;
  try {
    return await executeTask(
      registry,
      run,
      { stage, processor, partition },
      {
        attempt: job.attemptsMade + 1,
        reportProgress: async (percent, message) => {
          const progress: TaskProgress = { runId: run.runId, stage, processor, partition, percent, ...(message ? { message } : {}) };
          await job.updateProgress(progress as unknown as Record<string, unknown>);
        },
        ...(onProgressError ? { onProgressError } : {}),
      },
    );
  } catch (err) {
    throw toQueueError(err);
  }
}
