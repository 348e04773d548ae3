// A run with its history: created before the first stage, finished with its status after
// the last, whichever runner executes it. Used by `telisik run`; the run coordinator does
// the same around flows it launches for the API.
import type { RunReport } from '../execution/run-report.js';
import type { JobRunner, RunObserver } from '../runners/job-runner.js';
import type { RunSpec } from '../stages/stage-definition.js';
import type { RunHistory } from './run-history.js';

export async function runRecorded(
  runner: JobRunner,
  history: RunHistory | undefined,
  run: RunSpec,
  requestedBy: string,
  observer?: RunObserver,
): Promise<RunReport> {
  await history?.createRun({ id: run.runId, requestedBy, mode: runner.mode, params: { ...run } });
  try {
    const report = await runner.run(run, observer);
    await history?.finishRun(run.runId, { status: 'succeeded', error: null });
    return report;
  } catch (err) {
    await history?.finishRun(run.runId, { status: 'failed', error: err instanceof Error ? err.message : String(err) });
    throw err;
  }
}
