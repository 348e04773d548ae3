// Second pass over a file, inside the file's transaction: append rows that passed the row
// rules to raw_<table> (pseudonyms computed per row as the source streams by: no table of
// clear values to join, since temp tables may spill to disk), then move rows that
// failed a set-based rule (unknown code, duplicate key) from raw to quarantine, and put
// every row-rule failure in quarantine with its violations and pseudonymised record.
import type { TableDef } from '../../data-samples/schema/index.js';
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

const VIOLATIONS_TYPE = '[{"reason": "VARCHAR", "column_name": "VARCHAR", "message": "VARCHAR"}]';

export interface LoadCounts {
  readonly loaded: number;
  readonly quarantined: number;
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

export async function loadFile(
  warehouse: Warehouse,
  def: TableDef,
  fileId: number,
  validated: ValidatedFile,
  rejected: boolean,
  key: Buffer,
): Promise<LoadCounts> {
  const raw = ident(rawTableName(def.name));
  const cols = warehouseColumns(def);
  const names = cols.map((c) => ident(c.name));
  const lineOf = validated.lineSql;

  let inserted = 0;
  if (!rejected) {
    const values = cols.map((c) => (c.source.personal ? pseudonymSql(`src.${textColumn(c.source)}`, key) : `src.${typedColumn(c.source)}`));
    const result = await warehouse.connection.run(`INSERT INTO ${raw} (${names.join(', ')}, _file_id, _line)
      SELECT ${values.join(', ')}, ${fileId}, ${lineOf('src._row')}
      FROM (${validated.rules.typedSql}) AS src
      WHERE src._row NOT IN (SELECT _row FROM ${ROW_BAD})`);
    inserted = result.rowsChanged;
  }

  const quarantineRow = (violations: string, record: string, line: string): string =>
    `${fileId}, ${literal(def.name)}, ${line}, '${validated.lineKind}', ${violations}[1].column_name, ${violations}[1].reason,
      ${violations}[1].message, ${violations}, ${record}`;
  // Row-rule failures, with any set-rule failures of the same row after them.
  await warehouse.run(`INSERT INTO quarantine
    SELECT ${quarantineRow('v', 'record', 'line')} FROM (
      SELECT list_concat(b.violations, coalesce(s.violations, [])) AS v, b.record, ${lineOf('b._row')} AS line
      FROM ${ROW_BAD} AS b LEFT JOIN ${SET_BAD} AS s ON s._row = b._row)`);
  // Set-rule failures only: their typed (already pseudonymised) values are in raw; move them.
  const typedRecord = `CAST(to_json(struct_pack(${names.map((n) => `${n} := CAST(r.${n} AS VARCHAR)`).join(', ')})) AS VARCHAR)`;
  await warehouse.run(`CREATE OR REPLACE TEMP TABLE telisik_set_only AS
    SELECT s._row, s.violations, ${lineOf('s._row')} AS line FROM ${SET_BAD} AS s
    WHERE s._row NOT IN (SELECT _row FROM ${ROW_BAD})`);
  const setOnly = toNumber((await warehouse.query<{ n: bigint }>('SELECT count(*) AS n FROM telisik_set_only'))[0]?.n);
  let moved = 0;
  if (setOnly > 0 && !rejected) {
    await warehouse.run(`INSERT INTO quarantine
      SELECT ${quarantineRow('s.violations', typedRecord, 's.line')}
      FROM telisik_set_only AS s JOIN ${raw} AS r ON r._file_id = ${fileId} AND r._line = s.line`);
    moved = (
      await warehouse.connection.run(`DELETE FROM ${raw} WHERE _file_id = ${fileId} AND _line IN (SELECT line FROM telisik_set_only)`)
    ).rowsChanged;
  }
  await warehouse.run('DROP TABLE IF EXISTS temp.main.telisik_set_only');

  if (validated.malformedLines > 0) {
    await warehouse.run(`INSERT INTO quarantine
      SELECT ${fileId}, ${literal(def.name)}, line, 'csv_line', column_name, 'malformed_line', msg,
        [{'reason': 'malformed_line', 'column_name': column_name, 'message': msg}], NULL
      FROM (SELECT *, 'line ' || CAST(line AS VARCHAR) || ' could not be parsed: ' || lower(error_types) AS msg FROM ${MALFORMED})`);
  }
  const quarantined = toNumber(
    (await warehouse.query<{ n: bigint }>(`SELECT count(*) AS n FROM quarantine WHERE file_id = ${fileId}`))[0]?.n,
  );
  const loaded = inserted - moved;
  // Nothing may vanish: every record read is either in raw or in quarantine.
  if (loaded + quarantined !== validated.records + validated.malformedLines) {
    throw new Error(
      `internal accounting error for ${def.name}: ${validated.records + validated.malformedLines} rows read but ` +
        `${loaded} loaded + ${quarantined} quarantined; the file's transaction was rolled back`,
    );
  }
  return { loaded, quarantined };
}
