// The worker side of a run: one BullMQ Worker for stage gates and one per stage, started
// and stopped together. CPU-heavy stages get a sandboxed worker (worker threads); the
// others run in this thread. Whichever thread a job runs in, its warehouse opens take the
// warehouse lock (features/warehouse/warehouse-lock.ts), which holds across threads.
import { Queue, Worker } from 'bullmq';
import type { Job, WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RunHistory } from '../history/run-history.js';
import { recordStage } from '../history/run-history.js';
import type { GateJobData, GateResult, TaskJobData, TaskProgress } from '../queue/job-data.js';
import { assertHashTagPrefix, GATE_QUEUE, stageQueueName } from '../queue/queue-names.js';
import { checkEvictionPolicy } from '../queue/redis-connection.js';
import { RedisOutageLog, redisLabel } from '../queue/redis-outage.js';
import { cancellationOf } from '../queue/run-cancellation.js';
import type { RuntimeLog } from '../runtime-log.js';
import type { TaskResult } from '../stages/stage-definition.js';
import { RunCancelledError, toQueueError } from '../stages/stage-errors.js';
import { loadStageRegistry } from '../stages/registry-module.js';
import type { StageRegistry } from '../stages/stage-registry.js';
import { processGateJob } from './gate-processor.js';
import { sandboxProcessorFile } from './sandbox-file.js';
import type { SandboxWorkerData } from './stage-sandbox.js';
import { processTaskJob } from './task-processor.js';

/** Lock and stall settings; tests shorten them to see stalled-job recovery quickly. */
export type WorkerTuning = Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount' | 'concurrency'>;

export interface StageWorkerHostOptions {
  /** A connection made with `maxRetriesPerRequest: null`; the host does not close it. */
  readonly connection: Redis;
  readonly prefix: string;
  /** The registry module (see registry-module.ts); sandbox threads load it too. */
  readonly registryModule: string;
  /** Stages to work on; default every registered stage. */
  readonly stages?: readonly string[];
  /** Whether this host also processes stage gates (default true). */
  readonly gates?: boolean;
  readonly tuning?: WorkerTuning;
  readonly history?: RunHistory;
  readonly log: RuntimeLog;
  /** For log lines; default host:port of `connection`. */
  readonly redisUrl?: string;
  /** Shared with the process's other Redis users, so that an outage is logged once. */
  readonly outage?: RedisOutageLog;
}

/** Starts workers for the chosen stages; `close()` lets active jobs finish first. */
export class StageWorkerHost {
  readonly #options: StageWorkerHostOptions;
  readonly #workers: Worker[] = [];
  readonly #queues = new Map<string, Queue>();
  /** Abort controllers of the jobs running in this thread, by run id (see cancelRun). */
  readonly #running = new Map<string, Set<AbortController>>();
  readonly #outage: RedisOutageLog;
  #registry: StageRegistry | undefined;

  constructor(options: StageWorkerHostOptions) {
    assertHashTagPrefix(options.prefix);
    this.#options = options;
    if (options.outage) {
      this.#outage = options.outage;
    } else {
      this.#outage = new RedisOutageLog(options.redisUrl ?? redisLabel(options.connection), options.log);
      this.#outage.followConnection(options.connection);
    }
  }

  /** The queues this host consumes, once started. */
  get queues(): readonly string[] {
    return this.#workers.map((w) => w.name);
  }

