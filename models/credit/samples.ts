// The development and out-of-time samples: credit features at each observation date of the
// ground truth (truth/credit_outcome), joined on the pseudonymous member key. The truth file
// carries NIKs, so they are hashed here with the same key ingestion used. Read-only: nothing
// is written to the warehouse, so training can run beside other readers.
import type { DuckDBConnection } from '@duckdb/node-api';
import { creditFeaturesSql } from '../../features/credit/features-sql.js';
import { pseudonymSql } from '../../features/ingest/pseudonym.js';
import { ident, literal } from '../../data-samples/sql/index.js';
import type { Warehouse } from '../../features/warehouse/warehouse.js';
import { CREDIT_TARGET } from './champion.js';
import { encodeCategorical, getColumn, makeTable, textValue } from '../data/table.js';
import type { Column, DataTable } from '../data/table.js';

export interface CreditSamples {
  readonly table: DataTable;
  /** Rows observed at the earlier date: learning sample. */
  readonly devRows: Int32Array;
  /** Rows observed at the later date: out-of-time test. */
  readonly ootRows: Int32Array;
  readonly devDate: string;
  readonly ootDate: string;
}

const NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|FLOAT|DOUBLE|DECIMAL.*|BOOLEAN)$/;

/** Runs `sql` and returns its columns as a DataTable (numbers as Float64Array, the rest as text). */
export async function queryDataTable(connection: DuckDBConnection, sql: string): Promise<DataTable> {
  const reader = await connection.runAndReadAll(sql);
  const names = reader.columnNames();
  const types = reader.columnTypes().map((t) => t.toString());
  const raw = reader.getColumnsJS();
  const columns = new Map<string, Column>();
  names.forEach((name, i) => {
    const values = raw[i] ?? [];
    if (NUMERIC_TYPE.test(types[i] ?? '')) {
      columns.set(name, {
        kind: 'numeric',
        values: Float64Array.from(values, (v) => (v === null || v === undefined ? Number.NaN : Number(v))),
      });
    } else {
      columns.set(
        name,
        encodeCategorical(
          values.map((v) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v))),
        ),
      );
    }
  });
  return makeTable(columns);
}

/** The truth file as a relation with member keys instead of NIKs (hashed with ingestion's key). */
export function creditOutcomesSql(truthPath: string, pseudonymKey: Buffer): string {
  const reader = truthPath.endsWith('.csv') ? `read_csv(${literal(truthPath)}, auto_detect = true)` : `read_parquet(${literal(truthPath)})`;
  return `SELECT ${pseudonymSql('CAST(nik AS VARCHAR)', pseudonymKey)} AS member_key, CAST(observation_date AS DATE) AS observation_date,
           CAST(default_12m AS INTEGER) AS ${ident(CREDIT_TARGET)}
    FROM ${reader}`;
}

/** Observation dates in the truth file, oldest first. */
export async function outcomeDates(w: Warehouse, truthPath: string, pseudonymKey: Buffer): Promise<string[]> {
  const dates = await w.query<{ d: string }>(
    `SELECT DISTINCT strftime(observation_date, '%Y-%m-%d') AS d FROM (${creditOutcomesSql(truthPath, pseudonymKey)}) ORDER BY d`,
  );
  return dates.map((r) => r.d);
}

/**
 * SQL of the samples: features at both observation dates with their outcomes, sample column
 * 'dev' (earlier date) / 'oot' (later). Also what a bank exports to bring its own data.
 */
export async function creditSamplesSql(
  w: Warehouse,
  truthPath: string,
  pseudonymKey: Buffer,
): Promise<{ sql: string; devDate: string; ootDate: string }> {
  const dates = await outcomeDates(w, truthPath, pseudonymKey);
  if (dates.length < 2) throw new Error(`need two observation dates (development, out-of-time), got ${dates.length}`);
  const outcomes = creditOutcomesSql(truthPath, pseudonymKey);
  const [devDate, ootDate] = [dates[0]!, dates[dates.length - 1]!];
  const part = (date: string, sample: string) => `
    SELECT f.*, o.${ident(CREDIT_TARGET)}, ${literal(sample)} AS sample
    FROM (${creditFeaturesSql(date)}) f
    JOIN (${outcomes}) o ON o.member_key = f.member_key AND o.observation_date = CAST(${literal(date)} AS DATE)`;
  return { sql: `${part(devDate, 'dev')} UNION ALL ${part(ootDate, 'oot')}`, devDate, ootDate };
}

/** The samples as one DataTable with the row indices of each. */
export async function creditSamples(w: Warehouse, truthPath: string, pseudonymKey: Buffer): Promise<CreditSamples> {
  const { sql, devDate, ootDate } = await creditSamplesSql(w, truthPath, pseudonymKey);
  const table = await queryDataTable(w.connection, sql);
  const sample = getColumn(table, 'sample');
  const dev: number[] = [];
  const oot: number[] = [];
  for (let r = 0; r < table.nRows; r++) (textValue(sample, r) === 'dev' ? dev : oot).push(r);
  return { table, devRows: Int32Array.from(dev), ootRows: Int32Array.from(oot), devDate, ootDate };
}
