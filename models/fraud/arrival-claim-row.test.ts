// The claim row appended value by value must hold what the prepared `$n::TYPE` SELECT it replaced
// gave: DuckDB's own cast of each validated value, NULL for a missing field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { claimRowWriter } from './arrival-claim-row.js';

const COLUMNS = new Map([
  ['nomor_sep', 'VARCHAR'],
  ['tgl_masuk', 'DATE'],
  ['waktu_masuk', 'TIMESTAMP'],
  ['jenis_rawat', 'INTEGER'],
  ['kelas_rawat', 'SMALLINT'],
  ['billed_cost', 'BIGINT'],
  ['latitude', 'DOUBLE'],
]);

/** Claims as requests carry them after validateArrivalClaim: ISO text for dates and times (with or without Z), numbers for numbers. */
const CLAIMS = [
  {
    nomor_sep: "X' OR '1'='1",
    tgl_masuk: '2024-02-29',
    waktu_masuk: '2024-02-29T07:15:30.125Z',
    jenis_rawat: 1,
    kelas_rawat: 3,
    billed_cost: 9_007_199_254_740_991,
    latitude: -6.2,
  },
  { nomor_sep: 'B', tgl_masuk: '1999-12-31', waktu_masuk: '1999-12-31 23:59', jenis_rawat: 2, kelas_rawat: null, billed_cost: 0 },
];

describe('claimRowWriter', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    instance = await createOfflineDuckDB(':memory:', { threads: 1 });
    connection = await instance.connect();
    await connection.run(`CREATE TABLE appended (${[...COLUMNS].map(([n, t]) => `${n} ${t}`).join(', ')})`);
  });
  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it('appends each value as the SQL cast of its column type reads it, and NULL for a missing one', async () => {
    const appender = await connection.createAppender('appended');
    const write = claimRowWriter(COLUMNS);
    for (const claim of CLAIMS) write(appender, claim);
    appender.flushSync();
    appender.closeSync();
    const casts = [...COLUMNS].map(([n, t], i) => `$${i + 1}::${t} AS ${n}`).join(', ');
    const expected = [];
    for (const claim of CLAIMS) {
      const values = [...COLUMNS.keys()].map((n) => (claim as Record<string, string | number | null | undefined>)[n] ?? null);
      expected.push(...(await connection.runAndReadAll(`SELECT ${casts}`, values)).getRowObjectsJson());
    }
    const appended = (await connection.runAndReadAll('SELECT * FROM appended')).getRowObjectsJson();
    expect(appended).toEqual(expected);
    expect(appended[1]).toMatchObject({ kelas_rawat: null, latitude: null, waktu_masuk: '1999-12-31 23:59:00' });
    expect(appended[0]).toMatchObject({ nomor_sep: "X' OR '1'='1", waktu_masuk: '2024-02-29 07:15:30.125' });
  });

  it('refuses at once a column type it has no appender call for', () => {
    expect(() => claimRowWriter(new Map([['amount', 'DECIMAL(18,2)']]))).toThrow(/amount has type DECIMAL\(18,2\)/);
  });
});
