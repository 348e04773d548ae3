// How loadTable reads the text columns of a file: planned from their stored types and distinct
// counts (few values: positions in their list; ids: each row its own level; integers: read as
// numbers and printed by JS), then made categorical with encodeCategorical's codes and levels.
import type { DuckDBConnection } from '@duckdb/node-api';
import { ident } from '../../data-samples/sql/index.js';
import { MISSING_CODE, encodeCategorical } from './table.js';
import type { CategoricalColumn } from './table.js';

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
 * own (ids), each row is its own level without a Map of them all, and the levels are printed
 * only when something reads them (CategoricalColumn.integerLevels): String() of freMTPL2's
 * 678,013 ids was 0.15-0.3 s of CPU and 20 MB of heap at every training run, which reads
 * them only for the data fingerprint (hashed from the numbers) and the test rows' ids. Ids
 * in increasing order are seen so at a glance; others are sorted first (a copy). Either way
 * the codes and levels are encodeCategorical's.
 */
export function integerColumn(values: Float64Array): CategoricalColumn {
  if (!allDifferent(values)) return encodeCategorical(integerText(values));
  const codes = new Int32Array(values.length);
  for (let r = 0; r < codes.length; r++) codes[r] = r;
  let printed: string[] | undefined;
  return {
    kind: 'categorical',
    codes,
    integerLevels: values,
    get levels(): readonly string[] {
      // every value is present (allDifferent): no null among them
      printed ??= integerText(values) as string[];
      return printed;
    },
  };
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
export interface TextPlan {
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
export async function planText(
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

/**
 * encodeCategorical's column for `values`, without its Map of every value when they are all
 * present and in strictly increasing order (an id column a query sorts by): then each row is
 * its own level. The order is checked, not assumed: any other column is encoded as usual.
 */
export function textColumn(values: (string | null)[]): CategoricalColumn {
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (typeof v !== 'string' || (r > 0 && !(v > (values[r - 1] as string)))) return encodeCategorical(values);
  }
  return fromDistinctValues(values);
}

/** A column whose values are all present and all different: each row is its own level. */
export function fromDistinctValues(values: (string | null)[]): CategoricalColumn {
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
export function fromListPositions(positions: Int32Array, listed: readonly string[]): CategoricalColumn {
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
