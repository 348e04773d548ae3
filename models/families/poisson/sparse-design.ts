// A GLM's design as compressed sparse rows. Each term sets at most one column of a row
// (a continuous value, or the slot of a non-reference level), so freMTPL2's GLM1 has at
// most 9 nonzeros in a 48-column row: IRLS and the linear predictor read only those, and
// the whole table's design is never held dense (678,013 x 48 doubles are 260 MB to
// allocate, fill and scan again). The values come from design.ts's own readers and
// transforms, so each row is the dense design's row without its zeros (a test checks it).
import { MISSING_CODE, getColumn } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import { levelReader, levelsByCode, numericReader, termColumns, transformNumber } from '../../spec/design.js';
import type { DesignMatrix, FittedPreprocessing } from '../../spec/design-types.js';

/** The nonzeros of a design row by row, in column order; the rest as DesignMatrix has it. */
export interface SparseDesign extends Omit<DesignMatrix, 'x' | 'unseenLevels'> {
  /** Row r's entries are rowStart[r] .. rowStart[r+1]-1. */
  readonly rowStart: Int32Array;
  /** Design column (0-based, no intercept) of each entry. */
  readonly column: Int32Array;
  readonly value: Float64Array;
}

/** A term's value for a row: its column (-1: none, all its columns are 0) and value. */
type TermReader = (row: number, out: { column: number; value: number }) => void;

/**
 * How one term is read. A text column's term sets the column its code maps to (looked up
 * once per code, not per row) to 1; other terms go through a reader.
 */
type TermRead =
  | { readonly kind: 'code'; readonly codes: Int32Array; readonly columnOfCode: Int32Array }
  | { readonly kind: 'reader'; readonly read: TermReader };

function termReads(table: DataTable, fitted: FittedPreprocessing): TermRead[] {
  const layout = termColumns(fitted);
  return fitted.terms.map((t, i): TermRead => {
    const start = layout[i]!.start;
    if (t.kind === 'continuous') {
      const read = numericReader(table, t.column, t.transform);
      return {
        kind: 'reader',
        read: (row, out) => {
          out.column = start;
          out.value = (transformNumber(read(row), t.transform, t.column) - t.center) / t.scale;
        },
      };
    }
    // As buildDesign: the reference level and levels unseen when fitting set no column.
    const slot = new Map<string, number>();
    let k = 0;
    for (const l of t.levels) if (l !== t.reference) slot.set(l, start + k++);
    const col = getColumn(table, t.column);
    if (col.kind === 'categorical' && !t.transform?.bins) {
      // levelsByCode: index 0 is the missing code, c + 1 code c
      const columnOfCode = Int32Array.from(levelsByCode(col, t.map), (level) => slot.get(level) ?? -1);
      return { kind: 'code', codes: col.codes, columnOfCode };
    }
    const read = levelReader(table, t);
    return {
      kind: 'reader',
      read: (row, out) => {
        out.column = slot.get(read(row)) ?? -1;
        out.value = 1;
      },
    };
  });
}

/** The design of every row of `table` under the fitted preprocessing, as sparse rows. */
export function buildSparseDesign(table: DataTable, fitted: FittedPreprocessing): SparseDesign {
  const reads = termReads(table, fitted);
  const nRows = table.nRows;
  const rowStart = new Int32Array(nRows + 1);
  const column = new Int32Array(nRows * reads.length);
  const value = new Float64Array(nRows * reads.length);
  const cell = { column: -1, value: 0 };
  let k = 0;
  for (let r = 0; r < nRows; r++) {
    rowStart[r] = k;
    for (const term of reads) {
      if (term.kind === 'code') {
        const c = term.columnOfCode[term.codes[r]! - MISSING_CODE]!;
        if (c >= 0) {
          column[k] = c;
          value[k++] = 1;
        }
        continue;
      }
      term.read(r, cell);
      if (cell.column >= 0 && cell.value !== 0) {
        column[k] = cell.column;
        value[k++] = cell.value;
      }
    }
  }
  rowStart[nRows] = k;
  return {
    nRows,
    nCols: fitted.columnNames.length,
    columnNames: fitted.columnNames,
    terms: termColumns(fitted),
    fitted,
    rowStart,
    column: column.subarray(0, k),
    value: value.subarray(0, k),
  };
}

/** Rows of a dense design (default: all), as sparse rows. */
export function sparseFromDense(design: DesignMatrix, rows?: ArrayLike<number>): SparseDesign {
  const { nCols, x } = design;
  const nRows = rows ? rows.length : design.nRows;
  const rowAt = (i: number): number => (rows ? rows[i]! : i);
  let count = 0;
  for (let i = 0; i < nRows; i++) {
    const base = rowAt(i) * nCols;
    for (let j = 0; j < nCols; j++) if (x[base + j] !== 0) count++;
  }
  const rowStart = new Int32Array(nRows + 1);
  const column = new Int32Array(count);
  const value = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < nRows; i++) {
    rowStart[i] = k;
    const base = rowAt(i) * nCols;
    for (let j = 0; j < nCols; j++) {
      const v = x[base + j]!;
      if (v !== 0) {
        column[k] = j;
        value[k++] = v;
      }
    }
  }
  rowStart[nRows] = k;
  const { columnNames, terms, fitted } = design;
  return { nRows, nCols, columnNames, terms, fitted, rowStart, column, value };
}

/** Rows of a sparse design, in the order given. */
export function sparseRows(design: SparseDesign, rows: ArrayLike<number>): SparseDesign {
  const { rowStart, column, value } = design;
  let count = 0;
  for (let i = 0; i < rows.length; i++) count += rowStart[rows[i]! + 1]! - rowStart[rows[i]!]!;
  const outStart = new Int32Array(rows.length + 1);
  const outColumn = new Int32Array(count);
  const outValue = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    outStart[i] = k;
    // entry by entry: two subarray views per row cost more than the copy (610,000 rows)
    const to = rowStart[rows[i]! + 1]!;
    for (let e = rowStart[rows[i]!]!; e < to; e++, k++) {
      outColumn[k] = column[e]!;
      outValue[k] = value[e]!;
    }
  }
  outStart[rows.length] = k;
  return { ...design, nRows: rows.length, rowStart: outStart, column: outColumn, value: outValue };
}

export function isSparse(design: DesignMatrix | SparseDesign): design is SparseDesign {
  return 'rowStart' in design;
}
