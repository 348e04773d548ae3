// Loads a table for a feature spec from Parquet, CSV, a DuckDB query or an Arrow IPC file
// into columnar typed arrays. DuckDB reads Parquet/CSV/SQL (built in, no extension
// download); Arrow IPC files, the hand-over format between stages, are read with
// apache-arrow because DuckDB's arrow extension would have to be downloaded.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createOfflineDuckDB, ident } from '../../data-samples/sql/index.js';
import { duckdbNodeApi } from '../../data-samples/sql/node-api.js';
import { lockWarehouseFile } from '../../features/warehouse/warehouse-lock.js';
import type { DuckDBConnection, DuckDBDataChunk, DuckDBResult, DuckDBValue, DuckDBVector } from '@duckdb/node-api';
import type { FeatureSpec } from '../spec/types.js';
import { MISSING_CODE, encodeCategorical, makeTable } from './table.js';
import type { CategoricalColumn, Column, DataTable } from './table.js';

const { DuckDBDoubleVector, DuckDBIntegerVector, listValue } = duckdbNodeApi;

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

/** Which columns a spec reads, and whether each is read as a number or as text. */
export interface SpecColumns {
  readonly numeric: readonly string[];
  readonly text: readonly string[];
}

/** The columns a spec needs: numbers for numeric features, target, exposure and weight; text otherwise. */
export function specColumns(spec: FeatureSpec): SpecColumns {
  const numeric = new Set<string>();
  const text = new Set<string>();
  for (const f of spec.features) {
    if (f.kind === 'numeric' && !f.transform?.codes) numeric.add(f.column);
    else text.add(f.column);
  }
  for (const c of [spec.target, spec.exposure, spec.weight]) if (c) numeric.add(c);
  for (const c of [spec.id, spec.split?.column]) if (c && !numeric.has(c)) text.add(c);
  for (const c of numeric) text.delete(c);
  return { numeric: [...numeric], text: [...text] };
}

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

// The result is streamed, and its chunks read straight into typed arrays: DuckDB's generic
// getColumnsJS() converts every value through a converter callback and grows a JS array,
// about twice the CPU for freMTPL2's 678,013 rows. A file's rows are counted first (Parquet:
// from its metadata), so each chunk is copied into the columns as it arrives and DuckDB
// reuses its buffers for the next one. Holding every chunk first (or a materialised result)
// cost ~20,000 more page faults for freMTPL2, and a fresh page costs ~10 us of kernel time
// on these machines: 150,000 faults were a quarter of a training run's CPU.

/** DuckDB's NaN: what a missing number or integer id is read as (JS reads it back as NaN). */
const NAN_SQL = `'NaN'::DOUBLE`;

/**
 * How a result column is read: DOUBLE (missing: NaN), INTEGER list position (missing: 0),
 * a whole number printed as text (DOUBLE, missing: NaN), or any value.
 */
type ColumnReading = 'number' | 'position' | 'integer text' | 'value';
type ColumnValues = Float64Array | Int32Array | unknown[];

function columnArrays(rows: number, readings: readonly ColumnReading[]): ColumnValues[] {
  return readings.map((k) => (k === 'position' ? new Int32Array(rows) : k === 'value' ? new Array<unknown>(rows) : new Float64Array(rows)));
}

/** Reads `rows` rows chunk by chunk, each copied into the columns before the next is fetched. */
async function streamChunks(result: DuckDBResult, rows: number, readings: readonly ColumnReading[]): Promise<ColumnValues[]> {
  const out = columnArrays(rows, readings);
  let at = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    if (at + chunk.rowCount > rows) throw new Error(`the source grew while it was read (more than the ${rows} rows counted)`);
    readChunk(chunk, at, readings, out);
    at += chunk.rowCount;
  }
  if (at !== rows) throw new Error(`the source changed while it was read: ${at} rows, ${rows} counted`);
  return out;
}

function readChunks(chunks: readonly DuckDBDataChunk[], readings: readonly ColumnReading[]): ColumnValues[] {
  const out = columnArrays(
    chunks.reduce((n, chunk) => n + chunk.rowCount, 0),
    readings,
  );
  let at = 0;
  for (const chunk of chunks) {
    readChunk(chunk, at, readings, out);
    at += chunk.rowCount;
  }
  return out;
}

/**
 * The values of a DOUBLE or INTEGER vector as node-api holds them: a typed array it copied
 * from DuckDB's vector (its `items`, private in its types). Undefined for other vectors, or
 * should a later node-api keep them otherwise; the caller then reads value by value.
 */
function fixedWidthItems(vector: DuckDBVector): Float64Array | Int32Array | undefined {
  if (!(vector instanceof DuckDBDoubleVector || vector instanceof DuckDBIntegerVector)) return undefined;
  const items = (vector as unknown as { readonly items?: unknown }).items;
  return items instanceof Float64Array || items instanceof Int32Array ? items : undefined;
}

