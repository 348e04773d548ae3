// The Arrow hand-over round trip: DuckDB columns -> IPC file -> typed arrays.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { publishSnapshot, readSnapshot } from './index.js';

describe('Arrow snapshot hand-over', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'telisik-snapshot-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips BIGINT, DECIMAL, INTEGER, VARCHAR, DATE and nulls into typed arrays', async () => {
    const instance = await createOfflineDuckDB(':memory:');
    const connection = await instance.connect();
    const path = join(dir, 'members.arrow');
    try {
      const info = await publishSnapshot(
        connection,
        `
        SELECT * FROM (VALUES
          ('m1', 9007199254740991::BIGINT, 1.5::DECIMAL(10,1), 3::INTEGER, 'PBI', DATE '1970-01-02', 2.5::DOUBLE),
          ('m2', 250000::BIGINT, NULL, 7::INTEGER, 'PPU', DATE '2024-03-01', NULL),
          ('m3', 0::BIGINT, 2.0::DECIMAL(10,1), -1::INTEGER, 'PBI', NULL, 4.0::DOUBLE)
        ) AS t(member_key, amount_paid, ratio, months, segment, period, score)`,
        path,
      );
      expect(info).toEqual({ path, rows: 3, columns: ['member_key', 'amount_paid', 'ratio', 'months', 'segment', 'period', 'score'] });
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const snapshot = await readSnapshot(path);
    expect(snapshot.rows).toBe(3);
    const amount = snapshot.float64('amount_paid');
    expect(amount).toBeInstanceOf(Float64Array);
    expect(Array.from(amount)).toEqual([9007199254740991, 250000, 0]);
    expect(Array.from(snapshot.float64('ratio'))).toEqual([1.5, Number.NaN, 2]);
    expect(Array.from(snapshot.float64('score'))).toEqual([2.5, Number.NaN, 4]);
    const months = snapshot.int32('months');
    expect(months).toBeInstanceOf(Int32Array);
    expect(Array.from(months)).toEqual([3, 7, -1]);
    expect(snapshot.int32('period')[0]).toBe(1);
    const segment = snapshot.category('segment');
    expect(segment.codes).toBeInstanceOf(Int32Array);
    expect(segment.codes.length).toBe(3);
    expect(Array.from(segment.codes).map((c) => segment.levels[c])).toEqual(['PBI', 'PPU', 'PBI']);
    expect(() => snapshot.float64('segment')).toThrow(/not Float64/);
    expect(() => snapshot.float64('nope')).toThrow(/no column "nope"/);
  });

  it('refuses a BIGINT that a double cannot hold exactly', async () => {
    const instance = await createOfflineDuckDB(':memory:');
    const connection = await instance.connect();
    try {
      await expect(publishSnapshot(connection, 'SELECT 9007199254740993::BIGINT AS x', join(dir, 'big.arrow'))).rejects.toThrow(
        /does not fit/,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
