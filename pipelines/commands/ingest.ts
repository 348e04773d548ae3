// `telisik ingest <dir|files...>`: validated loading of extract files into the warehouse,
// with a progress bar on a terminal and plain lines otherwise, then one line per file.
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { basename } from 'node:path';
import { applyIngestMemoryLimit, ingestFiles } from '../../features/ingest/index.js';
import type { FileIngestResult, IngestProgress } from '../../features/ingest/index.js';
import { DEFAULT_WAREHOUSE_PATH, openWarehouse } from '../../features/warehouse/index.js';

interface IngestFlags {
  db: string;
  demoKey?: boolean;
  memoryLimit?: string;
  chunkRows?: string;
  json?: boolean;
}

/** Progress on a TTY: one bar, restarted per phase and file; elsewhere one line per file. */
function progressReporter(tty: boolean): { onProgress: (p: IngestProgress) => void; stop: () => void } {
  if (tty) {
    const bar = new SingleBar(
      { format: ' {bar} {percentage}% {phase} {file}', hideCursor: true, clearOnComplete: true },
      Presets.shades_classic,
    );
    let current = '';
    return {
      onProgress(p) {
        if (p.phase === 'file' || p.phase === 'resolve') return;
        const key = `${p.phase}:${p.file ?? ''}`;
        if (key !== current) {
          if (current) bar.stop();
          bar.start(Math.max(1, p.total), p.done, { phase: p.phase.padEnd(8), file: p.file ? basename(p.file) : '' });
          current = key;
        } else {
          bar.update(p.done);
        }
      },
      stop: () => bar.stop(),
    };
  }
  return {
    onProgress(p) {
      // Logs get one line per file; byte and step progress would only be noise there.
      if (p.phase === 'file' && p.file) console.log(`ingest: [${p.done + 1}/${p.total}] ${p.file}`);
    },
    stop: () => undefined,
  };
}

function describeFile(f: FileIngestResult): string {
  const counts =
    f.status === 'skipped'
      ? `already loaded as file ${f.fileId}: nothing added${f.recorded ? ` (that load: ${f.recorded.rowsLoaded} rows loaded, ${f.recorded.rowsQuarantined} quarantined)` : ''}`
      : `read ${f.rowsRead}, loaded ${f.rowsLoaded}, quarantined ${f.rowsQuarantined}`;
  const lines = [`${f.table.padEnd(18)} ${f.status.padEnd(8)} ${counts}  ${f.path}`];
  if (f.error) lines.push(`${''.padEnd(18)} error: ${f.error}`);
  for (const w of f.warnings) lines.push(`${''.padEnd(18)} warning: ${w}`);
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Validate extract files (CSV, CSV.gz, Parquet, NDJSON) into the DuckDB warehouse; bad rows go to quarantine')
    .argument('<paths...>', 'directories of <table>.<ext> files, or files named after their table')
    .option('--db <path>', 'warehouse file', DEFAULT_WAREHOUSE_PATH)
    .option('--demo-key', 'synthetic data only: use the public demo pseudonym key when TELISIK_PSEUDONYM_KEY is unset')
    .option(
      '--memory-limit <size>',
      'DuckDB memory limit, e.g. 2GB (spills to disk beyond it; default TELISIK_WAREHOUSE_MEMORY_LIMIT, else 1GB)',
    )
    .option('--chunk-rows <n>', 'rows per load transaction (default: 1,000,000 for Parquet, the whole file for CSV and NDJSON)')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], flags: IngestFlags) => {
      const chunkRows = flags.chunkRows === undefined ? undefined : Number(flags.chunkRows);
      if (chunkRows !== undefined && !(Number.isInteger(chunkRows) && chunkRows >= 1)) {
        throw new Error(`--chunk-rows must be a positive integer, not ${flags.chunkRows}`);
      }
      const warehouse = await openWarehouse(flags.db, flags.memoryLimit ? { memoryLimit: flags.memoryLimit } : {});
      await applyIngestMemoryLimit(warehouse, flags.memoryLimit);
      const progress = progressReporter(process.stderr.isTTY === true && !flags.json);
      try {
        const report = await ingestFiles(warehouse, paths, {
          demoKey: flags.demoKey === true,
          ...(chunkRows !== undefined ? { chunkRows } : {}),
          onProgress: progress.onProgress,
          onWarning: (m) => console.warn(`telisik: warning: ${m}`),
        });
        progress.stop();
        if (flags.json) {
          console.log(JSON.stringify(report, null, 2));
        } else {
          for (const f of report.files) console.log(describeFile(f));
          const t = report.totals;
          console.log(
            `${report.files.length} file(s): ${t.rowsRead} rows read = ${t.rowsLoaded} loaded + ${t.rowsQuarantined} quarantined (${flags.db})`,
          );
        }
        // Quarantined rows are normal; a file that could not be loaded at all is not.
        if (report.files.some((f) => f.status === 'failed' || f.status === 'rejected')) process.exitCode = 1;
      } finally {
        progress.stop();
        await warehouse.close();
      }
    });
}
