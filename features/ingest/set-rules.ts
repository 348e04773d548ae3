// Validation that needs joins or whole-file views, run over the keys table of a validated
// file (which holds a personal identifier only as its problem and, for a key, its pseudonym):
// malformed identifiers, reference membership (every code of a '#'-separated list) by
// anti-join with the ref_* tables, and duplicate keys, within the file (naming the first
// line) or already in the warehouse.
import type { ColumnDef, TableDef } from '../../data-samples/schema/index.js';
import { rawTableName, warehouseColumnName } from '../warehouse/raw-tables.js';
import { referenceTableName } from '../warehouse/schema.js';
import { ident, literal } from '../warehouse/sql.js';
import { IDENTIFIER_REASON } from './identifiers.js';
import { unknownCodeReason } from './reason-codes.js';
import { problemColumn, pseudonymColumn, textColumn } from './row-rules.js';

/** Column of the keys table to compare for key column `c`: the pseudonym of a personal one. */
const keyColumn = (c: ColumnDef): string => (c.personal ? pseudonymColumn(c) : textColumn(c));

/**
 * Statement creating temp table `table` (_row, reason, column_name, message): malformed
 * identifiers (problem computed per row in the keys table) and codes missing from their
 * reference list.
 */
export function valueViolationsSql(def: TableDef, keys: string, table: string): string {
  const identifiers = def.columns
    .filter((c) => c.personal)
    .map(
      (c) => `SELECT _row, '${IDENTIFIER_REASON[c.personal!]}' AS reason,
      '${c.name}' AS column_name, '${c.name} ' || ${problemColumn(c)} || ' (value withheld: see ${c.pseudonymAs} in the record)' AS message
    FROM ${keys} WHERE ${problemColumn(c)} IS NOT NULL`,
    );
  const references = def.columns
    .filter((c) => c.reference)
    .map((c) => {
      const list = c.reference!;
      const ref = ident(referenceTableName(list));
      const col = textColumn(c);
      const codes = c.list
        ? `SELECT _row, unnest(string_split(${col}, '#')) AS code FROM ${keys} WHERE ${col} IS NOT NULL`
        : `SELECT _row, ${col} AS code FROM ${keys} WHERE ${col} IS NOT NULL`;
      return `SELECT _row, '${unknownCodeReason(list)}' AS reason, '${c.name}' AS column_name,
        '${c.name} has code(s) not in the ${list} reference list: ' || string_agg('"' || left(code, 20) || '"', ', ') AS message
      FROM (${codes}) AS codes
      WHERE NOT EXISTS (SELECT 1 FROM ${ref} AS r WHERE r.code = codes.code)
      GROUP BY _row`;
    });
  const parts = [...identifiers, ...references];
  const body =
    parts.length > 0
      ? parts.join('\nUNION ALL\n')
      : 'SELECT CAST(NULL AS BIGINT) AS _row, CAST(NULL AS VARCHAR) AS reason, CAST(NULL AS VARCHAR) AS column_name, CAST(NULL AS VARCHAR) AS message WHERE false';
  return `CREATE OR REPLACE TEMP TABLE ${table} AS ${body}`;
}

/**
 * Statement creating temp table `dupTable` (_row, reason, column_name, message) for rows
 * that pass every other rule but repeat a key: the earliest such row in the file keeps the
 * key, unless the warehouse already holds it. Personal key columns compare by pseudonym,
 * within the file as against the warehouse (the keys table has no clear value).
 */
export function duplicateViolationsSql(
  def: TableDef,
  keys: string,
  valueTable: string,
  dupTable: string,
  lineSql: (rowSql: string) => string,
): string {
  const keyCols = def.primaryKey.map((name) => {
    const col = def.columns.find((c) => c.name === name);
    if (!col) throw new Error(`table ${def.name}: primary key column "${name}" is not a column`);
    return col;
  });
  const inFile = keyCols.map(keyColumn);
  const label = def.primaryKey.join(', ');
  const raw = ident(rawTableName(def.name));
  const rawMatch = keyCols.map((c) => `r.${ident(warehouseColumnName(c))} = c.${keyColumn(c)}`).join(' AND ');
  return `CREATE OR REPLACE TEMP TABLE ${dupTable} AS
    WITH clean AS (
      SELECT _row, ${inFile.join(', ')} FROM ${keys}
      WHERE _bad IS NULL AND _row NOT IN (SELECT _row FROM ${valueTable})
    ),
    repeated AS (
      SELECT ${inFile.join(', ')}, min(_row) AS first_row FROM clean GROUP BY ALL HAVING count(*) > 1
    ),
    found AS (
      SELECT c._row, 1 AS priority, 'primary key (${label}) already in the warehouse, loaded from file ' ||
          CAST(r._file_id AS VARCHAR) || ' line ' || CAST(r._line AS VARCHAR) AS message
        FROM clean AS c JOIN ${raw} AS r ON ${rawMatch}
      UNION ALL
      SELECT c._row, 2 AS priority, 'primary key (${label}) repeats line ' || CAST(${lineSql('f.first_row')} AS VARCHAR) || ' of this file' AS message
        FROM clean AS c JOIN repeated AS f ON ${inFile.map((k) => `c.${k} = f.${k}`).join(' AND ')} WHERE c._row > f.first_row
    )
    SELECT _row, 'duplicate_key' AS reason, ${literal(def.primaryKey[0] ?? '')} AS column_name, message
    FROM found QUALIFY row_number() OVER (PARTITION BY _row ORDER BY priority) = 1`;
}
