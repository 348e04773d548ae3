// Loads a table for a feature spec from Parquet, CSV, a DuckDB query or an Arrow IPC file
// into columnar typed arrays. DuckDB reads Parquet/CSV/SQL (built in, no extension
// download): the result is read chunk by chunk (load-chunks.ts), text columns as planned from
// the file (load-text.ts). Arrow IPC files are read with apache-arrow (load-arrow.ts).
import { extname } from 'node:path';
import { createOfflineDuckDB, ident } from '../../data-samples/sql/index.js';
import { duckdbNodeApi } from '../../data-samples/sql/node-api.js';
import { lockWarehouseFile } from '../../features/warehouse/warehouse-lock.js';
import type { DuckDBValue } from '@duckdb/node-api';
import type { FeatureSpec } from '../spec/types.js';
import { loadArrowFile } from './load-arrow.js';
import { readChunks, streamChunks } from './load-chunks.js';
import type { ColumnReading } from './load-chunks.js';
import { fromDistinctValues, fromListPositions, integerColumn, planText } from './load-text.js';
import { specColumns } from './spec-columns.js';
import type { SpecColumns } from './spec-columns.js';
import { encodeCategorical, makeTable } from './table.js';
import type { Column, DataTable } from './table.js';

export { specColumns } from './spec-columns.js';
export type { SpecColumns } from './spec-columns.js';

const { listValue } = duckdbNodeApi;

/** Where a table comes from. A bare string is a file path; its extension picks the reader. */
export type TableSource =
  | string
  | { readonly kind: 'parquet'; readonly path: string }
  | { readonly kind: 'csv'; readonly path: string }
  | { readonly kind: 'arrow'; readonly path: string }
  /** A SQL query, over an in-memory DuckDB or a database file opened read-only. */
  | { readonly kind: 'duckdb'; readonly query: string; readonly database?: string };

type ResolvedSource = Exclude<TableSource, string>;

const EXTENSION_KINDS: Readonly<Record<string, 'parquet' | 'csv' | 'arrow'>> = {
  '.parquet': 'parquet',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.arrow': 'arrow',
  '.feather': 'arrow',
  '.ipc': 'arrow',
};

function resolveSource(source: TableSource): ResolvedSource {
  if (typeof source !== 'string') return source;
  const kind = EXTENSION_KINDS[extname(source).toLowerCase()];
  if (!kind) throw new Error(`cannot tell the format of ${source}: use .parquet, .csv, .arrow or a {kind} source`);
  return { kind, path: source };
}

/** The FROM clause of a source; a file path is bound as $1 (DuckDB takes it in table functions). */
function fromClause(source: ResolvedSource): { sql: string; params: string[] } {
  switch (source.kind) {
    case 'parquet':
      return { sql: 'read_parquet($1)', params: [source.path] };
    case 'csv':
      return { sql: 'read_csv($1, auto_detect = true)', params: [source.path] };
    case 'duckdb':
      return { sql: `(${source.query}) AS q`, params: [] };
    case 'arrow':
      throw new Error('arrow sources are read by apache-arrow, not DuckDB');
  }
}

const DUCKDB_NUMERIC_TYPES =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*|BOOLEAN)$/;

/** DuckDB's NaN: what a missing number or integer id is read as (JS reads it back as NaN). */
const NAN_SQL = `'NaN'::DOUBLE`;

interface LoadOptions {
  /** DuckDB worker threads for the read (default: every core). */
  readonly threads?: number;
}

/**
 * Load a table: with a spec, only the columns it names (numbers cast to DOUBLE so BIGINT
 * never arrives as `bigint`); without one, every column, numeric by its DuckDB type.
 */
export async function loadTable(source: TableSource, spec?: FeatureSpec, options: LoadOptions = {}): Promise<DataTable> {
  const resolved = resolveSource(source);
  if (resolved.kind === 'arrow') return loadArrowFile(resolved.path, spec);
  const database = resolved.kind === 'duckdb' && resolved.database ? resolved.database : null;
  // A database file may be the warehouse: read it only while no writer is inside (the
  // warehouse lock; DuckDB's own lock does not see a writer in this process).
  const lock = database ? await lockWarehouseFile(database, 'read') : null;
  let instance;
  try {
    instance = await createOfflineDuckDB(database ?? ':memory:', {
      readOnly: database !== null,
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
    });
  } catch (err) {
    lock?.release();
    throw err;
  }
  const connection = await instance.connect();
  try {
    const from = fromClause(resolved);
    let wanted: SpecColumns;
    if (spec) wanted = specColumns(spec);
    else {
      const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from.sql}`, from.params);
      const numeric: string[] = [];
      const text: string[] = [];
      for (const row of described.getRowObjectsJS()) {
        const name = String(row['column_name']);
        (DUCKDB_NUMERIC_TYPES.test(String(row['column_type'])) ? numeric : text).push(name);
      }
      wanted = { numeric, text };
    }
    // Text columns of a file with few distinct values come back as their position in a
    // list of those values (a small integer) instead of a string per row: handing DuckDB's
    // strings to JS costs ~0.2 us each, 0.8 s of CPU for freMTPL2's six such columns. An id
    // column (every value different) skips the dictionary: 0.3 s for freMTPL2's 678,013 ids.
    const plan =
      resolved.kind === 'duckdb'
        ? { rows: null, levels: new Map<string, string[]>(), distinct: new Set<string>(), integers: new Set<string>() }
        : await planText(connection, from, wanted.text, resolved.kind === 'parquet');
    const { levels } = plan;
    const params: DuckDBValue[] = [...from.params];
    // Numbers, positions and integer ids never come back NULL (NaN and 0 stand for missing,
    // as in the table), so their vectors are copied whole (see readChunk).
    const selects = [
      ...wanted.numeric.map((c) => `coalesce(CAST(${ident(c)} AS DOUBLE), ${NAN_SQL}) AS ${ident(c)}`),
      ...wanted.text.map((c) => {
        const known = levels.get(c);
        if (plan.integers.has(c)) return `coalesce(CAST(${ident(c)} AS DOUBLE), ${NAN_SQL}) AS ${ident(c)}`;
        if (!known) return `CAST(${ident(c)} AS VARCHAR) AS ${ident(c)}`;
        params.push(listValue(known));
        return `CAST(coalesce(list_position($${params.length}::VARCHAR[], CAST(${ident(c)} AS VARCHAR)), 0) AS INTEGER) AS ${ident(c)}`;
      }),
    ];
    const result = await connection.stream(`SELECT ${selects.join(', ')} FROM ${from.sql}`, params);
    const names = result.columnNames();
    const readings = names.map((name, i): ColumnReading =>
      i < wanted.numeric.length ? 'number' : levels.has(name) ? 'position' : plan.integers.has(name) ? 'integer text' : 'value',
    );
    const raw = plan.rows === null ? readChunks(await result.fetchAllChunks(), readings) : await streamChunks(result, plan.rows, readings);
    const columns = new Map<string, Column>();
    names.forEach((name, i) => {
      const values = raw[i]!;
      const known = levels.get(name);
      if (readings[i] === 'number') columns.set(name, { kind: 'numeric', values: values as Float64Array });
      else if (known) columns.set(name, fromListPositions(values as Int32Array, known));
      else if (readings[i] === 'integer text') columns.set(name, integerColumn(values as Float64Array));
      else if (plan.distinct.has(name)) columns.set(name, fromDistinctValues(values as (string | null)[]));
      else columns.set(name, encodeCategorical(values as (string | null)[]));
    });
    return makeTable(columns);
  } finally {
    connection.closeSync();
    instance.closeSync();
    lock?.release();
  }
}
