// Runs a pipeline as a BullMQ flow and waits for it: the client side of the workers.
// Progress comes from the stage queues' `progress` events, so the CLI can show bars for
// work done in other processes.
import { FlowProducer, Queue, QueueEvents } from 'bullmq';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RunReport } from '../execution/run-report.js';
import type { GateResult, TaskJobData, TaskProgress } from '../queue/job-data.js';
import { assertHashTagPrefix, GATE_QUEUE, stageQueueName } from '../queue/queue-names.js';
import { buildRunFlow } from '../queue/run-flow.js';
import type { RunSpec } from '../stages/stage-definition.js';
import type { StageRegistry } from '../stages/stage-registry.js';
import type { JobRunner, RunObserver } from './job-runner.js';

export interface QueuedRunnerOptions {
  readonly connection: Redis;
  readonly prefix: string;
  readonly registry: StageRegistry;
}

export class QueuedRunner implements JobRunner {
  readonly mode = 'workers' as const;
  readonly #options: QueuedRunnerOptions;
  readonly #flows: FlowProducer;

  constructor(options: QueuedRunnerOptions) {
    assertHashTagPrefix(options.prefix);
    this.#options = options;
    this.#flows = new FlowProducer({ connection: options.connection, prefix: options.prefix });
  }

  /** Adds the run's flow and returns its root job; a second launch of the same run id adds nothing new. */
  async launch(run: RunSpec): Promise<Job<unknown, GateResult>> {
    const node = await this.#flows.add(buildRunFlow(this.#options.registry, run, this.#options.prefix));
    return node.job as Job<unknown, GateResult>;
  }

  async run(run: RunSpec, observer: RunObserver = {}): Promise<RunReport> {
    const { connection, prefix, registry } = this.#options;
    // QueueEvents blocks on its connection, so each gets its own, closed here afterwards.
    const connections: Redis[] = [];
    const listen = (queue: string) => {
      const own = connection.duplicate();
      connections.push(own);
      return new QueueEvents(queue, { connection: own, prefix });
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
      const result = await root.waitUntilFinished(gateEvents).catch(async (err: unknown) => {
        // The root only knows "a child failed"; name the task and its own error instead.
        const cause = await this.describeFailure(run.runId);
        throw new Error(`run ${run.runId} failed: ${cause ?? (err instanceof Error ? err.message : String(err))}`);
      });
      for (const outcome of result.stages) observer.onStage?.(outcome);
      return { runId: run.runId, mode: 'workers', stages: result.stages };
    } finally {
      await Promise.all([gateEvents, ...stageEvents].map((e) => e.close()));
      for (const own of connections) own.disconnect();
    }
  }

  /** The first failed task of a run ("stage processor/partition: reason"), if any. */
  async describeFailure(runId: string): Promise<string | undefined> {
    const { connection, prefix, registry } = this.#options;
    for (const stage of registry.stages()) {
      const queue = new Queue<TaskJobData>(stageQueueName(stage.name), { connection, prefix });
      try {
        const failed = await queue.getFailed();
        const job = failed.find((j) => j.data?.run?.runId === runId);
        if (job) return `${job.data.stage} ${job.data.processor}/${job.data.partition}: ${job.failedReason}`;
      } finally {
        await queue.close();
      }
    }
    return undefined;
  }

  async close(): Promise<void> {
    await this.#flows.close();
  }
}