  async start(): Promise<void> {
    const { connection, prefix, log } = this.#options;
    await checkEvictionPolicy(connection, (message) => log.warn(message));
    const registry = await loadStageRegistry(this.#options.registryModule);
    this.#registry = registry;
    const wanted = this.#options.stages ?? registry.names();
    for (const name of wanted) registry.get(name); // unknown names fail before anything starts

    if (this.#options.gates ?? true) {
      const gateWorker = new Worker<GateJobData, GateResult>(
        GATE_QUEUE,
        (job, token) =>
          processGateJob(
            {
              registry,
              stageQueue: (s) => this.#queue(s),
              log,
              cancellationOf: (runId) => cancellationOf(connection, prefix, runId),
              ...this.#historyPart(),
            },
            job,
            token,
          ),
        { connection, prefix, ...this.#options.tuning, concurrency: 4 },
      );
      this.#watch(gateWorker);
      this.#workers.push(gateWorker);
    }
    for (const name of wanted) {
      const worker = this.#stageWorker(registry, name);
      this.#watch(worker);
      this.#watchTasks(worker);
      this.#workers.push(worker);
    }
    await Promise.all(this.#workers.map((w) => w.waitUntilReady()));
    log.info(`workers ready for ${wanted.join(', ')}${(this.#options.gates ?? true) ? ' (and stage gates)' : ''}`);
  }

  /**
   * Stops this process's active jobs of a cancelled run: each fails at once as cancelled
   * (no retry), which fails its stage gate and the run. Work a processor had under way is
   * abandoned, which is safe because processors are idempotent. Sandboxed jobs run on;
   * their stage gate fails on the cancellation mark instead.
   */
  async cancelRun(runId: string, reason: string): Promise<void> {
    for (const controller of this.#running.get(runId) ?? []) controller.abort(reason);
  }

  /**
   * Waits for active jobs to finish, then closes workers and queues. Idempotent. `force`
   * does not wait (a cancelled run: its jobs were already failed or removed).
   */
  async close(force = false): Promise<void> {
    const workers = this.#workers.splice(0);
    await Promise.all(workers.map((w) => w.close(force)));
    const queues = [...this.#queues.values()];
    this.#queues.clear();
    await Promise.all(queues.map((q) => q.close()));
  }

  #historyPart(): { history?: RunHistory } {
    return this.#options.history ? { history: this.#options.history } : {};
  }

  #queue(stage: string): Queue {
    let queue = this.#queues.get(stage);
    if (!queue) {
      queue = new Queue(stageQueueName(stage), { connection: this.#options.connection, prefix: this.#options.prefix });
      this.#outage.follow(queue, `queue ${stage}`);
      this.#queues.set(stage, queue);
    }
    return queue;
  }

  #stageWorker(registry: StageRegistry, name: string): Worker<TaskJobData, TaskResult> {
    const { connection, prefix, tuning } = this.#options;
    const stage = registry.get(name);
    const common = { connection, prefix, ...tuning };
    if (!stage.cpuHeavy) {
      return new Worker<TaskJobData, TaskResult>(stageQueueName(name), (job) => this.#processInThread(registry, job), common);
    }
    const workerData: SandboxWorkerData = { registryModule: this.#options.registryModule };
    return new Worker<TaskJobData, TaskResult>(stageQueueName(name), sandboxProcessorFile(), {
      ...common,
      useWorkerThreads: true,
      workerThreadsOptions: { workerData },
    });
  }

  /**
   * A partition job in this thread: failed at once if its run was cancelled (before it
   * starts, or as soon as cancelRun aborts it, or when it ends), else processed. Progress
   * reports that fail are logged, never fatal.
   */
  async #processInThread(registry: StageRegistry, job: Job<TaskJobData>): Promise<TaskResult> {
    const { connection, prefix } = this.#options;
    const runId = job.data.run.runId;
    const cancelledBefore = await cancellationOf(connection, prefix, runId);
    if (cancelledBefore !== undefined) throw toQueueError(new RunCancelledError(runId, cancelledBefore));
    const controller = new AbortController();
    const running = this.#running.get(runId) ?? new Set<AbortController>();
    running.add(controller);
    this.#running.set(runId, running);
    try {
      const work = processTaskJob(registry, job, (err) => this.#outage.error(`progress of job ${job.id ?? '?'}`, asError(err)));
      work.catch(() => undefined); // abandoned on cancel: its late failure is not a crash
      const aborted = new Promise<never>((_, reject) => {
        controller.signal.addEventListener(
          'abort',
          () => reject(toQueueError(new RunCancelledError(runId, String(controller.signal.reason)))),
          { once: true },
        );
      });
      aborted.catch(() => undefined);
      const result = await Promise.race([work, aborted]);
      const cancelledAfter = await cancellationOf(connection, prefix, runId);
      if (cancelledAfter !== undefined) throw toQueueError(new RunCancelledError(runId, cancelledAfter));
      return result;
    } finally {
      running.delete(controller);
      if (running.size === 0) this.#running.delete(runId);
    }
  }

  #watch(worker: Worker): void {
    // A worker's connection errors are retried by ioredis; logged once per outage, never a crash.
    this.#outage.follow(worker, `worker ${worker.name}`);
  }

  /** Mirrors partition jobs into run history: active, progress, completed, failed. */
  #watchTasks(worker: Worker<TaskJobData, TaskResult>): void {
    const { history, log } = this.#options;
    if (!history) return;
    const update = (job: Job<TaskJobData>, fields: Omit<Parameters<RunHistory['updateRunStage']>[1], 'stage' | 'partition'>) =>
      void recordStage(history, log, job.data.run.runId, {
        stage: job.data.stage,
        partition: `${job.data.processor}/${job.data.partition}`,
        jobId: job.id ?? null,
        ...fields,
      });
    worker.on('active', (job) => update(job, { status: 'active', attempts: job.attemptsMade + 1 }));
    worker.on('progress', (job, progress) => {
      const percent = (progress as Partial<TaskProgress>).percent;
      if (typeof percent === 'number') update(job, { status: 'active', progress: percent });
    });
    worker.on('completed', (job) => update(job, { status: 'completed', progress: 100, error: null }));
    worker.on('failed', (job, err) => {
      if (!job) return;
      // A failure that will be retried leaves the partition waiting, not failed.
      const final = job.attemptsMade >= (job.opts.attempts ?? 1) || err.name === 'UnrecoverableError';
      update(job, { status: final ? 'failed' : 'waiting', error: err.message, attempts: job.attemptsMade });
      // BullMQ fails the stage's gate itself (failParentOnFailure) without running it, so
      // the stage row is marked here.
      if (final) void recordStage(history, log, job.data.run.runId, { stage: job.data.stage, status: 'failed', error: err.message });
    });
  }

  /** The registry the host loaded (for runners sharing the process). */
  get registry(): StageRegistry {
    if (!this.#registry) throw new Error('StageWorkerHost not started');
    return this.#registry;
  }
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
