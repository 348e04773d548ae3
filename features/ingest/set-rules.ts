// Validation and pseudonymisation that need joins, run over the keys of a validated file:
// pseudonym maps (one HMAC and one well-formedness check per distinct NIK or card number,
// not per row), reference membership (every code of a '#'-separated list) by anti-join with the ref_* tables, and
// duplicate keys, within the file (naming the first line) or already in the warehouse.
import type { ColumnDef, TableDef } from '../../data-samples/schema/index.js';
import { rawTableName, warehouseColumnName } from '../warehouse/raw-tables.js';
import { referenceTableName } from '../warehouse/schema.js';
import { ident, literal } from '../warehouse/sql.js';
import { IDENTIFIER_REASON, identifierProblemSql } from './identifiers.js';
import { pseudonymSql } from './pseudonym.js';
import { unknownCodeReason } from './reason-codes.js';
import { textColumn } from './row-rules.js';

/** Temp table mapping each distinct value of a personal column to its pseudonym. */
export function pseudonymMapTable(c: ColumnDef): string {
  return `telisik_pseudonyms_${c.name}`;
}

/**
 * One statement per personal column: (value, pseudonym, problem) for every distinct value
 * in the file; `problem` says why the value is not a well-formed identifier, or is NULL.
 */
export function pseudonymMapSql(def: TableDef, keys: string, key: Buffer, provinceCodes: readonly string[]): string[] {
  return def.columns.filter((c) => c.personal).map((c) => `CREATE OR REPLACE TEMP TABLE ${pseudonymMapTable(c)} AS
    SELECT value, ${pseudonymSql('value', key)} AS pseudonym, ${identifierProblemSql(c.personal!, 'value', provinceCodes)} AS problem
    FROM (SELECT DISTINCT ${textColumn(c)} AS value FROM ${keys} WHERE ${textColumn(c)} IS NOT NULL)`);
}

/**
 * Statement creating temp table `table` (_row, reason, column_name, message): malformed
 * identifiers (from the pseudonym maps) and codes missing from their reference list.
 */
export function valueViolationsSql(def: TableDef, keys: string, table: string): string {
  const identifiers = def.columns.filter((c) => c.personal).map((c) => `SELECT k._row, '${IDENTIFIER_REASON[c.personal!]}' AS reason,
      '${c.name}' AS column_name, '${c.name} ' || m.problem || ' (value withheld: see ${c.pseudonymAs} in the record)' AS message
    FROM ${keys} AS k JOIN ${pseudonymMapTable(c)} AS m ON m.value = k.${textColumn(c)} WHERE m.problem IS NOT NULL`);
  const references = def.columns.filter((c) => c.reference).map((c) => {
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
  const body = parts.length > 0
    ? parts.join('\nUNION ALL\n')
    : 'SELECT CAST(NULL AS BIGINT) AS _row, CAST(NULL AS VARCHAR) AS reason, CAST(NULL AS VARCHAR) AS column_name, CAST(NULL AS VARCHAR) AS message WHERE false';
  return `CREATE OR REPLACE TEMP TABLE ${table} AS ${body}`;
}

/**
 * Statement creating temp table `dupTable` (_row, reason, column_name, message) for rows
 * that pass every other rule but repeat a key: the earliest such row in the file keeps the
 * key, unless the warehouse already holds it. Personal key columns compare by pseudonym
 * against the warehouse, by value within the file (the same thing, one join fewer).
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
  const inFile = keyCols.map(textColumn);
  const label = def.primaryKey.join(', ');
  const raw = ident(rawTableName(def.name));
  const joins = keyCols.filter((c) => c.personal).map((c) => `JOIN ${pseudonymMapTable(c)} AS ${ident(`m:${c.name}`)} ON ${ident(`m:${c.name}`)}.value = c.${textColumn(c)}`);
  const rawMatch = keyCols.map((c) => c.personal
    ? `r.${ident(warehouseColumnName(c))} = ${ident(`m:${c.name}`)}.pseudonym`
    : `r.${ident(warehouseColumnName(c))} = c.${textColumn(c)}`).join(' AND ');
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
        FROM clean AS c ${joins.join(' ')} JOIN ${raw} AS r ON ${rawMatch}
      UNION ALL
      SELECT c._row, 2 AS priority, 'primary key (${label}) repeats line ' || CAST(${lineSql('f.first_row')} AS VARCHAR) || ' of this file' AS message
        FROM clean AS c JOIN repeated AS f ON ${inFile.map((k) => `c.${k} = f.${k}`).join(' AND ')} WHERE c._row > f.first_row
    )
    SELECT _row, 'duplicate_key' AS reason, ${literal(def.primaryKey[0] ?? '')} AS column_name, message
    FROM found QUALIFY row_number() OVER (PARTITION BY _row ORDER BY priority) = 1`;
}
