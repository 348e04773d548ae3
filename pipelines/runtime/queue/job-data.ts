// Payloads of the two job kinds a run is made of. Paths and options only: personal data
// never travels through Redis (ARCHITECTURE.md, "Personal data").
import type { StageOutcome, WorkItem } from '../execution/run-report.js';
import type { RunSpec } from '../stages/stage-definition.js';

/**
 * A stage gate. It runs after the previous stage's gate (its child in the flow), adds the
 * stage's partition jobs as its own children, waits for them, then publishes. `step`
 * remembers where it got to, because a gate job is processed twice.
 */
export interface GateJobData {
  readonly run: RunSpec;
  readonly stage: string;
  readonly step?: 'fan-out' | 'publish';
  readonly items?: readonly WorkItem[];
  /** Epoch ms when the gate fanned out: the stage's wall time is measured from here. */
  readonly startedAt?: number;
}

/** One partition of one processor of one stage. */
export interface TaskJobData extends WorkItem {
  readonly run: RunSpec;
}

/** What a gate returns: the run report up to and including its stage. */
export interface GateResult {
  readonly runId: string;
  readonly stages: readonly StageOutcome[];
}

/** What `job.updateProgress` carries for a task, shown by `telisik run`. */
export interface TaskProgress extends WorkItem {
  readonly runId: string;
  readonly percent: number;
  readonly message?: string;
}

export function isGateResult(value: unknown): value is GateResult {
  return typeof value === 'object' && value !== null && Array.isArray((value as GateResult).stages);
}
