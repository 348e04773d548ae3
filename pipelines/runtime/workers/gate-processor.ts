// The stage gate: BullMQ's "step job" pattern. A gate runs once its child (the previous
// stage's gate) has completed; it adds its stage's partition jobs as its own children,
// parks in waiting-children, and when processed again publishes and returns the run
// report so far. Partition job ids are deterministic, so a gate that crashes between
// steps re-adds the same jobs and BullMQ ignores the duplicates.
import { WaitingChildrenError } from 'bullmq';
import type { Job, Queue } from 'bullmq';
import type { StageOutcome, TaskOutcome } from '../execution/run-report.js';
import { planStage, publishStage, taskOutcome } from '../execution/stage-execution.js';
import type { RunHistory } from '../history/run-history.js';
import { recordStage } from '../history/run-history.js';
import type { GateJobData, GateResult, TaskJobData } from '../queue/job-data.js';
import { isGateResult } from '../queue/job-data.js';
import { taskJobId } from '../queue/queue-names.js';
import type { RuntimeLog } from '../runtime-log.js';
import type { TaskResult } from '../stages/stage-definition.js';
import { RunCancelledError, toQueueError } from '../stages/stage-errors.js';
import type { StageRegistry } from '../stages/stage-registry.js';

/** Finished partition jobs are kept a week for inspection (Bull Board), then dropped. */
const KEEP_FINISHED_SECONDS = 7 * 24 * 3600;

export interface GateContext {
  readonly registry: StageRegistry;
  /** The queue of a stage's partition jobs. */
  readonly stageQueue: (stage: string) => Queue;
  readonly history?: RunHistory;
  readonly log: RuntimeLog;
  /** The reason a run was cancelled, or undefined (run-cancellation.ts). */
  readonly cancellationOf?: (runId: string) => Promise<string | undefined>;
}

function previousStages(values: Record<string, unknown>): readonly StageOutcome[] {
  let longest: readonly StageOutcome[] = [];
  for (const value of Object.values(values)) {
    if (isGateResult(value) && value.stages.length > longest.length) longest = value.stages;
  }
  return longest;
}

export async function processGateJob(
  context: GateContext,
  job: Job<GateJobData, GateResult>,
  token: string | undefined,
): Promise<GateResult> {
  const { run, stage: stageName } = job.data;
  const stage = context.registry.get(stageName);
  try {
    // A cancelled run's gate never fans out or publishes: it fails, and so do the later stages.
    const cancelled = await context.cancellationOf?.(run.runId);
    if (cancelled !== undefined) throw new RunCancelledError(run.runId, cancelled);
    if (job.data.step !== 'publish') {
      const plan = await planStage(stage, run);
      if (plan.status !== 'planned') {
        // A skipped stage did no work, so it gets no history row (as in the inline runner).
        const before = previousStages(await job.getChildrenValues());
        return { runId: run.runId, stages: [...before, plan] };
      }
      const queue = context.stageQueue(stageName);
      for (const item of plan.items) {
        const data: TaskJobData = { run, ...item };
        await queue.add(`${item.stage}.${item.processor}`, data, {
          jobId: taskJobId(run.runId, item.stage, item.processor, item.partition),
          attempts: stage.retry.attempts,
          backoff: { ...stage.retry.backoff },
          parent: { id: job.id as string, queue: job.queueQualifiedName },
          failParentOnFailure: true,
          removeOnComplete: { age: KEEP_FINISHED_SECONDS },
          removeOnFail: { age: KEEP_FINISHED_SECONDS },
        });
      }
      await job.updateData({ ...job.data, step: 'publish', items: plan.items, startedAt: Date.now() });
      await recordStage(context.history, context.log, run.runId, {
        stage: stageName,
        status: 'active',
        progress: 0,
        jobId: job.id ?? null,
      });
      if (await job.moveToWaitingChildren(token ?? '')) throw new WaitingChildrenError();
    }
    const items = job.data.items ?? [];
    const values = await job.getChildrenValues<unknown>();
    const tasks: TaskOutcome[] = items.map((item) => {
      const id = taskJobId(run.runId, item.stage, item.processor, item.partition);
      const entry = Object.entries(values).find(([key]) => key.endsWith(`:${id}`));
      const result = (entry?.[1] ?? { outputs: [] }) as TaskResult;
      return taskOutcome(item, result);
    });
    const publishing = performance.now();
    const published = await publishStage(stage, run, items);
    const publishSeconds = (performance.now() - publishing) / 1000;
    await recordStage(context.history, context.log, run.runId, { stage: stageName, status: 'completed', progress: 100, error: null });
    // Clocks of two machines may differ: the fan-out and the publish of a gate can run on either.
    const seconds = job.data.startedAt !== undefined ? Math.max(0, (Date.now() - job.data.startedAt) / 1000) : undefined;
    const outcome: StageOutcome = {
      stage: stageName,
      status: 'ran',
      tasks,
      published,
      publishSeconds,
      ...(seconds !== undefined ? { seconds } : {}),
    };
    return { runId: run.runId, stages: [...previousStages(values), outcome] };
  } catch (err) {
    if (err instanceof WaitingChildrenError) throw err;
    await recordStage(context.history, context.log, run.runId, {
      stage: stageName,
      status: 'failed',
      error: err instanceof Error ? err.message : String(err),
      attempts: job.attemptsMade + 1,
    });
    throw toQueueError(err);
  }
}
