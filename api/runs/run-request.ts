// The contract between `POST /runs` and the run coordinator (pipelines/): the BullMQ queue a
// run request goes to and the job data it carries. No runtime dependencies, so both sides
// import it without pulling each other in. The coordinator records progress through
// OpsStore.updateRunStage / finishRun under the same `runId`.

/**
 * BullMQ `prefix` option for every telisik queue. The braces are a Redis Cluster hash tag:
 * all keys of all queues hash to one slot, which BullMQ's multi-key scripts require.
 */
export const QUEUE_PREFIX = '{telisik}';

/** Queue that carries run requests from the API (and CLI) to the run coordinator. */
export const RUN_REQUEST_QUEUE = 'run-requests';

/** Job name used for every run request on that queue. */
export const RUN_REQUEST_JOB = 'run';

/** The pipeline stages in order; a request may name a subset. */
export const RUN_STAGES = Object.freeze(['ingest', 'features', 'train', 'score', 'report'] as const);
export type RunStageName = (typeof RUN_STAGES)[number];

/** Job data of a run request. The job id is `runRequestJobId(runId)`, so a retried request is one job. */
export interface RunRequest {
  /** UUID chosen by the requester; the run's id in the ops store. */
  readonly runId: string;
  /** API client id, or 'cli'. */
  readonly requestedBy: string;
  /** ISO 8601. */
  readonly requestedAt: string;
  /** Stages to run, in pipeline order; all when absent. */
  readonly stages?: readonly RunStageName[];
  /** Products whose stages run (fraud, credit, k3); all when absent. */
  readonly products?: readonly string[];
  /** Source extract folder for ingest; the configured default when absent. */
  readonly source?: string;
  /** Free text shown in run history. */
  readonly note?: string;
}

/** Deterministic job id: BullMQ ignores an add with an id it already holds. */
export function runRequestJobId(runId: string): string {
  return `run-request-${runId}`;
}
