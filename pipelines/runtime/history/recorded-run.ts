// A run with its history: created before the first stage, finished with its status after
// the last, whichever runner executes it. Used by `telisik run`; the run coordinator does
// the same around flows it launches for the API. A cancelled run (a signal) is recorded as
// `cancelled` with the reason, any other failure as `failed` with the error.
import type { RunReport } from '../execution/run-report.js';
import type { JobRunner, RunObserver, RunOptions } from '../runners/job-runner.js';
import type { RunSpec } from '../stages/stage-definition.js';
import { RunCancelledError } from '../stages/stage-errors.js';
import type { RunHistory } from './run-history.js';

export async function runRecorded(
  runner: JobRunner,
  history: RunHistory | undefined,
  run: RunSpec,
  requestedBy: string,
  observer?: RunObserver,
  options: RunOptions = {},
): Promise<RunReport> {
  await history?.createRun({ id: run.runId, requestedBy, mode: runner.mode, params: { ...run } });
  try {
    const report = await runner.run(run, observer, options);
    await history?.finishRun(run.runId, { status: 'succeeded', error: null });
    return report;
  } catch (err) {
    const status = err instanceof RunCancelledError ? 'cancelled' : 'failed';
    await history?.finishRun(run.runId, { status, error: err instanceof Error ? err.message : String(err) });
    throw err;
  }
}
