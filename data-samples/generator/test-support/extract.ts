// Test helper: generates an extract into a temporary directory and queries its files with DuckDB.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES } from '../../schema/index.js';
import { createOfflineDuckDB } from '../../sql/index.js';
import { generate } from '../index.js';
import type { GenerateOptions, GenerateResult } from '../index.js';

export interface GeneratedExtract {
  readonly dir: string;
  readonly result: GenerateResult;
  /** Rows of a query over views named after the source and truth tables (source columns are text). */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /** One number from a query's first row and column. */
  scalar(sql: string): Promise<number>;
  close(): Promise<void>;
}

const TRUTH = ['claim_fraud', 'claim_lookalike', 'credit_outcome', 'employer_safety', 'defects'] as const;

export async function generateExtract(options: Omit<GenerateOptions, 'outDir'>): Promise<GeneratedExtract> {
  const dir = await mkdtemp(join(tmpdir(), 'telisik-gen-'));
  const result = await generate({ ...options, outDir: dir });
  const instance = await createOfflineDuckDB(':memory:', { threads: 2 });
  const conn: DuckDBConnection = await instance.connect();
  const format = options.format ?? 'parquet';
  const read = (path: string, allText: boolean): string =>
    format === 'csv' ? `read_csv('${path}', ${allText ? 'all_varchar = true' : 'auto_detect = true'})` : `read_parquet('${path}')`;
  for (const t of TABLES) await conn.run(`CREATE VIEW ${t.name} AS SELECT * FROM ${read(result.tables[t.name].path, true)}`);
  for (const t of TRUTH) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM ${read(result.truth[t].path, false)}`);
  const query = async <T>(sql: string): Promise<T[]> => (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];
  return {
    dir,
    result,
    query,
    async scalar(sql) {
      const row = (await query<Record<string, unknown>>(sql))[0] ?? {};
      return Number(Object.values(row)[0]);
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
