// Consumes run requests (`POST /runs`, api/runs/run-request.ts), launches each as a flow
// and follows it to the end, recording the run in the ops store. A request job that is
// retried after a crash re-adds the same flow (deterministic ids: nothing is duplicated)
// and resumes waiting for it.
import { QueueEvents, UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { RUN_REQUEST_QUEUE } from '../../../api/runs/run-request.js';
import type { RunRequest } from '../../../api/runs/run-request.js';
import type { RunReport } from '../execution/run-report.js';
import type { RunHistory } from '../history/run-history.js';
import { GATE_QUEUE } from '../queue/queue-names.js';
import { RedisOutageLog, redisLabel } from '../queue/redis-outage.js';
import { QueuedRunner } from '../runners/queued-runner.js';
import type { RuntimeLog } from '../runtime-log.js';
import type { StageRegistry } from '../stages/stage-registry.js';
import type { RunLocations } from './run-spec-from-request.js';
import { runSpecFromRequest } from './run-spec-from-request.js';

/** Runs followed at once: each is mostly waiting on its flow. */
const CONCURRENT_RUNS = 8;

export interface RunCoordinatorOptions {
  readonly connection: Redis;
  readonly prefix: string;
  readonly registry: StageRegistry;
  readonly locations: RunLocations;
  readonly history?: RunHistory;
  readonly log: RuntimeLog;
  readonly redisUrl?: string;
  /** Shared with the process's other Redis users, so that an outage is logged once. */
  readonly outage?: RedisOutageLog;
}

export class RunCoordinator {
  readonly #options: RunCoordinatorOptions;
  #worker: Worker<RunRequest, RunReport> | undefined;
  #events: QueueEvents | undefined;
  #eventsConnection: Redis | undefined;
  #runner: QueuedRunner | undefined;

  constructor(options: RunCoordinatorOptions) {
    this.#options = options;
  }

  async start(): Promise<void> {
    const { connection, prefix, registry, log } = this.#options;
    const redisUrl = this.#options.redisUrl ?? redisLabel(connection);
    const outage = this.#options.outage ?? new RedisOutageLog(redisUrl, log);
    this.#runner = new QueuedRunner({ connection, prefix, registry, log, outage, redisUrl });
    this.#eventsConnection = connection.duplicate();
    outage.followConnection(this.#eventsConnection);
    this.#events = new QueueEvents(GATE_QUEUE, { connection: this.#eventsConnection, prefix });
    outage.follow(this.#events, 'run coordinator events');
    await this.#events.waitUntilReady();
    this.#worker = new Worker<RunRequest, RunReport>(RUN_REQUEST_QUEUE, (job) => this.#follow(job), {
      connection,
      prefix,
      concurrency: CONCURRENT_RUNS,
    });
    outage.follow(this.#worker, 'run coordinator');
    await this.#worker.waitUntilReady();
    log.info(`run coordinator consuming ${RUN_REQUEST_QUEUE}`);
  }

  async close(): Promise<void> {
    await this.#worker?.close();
    await this.#events?.close();
    this.#eventsConnection?.disconnect();
    await this.#runner?.close();
    this.#worker = undefined;
  }

  async #follow(job: Job<RunRequest, RunReport>): Promise<RunReport> {
    const { history, log, locations } = this.#options;
    const request = job.data;
    const spec = runSpecFromRequest(request, locations);
    await history?.createRun({ id: request.runId, requestedBy: request.requestedBy, mode: 'workers', params: { ...request } });
    const runner = this.#runner;
    const events = this.#events;
    if (!runner || !events) throw new Error('run coordinator not started');
    try {
      const root = await runner.launch(spec);
      // Followed with the run watcher: a Redis that lost the run fails it instead of a wait for ever.
      const stages = (await runner.follow(request.runId, root, events)).stages;
      await history?.finishRun(request.runId, { status: 'succeeded', error: null });
      log.info(`run ${request.runId} succeeded`);
      return { runId: request.runId, mode: 'workers', stages };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await history?.finishRun(request.runId, { status: 'failed', error: message });
      // The runner's messages already begin "run <id> failed: "; say it once.
      log.error(message.startsWith(`run ${request.runId} `) ? message : `run ${request.runId} failed: ${message}`);
      // The flow already retried what was worth retrying; re-running the request would not help.
      throw new UnrecoverableError(message);
    }
  }
}
