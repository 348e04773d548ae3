// DuckDB's appender path for the access log: a batch is one commit, all of its rows or
// none (a row breaking a constraint, or a value that cannot be typed, leaves nothing
// behind), and committed rows are on disk when the promise resolves: a reopened file has them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDuckDbDriver } from './duckdb-driver.js';
import type { AppendColumnType, SqlDriver, SqlValue } from './driver.js';

const TYPES: readonly AppendColumnType[] = ['text', 'timestamptz', 'double'];
const row = (id: string, at: SqlValue = '2026-07-15T08:00:00.123Z', score: SqlValue = 700): SqlValue[] => [id, at, score];

let dir: string;
let driver: SqlDriver | undefined;

async function open(): Promise<SqlDriver> {
  driver = await openDuckDbDriver(join(dir, 'ops.duckdb'));
  return driver;
}

async function count(db: SqlDriver): Promise<number> {
  const rows = await db.query('SELECT CAST(count(*) AS INTEGER) AS n FROM access');
  return Number(rows[0]?.['n']);
}

describe('DuckDB appendRows', () => {
  afterEach(async () => {
    await driver?.close();
    driver = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  async function withTable(): Promise<SqlDriver & { appendRows: NonNullable<SqlDriver['appendRows']> }> {
    dir = mkdtempSync(join(tmpdir(), 'telisik-append-'));
    const db = await open();
    await db.query('CREATE TABLE access (id TEXT NOT NULL, accessed_at TIMESTAMPTZ NOT NULL, score DOUBLE PRECISION)');
    if (!db.appendRows) throw new Error('the DuckDB driver appends through its appender');
    return db as SqlDriver & { appendRows: NonNullable<SqlDriver['appendRows']> };
  }

  it('commits a batch whole, with its values as typed, and the rows survive a reopen', async () => {
    const db = await withTable();
    await db.appendRows('access', TYPES, [row('a'), row('b', '2026-07-15T09:30:00Z', null)]);
    expect(await count(db)).toBe(2);
    await db.close();
    const again = await open();
    const rows = await again.query(
      "SELECT id, strftime(accessed_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%g') AS at, score FROM access ORDER BY id",
    );
    expect(rows).toEqual([
      { id: 'a', at: '2026-07-15T08:00:00.123', score: 700 },
      { id: 'b', at: '2026-07-15T09:30:00.000', score: null },
    ]);
  });

  it('writes none of a batch when one row breaks a constraint', async () => {
    const db = await withTable();
    await expect(db.appendRows('access', TYPES, [row('a'), row(null as unknown as string), row('c')])).rejects.toThrow();
    expect(await count(db)).toBe(0);
    // the connection is still usable, and the next batch commits
    await db.appendRows('access', TYPES, [row('d')]);
    expect(await count(db)).toBe(1);
  });

  it('writes none of a batch when a value cannot be typed, before the appender sees any', async () => {
    const db = await withTable();
    await expect(db.appendRows('access', TYPES, [row('a'), row('b', 'not a time')])).rejects.toThrow(/not a timestamp/);
    await expect(db.appendRows('access', TYPES, [row('a'), ['short']])).rejects.toThrow(/1 values for 3 columns/);
    expect(await count(db)).toBe(0);
  });
});
