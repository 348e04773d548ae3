// Publishes a DuckDB query result as an Arrow IPC file: the hand-over from the feature
// stage to training and scoring workers (ARCHITECTURE.md, "Apache Arrow is the hand-over").
import type { DuckDBConnection } from '@duckdb/node-api';
import { tableToIPC } from 'apache-arrow';
import type { Table } from 'apache-arrow';
import { arrowTableFromReader } from './arrow-columns.js';
import { writeFileAtomic } from './atomic-file.js';

/** What a published snapshot holds, for run reports. */
export interface SnapshotInfo {
  readonly path: string;
  readonly rows: number;
  readonly columns: readonly string[];
}

/** Writes an Arrow table as an IPC file (random-access format), atomically. */
export async function writeArrowSnapshot(table: Table, path: string): Promise<SnapshotInfo> {
  await writeFileAtomic(path, tableToIPC(table, 'file'));
  return { path, rows: table.numRows, columns: table.schema.fields.map((f) => f.name) };
}

/**
 * Runs `sql` on `connection` and publishes the result at `path`. The whole result is
 * materialised once: Arrow's file format needs one dictionary per column for all batches.
 */
export async function publishSnapshot(connection: DuckDBConnection, sql: string, path: string): Promise<SnapshotInfo> {
  const reader = await connection.runAndReadAll(sql);
  return writeArrowSnapshot(arrowTableFromReader(reader), path);
}
