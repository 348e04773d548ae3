// The worker side of a run: one BullMQ Worker for stage gates and one per stage, started
// and stopped together. CPU-heavy stages get a sandboxed worker (worker threads); the
// others run in this thread, where warehouse opens are serialised (warehouse-session.ts).
import { Queue, Worker } from 'bullmq';
import type { Job, WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RunHistory } from '../history/run-history.js';
import { recordStage } from '../history/run-history.js';
import type { GateJobData, GateResult, TaskJobData, TaskProgress } from '../queue/job-data.js';
import { assertHashTagPrefix, GATE_QUEUE, stageQueueName } from '../queue/queue-names.js';
import { checkEvictionPolicy } from '../queue/redis-connection.js';
import type { RuntimeLog } from '../runtime-log.js';
import type { TaskResult } from '../stages/stage-definition.js';
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
}

/** Starts workers for the chosen stages; `close()` lets active jobs finish first. */
export class StageWorkerHost {
  readonly #options: StageWorkerHostOptions;
  readonly #workers: Worker[] = [];
  readonly #queues = new Map<string, Queue>();
  #registry: StageRegistry | undefined;

  constructor(options: StageWorkerHostOptions) {
    assertHashTagPrefix(options.prefix);
    this.#options = options;
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
        (job, token) => processGateJob({ registry, stageQueue: (s) => this.#queue(s), log, ...this.#historyPart() }, job, token),
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
    log.info(`workers ready for ${wanted.join(', ')}${this.#options.gates ?? true ? ' (and stage gates)' : ''}`);
  }

  /** Waits for active jobs to finish, then closes workers and queues. Idempotent. */
  async close(): Promise<void> {
    const workers = this.#workers.splice(0);
    await Promise.all(workers.map((w) => w.close()));
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
      this.#queues.set(stage, queue);
    }
    return queue;
  }

  #stageWorker(registry: StageRegistry, name: string): Worker<TaskJobData, TaskResult> {
    const { connection, prefix, tuning } = this.#options;
    const stage = registry.get(name);
    const common = { connection, prefix, ...tuning };
    if (!stage.cpuHeavy) {
      return new Worker<TaskJobData, TaskResult>(stageQueueName(name), (job) => processTaskJob(registry, job), common);
    }
    const workerData: SandboxWorkerData = { registryModule: this.#options.registryModule };
    return new Worker<TaskJobData, TaskResult>(stageQueueName(name), sandboxProcessorFile(), {
      ...common,
      useWorkerThreads: true,
      workerThreadsOptions: { workerData },
    });
  }

  #watch(worker: Worker): void {
    // A worker's connection errors are retried by ioredis; log rather than crash.
    worker.on('error', (err) => this.#options.log.error(`worker ${worker.name}: ${err.message}`));
  }

  /** Mirrors partition jobs into run history: active, progress, completed, failed. */
  #watchTasks(worker: Worker<TaskJobData, TaskResult>): void {
    const { history, log } = this.#options;
    if (!history) return;
    const update = (job: Job<TaskJobData>, fields: Omit<Parameters<RunHistory['updateRunStage']>[1], 'stage' | 'partition'>) =>
      void recordStage(history, log, job.data.run.runId, {
        stage: job.data.stage, partition: `${job.data.processor}/${job.data.partition}`, jobId: job.id ?? null, ...fields,
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
