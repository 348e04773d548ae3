// Reads an Arrow IPC snapshot into typed arrays, the form training and scoring workers
// hand straight to tensors: Float64Array for measures, Int32Array for integers and
// category codes, with the category levels alongside.
import { readFile } from 'node:fs/promises';
import { DataType, tableFromIPC } from 'apache-arrow';
import type { Table, Vector } from 'apache-arrow';

/** A dictionary-encoded column: `codes[i]` indexes `levels`; -1 marks a missing value. */
export interface CategoryColumn {
  readonly codes: Int32Array;
  readonly levels: readonly string[];
}

/** A snapshot opened for reading. Missing measures read as NaN. */
export interface FeatureSnapshot {
  readonly rows: number;
  readonly columns: readonly string[];
  /** A Float64 column (BIGINT and DECIMAL were converted to Float64 when published). */
  float64(column: string): Float64Array;
  /** An Int32 column, or the days-since-epoch of a DATE column. */
  int32(column: string): Int32Array;
  category(column: string): CategoryColumn;
  /** The underlying Arrow table, for anything the typed accessors do not cover. */
  readonly table: Table;
}

function columnOf(table: Table, name: string): Vector {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`snapshot has no column "${name}" (has ${table.schema.names.join(', ')})`);
  return vector;
}

function float64Of(vector: Vector, name: string): Float64Array {
  if (!DataType.isFloat(vector.type)) throw new TypeError(`column "${name}" is ${String(vector.type)}, not Float64`);
  const out = new Float64Array(vector.length);
  let offset = 0;
  for (const data of vector.data) {
    // Copy the chunk's values, then mark nulls: the validity bitmap is authoritative.
    out.set((data.values as Float64Array).subarray(0, data.length), offset);
    if (data.nullCount > 0) for (let i = 0; i < data.length; i++) if (!data.getValid(i)) out[offset + i] = Number.NaN;
    offset += data.length;
  }
  return out;
}

function int32Of(vector: Vector, name: string): Int32Array {
  if (!DataType.isInt(vector.type) && !DataType.isDate(vector.type)) {
    throw new TypeError(`column "${name}" is ${String(vector.type)}, not Int32 or DATE`);
  }
  const out = new Int32Array(vector.length);
  let offset = 0;
  for (const data of vector.data) {
    out.set((data.values as Int32Array).subarray(0, data.length), offset);
    offset += data.length;
  }
  return out;
}

function categoryOf(vector: Vector, name: string): CategoryColumn {
  if (!DataType.isDictionary(vector.type)) throw new TypeError(`column "${name}" is not dictionary-encoded`);
  const codes = new Int32Array(vector.length);
  const levels: string[] = [];
  const levelIndex = new Map<string, number>();
  let offset = 0;
  for (const data of vector.data) {
    // Each batch may carry its own dictionary: re-key its codes onto one level list.
    const dictionary = data.dictionary;
    const local = dictionary ? Array.from(dictionary.toArray() as Iterable<string>) : [];
    const remap = local.map((level) => {
      let index = levelIndex.get(level);
      if (index === undefined) {
        index = levels.length;
        levels.push(level);
        levelIndex.set(level, index);
      }
      return index;
    });
    const raw = data.values as Int32Array;
    for (let i = 0; i < data.length; i++) {
      codes[offset + i] = data.getValid(i) ? (remap[raw[i] ?? -1] ?? -1) : -1;
    }
    offset += data.length;
  }
  return { codes, levels };
}

/** Wraps an Arrow table with typed accessors. */
export function featureSnapshot(table: Table): FeatureSnapshot {
  return {
    rows: table.numRows,
    columns: table.schema.names.map(String),
    table,
    float64: (column) => float64Of(columnOf(table, column), column),
    int32: (column) => int32Of(columnOf(table, column), column),
    category: (column) => categoryOf(columnOf(table, column), column),
  };
}

/** Opens an Arrow IPC snapshot file. */
export async function readSnapshot(path: string): Promise<FeatureSnapshot> {
  return featureSnapshot(tableFromIPC(await readFile(path)));
}
