// Stages as data: a stage is a typed, frozen object naming its processors, retry policy,
// whether it is CPU-heavy (sandboxed in a worker thread) and how it splits into
// partitions. The same definition drives the BullMQ flow and the inline runner.

/** The parameters of one run, carried in every job payload (paths and options only, never personal data). */
export interface RunSpec {
  readonly runId: string;
  /** The DuckDB warehouse file; one process writes it at a time. */
  readonly warehousePath: string;
  /** Folder for run outputs: generated extracts, Arrow snapshots, reports. */
  readonly outDir: string;
  /** Present when the run generates a synthetic extract before ingesting it. */
  readonly synthetic?: { readonly members: number; readonly seed: number };
  /** Extract files to ingest when not generating (CSV, Parquet or NDJSON). */
  readonly inputs?: readonly string[];
  /** Restrict the run to these stages (default: every registered stage). */
  readonly stages?: readonly string[];
  /** Free-form options for stages added by product issues or tests. */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/** BullMQ-compatible retry policy: attempts include the first one. */
export interface RetryPolicy {
  readonly attempts: number;
  readonly backoff: { readonly type: 'exponential' | 'fixed'; readonly delay: number };
}

/**
 * One output a task wrote, for the run report. Always JSON-serialisable. A `partition` is
 * an intermediate file that the stage's publish step merges and then removes: counted, but
 * not listed among a run's results, since it no longer exists when the run ends.
 */
export interface StageOutput {
  readonly kind: 'table' | 'snapshot' | 'file' | 'report' | 'partition';
  /** Table name or file path. */
  readonly name: string;
  readonly rows?: number;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface TaskResult {
  readonly outputs: readonly StageOutput[];
}

/** What a processor gets for one unit of work: a run, a stage, a partition. */
export interface StageTask {
  readonly run: RunSpec;
  readonly stage: string;
  readonly processor: string;
  readonly partition: string;
  /** 1 on the first attempt: a processor may log retries, but must not behave differently. */
  readonly attempt: number;
  /** Reports progress (0-100) to `job.updateProgress` or to the inline runner's log. */
  reportProgress(percent: number, message?: string): Promise<void>;
}

/**
 * A unit of work inside a stage. `process` must be idempotent: it may run again after a
 * crash or a retry, so it writes outputs under temporary names and swaps them in.
 * Throw `BadInputError` for input that no retry can fix.
 */
export interface StageProcessor {
  readonly name: string;
  readonly description: string;
  /** Partitions of this processor's work for a run; default one partition, "all". */
  partitions?(run: RunSpec): readonly string[] | Promise<readonly string[]>;
  process(task: StageTask): Promise<TaskResult>;
  /** Runs once after every partition succeeded (e.g. merge partitions and publish). */
  publish?(run: RunSpec, partitions: readonly string[]): Promise<TaskResult>;
}

export interface StageDefinition {
  readonly kind: 'stage';
  readonly name: string;
  readonly description: string;
  readonly retry: RetryPolicy;
  /** CPU-heavy stages run in sandboxed worker threads so the job lock keeps renewing. */
  readonly cpuHeavy: boolean;
  /** Whether a run takes part in this stage (e.g. `generate` only for synthetic runs). */
  readonly appliesTo: (run: RunSpec) => boolean;
  readonly processors: readonly StageProcessor[];
}

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  attempts: 3,
  backoff: Object.freeze({ type: 'exponential' as const, delay: 1_000 }),
});

export interface StageInit {
  readonly name: string;
  readonly description: string;
  readonly retry?: RetryPolicy;
  readonly cpuHeavy?: boolean;
  readonly appliesTo?: (run: RunSpec) => boolean;
  readonly processors?: readonly StageProcessor[];
}

const STAGE_NAME = /^[a-z][a-z0-9-]*$/;

/** Builds a frozen stage definition with defaults filled in. */
export function defineStage(init: StageInit): StageDefinition {
  if (!STAGE_NAME.test(init.name)) throw new Error(`stage name "${init.name}" must be kebab-case`);
  const retry = init.retry ?? DEFAULT_RETRY;
  if (!Number.isInteger(retry.attempts) || retry.attempts < 1) throw new Error(`stage "${init.name}": attempts must be >= 1`);
  const processors = Object.freeze([...(init.processors ?? [])].map((p) => Object.freeze({ ...p })));
  const names = new Set<string>();
  for (const p of processors) {
    if (!STAGE_NAME.test(p.name)) throw new Error(`processor name "${p.name}" must be kebab-case`);
    if (names.has(p.name)) throw new Error(`stage "${init.name}" has two processors named "${p.name}"`);
    names.add(p.name);
  }
  return Object.freeze({
    kind: 'stage' as const,
    name: init.name,
    description: init.description,
    retry: Object.freeze({ attempts: retry.attempts, backoff: Object.freeze({ ...retry.backoff }) }),
    cpuHeavy: init.cpuHeavy ?? false,
    appliesTo: init.appliesTo ?? (() => true),
    processors,
  });
}

/** A copy of `stage` with one more processor (how product issues fill `train` and `score`). */
export function withProcessor(stage: StageDefinition, processor: StageProcessor): StageDefinition {
  return defineStage({ ...stage, processors: [...stage.processors, processor] });
}
