// Ingesting one file: hash it, skip it if its content is already in, otherwise validate it
// as a whole (duplicates need every key), then load it in row-range chunks, one transaction
// each (load-pass.ts). The file record, with its counts checked against the tables (rows
// read = loaded + quarantined), is written in the final chunk's transaction only: until
// then the file is not loaded, a failure removes what earlier chunks added, and rows left
// by a process that died mid-file are removed by the next ingestion (ingest.ts).
import { stat } from 'node:fs/promises';
import { tableDef } from '../../data-samples/schema/index.js';
import type { TableName } from '../../data-samples/schema/index.js';
import { referenceTableName } from '../warehouse/schema.js';
import type { IngestFileStatus, LineKind } from '../warehouse/schema.js';
import { literal, toNumber } from '../warehouse/sql.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { scanFile } from './file-scan.js';
import type { FileScan } from './file-scan.js';
import { CorruptSourceError, IngestInputError, UnknownSourceError } from './ingest-errors.js';
import {
  checkAccounting,
  chunkRowsFor,
  collectViolations,
  discardRows,
  loadChunk,
  loadChunks,
  NOT_LOADED,
  prepareLoad,
  ROW_BAD,
  SET_BAD,
  SET_ONLY,
} from './load-pass.js';
import { newbornWithoutParentWarning } from './household-flags.js';
import { lookupViolationsSql } from './membership-rules.js';
import type { PseudonymKey } from './pseudonym.js';
import { duplicateViolationsSql, valueViolationsSql } from './set-rules.js';
import type { SourceFormat } from './sources.js';
import { sourceFormat } from './sources.js';
import { KEYS, VALIDATION_TEMP_TABLES, validateFile } from './validation-pass.js';

const VALUE_BAD = 'telisik_value_violations';
const DUP_BAD = 'telisik_duplicate_violations';

export interface FileIngestResult {
  readonly table: TableName;
  readonly path: string;
  readonly format: SourceFormat;
  /** ingest_files.file_id; for a skipped file, the id of the earlier load of the same content. */
  readonly fileId: number;
  readonly sha256: string;
  readonly bytes: number;
  /** `skipped`: the same content was already ingested for this table; nothing was added. */
  readonly status: IngestFileStatus | 'skipped';
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsQuarantined: number;
  readonly lineKind?: LineKind;
  readonly error?: string;
  /**
   * Why a `failed` file failed: `bad-input` when the file itself is at fault (truncated,
   * corrupt, lines lost to the parser), which no retry changes; `error` for anything else.
   */
  readonly failure?: 'bad-input' | 'error';
  /** For a `skipped` file: the counts recorded when its content was loaded (file `fileId`). */
  readonly recorded?: {
    readonly status: IngestFileStatus;
    readonly rowsRead: number;
    readonly rowsLoaded: number;
    readonly rowsQuarantined: number;
  };
  readonly warnings: readonly string[];
}

export type ProgressPhase = 'resolve' | 'hash' | 'validate' | 'load' | 'file';

export interface IngestProgress {
  phase: ProgressPhase | string;
  file?: string;
  done: number;
  total: number;
}

