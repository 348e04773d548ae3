// The raw warehouse tables derived from the source-table contract (data-samples/schema):
// one `raw_<table>` per source table, typed, with every personal identifier replaced by
// its pseudonym column, plus lineage (`_file_id`, `_line`) back to the ingested file.
import { TABLES } from '../../data-samples/schema/index.js';
import type { ColumnDef, ColumnType, TableDef, TableName } from '../../data-samples/schema/index.js';
import { ident } from '../../data-samples/sql/index.js';

/** A column as stored in the warehouse (after pseudonymisation). */
export interface WarehouseColumn {
  /** Column name in the raw table (the pseudonym name for personal identifiers). */
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** The contract column it comes from. */
  readonly source: ColumnDef;
}

/** Lineage columns every raw table carries, in this order, after the contract columns. */
export const LINEAGE_COLUMNS = ['_file_id', '_line'] as const;

export function rawTableName(table: TableName): string {
  return `raw_${table}`;
}

/** Warehouse name of a contract column: personal identifiers become their pseudonym. */
export function warehouseColumnName(column: ColumnDef): string {
  if (column.personal) {
    if (!column.pseudonymAs) throw new Error(`personal column "${column.name}" has no pseudonymAs`);
    return column.pseudonymAs;
  }
  return column.name;
}

export function warehouseColumns(def: TableDef): readonly WarehouseColumn[] {
  return def.columns.map((c) => ({ name: warehouseColumnName(c), type: c.type, nullable: c.nullable, source: c }));
}

/** The primary key as stored: pseudonym names for personal key columns (members: member_key). */
export function warehouseKey(def: TableDef): readonly string[] {
  return def.primaryKey.map((k) => {
    const col = def.columns.find((c) => c.name === k);
    if (!col) throw new Error(`table ${def.name}: primary key column "${k}" is not a column`);
    return warehouseColumnName(col);
  });
}

export function createRawTableSql(def: TableDef): string {
  // Pseudonyms keep the VARCHAR type of their source: lowercase hex HMAC-SHA256 digests
  // (64 characters), text so that every later join and API payload handles them alike.
  const cols = warehouseColumns(def).map((c) => `  ${ident(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`);
  cols.push('  "_file_id" INTEGER NOT NULL', '  "_line" BIGINT NOT NULL');
  return `CREATE TABLE IF NOT EXISTS ${ident(rawTableName(def.name))} (\n${cols.join(',\n')}\n)`;
}

export const SOURCE_TABLES: readonly TableDef[] = TABLES;
