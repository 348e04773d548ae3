// Runs a pipeline as a BullMQ flow and waits for it: the client side of the workers.
// Progress comes from the stage queues' `progress` events, so the CLI can show bars for
// work done in other processes. A watcher (run-watch.ts) fails the run when Redis stays
// unreachable past a deadline or loses the run's jobs; cancelling (a signal to `telisik
// run`) marks the run cancelled in Redis and removes or fails every job it still has there.
import { FlowProducer, Job, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RunReport } from '../execution/run-report.js';
import type { GateJobData, GateResult, TaskJobData, TaskProgress } from '../queue/job-data.js';
import { assertHashTagPrefix, GATE_QUEUE, gateJobId, stageQueueName, taskJobId } from '../queue/queue-names.js';
import { closeWithin, RedisOutageLog, redisLabel } from '../queue/redis-outage.js';
import { markRunCancelled } from '../queue/run-cancellation.js';
import { buildRunFlow } from '../queue/run-flow.js';
import { SILENT_LOG } from '../runtime-log.js';
import type { RuntimeLog } from '../runtime-log.js';
import type { RunSpec } from '../stages/stage-definition.js';
import { RunCancelledError } from '../stages/stage-errors.js';
import type { StageRegistry } from '../stages/stage-registry.js';
import { abortReason } from './job-runner.js';
import type { JobRunner, RunObserver, RunOptions } from './job-runner.js';
import { DEFAULT_WATCH, watchRun } from './run-watch.js';
import type { RunWatchTimes } from './run-watch.js';

export interface QueuedRunnerOptions {
  readonly connection: Redis;
  readonly prefix: string;
  readonly registry: StageRegistry;
  /** For log lines and messages; default host:port of `connection`. */
  readonly redisUrl?: string;
  readonly log?: RuntimeLog;
  /** Shared with the process's other Redis users, so an outage is logged once. */
  readonly outage?: RedisOutageLog;
  /** How often the run is checked and how long Redis may be unreachable (run-watch.ts). */
  readonly watch?: Partial<RunWatchTimes>;
  /**
   * Called when a run is cancelled, after the cancellation is marked in Redis and before
   * its jobs are removed: workers in this process abort their active jobs of the run.
   */
  readonly onCancel?: (runId: string, reason: string) => Promise<void>;
}

/** Job states a worker would still pick up or resume. */
const RESUMABLE_STATES: ReadonlySet<string> = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children', 'paused', 'wait']);

export class QueuedRunner implements JobRunner {
  readonly mode = 'workers' as const;
  readonly #options: QueuedRunnerOptions;
  readonly #flows: FlowProducer;
  readonly #outage: RedisOutageLog;
  readonly #url: string;

  constructor(options: QueuedRunnerOptions) {
    assertHashTagPrefix(options.prefix);
    this.#options = options;
    this.#url = options.redisUrl ?? redisLabel(options.connection);
    this.#outage = options.outage ?? new RedisOutageLog(this.#url, options.log ?? SILENT_LOG);
    this.#flows = new FlowProducer({ connection: options.connection, prefix: options.prefix });
    this.#outage.follow(this.#flows, 'flow producer');
  }

  /** Adds the run's flow and returns its root job; a second launch of the same run id adds nothing new. */
  async launch(run: RunSpec): Promise<Job<unknown, GateResult>> {
    const node = await this.#flows.add(buildRunFlow(this.#options.registry, run, this.#options.prefix));
    return node.job as Job<unknown, GateResult>;
  }

  async run(run: RunSpec, observer: RunObserver = {}, options: RunOptions = {}): Promise<RunReport> {
    const { connection, prefix, registry } = this.#options;
    options.signal?.throwIfAborted();
    // QueueEvents blocks on its connection, so each gets its own, closed here afterwards.
    const connections: Redis[] = [];
    const listen = (queue: string) => {
      const own = connection.duplicate();
      this.#outage.followConnection(own);
      connections.push(own);
      const events = new QueueEvents(queue, { connection: own, prefix });
      this.#outage.follow(events, `events ${queue}`);
      return events;
    };
    const gateEvents = listen(GATE_QUEUE);
    const stageEvents = registry.stages().map((s) => listen(stageQueueName(s.name)));
    try {
      for (const events of stageEvents) {
        events.on('progress', ({ data }) => {
          const progress = data as unknown as TaskProgress;
          if (progress?.runId === run.runId) observer.onProgress?.(progress);
        });
      }
      // Subscribe before adding the flow so that no completion event is missed.
      await Promise.all([gateEvents, ...stageEvents].map((e) => e.waitUntilReady()));
      const root = await this.launch(run);
      const result = await this.follow(run.runId, root, gateEvents, options.signal);
      for (const outcome of result.stages) observer.onStage?.(outcome);
      return { runId: run.runId, mode: 'workers', stages: result.stages };
    } finally {
      await Promise.all([gateEvents, ...stageEvents].map((e) => closeWithin(e)));
      for (const own of connections) own.disconnect();
    }
  }

