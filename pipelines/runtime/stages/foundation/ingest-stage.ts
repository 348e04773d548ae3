// The `ingest` stage: validated loading of the run's extract (generated or given) into
// the warehouse. One partition: ingestion is the warehouse's writer. Ingestion is
// idempotent by content hash, so a retried job adds nothing twice. A run fails when any of
// its files fails, naming the file.
import { basename } from 'node:path';
import { applyIngestMemoryLimit, IngestInputError, ingestFiles } from '../../../../features/ingest/index.js';
import type { FileIngestResult, IngestReport } from '../../../../features/ingest/index.js';
import { rawTableName } from '../../../../features/warehouse/index.js';
import { withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import type { RunSpec, StageDefinition, StageOutput } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';
import { BadInputError, InputFilesFailedError, TransientError } from '../stage-errors.js';
import { extractDir } from './run-paths.js';

function inputsOf(run: RunSpec): readonly string[] {
  if (run.synthetic) return [extractDir(run)];
  if (run.inputs && run.inputs.length > 0) return run.inputs;
  throw new BadInputError('nothing to ingest: the run names no input files and generates no synthetic extract');
}

/**
 * What one file contributed, for the run report: for a file skipped because its content
 * was already in (a redelivered job, an input ingested by an earlier run), the counts of
 * that earlier load, so the report shows the rows the table holds from it, not zero.
 */
function fileOutput(f: FileIngestResult): StageOutput {
  const counts = f.status === 'skipped' && f.recorded ? f.recorded : f;
  return {
    kind: 'table',
    name: rawTableName(f.table),
    rows: counts.rowsLoaded,
    detail: {
      file: f.path,
      status: f.status,
      fileId: f.fileId,
      rowsRead: counts.rowsRead,
      rowsQuarantined: counts.rowsQuarantined,
      ...(f.status === 'skipped' ? { loadedAs: f.fileId } : {}),
    },
  };
}

/**
 * A run fails when any input file fails or is rejected whole: the good files are in (each
 * in its own transaction) and recorded, but the run must not report success over a
 * missing file. A file at fault is bad input (no retry); any other file failure is
 * transient, and a retry re-reads only the files not yet loaded.
 */
function failedFiles(report: IngestReport): Error | undefined {
  const failed = report.files.filter((f) => f.status === 'failed' || f.status === 'rejected');
  if (failed.length === 0) return undefined;
  const named = failed.map((f) => ({ path: f.path, reason: f.error ?? f.status }));
  if (failed.every((f) => f.status === 'rejected' || f.failure === 'bad-input')) return new InputFilesFailedError(named);
  return new TransientError(`${named.length} input file(s) failed: ${named.map((f) => `${f.path}: ${f.reason}`).join('; ')}`);
}

export const INGEST_STAGE: StageDefinition = defineStage({
  name: 'ingest',
  description: 'Validates extract files into the DuckDB warehouse; bad rows go to quarantine.',
  retry: { attempts: 4, backoff: { type: 'exponential', delay: 2_000 } },
  processors: [
    {
      name: 'extract',
      description: "Every file of the run's extract, one transaction per file.",
      async process(task) {
        const inputs = inputsOf(task.run);
        let report: IngestReport;
        try {
          report = await withTelisikWarehouse(task.run.warehousePath, {}, async (warehouse) => {
            // This session's instance only: the stages after ingest keep the warehouse default.
            await applyIngestMemoryLimit(warehouse, undefined);
            return ingestFiles(warehouse, inputs, {
              // The public demo key is for synthetic data only, never for a real extract.
              demoKey: task.run.synthetic !== undefined,
              // Whole-run progress is files done; the per-file phases would make the bar jump back.
              // Progress is bookkeeping: reportProgress never rejects (stage-execution.ts).
              onProgress: (p) => {
                if (p.phase === 'file' && p.total > 0)
                  void task.reportProgress(Math.round((100 * p.done) / p.total), p.file ? basename(p.file) : 'done');
              },
            });
          });
        } catch (err) {
          // Decided by type (features/ingest/ingest-errors.ts), never by the message.
          if (err instanceof IngestInputError) throw new BadInputError(err.message, { cause: err });
          throw err;
        }
        const failure = failedFiles(report);
        if (failure) throw failure;
        return { outputs: report.files.map(fileOutput) };
      },
    },
  ],
});
