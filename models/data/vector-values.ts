// DuckDB result vectors read whole instead of value by value. node-api copies a fixed-width
// vector into a typed array (its `items`) and keeps the NULL mask as 64-bit words (its
// `validity`), both private in its types; getItem() reads them back one value at a time,
// through a call site every vector class passes and a BigInt test of the mask per value.
// Reading the arrays directly copies a vector at once. Should a later node-api keep them
// otherwise, these return undefined and the callers read value by value.
import { endianness } from 'node:os';
import type { DuckDBDataChunk, DuckDBVector } from '@duckdb/node-api';
import { duckdbNodeApi } from '../../data-samples/sql/node-api.js';

const { DuckDBBigIntVector, DuckDBDoubleVector, DuckDBIntegerVector } = duckdbNodeApi;

/**
 * The values of a DOUBLE or INTEGER vector as node-api holds them: a typed array it copied
 * from DuckDB's vector. A NULL's slot holds whatever DuckDB left there (see nullBits).
 */
export function fixedWidthItems(vector: DuckDBVector): Float64Array | Int32Array | undefined {
  if (!(vector instanceof DuckDBDoubleVector || vector instanceof DuckDBIntegerVector)) return undefined;
  const items = (vector as unknown as { readonly items?: unknown }).items;
  return items instanceof Float64Array || items instanceof Int32Array ? items : undefined;
}

/** The values of a BIGINT vector as node-api holds them (see fixedWidthItems). */
function bigIntItems(vector: DuckDBVector): BigInt64Array | undefined {
  if (!(vector instanceof DuckDBBigIntVector)) return undefined;
  const items = (vector as unknown as { readonly items?: unknown }).items;
  return items instanceof BigInt64Array ? items : undefined;
}

/** The mask's 64-bit words read as bytes: row r's bit is bit r % 8 of byte r / 8 on a little-endian machine. */
const MASK_BYTES_IN_ROW_ORDER = endianness() === 'LE';

/**
 * A vector's NULL mask as bytes, bit r set when row r holds a value; null when no row is
 * NULL (node-api keeps no mask then); undefined when the mask cannot be read so.
 */
function nullBits(vector: DuckDBVector): Uint8Array | null | undefined {
  const validity = (vector as unknown as { readonly validity?: unknown }).validity;
  if (!MASK_BYTES_IN_ROW_ORDER || typeof validity !== 'object' || validity === null) return undefined;
  const { data, offset } = validity as { readonly data?: unknown; readonly offset?: unknown };
  if (offset !== 0) return undefined;
  if (data === null) return null;
  return data instanceof BigUint64Array ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : undefined;
}

/**
 * Column `column` of `chunks` (`rows` rows in all) as numbers: DOUBLE, INTEGER and BIGINT
 * vectors copied whole, NULL as NaN; any other vector value by value through `numberOf`
 * (which must read NULL as NaN, and a bigint or number as Number() does).
 */
export function numberColumn(
  chunks: readonly DuckDBDataChunk[],
  column: number,
  rows: number,
  numberOf: (value: unknown) => number,
): Float64Array {
  const out = new Float64Array(rows);
  let at = 0;
  for (const chunk of chunks) {
    const vector = chunk.getColumnVector(column);
    // rowCount read once: it is a call into the native binding
    const n = chunk.rowCount;
    const items = fixedWidthItems(vector);
    const bigints = items ? undefined : bigIntItems(vector);
    const valid = items || bigints ? nullBits(vector) : undefined;
    if (valid === undefined) {
      for (let r = 0; r < n; r++) out[at + r] = numberOf(vector.getItem(r));
    } else {
      if (items) out.set(items.subarray(0, n), at);
      else if (bigints) for (let r = 0; r < n; r++) out[at + r] = Number(bigints[r]);
      if (valid) markNulls(valid, n, out, at);
    }
    at += n;
  }
  return out;
}

/** NaN into `out` from `at` for the rows of `n` whose bit in `valid` is clear (NULL). */
function markNulls(valid: Uint8Array, n: number, out: Float64Array, at: number): void {
  for (let byte = 0; byte * 8 < n; byte++) {
    const bits = valid[byte]!;
    if (bits === 0xff) continue;
    for (let r = byte * 8; r < Math.min(n, byte * 8 + 8); r++) if (((bits >> (r & 7)) & 1) === 0) out[at + r] = Number.NaN;
  }
}