  /**
   * Waits for a launched run's root gate. Rejects with the failed task and its reason, with
   * QueueUnavailableError when Redis loses the run or stays away past the deadline, or with
   * RunCancelledError once `signal` aborts (after the run's jobs are cancelled).
   */
  async follow(runId: string, root: Job<unknown, GateResult>, events: QueueEvents, signal?: AbortSignal): Promise<GateResult> {
    const stop = new AbortController();
    const gates = new Queue(GATE_QUEUE, { connection: this.#options.connection, prefix: this.#options.prefix });
    this.#outage.follow(gates, 'gates');
    let onAbort: (() => void) | undefined;
    const cancelled = new Promise<never>((_, reject) => {
      if (!signal) return;
      onAbort = () => {
        const reason = abortReason(signal);
        void this.cancel(runId, reason)
          .catch((err: unknown) =>
            this.#options.log?.error(`run ${runId}: cancelling its jobs failed: ${err instanceof Error ? err.message : String(err)}`),
          )
          .finally(() => reject(new RunCancelledError(runId, reason)));
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    const finished = root.waitUntilFinished(events).catch(async (err: unknown) => {
      // The root only knows "a child failed"; name the task and its own error instead.
      const cause = await this.describeFailure(runId).catch(() => undefined);
      throw new Error(`run ${runId} failed: ${cause ?? (err instanceof Error ? err.message : String(err))}`);
    });
    const watched = watchRun({
      runId,
      rootId: root.id as string,
      gates,
      redis: this.#options.connection,
      url: this.#url,
      times: { ...DEFAULT_WATCH, ...this.#options.watch },
      signal: stop.signal,
    }).then((outcome) => {
      if (outcome.kind === 'completed') return outcome.result;
      if (outcome.kind === 'stopped') return new Promise<never>(() => undefined); // another branch settled
      // Failed, and the event for it missed (e.g. during a reconnect): name the task as above.
      return this.describeFailure(runId)
        .catch(() => undefined)
        .then((cause) => {
          throw new Error(`run ${runId} failed: ${cause ?? outcome.reason}`);
        });
    });
    // Quiet the branches that lose the race.
    for (const p of [cancelled, finished, watched]) p.catch(() => undefined);
    try {
      return await Promise.race([finished, watched, cancelled]);
    } finally {
      stop.abort();
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      await closeWithin(gates);
    }
  }

  /**
   * Cancels a run in Redis: marks it cancelled (workers then fail any of its jobs they
   * meet), lets this process's workers abort their active jobs of it, and removes every job
   * of the run that a worker would still pick up or resume.
   */
  async cancel(runId: string, reason: string): Promise<void> {
    const { connection, prefix, registry } = this.#options;
    await markRunCancelled(connection, prefix, runId, reason);
    await this.#options.onCancel?.(runId, reason);
    const gates = new Queue<GateJobData>(GATE_QUEUE, { connection, prefix });
    this.#outage.follow(gates, 'gates');
    const stageQueues = new Map<string, Queue<TaskJobData>>();
    const stages = registry.stages();
    try {
      // Fast path: the root gate with its whole tree, when no job of it is locked.
      const last = stages[stages.length - 1];
      const root = last ? await Job.fromId<GateJobData>(gates, gateJobId(runId, last.name)) : undefined;
      if (root) await removeIfResumable(root);
      // Otherwise from the first stage up: removing a stage's last pending child moves its
      // gate to `wait`, where the next step of this loop finds and removes it. Twice, for a
      // gate a worker moved on between the two reads.
      for (let pass = 0; pass < 2; pass++) {
        for (const stage of stages) {
          const gate = await Job.fromId<GateJobData>(gates, gateJobId(runId, stage.name));
          if (!gate) continue;
          for (const item of gate.data.items ?? []) {
            let queue = stageQueues.get(item.stage);
            if (!queue) {
              queue = new Queue<TaskJobData>(stageQueueName(item.stage), { connection, prefix });
              this.#outage.follow(queue, `stage ${item.stage}`);
              stageQueues.set(item.stage, queue);
            }
            const task = await Job.fromId<TaskJobData>(queue, taskJobId(runId, item.stage, item.processor, item.partition));
            if (task) await removeIfResumable(task);
          }
          await removeIfResumable(gate);
        }
      }
    } finally {
      await closeWithin(gates);
      await Promise.all([...stageQueues.values()].map((q) => closeWithin(q)));
    }
  }

  /** The first failed task of a run ("stage processor/partition: reason"), if any. */
  async describeFailure(runId: string): Promise<string | undefined> {
    const { connection, prefix, registry } = this.#options;
    for (const stage of registry.stages()) {
      const queue = new Queue<TaskJobData>(stageQueueName(stage.name), { connection, prefix });
      this.#outage.follow(queue, `stage ${stage.name}`);
      try {
        const failed = await queue.getFailed();
        const job = failed.find((j) => j.data?.run?.runId === runId);
        if (job) return `${job.data.stage} ${job.data.processor}/${job.data.partition}: ${job.failedReason}`;
      } finally {
        await closeWithin(queue);
      }
    }
    return undefined;
  }

  async close(): Promise<void> {
    await closeWithin(this.#flows);
  }
}

/** Removes a job a worker would still pick up; an active (locked) one is left to fail on the cancellation mark. */
async function removeIfResumable(job: Job): Promise<void> {
  const state = await job.getState();
  if (!RESUMABLE_STATES.has(state)) return;
  try {
    await job.remove({ removeChildren: true });
  } catch {
    // Locked by a worker right now (its own or a child's): the cancellation mark fails it.
  }
}
