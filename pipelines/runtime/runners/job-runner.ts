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

export interface JobRunner {
  readonly mode: RunReport['mode'];
  /** Runs every stage of `run` in order; rejects with the first final failure. */
  run(run: RunSpec, observer?: RunObserver): Promise<RunReport>;
  /** Releases connections (the inline runner holds none). */
  close(): Promise<void>;
}
