// What a run reports back: which stages ran, which were skipped and why, and every
// output each task and publish step wrote. The same shape comes from the inline runner
// and from the workers, which is what lets tests compare the two.
import type { StageOutput } from '../stages/stage-definition.js';

/** One unit of work inside a stage. */
export interface WorkItem {
  readonly stage: string;
  readonly processor: string;
  readonly partition: string;
}

export interface TaskOutcome extends WorkItem {
  readonly outputs: readonly StageOutput[];
}

/**
 * `ran`: every task finished. `skipped`: nothing was done, with the reason: the run does
 * not take part (`not-applicable`, `not-requested`) or no processor is registered yet
 * (`no-processors`, e.g. `train` before a product issue adds one).
 */
export type StageOutcome =
  | {
      readonly stage: string;
      readonly status: 'ran';
      readonly tasks: readonly TaskOutcome[];
      readonly published: readonly StageOutput[];
      /** Wall time from fan-out to the end of publish (queue waits included on workers). */
      readonly seconds?: number;
      /** Of which the publish step (one process, the warehouse's only writer): the serial part. */
      readonly publishSeconds?: number;
    }
  | { readonly stage: string; readonly status: 'skipped'; readonly reason: 'no-processors' | 'not-applicable' | 'not-requested' };

export interface RunReport {
  readonly runId: string;
  readonly mode: 'inline' | 'workers';
  readonly stages: readonly StageOutcome[];
}

/** The names of the stages that did work, in order. */
export function stagesThatRan(report: RunReport): string[] {
  return report.stages.filter((s) => s.status === 'ran').map((s) => s.stage);
}
