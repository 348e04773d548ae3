// First pass over a file: apply the row rules and keep, per record, only what the
// set-based rules need (`_row`, keys, reference codes; for a personal identifier, why it
// is malformed and, if it is a key, its pseudonym) plus the violations and pseudonymised
// record of bad rows. Temp tables live in memory, never in the database file, and are
// dropped per file; but memory is limited and DuckDB spills them unencrypted to its temp
// directory, so no clear NIK or card number may go into one. The HMAC and the identifier
// check therefore run per row in the streaming SELECT that builds the keys table, not once
// per distinct value (that needs a table of clear values, which could spill); the load
// pass computes the pseudonym per row again as it re-reads the source.
import type { TableDef } from '../../data-samples/schema/index.js';
import { varcharList } from '../../data-samples/sql/index.js';
import type { LineKind } from '../warehouse/schema.js';
import { toNumber } from '../warehouse/sql.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import type { FileScan } from './file-scan.js';
import { CSV_REJECT_SCANS_TABLE, CSV_REJECTS_TABLE, openTextSource } from './readers.js';
import { identifierProblemSql } from './identifiers.js';
import { UnaccountedLinesError } from './ingest-errors.js';
import { lookupColumns } from './membership-rules.js';
import { pseudonymSql } from './pseudonym.js';
import { problemColumn, pseudonymColumn, recordJsonSql, rowRulesSql, textColumn } from './row-rules.js';
import type { RowRulesSql } from './row-rules.js';
import type { SourceFormat } from './sources.js';

export const KEYS = 'telisik_keys';
/** CSV lines DuckDB could not parse: (line, column_name, error_types). */
export const MALFORMED = 'telisik_malformed_lines';
/** CSV only, when lines yield no record: how far records after a point shift down. */
export const LINE_SHIFTS = 'telisik_line_shifts';

export interface ValidatedFile {
  readonly lineKind: LineKind;
  readonly rules: RowRulesSql;
  readonly records: number;
  readonly malformedLines: number;
  readonly warnings: readonly string[];
  /** SQL expression turning record number `rowSql` into the line reported (see LineKind). */
  readonly lineSql: (rowSql: string) => string;
}

export const VALIDATION_TEMP_TABLES = [KEYS, MALFORMED, LINE_SHIFTS, CSV_REJECTS_TABLE, CSV_REJECT_SCANS_TABLE] as const;

/**
 * Select-list items for the keys table: what the set-based rules need. Keys and reference
 * codes as their text ("t:name") columns; a personal column only as the reason it is
 * malformed ("x:name", NULL when well-formed or empty) and, if part of the primary key or
 * read by a lookup rule (membership-rules.ts), its pseudonym ("p:name"), both computed from the clear value per row, which is never stored.
 */
export function keyScanColumns(def: TableDef, key: Buffer, provinceCodes: readonly string[]): string[] {
  const lookups = lookupColumns(def.name);
  const needed = new Set<string>([
    ...def.primaryKey,
    ...lookups,
    ...def.columns.filter((c) => c.reference || c.personal).map((c) => c.name),
  ]);
  return def.columns
    .filter((c) => needed.has(c.name))
    .flatMap((c) => {
      const text = textColumn(c);
      if (!c.personal) return [text];
      if (c.reference) throw new Error(`table ${def.name}: personal column "${c.name}" cannot also have a reference list`);
      const problem = `CASE WHEN ${text} IS NOT NULL THEN ${identifierProblemSql(c.personal, text, provinceCodes)} END AS ${problemColumn(c)}`;
      const keyed = def.primaryKey.includes(c.name) || lookups.includes(c.name);
      return keyed ? [`${pseudonymSql(text, key)} AS ${pseudonymColumn(c)}`, problem] : [problem];
    });
}

