// A GLM's design as compressed sparse rows. Each term sets at most one column of a row
// (a continuous value, or the slot of a non-reference level), so freMTPL2's GLM1 has at
// most 9 nonzeros in a 48-column row: IRLS and the linear predictor read only those, and
// the whole table's design is never held dense (678,013 x 48 doubles are 260 MB to
// allocate, fill and scan again). The values come from design.ts's own readers and
// transforms, so each row is the dense design's row without its zeros (a test checks it).
import { getColumn } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import { levelReader, numericReader, termColumns, transformNumber } from '../../spec/design.js';
import type { DesignMatrix, FittedPreprocessing, FittedTerm } from '../../spec/design-types.js';
import { valueSlots } from '../../spec/value-slots.js';

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
 * How one term is read. Its cell (column and value) depends on nothing but the row's
 * source value, a text code or a number, so it is worked out once per distinct value and
 * kept in `columnOf`/`valueOf` at slot `source[row] - low`: a cap, a log, a bin search and
 * a level lookup per distinct value instead of per row (the whole build on freMTPL2's
 * 678,013 rows: 0.26 -> 0.19 s of CPU). A value outside the slots (NaN, a fraction, beyond
 * the span) is read row by row, so a missing number still fails naming its row. The slots
 * are value-slots.ts's, as fitting the preprocessing counts them.
 */
interface TermRead {
  /** The column's codes (a text column) or numbers. */
  readonly source: Int32Array | Float64Array;
  /** Source value of slot 0. */
  readonly low: number;
  /** Slots: 0 when the values are not kept (every row is read). */
  readonly slots: number;
  /** Per slot: whether its cell is known yet. */
  readonly known: Uint8Array;
  readonly columnOf: Int32Array;
  readonly valueOf: Float64Array;
  readonly read: TermReader;
}

function termReader(table: DataTable, t: FittedTerm, start: number): TermReader {
  if (t.kind === 'continuous') {
    const read = numericReader(table, t.column, t.transform);
    return (row, out) => {
      out.column = start;
      out.value = (transformNumber(read(row), t.transform, t.column) - t.center) / t.scale;
    };
  }
  // As buildDesign: the reference level and levels unseen when fitting set no column.
  const slot = new Map<string, number>();
  let k = 0;
  for (const l of t.levels) if (l !== t.reference) slot.set(l, start + k++);
  const level = levelReader(table, t);
  return (row, out) => {
    out.column = slot.get(level(row)) ?? -1;
    out.value = 1;
  };
}

function termReads(table: DataTable, fitted: FittedPreprocessing): TermRead[] {
  const layout = termColumns(fitted);
  return fitted.terms.map((t, i): TermRead => {
    const { source, low, slots } = valueSlots(getColumn(table, t.column));
    return {
      source,
      low,
      slots,
      known: new Uint8Array(slots),
      columnOf: new Int32Array(slots),
      valueOf: new Float64Array(slots),
      read: termReader(table, t, layout[i]!.start),
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
    for (let t = 0; t < reads.length; t++) {
      const term = reads[t]!;
      const v = term.source[r]!;
      const s = v - term.low;
      // -0 is kept apart from 0 (a slot holds one value's cell); NaN fails the range test
      if (s >= 0 && s < term.slots && s === Math.floor(s) && !(v === 0 && 1 / v < 0)) {
        if (term.known[s] === 0) {
          term.read(r, cell);
          term.columnOf[s] = cell.column;
          term.valueOf[s] = cell.value;
          term.known[s] = 1;
        }
        cell.column = term.columnOf[s]!;
        cell.value = term.valueOf[s]!;
      } else term.read(r, cell);
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