export async function ingestFile(
  warehouse: Warehouse,
  table: TableName,
  path: string,
  key: PseudonymKey,
  onProgress?: (p: IngestProgress) => void,
  chunkRows?: number,
): Promise<FileIngestResult> {
  const format = sourceFormat(path);
  if (!format) throw new UnknownSourceError(path, 'unknown format');
  const def = tableDef(table);
  const started = new Date();
  let scan: FileScan;
  try {
    const { size } = await stat(path);
    scan = await scanFile(path, format, (done) => onProgress?.({ phase: 'hash', file: path, done, total: size }));
  } catch (err) {
    // A file that cannot be read to the end is that file's failure, not the batch's.
    if (!(err instanceof CorruptSourceError)) throw err;
    const fileId = await nextFileId(warehouse);
    const error = withheldDigits(err.message);
    await recordFile(warehouse, {
      fileId,
      table,
      path,
      format,
      sha256: err.sha256,
      bytes: err.bytes,
      rowsRead: 0,
      rowsLoaded: 0,
      rowsQuarantined: 0,
      status: 'failed',
      error,
      warnings: [],
      started,
    });
    return {
      table,
      path,
      format,
      sha256: err.sha256,
      bytes: err.bytes,
      fileId,
      status: 'failed',
      failure: 'bad-input',
      rowsRead: 0,
      rowsLoaded: 0,
      rowsQuarantined: 0,
      error,
      warnings: [],
    };
  }

  const previous = await warehouse.query<{
    file_id: number;
    status: IngestFileStatus;
    rows_read: bigint;
    rows_loaded: bigint;
    rows_quarantined: bigint;
  }>(
    `SELECT file_id, status, rows_read, rows_loaded, rows_quarantined FROM ingest_files
     WHERE table_name = ? AND content_sha256 = ? AND status IN ('loaded', 'rejected') ORDER BY file_id LIMIT 1`,
    [table, scan.sha256],
  );
  const base = { table, path, format, sha256: scan.sha256, bytes: scan.bytes };
  const earlier = previous[0];
  if (earlier) {
    // Nothing is added now; what the earlier load put in is reported beside the zeros.
    const recorded = {
      status: earlier.status,
      rowsRead: toNumber(earlier.rows_read),
      rowsLoaded: toNumber(earlier.rows_loaded),
      rowsQuarantined: toNumber(earlier.rows_quarantined),
    };
    return { ...base, fileId: earlier.file_id, status: 'skipped', rowsRead: 0, rowsLoaded: 0, rowsQuarantined: 0, recorded, warnings: [] };
  }

  const fileId = await nextFileId(warehouse);
  try {
    onProgress?.({ phase: 'validate', file: path, done: 0, total: 3 });
    await dropTempTables(warehouse);
    const provinceCodes = (await warehouse.query<{ code: string }>(`SELECT code FROM ${referenceTableName('province')} ORDER BY code`)).map(
      (r) => r.code,
    );
    const validated = await validateFile(warehouse, def, path, format, scan, key.key, provinceCodes);
    const rejected = validated.rules.missingRequired.length > 0;
    onProgress?.({ phase: 'validate', file: path, done: 1, total: 3 });
    await warehouse.run(valueViolationsSql(def, KEYS, VALUE_BAD));
    const lookups = lookupViolationsSql(def, KEYS, VALUE_BAD);
    if (lookups) await warehouse.run(lookups);
    onProgress?.({ phase: 'validate', file: path, done: 2, total: 3 });
    await warehouse.run(duplicateViolationsSql(def, KEYS, VALUE_BAD, DUP_BAD, validated.lineSql));
    await collectViolations(warehouse, VALUE_BAD, DUP_BAD);
    const flag = rejected ? undefined : await newbornWithoutParentWarning(warehouse, def, KEYS, validated.lineSql);
    const warnings = flag ? [...validated.warnings, flag] : validated.warnings;
    onProgress?.({ phase: 'validate', file: path, done: 3, total: 3 });

    const error = rejected
      ? `table ${table}: required column(s) missing from the file: ${validated.rules.missingRequired.join(', ')}; every row was quarantined`
      : undefined;
    const status: IngestFileStatus = rejected ? 'rejected' : 'loaded';
    const rowsRead = validated.records + validated.malformedLines;
    onProgress?.({ phase: 'load', file: path, done: 0, total: rowsRead });
    await prepareLoad(warehouse, validated);
    let counts = { loaded: 0, quarantined: 0 };
    for (const chunk of loadChunks(validated.records, chunkRowsFor(format, chunkRows, validated.records))) {
      await warehouse.transaction(async () => {
        await loadChunk(warehouse, def, fileId, validated, rejected, key.key, chunk);
        if (!chunk.final) return;
        counts = await checkAccounting(warehouse, def, fileId, rowsRead);
        await recordFile(warehouse, {
          fileId,
          table,
          path,
          format,
          sha256: scan.sha256,
          bytes: scan.bytes,
          rowsRead,
          rowsLoaded: counts.loaded,
          rowsQuarantined: counts.quarantined,
          status,
          error,
          warnings,
          started,
        });
      });
      if (!chunk.final) onProgress?.({ phase: 'load', file: path, done: chunk.last, total: rowsRead });
    }
    onProgress?.({ phase: 'load', file: path, done: rowsRead, total: rowsRead });
    return {
      ...base,
      fileId,
      status,
      rowsRead,
      rowsLoaded: counts.loaded,
      rowsQuarantined: counts.quarantined,
      lineKind: validated.lineKind,
      warnings,
      ...(error ? { error } : {}),
    };
  } catch (err) {
    const error = withheldDigits(err instanceof Error ? err.message : String(err));
    // Chunks committed before the failure must not stay behind as if loaded.
    await discardRows(warehouse, def, fileId);
    await recordFile(warehouse, {
      fileId,
      table,
      path,
      format,
      sha256: scan.sha256,
      bytes: scan.bytes,
      rowsRead: 0,
      rowsLoaded: 0,
      rowsQuarantined: 0,
      status: 'failed',
      error,
      warnings: [],
      started,
    });
    const failure = err instanceof IngestInputError ? ('bad-input' as const) : ('error' as const);
    return { ...base, fileId, status: 'failed', failure, rowsRead: 0, rowsLoaded: 0, rowsQuarantined: 0, error, warnings: [] };
  } finally {
    await dropTempTables(warehouse);
  }
}

