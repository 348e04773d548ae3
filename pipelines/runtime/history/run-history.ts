// Run history goes to the ops store (api/store). The runtime needs only three of its
// methods, so that is the seam: a test passes a recorder, production the OpsStore.
import type { OpsStore, RunStageUpdate } from '../../../api/store/ops-store.js';
import type { RuntimeLog } from '../runtime-log.js';

/** The part of the OpsStore the runtime writes to. */
export type RunHistory = Pick<OpsStore, 'createRun' | 'updateRunStage' | 'finishRun'>;

/**
 * Writes a stage update without letting a store outage fail the batch: the warehouse
 * outputs are the product, the history row is bookkeeping, so a failed write is logged.
 */
export async function recordStage(history: RunHistory | undefined, log: RuntimeLog, runId: string, update: RunStageUpdate): Promise<void> {
  if (!history) return;
  try {
    await history.updateRunStage(runId, update);
  } catch (err) {
    log.warn(`run ${runId}: could not record stage ${update.stage}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
