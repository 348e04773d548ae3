// The in-memory columnar table every family reads: numeric columns as Float64Array (NaN is
// missing) and text columns dictionary-encoded (Int32Array codes, -1 is missing), so a
// 600k-row table costs a few typed arrays, not 600k objects.

export interface NumericColumn {
  readonly kind: 'numeric';
  /** One value per row; NaN marks a missing value. */
  readonly values: Float64Array;
}

export interface CategoricalColumn {
  readonly kind: 'categorical';
  /** Index into `levels` per row; -1 marks a missing value. */
  readonly codes: Int32Array;
  /** Distinct values in order of first appearance. */
  readonly levels: readonly string[];
  /**
   * Set when every level is a whole number read from an integer column (ids): level c is
   * String(integerLevels[c]), and `levels` is printed from these only when first read
   * (load-text.ts). Readers that can use the numbers (textValue, the data fingerprint) do.
   */
  readonly integerLevels?: Float64Array;
}

export type Column = NumericColumn | CategoricalColumn;

export interface DataTable {
  readonly nRows: number;
  readonly columns: ReadonlyMap<string, Column>;
}

/** Missing code in a categorical column. */
export const MISSING_CODE = -1;

/** Build a table from named columns, checking that every column has the same length. */
export function makeTable(columns: ReadonlyMap<string, Column> | Record<string, Column>): DataTable {
  const map = columns instanceof Map ? columns : new Map(Object.entries(columns));
  let nRows: number | undefined;
  for (const [name, col] of map) {
    const n = col.kind === 'numeric' ? col.values.length : col.codes.length;
    if (nRows === undefined) nRows = n;
    else if (n !== nRows) throw new Error(`column ${name} has ${n} rows, expected ${nRows}`);
  }
  return { nRows: nRows ?? 0, columns: map };
}

/** Dictionary-encode text values (null/undefined become missing). */
export function encodeCategorical(values: ArrayLike<string | null | undefined>): CategoricalColumn {
  const codes = new Int32Array(values.length);
  const index = new Map<string, number>();
  const levels: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      codes[i] = MISSING_CODE;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = levels.length;
      index.set(v, code);
      levels.push(v);
    }
    codes[i] = code;
  }
  return { kind: 'categorical', codes, levels };
}

/** The column by name, or a clear error naming the columns that do exist. */
export function getColumn(table: DataTable, name: string): Column {
  const col = table.columns.get(name);
  if (!col) throw new Error(`column ${name} not in table (has: ${[...table.columns.keys()].join(', ')})`);
  return col;
}

/** A numeric column's values; a categorical column is refused. */
export function numericValues(table: DataTable, name: string): Float64Array {
  const col = getColumn(table, name);
  if (col.kind !== 'numeric') throw new Error(`column ${name} is text, a number was expected`);
  return col.values;
}

/** Each row's value as text (numbers printed as JS prints them), null when missing. */
export function textValue(col: Column, row: number): string | null {
  if (col.kind === 'numeric') {
    const v = col.values[row]!;
    return Number.isNaN(v) ? null : String(v);
  }
  const code = col.codes[row]!;
  if (code === MISSING_CODE) return null;
  return col.integerLevels ? String(col.integerLevels[code]) : col.levels[code]!;
}

/**
 * A column of `codes` over the dictionary of `col`, shared as it is: whole-number levels
 * not yet printed stay unprinted (see CategoricalColumn.integerLevels).
 */
export function withCodes(col: CategoricalColumn, codes: Int32Array): CategoricalColumn {
  if (!col.integerLevels) return { kind: 'categorical', codes, levels: col.levels };
  return {
    kind: 'categorical',
    codes,
    integerLevels: col.integerLevels,
    get levels(): readonly string[] {
      return col.levels;
    },
  };
}

/** The rows at `indices`, in that order, as a new table (dictionaries are shared). */
export function takeRows(table: DataTable, indices: ArrayLike<number>): DataTable {
  const out = new Map<string, Column>();
  for (const [name, col] of table.columns) {
    if (col.kind === 'numeric') {
      const values = new Float64Array(indices.length);
      for (let i = 0; i < indices.length; i++) values[i] = col.values[indices[i]!]!;
      out.set(name, { kind: 'numeric', values });
    } else {
      const codes = new Int32Array(indices.length);
      for (let i = 0; i < indices.length; i++) codes[i] = col.codes[indices[i]!]!;
      out.set(name, withCodes(col, codes));
    }
  }
  return { nRows: indices.length, columns: out };
}

/** Row indices where `keep` is true. */
export function whereRows(table: DataTable, keep: (row: number) => boolean): Int32Array {
  const idx: number[] = [];
  for (let i = 0; i < table.nRows; i++) if (keep(i)) idx.push(i);
  return Int32Array.from(idx);
}
