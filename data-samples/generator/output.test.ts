// Writing a source table from several typed parts: the parts follow one another in the file,
// every duplicated row is recorded once, on its second copy, and parts whose column types
// differ are refused (their text could change on the way through the first part's types).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB, literal } from '../sql/index.js';
import { resolvePlan } from './options.js';
import { writeSourceTable } from './output.js';
import { randomMacros } from './sql.js';

let dir: string;
let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-output-'));
  instance = await createOfflineDuckDB(':memory:', { threads: 1, settings: { preserve_insertion_order: 'true' } });
  conn = await instance.connect();
  for (const sql of randomMacros(7)) await conn.run(sql);
  await conn.run(`CREATE TABLE truth_defects ("table" VARCHAR, row_number BIGINT, "column" VARCHAR, defect_class VARCHAR)`);
});
afterAll(async () => {
  conn?.closeSync();
  instance?.closeSync();
  await rm(dir, { recursive: true, force: true });
});

/** Deaths with keys from..to-1; NIKs that say which part and key they come from. */
const deaths = (part: number, from: number, to: number, dateType = 'DATE'): string =>
  `SELECT i AS _key, '${part}' || lpad(i::VARCHAR, 15, '0') AS nik, CAST(DATE '2025-01-01' + (i % 300)::INTEGER AS ${dateType}) AS death_date, 'JKM' AS source
   FROM range(${from}, ${to}) r(i)`;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS();
}

describe('writeSourceTable', () => {
  // A high rate so that a few hundred rows carry every defect class of the table.
  const plan = resolvePlan({ outDir: '.', members: 1000, defectRate: 0.2, format: 'csv' });

  it('writes the parts in order and records each duplicate once, at its second copy', async () => {
    await conn.run('DELETE FROM truth_defects');
    const written = await writeSourceTable(conn, plan, 'deaths', [deaths(1, 0, 300), deaths(2, 300, 600)], dir);
    const file = await rows(
      `SELECT row_number() OVER () AS line, nik FROM read_csv(${literal(written.path)}, header = true, all_varchar = true)`,
    );
    const defects = await rows(`SELECT row_number, "column", defect_class FROM truth_defects WHERE "table" = 'deaths' ORDER BY row_number`);
    const duplicates = defects.filter((d) => d['defect_class'] === 'duplicate_row');
    expect(duplicates.length).toBeGreaterThan(0);
    expect(written.rows).toBe(600 + duplicates.length);
    expect(file).toHaveLength(written.rows);
    // every part-1 row before every part-2 row
    const firstOfPart2 = file.findIndex((r) => String(r['nik']).startsWith('2'));
    expect(file.slice(0, firstOfPart2).every((r) => String(r['nik']).startsWith('1'))).toBe(true);
    expect(file.slice(firstOfPart2).every((r) => String(r['nik']).startsWith('2'))).toBe(true);
    // a recorded duplicate repeats the line before it, with no column named
    for (const d of duplicates) {
      const line = Number(d['row_number']);
      expect(d['column']).toBeNull();
      expect(file[line - 1]?.['nik']).toBe(file[line - 2]?.['nik']);
    }
  });

  it('refuses a part whose column types differ from the first part', async () => {
    await expect(writeSourceTable(conn, plan, 'deaths', [deaths(1, 0, 50), deaths(2, 50, 100, 'VARCHAR')], dir)).rejects.toThrow(
      /parts of deaths differ in column types \(death_date VARCHAR/,
    );
  });
});