function readChunk(chunk: DuckDBDataChunk, at: number, readings: readonly ColumnReading[], out: ColumnValues[]): void {
  const n = chunk.rowCount;
  readings.forEach((kind, j) => {
    const vector = chunk.getColumnVector(j);
    const target = out[j]!;
    if (kind === 'value') {
      for (let r = 0; r < n; r++) (target as unknown[])[at + r] = vector.getItem(r);
      return;
    }
    // Never NULL (the SELECT coalesces), so every slot holds the row's value: one copy per
    // vector, where a getItem() call per value, through a call site every vector class
    // passes, was a third of the load's CPU.
    const items = fixedWidthItems(vector);
    if (items) {
      (target as Float64Array | Int32Array).set(items.subarray(0, n), at);
      return;
    }
    const missing = kind === 'position' ? 0 : Number.NaN;
    for (let r = 0; r < n; r++) {
      const v = vector.getItem(r);
      (target as Float64Array | Int32Array)[at + r] = typeof v === 'number' ? v : missing;
    }
  });
}

/** Whole numbers as JS prints them (as DuckDB's VARCHAR cast does for these types); NaN is missing. */
function integerText(values: Float64Array): (string | null)[] {
  const text = new Array<string | null>(values.length);
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    text[r] = Number.isNaN(v) ? null : String(v);
  }
  return text;
}

/**
 * A column of whole numbers read as text (integerText): when every row holds a value of its
 * own (ids), each row is its own level without a Map of them all. Ids in increasing order
 * are seen so at a glance; others are sorted first (a copy). Either way the codes and levels
 * are encodeCategorical's.
 */
function integerColumn(values: Float64Array): CategoricalColumn {
  const text = integerText(values);
  return allDifferent(values) ? fromDistinctValues(text) : encodeCategorical(text);
}

/** Every value present (not NaN) and no two alike. */
function allDifferent(values: Float64Array): boolean {
  let increasing = true;
  for (let r = 0; r < values.length && increasing; r++) {
    if (Number.isNaN(values[r]!)) return false;
    if (r > 0 && !(values[r]! > values[r - 1]!)) increasing = false;
  }
  if (increasing) return true;
  const sorted = values.slice().sort();
  for (let r = 0; r < sorted.length; r++) {
    if (Number.isNaN(sorted[r]!) || (r > 0 && sorted[r] === sorted[r - 1])) return false;
  }
  return true;
}

/** Most distinct values a text column may have to be read as positions in their list. */
const FEW_LEVELS = 10_000;

/** How the text columns of a file are best read. */
interface TextPlan {
  /** The source's rows, when counted (null: read them all before copying). */
  readonly rows: number | null;
  /** Columns with at most FEW_LEVELS distinct values, with those values (missing left out). */
  readonly levels: Map<string, string[]>;
  /** Text columns whose every row holds a value of its own (ids): codes are row numbers. */
  readonly distinct: Set<string>;
  /**
   * Other columns stored as integers of at most 32 bits (ids, mostly): read as numbers and
   * printed by JS, which prints them as DuckDB does, instead of decoding a string per row.
   */
  readonly integers: Set<string>;
}

/** DuckDB types whose values a double holds exactly and JS prints as DuckDB's VARCHAR cast does. */
const INTEGER_TEXT_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'UTINYINT', 'USMALLINT', 'UINTEGER']);

/**
 * Only files are asked: a query could give other rows the next time it runs. Their rows are
 * counted with the text columns' values; without text columns only a Parquet file's are
 * (from its metadata), since counting a CSV file's rows would parse it once more.
 */
