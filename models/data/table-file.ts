// Rows of a typed table to a CSV or Parquet file, through DuckDB's appender: numbers go in
// as numbers (never as text), so a spreadsheet or a Parquet reader sees the declared types.
// Used for exports an analyst opens in a spreadsheet (CSV) or a dataframe (Parquet).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOfflineDuckDB, ident } from '../../data-samples/sql/index.js';

export type TableFileFormat = 'csv' | 'parquet';
export const TABLE_FILE_FORMATS: readonly TableFileFormat[] = Object.freeze(['csv', 'parquet']);

export type TableColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN';
export interface TableColumn {
  readonly name: string;
  readonly type: TableColumnType;
}
export type TableValue = string | number | boolean | null;

export interface TypedTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableValue[])[];
}

/** Writes `table` to `path` (replacing it) as CSV with a header or as Parquet. */
export async function writeTableFile(path: string, table: TypedTable, format: TableFileFormat): Promise<void> {
  const instance = await createOfflineDuckDB(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE export_rows (${table.columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ')})`);
    const appender = await connection.createAppender('export_rows');
    for (const row of table.rows) {
      table.columns.forEach((column, k) => {
        const v = row[k] ?? null;
        if (v === null || (typeof v === 'number' && !Number.isFinite(v))) appender.appendNull();
        else if (column.type === 'DOUBLE') appender.appendDouble(Number(v));
        else if (column.type === 'INTEGER') appender.appendInteger(Number(v));
        else if (column.type === 'BOOLEAN') appender.appendBoolean(Boolean(v));
        else appender.appendVarchar(String(v));
      });
      appender.endRow();
    }
    appender.closeSync();
    const options = format === 'parquet' ? '(FORMAT parquet)' : '(FORMAT csv, HEADER true)';
    await connection.run(`COPY export_rows TO $1 ${options}`, [path]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The file's bytes, for an HTTP response. */
export async function tableFileBytes(table: TypedTable, format: TableFileFormat): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'telisik-table-file-'));
  try {
    const path = join(dir, `table.${format}`);
    await writeTableFile(path, table, format);
    return await readFile(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
