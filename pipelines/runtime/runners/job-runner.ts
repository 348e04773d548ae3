// The seam between "run the pipeline" and how: in this process (inline) or as a BullMQ
// flow on workers. Both take the same RunSpec and return the same RunReport.
import type { RunReport, StageOutcome } from '../execution/run-report.js';
import type { TaskProgress } from '../queue/job-data.js';
import type { RunSpec } from '../stages/stage-definition.js';

/** Callbacks a caller (the CLI's progress bars) gets while a run goes. */
export interface RunObserver {
  onProgress?(progress: TaskProgress): void;
  onStage?(outcome: StageOutcome): void;
}

export interface RunOptions {
  /**
   * Aborting cancels the run: no further task starts, its queued jobs are removed or failed,
   * and `run` rejects with RunCancelledError carrying the abort reason.
   */
  readonly signal?: AbortSignal;
}

export interface JobRunner {
  readonly mode: RunReport['mode'];
  /** Runs every stage of `run` in order; rejects with the first final failure. */
  run(run: RunSpec, observer?: RunObserver, options?: RunOptions): Promise<RunReport>;
  /** Releases connections (the inline runner holds none). */
  close(): Promise<void>;
}

/** The reason a run was cancelled, from its abort signal (a string or an Error's message). */
export function abortReason(signal: AbortSignal | undefined): string {
  const reason: unknown = signal?.reason;
  if (typeof reason === 'string') return reason;
  if (reason instanceof Error && reason.name !== 'AbortError') return reason.message;
  return 'aborted';
}
