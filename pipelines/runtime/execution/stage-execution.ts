// The three steps of a stage, shared by the inline runner, the BullMQ gate worker and
// the sandboxed processors: plan the work items, run one item, publish after all items.
import type { RunSpec, StageDefinition, StageOutput, TaskResult } from '../stages/stage-definition.js';
import type { StageRegistry } from '../stages/stage-registry.js';
import type { StageOutcome, TaskOutcome, WorkItem } from './run-report.js';

export type StagePlan = { readonly status: 'planned'; readonly items: readonly WorkItem[] } | Extract<StageOutcome, { status: 'skipped' }>;

/** Decides whether `stage` does anything for `run`, and if so its work items. */
export async function planStage(stage: StageDefinition, run: RunSpec): Promise<StagePlan> {
  if (run.stages && !run.stages.includes(stage.name)) return { stage: stage.name, status: 'skipped', reason: 'not-requested' };
  if (!stage.appliesTo(run)) return { stage: stage.name, status: 'skipped', reason: 'not-applicable' };
  // An empty stage must not pretend to work: it is reported as skipped, with the reason.
  if (stage.processors.length === 0) return { stage: stage.name, status: 'skipped', reason: 'no-processors' };
  const items: WorkItem[] = [];
  for (const processor of stage.processors) {
    const partitions = processor.partitions ? await processor.partitions(run) : ['all'];
    for (const partition of partitions) items.push({ stage: stage.name, processor: processor.name, partition });
  }
  return { status: 'planned', items };
}

export interface TaskHooks {
  readonly attempt: number;
  reportProgress(percent: number, message?: string): Promise<void>;
  /** Told when a progress report fails (default: ignored). Never fails the task. */
  onProgressError?(err: unknown): void;
}

/**
 * Runs one work item with the registry's processor. Progress is bookkeeping: a report that
 * fails (Redis gone, the job removed under it) is passed to `onProgressError` and the
 * promise the processor gets resolves anyway, so a processor that fires reports without
 * awaiting them cannot crash its process with an unhandled rejection.
 */
export async function executeTask(registry: StageRegistry, run: RunSpec, item: WorkItem, hooks: TaskHooks): Promise<TaskResult> {
  const stage = registry.get(item.stage);
  const processor = stage.processors.find((p) => p.name === item.processor);
  if (!processor) throw new Error(`stage "${item.stage}" has no processor "${item.processor}"`);
  const reportProgress = async (percent: number, message?: string): Promise<void> => {
    try {
      await hooks.reportProgress(percent, message);
    } catch (err) {
      hooks.onProgressError?.(err);
    }
  };
  return processor.process({ run, ...item, attempt: hooks.attempt, reportProgress });
}

/** Runs each processor's publish step, once every partition succeeded. */
export async function publishStage(stage: StageDefinition, run: RunSpec, items: readonly WorkItem[]): Promise<StageOutput[]> {
  const outputs: StageOutput[] = [];
  for (const processor of stage.processors) {
    if (!processor.publish) continue;
    const partitions = items.filter((i) => i.processor === processor.name).map((i) => i.partition);
    if (partitions.length === 0) continue;
    const result = await processor.publish(run, partitions);
    outputs.push(...result.outputs);
  }
  return outputs;
}

export function taskOutcome(item: WorkItem, result: TaskResult): TaskOutcome {
  return { stage: item.stage, processor: item.processor, partition: item.partition, outputs: result.outputs };
}
