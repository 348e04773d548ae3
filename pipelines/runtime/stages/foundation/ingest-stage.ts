// The `ingest` stage: validated loading of the run's extract (generated or given) into
// the warehouse. One partition: ingestion is the warehouse's writer. Ingestion is
// idempotent by content hash, so a retried job adds nothing twice.
import { basename } from 'node:path';
import { MissingPseudonymKeyError, ingestFiles } from '../../../../features/ingest/index.js';
import { rawTableName } from '../../../../features/warehouse/index.js';
import { withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import type { RunSpec, StageDefinition } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';
import { BadInputError } from '../stage-errors.js';
import { extractDir } from './run-paths.js';

function inputsOf(run: RunSpec): readonly string[] {
  if (run.synthetic) return [extractDir(run)];
  if (run.inputs && run.inputs.length > 0) return run.inputs;
  throw new BadInputError('nothing to ingest: the run names no input files and generates no synthetic extract');
}

/** Errors of the input or configuration that no retry can fix. */
function isPermanent(err: unknown): boolean {
  if (err instanceof MissingPseudonymKeyError) return true;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || (err instanceof Error && /cannot tell the table|unknown format|different pseudonym key|too short/.test(err.message));
}

export const INGEST_STAGE: StageDefinition = defineStage({
  name: 'ingest',
  description: 'Validates extract files into the DuckDB warehouse; bad rows go to quarantine.',
  retry: { attempts: 4, backoff: { type: 'exponential', delay: 2_000 } },
  processors: [{
    name: 'extract',
    description: 'Every file of the run\'s extract, one transaction per file.',
    async process(task) {
      const inputs = inputsOf(task.run);
      try {
        const report = await withTelisikWarehouse(task.run.warehousePath, {}, (warehouse) => ingestFiles(warehouse, inputs, {
          // The public demo key is for synthetic data only, never for a real extract.
          demoKey: task.run.synthetic !== undefined,
          // Whole-run progress is files done; the per-file phases would make the bar jump back.
          onProgress: (p) => {
            if (p.phase === 'file' && p.total > 0) void task.reportProgress(Math.round((100 * p.done) / p.total), p.file ? basename(p.file) : 'done');
          },
        }));
        return { outputs: report.files.map((f) => ({
          kind: 'table' as const, name: rawTableName(f.table), rows: f.rowsLoaded,
          detail: { file: f.path, rowsRead: f.rowsRead, rowsQuarantined: f.rowsQuarantined },
        })) };
      } catch (err) {
        if (isPermanent(err)) throw new BadInputError(err instanceof Error ? err.message : String(err));
        throw err;
      }
    },
  }],
});
