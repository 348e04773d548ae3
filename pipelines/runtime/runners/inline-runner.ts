// The embedded default: the same stages and processors as the workers, run in order in
// this process, with the same retry policy, so a bare machine with nothing but Node gets
// the same outputs as a cluster of workers.
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunReport, StageOutcome, TaskOutcome } from '../execution/run-report.js';
import { executeTask, planStage, publishStage, taskOutcome } from '../execution/stage-execution.js';
import type { RunHistory } from '../history/run-history.js';
import { recordStage } from '../history/run-history.js';
import type { RuntimeLog } from '../runtime-log.js';
import type { RetryPolicy, RunSpec, TaskResult } from '../stages/stage-definition.js';
import { isPermanent, RunCancelledError } from '../stages/stage-errors.js';
import type { StageRegistry } from '../stages/stage-registry.js';
import { abortReason } from './job-runner.js';
import type { JobRunner, RunObserver, RunOptions } from './job-runner.js';

export interface InlineRunnerOptions {
  readonly registry: StageRegistry;
  readonly log: RuntimeLog;
  readonly history?: RunHistory;
}

/** BullMQ's exponential backoff: delay * 2^(attempt-1). */
function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return policy.backoff.type === 'fixed' ? policy.backoff.delay : policy.backoff.delay * 2 ** (attempt - 1);
}

export class InlineRunner implements JobRunner {
  readonly mode = 'inline' as const;
  readonly #options: InlineRunnerOptions;

  constructor(options: InlineRunnerOptions) {
    this.#options = options;
  }

  async run(run: RunSpec, observer: RunObserver = {}, options: RunOptions = {}): Promise<RunReport> {
    const { registry, history, log } = this.#options;
    const { signal } = options;
    const stages: StageOutcome[] = [];
    // A cancelled run stops at once: the task under way is left behind (processors are
    // idempotent, so a later run redoes it), nothing after it starts.
    const cancelled = (): RunCancelledError => new RunCancelledError(run.runId, abortReason(signal));
    const untilCancelled = <T>(work: Promise<T>): Promise<T> => {
      if (!signal) return work;
      work.catch(() => undefined);
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(cancelled());
        if (signal.aborted) onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    };
    for (const stage of registry.stages()) {
      if (signal?.aborted) throw cancelled();
      const plan = await planStage(stage, run);
      if (plan.status !== 'planned') {
        stages.push(plan);
        observer.onStage?.(plan);
        continue;
      }
      await recordStage(history, log, run.runId, { stage: stage.name, status: 'active', progress: 0 });
      const started = performance.now();
      const tasks: TaskOutcome[] = [];
      for (const item of plan.items) {
        const partition = `${item.processor}/${item.partition}`;
        if (signal?.aborted) throw cancelled();
        const result = await this.#withRetries(
          stage.retry,
          signal,
          (attempt) =>
            untilCancelled(
              executeTask(registry, run, item, {
                attempt,
                reportProgress: async (percent, message) => {
                  observer.onProgress?.({ runId: run.runId, ...item, percent, ...(message ? { message } : {}) });
                },
                onProgressError: (err) =>
                  log.warn(`progress of ${stage.name} ${partition}: ${err instanceof Error ? err.message : String(err)}`),
              }),
            ),
          async (err, attempt, final) => {
            const error = err instanceof Error ? err.message : String(err);
            // As on workers: a failure that will be retried leaves the partition waiting.
            await recordStage(history, log, run.runId, {
              stage: stage.name,
              partition,
              status: final ? 'failed' : 'waiting',
              attempts: attempt,
              error,
            });
            if (final) await recordStage(history, log, run.runId, { stage: stage.name, status: 'failed', error });
          },
        );
        await recordStage(history, log, run.runId, { stage: stage.name, partition, status: 'completed', progress: 100, error: null });
        tasks.push(taskOutcome(item, result));
      }
      if (signal?.aborted) throw cancelled();
      const publishing = performance.now();
      const published = await untilCancelled(publishStage(stage, run, plan.items));
      const seconds = (performance.now() - started) / 1000;
      const publishSeconds = (performance.now() - publishing) / 1000;
      const outcome: StageOutcome = { stage: stage.name, status: 'ran', tasks, published, seconds, publishSeconds };
      await recordStage(history, log, run.runId, { stage: stage.name, status: 'completed', progress: 100, error: null });
      stages.push(outcome);
      observer.onStage?.(outcome);
    }
    return { runId: run.runId, mode: 'inline', stages };
  }

  async close(): Promise<void> {
    // Nothing held between runs: processors open and close the warehouse per task.
  }

  async #withRetries(
    policy: RetryPolicy,
    signal: AbortSignal | undefined,
    attemptOnce: (attempt: number) => Promise<TaskResult>,
    onFailure: (err: unknown, attempt: number, final: boolean) => Promise<void>,
  ): Promise<TaskResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce(attempt);
      } catch (err) {
        const final = isPermanent(err) || attempt >= policy.attempts;
        await onFailure(err, attempt, final);
        if (final) throw err;
        const delay = backoffDelay(policy, attempt);
        this.#options.log.warn(`attempt ${attempt} failed (${err instanceof Error ? err.message : String(err)}); retrying in ${delay} ms`);
        await sleep(delay, undefined, signal ? { signal } : {}).catch(() => undefined);
      }
    }
  }
}
