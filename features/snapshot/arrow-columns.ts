// Converts DuckDB result columns into Arrow vectors. DuckDB's Node client has no Arrow
// API and its arrow extension would have to be downloaded (ARCHITECTURE.md), so the
// conversion is done here, one column type at a time, with every choice deliberate.
import type { DuckDBResultReader, DuckDBType, DuckDBValue } from '@duckdb/node-api';
import { DuckDBDateValue, DuckDBDecimalValue, DuckDBTypeId } from '@duckdb/node-api';
import { Bool, DateDay, Dictionary, Float64, Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
import type { Vector } from 'apache-arrow';

/** The Arrow type a DuckDB column becomes in a snapshot. */
export type SnapshotColumnKind = 'float64' | 'int32' | 'category' | 'date' | 'bool';

/**
 * BIGINT (money in whole rupiah, counts) becomes Float64: tensors take doubles, and every
 * rupiah amount below 2^53 (9e15) is exact. A larger value throws rather than round.
 */
function bigintToNumber(value: bigint, column: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`column "${column}": ${value} does not fit a double exactly`);
  }
  return n;
}

/** Which snapshot kind a DuckDB type maps to; unsupported types are a programming error. */
export function snapshotKindOf(type: DuckDBType, column: string): SnapshotColumnKind {
  switch (type.typeId) {
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DECIMAL:
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UINTEGER:
      return 'float64';
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UTINYINT:
      return 'int32';
    case DuckDBTypeId.VARCHAR:
      return 'category';
    case DuckDBTypeId.DATE:
      return 'date';
    case DuckDBTypeId.BOOLEAN:
      return 'bool';
    default:
      throw new TypeError(`column "${column}": DuckDB type ${type.toString()} has no snapshot mapping; cast it in the SQL`);
  }
}

function toFloat(value: DuckDBValue, column: string): number | null {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return bigintToNumber(value, column);
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  throw new TypeError(`column "${column}": unexpected value ${String(value)}`);
}

function toDays(value: DuckDBValue): number | null {
  if (value === null) return null;
  if (value instanceof DuckDBDateValue) return value.days;
  throw new TypeError(`unexpected date value ${String(value)}`);
}

/** Builds one Arrow vector from a DuckDB column's values. */
export function arrowVector(kind: SnapshotColumnKind, values: readonly DuckDBValue[], column: string): Vector {
  switch (kind) {
    case 'float64':
      return vectorFromArray(
        values.map((v) => toFloat(v, column)),
        new Float64(),
      );
    case 'int32':
      return vectorFromArray(
        values.map((v) => (v === null ? null : Number(v))),
        new Int32(),
      );
    case 'category':
      // Dictionary-encoded: models take the Int32 codes, reports the levels.
      return vectorFromArray(
        values.map((v) => (v === null ? null : String(v))),
        new Dictionary(new Utf8(), new Int32()),
      );
    case 'date': {
      // DateDay stores days since the epoch, exactly DuckDB's DATE; Arrow's builder takes
      // epoch milliseconds (its Date objects are ms-based).
      const millis = values.map((v) => {
        const days = toDays(v);
        return days === null ? null : new Date(days * 86_400_000);
      });
      return vectorFromArray(millis, new DateDay());
    }
    case 'bool':
      return vectorFromArray(
        values.map((v) => (v === null ? null : Boolean(v))),
        new Bool(),
      );
  }
}

/** An Arrow table of a fully read DuckDB result, column names and order preserved. */
export function arrowTableFromReader(reader: DuckDBResultReader): Table {
  const names = reader.columnNames();
  const types = reader.columnTypes();
  const columns = reader.getColumns();
  const vectors: Record<string, Vector> = {};
  names.forEach((name, i) => {
    const type = types[i];
    if (!type) throw new Error(`column "${name}" has no type`);
    vectors[name] = arrowVector(snapshotKindOf(type, name), columns[i] ?? [], name);
  });
  return new Table(vectors);
}
