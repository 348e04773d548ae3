// Second pass over a file: append rows that passed every rule to raw_<table> (pseudonyms
// computed per row as the source streams by: no table of clear values to join, since temp
// tables may spill to disk) and put every failing row in quarantine with its violations
// and pseudonymised record. Rows are loaded in row ranges (load chunks), each its own
// transaction, so that no transaction holds a whole national file: a transaction's
// uncommitted rows live in DuckDB's transaction-local storage, which is not bounded by
// memory_limit, and its commit cost grew faster than the file (ARCHITECTURE.md: ingestion
// at national size). Set-rule failures (unknown code, duplicate key) are known before the
// load begins, so they are never appended and deleted again: their quarantine record is
// built from the same typed, pseudonymised values the raw row would have had.
import type { TableDef } from '../../data-samples/schema/index.js';
import type { SourceFormat } from './sources.js';
import { rawTableName, warehouseColumns } from '../warehouse/raw-tables.js';
import { ident, literal, toNumber } from '../warehouse/sql.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { pseudonymSql } from './pseudonym.js';
import { typedColumn, textColumn } from './row-rules.js';
import type { ValidatedFile } from './validation-pass.js';
import { KEYS, MALFORMED } from './validation-pass.js';

/** Rows failing a row rule: (_row, violations, record). */
export const ROW_BAD = 'telisik_row_bad';
/** Set-rule failures grouped per row: (_row, violations). */
export const SET_BAD = 'telisik_set_bad';
/** Rows failing only a set rule: (_row, violations, line). */
export const SET_ONLY = 'telisik_set_only';
/** Every row not to be appended to raw: (_row). */
export const NOT_LOADED = 'telisik_not_loaded';

const VIOLATIONS_TYPE = '[{"reason": "VARCHAR", "column_name": "VARCHAR", "message": "VARCHAR"}]';

export interface LoadCounts {
  readonly loaded: number;
  readonly quarantined: number;
}

/**
 * Rows per load transaction for a Parquet file, whose reader skips the row groups outside a
 * range. 1M rows keep a chunk's uncommitted rows to a few hundred MB (about 8 of the
 * 122,880-row groups DuckDB writes) while the per-chunk statements stay negligible.
 */
export const DEFAULT_LOAD_CHUNK_ROWS = 1_000_000;

/**
 * CSV and NDJSON are read from the start for every chunk (no seek to a record), so by
 * default they load in one chunk; an explicit chunk size applies to them too.
 */
export function chunkRowsFor(format: SourceFormat, requested: number | undefined, records: number): number {
  if (requested !== undefined) return requested;
  return format === 'parquet' ? DEFAULT_LOAD_CHUNK_ROWS : Math.max(records, 1);
}

/** One load chunk, rows `first`..`last` (1-based record numbers, both included). */
export interface LoadChunk {
  readonly first: number;
  readonly last: number;
  readonly final: boolean;
}

/** Splits records 1..`records` into chunks of at most `chunkRows` (always one, even for an empty file). */
export function loadChunks(records: number, chunkRows: number): LoadChunk[] {
  if (!(Number.isInteger(chunkRows) && chunkRows >= 1)) throw new Error(`load chunk size must be a positive integer, not ${chunkRows}`);
  const chunks: LoadChunk[] = [];
  for (let first = 1; first <= Math.max(records, 1); first += chunkRows) {
    const last = Math.min(first + chunkRows - 1, Math.max(records, 1));
    chunks.push({ first, last, final: last >= records });
  }
  return chunks;
}

