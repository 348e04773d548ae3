// Warehouse bookkeeping tables: the ingested-file register, the quarantine of rejected
// rows, reference code lists and a small key-value meta table. Raw tables come from the
// contract (raw-tables.ts). Every statement is idempotent so migrating is "run them all".
import type { ReferenceListName } from '../../data-samples/schema/index.js';
import { ident } from '../../data-samples/sql/index.js';

/** Bumped when a statement below changes shape; stored in warehouse_meta. */
export const WAREHOUSE_SCHEMA_VERSION = 1;

export const REFERENCE_LISTS: readonly ReferenceListName[] = Object.freeze([
  'icd10',
  'icd9cm',
  'inacbg',
  'province',
  'sector',
  'fraud_type',
  'holiday',
] satisfies ReferenceListName[]);

export function referenceTableName(list: ReferenceListName): string {
  return `ref_${list}`;
}

/**
 * How `quarantine.line` counts. CSV: the physical line in the file, the header being line 1
 * (records must not span lines). Parquet and NDJSON: the 1-based row (record) number.
 */
export type LineKind = 'csv_line' | 'row_number';

/** Outcome of one file: loaded (maybe with quarantined rows), rejected whole, or failed. */
export type IngestFileStatus = 'loaded' | 'rejected' | 'failed';

export const BOOKKEEPING_DDL: readonly string[] = Object.freeze([
  `CREATE TABLE IF NOT EXISTS warehouse_meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
  )`,
  'CREATE SEQUENCE IF NOT EXISTS ingest_file_id_seq START 1',
  `CREATE TABLE IF NOT EXISTS ingest_files (
    file_id INTEGER PRIMARY KEY,
    table_name VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    format VARCHAR NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    bytes BIGINT NOT NULL,
    rows_read BIGINT NOT NULL DEFAULT 0,
    rows_loaded BIGINT NOT NULL DEFAULT 0,
    rows_quarantined BIGINT NOT NULL DEFAULT 0,
    status VARCHAR NOT NULL,
    error VARCHAR,
    warnings VARCHAR[] NOT NULL DEFAULT [],
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP
  )`,
  `CREATE TABLE IF NOT EXISTS quarantine (
    file_id INTEGER NOT NULL,
    table_name VARCHAR NOT NULL,
    line BIGINT NOT NULL,
    line_kind VARCHAR NOT NULL,
    column_name VARCHAR,
    reason VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    violations STRUCT(reason VARCHAR, column_name VARCHAR, message VARCHAR)[] NOT NULL,
    record JSON
  )`,
  ...REFERENCE_LISTS.map((list) => `CREATE TABLE IF NOT EXISTS ${ident(referenceTableName(list))} (code VARCHAR PRIMARY KEY)`),
]);
