// queryTable copies number columns a vector at a time (models/data/vector-values.ts); it must
// give what reading value by value gives (tableFromReader, through getColumnsJS) for every
// column type a model input holds and the ones it could: NULLs anywhere in a chunk, a column
// all NULL or never, several chunks, bigints past 2^53, NaN, infinities and -0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import type { Column, DataTable } from '../data/index.js';
import { queryTable, tableFromReader } from './tables.js';

/** Three chunks and a part (DuckDB's vectors hold 2,048 rows). */
const ROWS = 7_000;

const SQL = `
SELECT 'S' || lpad(i::VARCHAR, 5, '0') AS nomor_sep,
  CASE WHEN i % 7 = 3 THEN NULL WHEN i % 11 = 0 THEN 'NaN'::DOUBLE WHEN i = 5 THEN '-0.0'::DOUBLE
       WHEN i = 6 THEN 'Infinity'::DOUBLE ELSE i * 0.37 - 900 END AS a_double,
  CASE WHEN i BETWEEN 2040 AND 2060 THEN NULL ELSE (i * 1009 - 3000000)::INTEGER END AS an_integer,
  CASE WHEN i % 64 = 63 THEN NULL ELSE i::BIGINT * 9007199254741 END AS a_bigint,
  i::BIGINT AS a_bigint_never_null,
  NULL::DOUBLE AS a_double_all_null,
  (i * 1.5)::DOUBLE AS a_double_never_null,
  CASE WHEN i % 5 = 0 THEN NULL ELSE (i % 300)::SMALLINT END AS a_smallint,
  CASE WHEN i % 9 = 0 THEN NULL ELSE (i / 8.0)::FLOAT END AS a_float,
  CASE WHEN i % 13 = 0 THEN NULL ELSE (i * 1.25)::DECIMAL(18, 2) END AS a_decimal,
  CASE WHEN i % 3 = 0 THEN NULL ELSE i % 2 = 0 END AS a_boolean,
  CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2024-01-01' + (i % 400)::INTEGER END AS a_date,
  CASE WHEN i % 6 = 0 THEN NULL ELSE i::VARCHAR END AS a_number_as_text,
  CASE WHEN i % 2 = 0 THEN NULL ELSE 'K' || (i % 17)::VARCHAR END AS a_code,
  'R' || lpad((${ROWS} - i)::VARCHAR, 5, '0') AS an_id_in_falling_order
FROM range(${ROWS}) t(i)
ORDER BY i`;

const TEXT = ['nomor_sep', 'a_code', 'an_id_in_falling_order'];

/** A column's values (NaN and -0 kept apart from the rest, as Object.is does), or its codes then levels. */
function cells(column: Column | undefined): unknown[] {
  if (!column) return [];
  if (column.kind === 'numeric') return Array.from(column.values, (v) => (Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v));
  return [...column.codes, ...column.levels];
}

describe('queryTable', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  let read: DataTable;
  let byValue: DataTable;

  beforeAll(async () => {
    instance = await createOfflineDuckDB(':memory:');
    connection = await instance.connect();
    read = await queryTable(connection, SQL, TEXT);
    byValue = tableFromReader(await connection.runAndReadAll(SQL), TEXT);
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it('reads every column as reading value by value does', () => {
    expect([...read.columns.keys()]).toEqual([...byValue.columns.keys()]);
    expect(read.nRows).toBe(ROWS);
    for (const name of byValue.columns.keys()) {
      expect({ name, kind: read.columns.get(name)?.kind }).toEqual({ name, kind: byValue.columns.get(name)?.kind });
      expect(cells(read.columns.get(name)), name).toEqual(cells(byValue.columns.get(name)));
    }
  });

  it('gives NULL, dates and text as NaN, and numbers of every width as their value', () => {
    const at = (name: string, row: number): unknown => cells(read.columns.get(name))[row];
    expect([at('a_double', 3), at('a_double', 11), at('a_double', 5), at('a_double', 6), at('a_double', 1)]).toEqual([
      'NaN',
      'NaN',
      '-0',
      Number.POSITIVE_INFINITY,
      0.37 - 900,
    ]);
    expect([at('an_integer', 2050), at('an_integer', 2061)]).toEqual(['NaN', 2061 * 1009 - 3000000]);
    // past 2^53 a bigint is rounded as Number() rounds it
    expect([at('a_bigint', 63), at('a_bigint', 6999)]).toEqual(['NaN', Number(6999n * 9007199254741n)]);
    expect(at('a_bigint_never_null', 4242)).toBe(4242);
    expect(new Set(cells(read.columns.get('a_double_all_null')))).toEqual(new Set(['NaN']));
    expect([at('a_smallint', 5), at('a_smallint', 301)]).toEqual(['NaN', 1]);
    expect([at('a_float', 9), at('a_float', 4)]).toEqual(['NaN', 0.5]);
    expect([at('a_decimal', 13), at('a_decimal', 2)]).toEqual(['NaN', 2.5]);
    expect([at('a_boolean', 3), at('a_boolean', 4), at('a_boolean', 5)]).toEqual(['NaN', 1, 0]);
    expect([at('a_date', 1), at('a_number_as_text', 1)]).toEqual(['NaN', 'NaN']);
    const text = (name: string, row: number): string | null => {
      const column = read.columns.get(name);
      return column?.kind === 'categorical' ? (column.levels[column.codes[row]!] ?? null) : 'not text';
    };
    expect([text('nomor_sep', 6999), text('a_code', 2), text('a_code', 3)]).toEqual(['S06999', null, 'K3']);
  });
});