/** A file id (from ingest_file_id_seq) as SQL: a number, checked to be an integer. */
function integer(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer file id: ${n}`);
  return String(n);
}

/** Builds ROW_BAD and SET_BAD from the keys table and the set-rule tables. */
export async function collectViolations(warehouse: Warehouse, valueTable: string, dupTable: string): Promise<void> {
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${ROW_BAD} AS
    SELECT _row, json_transform(_bad -> 'v', '${VIOLATIONS_TYPE}') AS violations, CAST(_bad -> 'r' AS VARCHAR) AS record
    FROM ${KEYS} WHERE _bad IS NOT NULL`);
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${SET_BAD} AS
    SELECT _row, list({'reason': reason, 'column_name': column_name, 'message': message} ORDER BY priority, column_name) AS violations
    FROM (SELECT *, 1 AS priority FROM ${valueTable} UNION ALL SELECT *, 2 AS priority FROM ${dupTable})
    GROUP BY _row`);
}

/** The failing rows, small tables known before the load: SET_ONLY and NOT_LOADED. */
export async function prepareLoad(warehouse: Warehouse, validated: ValidatedFile): Promise<void> {
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${SET_ONLY} AS
    SELECT s._row, s.violations, ${validated.lineSql('s._row')} AS line FROM ${SET_BAD} AS s
    WHERE s._row NOT IN (SELECT _row FROM ${ROW_BAD})`);
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${NOT_LOADED} AS
    SELECT _row FROM ${ROW_BAD} UNION ALL SELECT _row FROM ${SET_ONLY}`);
}

/**
 * Loads one chunk inside the caller's transaction: its good rows to raw, its failing rows
 * to quarantine and, in the final chunk, the malformed lines. Returns what it added.
 */
export async function loadChunk(
  warehouse: Warehouse,
  def: TableDef,
  fileId: number,
  validated: ValidatedFile,
  rejected: boolean,
  key: Buffer,
  chunk: LoadChunk,
): Promise<LoadCounts> {
  const raw = ident(rawTableName(def.name));
  const cols = warehouseColumns(def);
  const names = cols.map((c) => ident(c.name));
  const lineOf = validated.lineSql;
  const inChunk = (row: string): string => `${row} BETWEEN ${chunk.first} AND ${chunk.last}`;
  // The warehouse value of each column: pseudonym of a personal identifier, else the typed value.
  const values = cols.map((c) =>
    c.source.personal ? pseudonymSql(`src.${textColumn(c.source)}`, key) : `CAST(src.${typedColumn(c.source)} AS ${c.type})`,
  );

  let loaded = 0;
  if (!rejected) {
    // The range filter is pushed into the Parquet scan (row groups outside it are skipped).
    const result = await warehouse.connection.run(`INSERT INTO ${raw} (${names.join(', ')}, _file_id, _line)
      SELECT ${values.join(', ')}, ${fileId}, ${lineOf('src._row')}
      FROM (${validated.rules.typedSql}) AS src
      WHERE ${inChunk('src._row')} AND src._row NOT IN (SELECT _row FROM ${NOT_LOADED} WHERE ${inChunk('_row')})`);
    loaded = result.rowsChanged;
  }

  const quarantineRow = (violations: string, record: string, line: string): string =>
    `${fileId}, ${literal(def.name)}, ${line}, '${validated.lineKind}', ${violations}[1].column_name, ${violations}[1].reason,
      ${violations}[1].message, ${violations}, ${record}`;
  let quarantined = 0;
  // Row-rule failures, with any set-rule failures of the same row after them.
  quarantined += (
    await warehouse.connection.run(`INSERT INTO quarantine
    SELECT ${quarantineRow('v', 'record', 'line')} FROM (
      SELECT list_concat(b.violations, coalesce(s.violations, [])) AS v, b.record, ${lineOf('b._row')} AS line
      FROM ${ROW_BAD} AS b LEFT JOIN ${SET_BAD} AS s ON s._row = b._row WHERE ${inChunk('b._row')})`)
  ).rowsChanged;
  // Set-rule failures only: the record holds the values raw would have (pseudonymised, typed, as text).
  if (!rejected) {
    const typedRecord = `CAST(to_json(struct_pack(${cols.map((c, i) => `${names[i]} := CAST(${values[i]} AS VARCHAR)`).join(', ')})) AS VARCHAR)`;
    quarantined += (
      await warehouse.connection.run(`INSERT INTO quarantine
      SELECT ${quarantineRow('s.violations', 'src.record', 's.line')}
      FROM (SELECT _row, violations, line FROM ${SET_ONLY} WHERE ${inChunk('_row')}) AS s
      JOIN (SELECT src._row, ${typedRecord} AS record FROM (${validated.rules.typedSql}) AS src
        WHERE ${inChunk('src._row')} AND src._row IN (SELECT _row FROM ${SET_ONLY} WHERE ${inChunk('_row')})) AS src ON src._row = s._row`)
    ).rowsChanged;
  }

  if (chunk.final && validated.malformedLines > 0) {
    quarantined += (
      await warehouse.connection.run(`INSERT INTO quarantine
      SELECT ${fileId}, ${literal(def.name)}, line, 'csv_line', column_name, 'malformed_line', msg,
        [{'reason': 'malformed_line', 'column_name': column_name, 'message': msg}], NULL
      FROM (SELECT *, 'line ' || CAST(line AS VARCHAR) || ' could not be parsed: ' || lower(error_types) AS msg FROM ${MALFORMED})`)
    ).rowsChanged;
  }
  return { loaded, quarantined };
}

/**
 * Nothing may vanish: every record read is either in raw or in quarantine. Counted from
 * the tables (not from what the chunks said they added), inside the final transaction.
 */
export async function checkAccounting(warehouse: Warehouse, def: TableDef, fileId: number, rowsRead: number): Promise<LoadCounts> {
  const count = async (sql: string): Promise<number> => toNumber((await warehouse.query<{ n: bigint }>(sql))[0]?.n);
  const loaded = await count(`SELECT count(*) AS n FROM ${ident(rawTableName(def.name))} WHERE _file_id = ${fileId}`);
  const quarantined = await count(`SELECT count(*) AS n FROM quarantine WHERE file_id = ${fileId}`);
  if (loaded + quarantined !== rowsRead) {
    throw new Error(
      `internal accounting error for ${def.name}: ${rowsRead} rows read but ${loaded} loaded + ${quarantined} quarantined; ` +
        'the rows loaded from this file were removed',
    );
  }
  return { loaded, quarantined };
}

/**
 * Removes what a file's committed chunks added: `fileId` for a load that failed part-way,
 * or `'interrupted'` for rows whose file has no loaded (raw) or loaded/rejected
 * (quarantine) record: the remains of a process that died mid-file, which must not pass
 * for data. Ingestion runs the latter before anything else.
 */
export async function discardRows(warehouse: Warehouse, def: TableDef, fileId: number | 'interrupted'): Promise<void> {
  const raw = ident(rawTableName(def.name));
  const [rawWhere, quarantineWhere] =
    fileId === 'interrupted'
      ? [
          "_file_id NOT IN (SELECT file_id FROM ingest_files WHERE status = 'loaded')",
          "file_id NOT IN (SELECT file_id FROM ingest_files WHERE status IN ('loaded', 'rejected'))",
        ]
      : [`_file_id = ${integer(fileId)}`, `file_id = ${integer(fileId)}`];
  await warehouse.transaction(async () => {
    await warehouse.run(`DELETE FROM ${raw} WHERE ${rawWhere}`);
    await warehouse.run(`DELETE FROM quarantine WHERE table_name = ${literal(def.name)} AND ${quarantineWhere}`);
  });
}
