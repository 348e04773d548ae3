// The one quoting module and the one DuckDB factory: quotes are doubled, NUL and
// non-finite numbers are refused, and what is quoted comes back unchanged through DuckDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import {
  createOfflineDuckDB,
  double,
  doubleList,
  ident,
  literal,
  literalList,
  offlineDuckDBConfig,
  OFFLINE_DUCKDB_SETTINGS,
  varcharList,
} from './index.js';

/** Strings written without looking at the code: quotes, backslashes, comments, unicode, SQL. */
const AWKWARD = [
  '',
  "it's",
  "''",
  '"',
  'a""b',
  '\\',
  "\\'",
  "x'; DROP TABLE t; --",
  '/* c */',
  '$1',
  '?',
  'é ñ 漢字 🙂',
  'tab\there',
  'line\nbreak',
  "'; SELECT 1; '",
];

describe('quoting', () => {
  it('doubles the quote of its kind and nothing else', () => {
    expect(literal("it's")).toBe("'it''s'");
    expect(literal('say "hi"')).toBe(`'say "hi"'`);
    expect(ident('a"b')).toBe('"a""b"');
    expect(ident("it's")).toBe(`"it's"`);
    expect(literalList(['a', "b'c"])).toBe("('a', 'b''c')");
    expect(varcharList(['a', "b'c"])).toBe("['a', 'b''c']::VARCHAR[]");
    expect(double(0.1)).toBe('0.1::DOUBLE');
    expect(doubleList([1, -2.5])).toBe('[1, -2.5]::DOUBLE[]');
  });

  it('refuses a NUL character, which DuckDB would cut the text at', () => {
    expect(() => literal('a\0b')).toThrow(/NUL/);
    expect(() => ident('a\0b')).toThrow(/NUL/);
    expect(() => literalList(['ok', '\0'])).toThrow(/NUL/);
    expect(() => varcharList(['\0'])).toThrow(/NUL/);
  });

  it('refuses numbers that are not finite', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => double(bad)).toThrow(/finite/);
      expect(() => doubleList([1, bad])).toThrow(/finite/);
    }
  });
});

describe('round trip through DuckDB', () => {
  let instance: DuckDBInstance;
  let c: DuckDBConnection;
  beforeAll(async () => {
    instance = await createOfflineDuckDB(':memory:', { threads: 1 });
    c = await instance.connect();
  });
  afterAll(() => {
    c.closeSync();
    instance.closeSync();
  });

  it('reads every quoted literal back as the same string as a bound parameter', async () => {
    for (const text of AWKWARD) {
      const rows = (await c.runAndReadAll(`SELECT ${literal(text)} AS quoted, $1::VARCHAR AS bound`, [text])).getRowObjectsJS();
      expect(rows).toEqual([{ quoted: text, bound: text }]);
    }
  });

  it('creates and reads tables and columns under every awkward name', async () => {
    for (const [i, name] of AWKWARD.filter((n) => n !== '').entries()) {
      await c.run(`CREATE OR REPLACE TABLE ${ident(name)} (${ident(name)} INTEGER)`);
      await c.run(`INSERT INTO ${ident(name)} VALUES (${i})`);
      const read = await c.runAndReadAll(`SELECT ${ident(name)} FROM ${ident(name)}`);
      expect(read.columnNames()).toEqual([name]);
      expect(read.getRows()).toEqual([[i]]);
      await c.run(`DROP TABLE ${ident(name)}`);
    }
  });

  it('reads lists and doubles back', async () => {
    const row = (
      await c.runAndReadAll(
        `SELECT ${varcharList(AWKWARD)} AS texts, ${doubleList([0.1, -2, 1e-7, 1e21])} AS numbers, ${double(0.1)} * ${double(3)} AS product,
              'b''c' IN ${literalList(['a', "b'c"])} AS found`,
      )
    ).getRowObjectsJS()[0];
    expect(row?.['texts']).toEqual(AWKWARD);
    expect(row?.['numbers']).toEqual([0.1, -2, 1e-7, 1e21]);
    expect(row?.['product']).toBe(0.1 * 3);
    expect(row?.['found']).toBe(true);
  });

  it('opens instances offline, with the options asked for', async () => {
    const settings = await c.runAndReadAll(
      `SELECT name, value FROM duckdb_settings() WHERE name IN ${literalList([...Object.keys(OFFLINE_DUCKDB_SETTINGS), 'threads'])} ORDER BY name`,
    );
    expect(Object.fromEntries(settings.getRows().map(([n, v]) => [n, v]))).toEqual({ ...OFFLINE_DUCKDB_SETTINGS, threads: '1' });
    expect(offlineDuckDBConfig({ readOnly: true, memoryLimit: '1GB', settings: { preserve_insertion_order: 'true' } })).toEqual({
      ...OFFLINE_DUCKDB_SETTINGS,
      access_mode: 'READ_ONLY',
      memory_limit: '1GB',
      preserve_insertion_order: 'true',
    });
    expect(() => offlineDuckDBConfig({ threads: 0 })).toThrow(/threads/);
    expect(() => offlineDuckDBConfig({ settings: { autoload_known_extensions: 'true' } })).toThrow(/offline/);
  });
});