async function planText(
  connection: DuckDBConnection,
  from: { sql: string; params: string[] },
  text: readonly string[],
  countAlone: boolean,
): Promise<TextPlan> {
  if (text.length === 0) {
    const rows = countAlone
      ? Number((await connection.runAndReadAll(`SELECT CAST(count(*) AS INTEGER) FROM ${from.sql}`, from.params)).getRowsJS()[0]?.[0])
      : null;
    return { rows, levels: new Map(), distinct: new Set(), integers: new Set() };
  }
  const described = await connection.runAndReadAll(`DESCRIBE SELECT ${text.map(ident).join(', ')} FROM ${from.sql}`, from.params);
  const integerTyped = new Set(
    described
      .getRowObjectsJS()
      .filter((row) => INTEGER_TEXT_TYPES.has(String(row['column_type'])))
      .map((row) => String(row['column_name'])),
  );
  // Distinct values are counted as stored, not as text (a third of the CPU for freMTPL2's
  // integer ids): text can only tell apart values DuckDB calls equal (-0.0 and 0.0), so
  // "every row different" holds for the text too, and a few-valued column stays few. An
  // integer column is not counted but spanned (max - min + 1, at least its distinct count):
  // counting freMTPL2's 678,013 ids was 60 ms of the read's critical path. A wide one is read
  // as integers, and whether each row differs is seen in the values (integerColumn).
  const counted = await connection.runAndReadAll(
    `SELECT CAST(count(*) AS INTEGER), ${text
      .map((c) =>
        integerTyped.has(c)
          ? `CAST(max(${ident(c)}) AS DOUBLE) - CAST(min(${ident(c)}) AS DOUBLE) + 1`
          : `CAST(count(DISTINCT ${ident(c)}) AS INTEGER)`,
      )
      .join(', ')} FROM ${from.sql}`,
    from.params,
  );
  const [rows = 0, ...counts] = (counted.getRowsJS()[0] ?? []).map((v) => (v === null ? Number.NaN : Number(v)));
  const plan: TextPlan = { rows, levels: new Map(), distinct: new Set(), integers: new Set() };
  text.forEach((c, i) => {
    if (counts[i] === rows && !integerTyped.has(c)) plan.distinct.add(c);
  });
  const few = text.filter((c, i) => (counts[i] ?? Number.NaN) <= FEW_LEVELS && !plan.distinct.has(c));
  const plannedIntegers = (): TextPlan => {
    for (const c of integerTyped) if (!plan.levels.has(c)) plan.integers.add(c);
    return plan;
  };
  if (few.length === 0) return plannedIntegers();
  const listed = await connection.runAndReadAll(
    `SELECT ${few.map((c) => `list(DISTINCT CAST(${ident(c)} AS VARCHAR)) FILTER (WHERE ${ident(c)} IS NOT NULL)`).join(', ')} FROM ${from.sql}`,
    from.params,
  );
  const lists = listed.getRowsJS()[0] ?? [];
  few.forEach((c, i) => {
    const known = ((lists[i] as string[] | null) ?? []).map(String);
    // a column with no value at all stays text: DuckDB cannot type an empty list parameter
    if (known.length > 0) plan.levels.set(c, known);
  });
  return plannedIntegers();
}

/** A column whose values are all present and all different: each row is its own level. */
function fromDistinctValues(values: (string | null)[]): CategoricalColumn {
  // Every value is present (counted distinct as many as rows): the array is the levels as it is.
  const levels = values.every((v) => typeof v === 'string') ? (values as string[]) : values.map(String);
  const codes = new Int32Array(levels.length);
  for (let r = 0; r < codes.length; r++) codes[r] = r;
  return { kind: 'categorical', codes, levels };
}

/**
 * A categorical column from 1-based positions in `listed` (0: missing), with the same
 * codes and levels encodeCategorical gives the text itself: levels in order of first appearance.
 */
function fromListPositions(positions: Int32Array, listed: readonly string[]): CategoricalColumn {
  // written over the positions, each read before its code is written: no second array of pages
  const codes = positions;
  const codeOf = new Int32Array(listed.length + 1).fill(-1);
  const levels: string[] = [];
  for (let r = 0; r < positions.length; r++) {
    const p = positions[r]!;
    if (p === 0) {
      codes[r] = MISSING_CODE;
      continue;
    }
    let code = codeOf[p]!;
    if (code < 0) {
      code = levels.length;
      codeOf[p] = code;
      levels.push(listed[p - 1]!);
    }
    codes[r] = code;
  }
  return { kind: 'categorical', codes, levels };
}

/** Read an Arrow IPC file (file or stream format) into a table. */
export async function loadArrowFile(path: string, spec?: FeatureSpec): Promise<DataTable> {
  // Imported here: apache-arrow costs ~0.1 s of start-up that Parquet and CSV readers never need.
  const { DataType, tableFromIPC } = await import('apache-arrow');
  const arrow = tableFromIPC(await readFile(path));
  const wanted = spec ? specColumns(spec) : undefined;
  const names = wanted ? [...wanted.numeric, ...wanted.text] : arrow.schema.fields.map((f) => f.name);
  const columns = new Map<string, Column>();
  for (const name of names) {
    const vector = arrow.getChild(name);
    if (!vector) throw new Error(`column ${name} not in ${path}`);
    const type = vector.type as InstanceType<typeof DataType>;
    const isNumber = DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type) || DataType.isBool(type);
    const asNumber = wanted ? wanted.numeric.includes(name) : isNumber;
    if (asNumber) {
      if (!isNumber) throw new Error(`column ${name} in ${path} is ${String(type)}, a number was expected`);
      const out = new Float64Array(vector.length);
      for (let r = 0; r < vector.length; r++) {
        const v: unknown = vector.get(r);
        out[r] = v === null || v === undefined ? Number.NaN : Number(v);
      }
      columns.set(name, { kind: 'numeric', values: out });
    } else {
      const text: (string | null)[] = new Array<string | null>(vector.length);
      for (let r = 0; r < vector.length; r++) {
        const v: unknown = vector.get(r);
        text[r] = v === null || v === undefined ? null : String(v);
      }
      columns.set(name, encodeCategorical(text));
    }
  }
  return makeTable(columns);
}