async function nextFileId(warehouse: Warehouse): Promise<number> {
  return toNumber((await warehouse.query<{ id: bigint }>(`SELECT nextval('ingest_file_id_seq') AS id`))[0]?.id);
}

/**
 * DuckDB parse errors may quote the offending input, which can hold a NIK or card number:
 * long digit runs are withheld before the message is stored or returned.
 */
export function withheldDigits(message: string): string {
  return message.replace(/\d{12,}/g, '[digits withheld]');
}

/**
 * Per-file temp tables, dropped before and after each file. The keys table holds
 * pseudonyms, not clear identifiers; the CSV rejects table (raw rejected lines, which may)
 * is dropped as soon as read, and here too in case validation failed before that.
 */
async function dropTempTables(warehouse: Warehouse): Promise<void> {
  for (const t of [...VALIDATION_TEMP_TABLES, VALUE_BAD, DUP_BAD, ROW_BAD, SET_BAD, SET_ONLY, NOT_LOADED]) {
    await warehouse.run(`DROP TABLE IF EXISTS temp.main.${t}`);
  }
}

interface FileRecord {
  fileId: number;
  table: TableName;
  path: string;
  format: SourceFormat;
  sha256: string;
  bytes: number;
  rowsRead: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  status: IngestFileStatus;
  error: string | undefined;
  warnings: readonly string[];
  started: Date;
}

async function recordFile(warehouse: Warehouse, r: FileRecord): Promise<void> {
  const warnings = `[${r.warnings.map(literal).join(', ')}]::VARCHAR[]`;
  await warehouse.run(
    `INSERT INTO ingest_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${warnings}, CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP))`,
    [
      r.fileId,
      r.table,
      r.path,
      r.format,
      r.sha256,
      r.bytes,
      r.rowsRead,
      r.rowsLoaded,
      r.rowsQuarantined,
      r.status,
      r.error ?? null,
      utcTimestamp(r.started),
      utcTimestamp(new Date()),
    ],
  );
}

/** Timestamps are stored as UTC wall-clock time (TIMESTAMP without zone). */
function utcTimestamp(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}