export async function validateFile(
  warehouse: Warehouse,
  def: TableDef,
  path: string,
  format: SourceFormat,
  scan: FileScan,
  key: Buffer,
  provinceCodes: readonly string[],
): Promise<ValidatedFile> {
  const source = await openTextSource(warehouse, def, path, format);
  const rules = rowRulesSql({ def, present: source.present }, source.selectSql);
  const bad = `CASE WHEN _violations IS NOT NULL THEN CAST(to_json({'v': _violations, 'r': ${recordJsonSql(def, key)}}) AS VARCHAR) END`;
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${KEYS} AS
    SELECT _row, ${bad} AS _bad, ${keyScanColumns(def, key, provinceCodes).join(', ')} FROM (${rules.checkedSql})`);
  const records = toNumber((await warehouse.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${KEYS}`))[0]?.n);

  const warnings: string[] = [];
  if (source.extra.length > 0) warnings.push(`columns not in the contract were ignored: ${source.extra.join(', ')}`);
  if (rules.missingOptional.length > 0)
    warnings.push(`optional columns absent from the file were loaded as empty: ${rules.missingOptional.join(', ')}`);

  if (source.lineKind === 'row_number') {
    return { lineKind: 'row_number', rules, records, malformedLines: 0, warnings, lineSql: (row) => row };
  }
  const header = source.csvHeader ?? [];
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${MALFORMED} AS
    SELECT line, min(${header.length > 0 ? `(${varcharList(header)})[TRY_CAST(substr(column_name, 2) AS INTEGER) + 1]` : 'column_name'}) AS column_name,
      string_agg(DISTINCT error_type, ', ') AS error_types
    FROM ${CSV_REJECTS_TABLE} GROUP BY line`);
  // The raw text of a rejected line may hold a NIK in clear: drop it at once.
  await warehouse.run(`DROP TABLE IF EXISTS temp.main.${CSV_REJECTS_TABLE}`);
  const malformedLines = toNumber((await warehouse.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${MALFORMED}`))[0]?.n);
  const shifted = await accountForCsvLines(warehouse, path, scan, records, malformedLines);
  const lineSql = shifted
    ? (row: string) => `(${row} + 1 + coalesce((SELECT max(shift) FROM ${LINE_SHIFTS} AS k WHERE k.records_before < ${row}), 0))`
    : (row: string) => `(${row} + 1)`;
  return { lineKind: 'csv_line', rules, records, malformedLines, warnings, lineSql };
}

/**
 * Every non-blank data line must be a record or a malformed line; otherwise DuckDB lost
 * lines (an unterminated quote swallows the rest of the file) and the file fails whole.
 * Returns whether line numbers shift past malformed and blank lines (which yield no record).
 */
async function accountForCsvLines(
  warehouse: Warehouse,
  path: string,
  scan: FileScan,
  records: number,
  malformed: number,
): Promise<boolean> {
  const dataLines = Math.max(0, (scan.nonBlankLines ?? 0) - 1);
  if (records + malformed !== dataLines) {
    const last = toNumber((await warehouse.query<{ l: bigint | null }>(`SELECT max(line) AS l FROM ${MALFORMED}`))[0]?.l);
    throw new UnaccountedLinesError(
      `${path}: ${dataLines} data lines but ${records} records and ${malformed} malformed lines were parsed` +
        (last > 0 ? `; parsing went wrong at line ${last} (unterminated quote?)` : '; a quoted field spans lines') +
        '. Nothing from this file was loaded.',
    );
  }
  const blank = scan.blankLines ?? [];
  if (malformed === 0 && blank.length === 0) return false;
  // The m-th skipped line (in line order) comes after (line - 1 - m) records: records
  // beyond that point sit m lines further down than record number + 1.
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE ${LINE_SHIFTS} AS
    WITH skipped AS (
      SELECT line, row_number() OVER (ORDER BY line) AS rank
      FROM (SELECT line FROM ${MALFORMED} UNION SELECT unnest([${blank.join(', ')}]::BIGINT[]) AS line)
    )
    SELECT line - 1 - rank AS records_before, max(rank) AS shift FROM skipped GROUP BY ALL`);
  return true;
}
