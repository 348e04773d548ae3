// How loadTable reads a DuckDB result: column by column into typed arrays, chunk by chunk.
import type { DuckDBDataChunk, DuckDBResult } from '@duckdb/node-api';
import { fixedWidthItems } from './vector-values.js';

// The result is streamed, and its chunks read straight into typed arrays: DuckDB's generic
// getColumnsJS() converts every value through a converter callback and grows a JS array,
// about twice the CPU for freMTPL2's 678,013 rows. A file's rows are counted first (Parquet:
// from its metadata), so each chunk is copied into the columns as it arrives and DuckDB
// reuses its buffers for the next one. Holding every chunk first (or a materialised result)
// cost ~20,000 more page faults for freMTPL2, and a fresh page costs ~10 us of kernel time
// on these machines: 150,000 faults were a quarter of a training run's CPU.

/**
 * How a result column is read: DOUBLE (missing: NaN), INTEGER list position (missing: 0),
 * a whole number printed as text (DOUBLE, missing: NaN), or any value.
 */
export type ColumnReading = 'number' | 'position' | 'integer text' | 'value';
type ColumnValues = Float64Array | Int32Array | unknown[];

function columnArrays(rows: number, readings: readonly ColumnReading[]): ColumnValues[] {
  return readings.map((k) => (k === 'position' ? new Int32Array(rows) : k === 'value' ? new Array<unknown>(rows) : new Float64Array(rows)));
}

/** Reads `rows` rows chunk by chunk, each copied into the columns before the next is fetched. */
export async function streamChunks(result: DuckDBResult, rows: number, readings: readonly ColumnReading[]): Promise<ColumnValues[]> {
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

export function readChunks(chunks: readonly DuckDBDataChunk[], readings: readonly ColumnReading[]): ColumnValues[] {
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
