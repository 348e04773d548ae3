// The development and out-of-time samples: credit features at each observation date of the
// ground truth (truth/credit_outcome), joined on the pseudonymous member key. The truth file
// carries NIKs, so they are hashed here with the same key ingestion used.
import type { DuckDBConnection } from '@duckdb/node-api';
import { creditFeaturesSql } from '../../../../features/credit/features-sql.js';
import { pseudonymSql } from '../../../../features/ingest/pseudonym.js';
import { literal } from '../../../../features/warehouse/sql.js';
import type { Warehouse } from '../../../../features/warehouse/warehouse.js';
import { CREDIT_TARGET } from '../../../../models/credit/champion.js';
import { encodeCategorical, getColumn, makeTable, textValue } from '../../../../models/data/table.js';
import type { Column, DataTable } from '../../../../models/data/table.js';

/** Warehouse table holding the hashed outcomes. */
export const CREDIT_OUTCOMES_TABLE = 'credit_outcomes';

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
      columns.set(name, { kind: 'numeric', values: Float64Array.from(values, (v) => (v === null || v === undefined ? Number.NaN : Number(v))) });
    } else {
      columns.set(name, encodeCategorical(values.map((v) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))));
    }
  });
  return makeTable(columns);
}

/** Loads truth/credit_outcome (Parquet or CSV) into the warehouse with member keys instead of NIKs. */
export async function loadCreditOutcomes(w: Warehouse, truthPath: string, pseudonymKey: Buffer): Promise<string[]> {
  const reader = truthPath.endsWith('.csv') ? `read_csv(${literal(truthPath)}, auto_detect = true)` : `read_parquet(${literal(truthPath)})`;
  await w.run(`CREATE OR REPLACE TABLE ${CREDIT_OUTCOMES_TABLE} AS
    SELECT ${pseudonymSql('CAST(nik AS VARCHAR)', pseudonymKey)} AS member_key, CAST(observation_date AS DATE) AS observation_date,
           CAST(default_12m AS INTEGER) AS ${CREDIT_TARGET}
    FROM ${reader}`);
  const dates = await w.query<{ d: string }>(`SELECT DISTINCT strftime(observation_date, '%Y-%m-%d') AS d FROM ${CREDIT_OUTCOMES_TABLE} ORDER BY d`);
  return dates.map((r) => r.d);
}

/** Features at both observation dates with their outcomes, one table, sample column 'dev' / 'oot'. */
export async function creditSamples(w: Warehouse, dates: readonly string[]): Promise<CreditSamples> {
  if (dates.length < 2) throw new Error(`need two observation dates (development, out-of-time), got ${dates.length}`);
  const [devDate, ootDate] = [dates[0]!, dates[dates.length - 1]!];
  const part = (date: string, sample: string) => `
    SELECT f.*, o.${CREDIT_TARGET}, '${sample}' AS sample
    FROM (${creditFeaturesSql(date)}) f
    JOIN ${CREDIT_OUTCOMES_TABLE} o ON o.member_key = f.member_key AND o.observation_date = DATE '${date}'`;
  const table = await queryDataTable(w.connection, `${part(devDate, 'dev')} UNION ALL ${part(ootDate, 'oot')}`);
  const sample = getColumn(table, 'sample');
  const dev: number[] = [];
  const oot: number[] = [];
  for (let r = 0; r < table.nRows; r++) (textValue(sample, r) === 'dev' ? dev : oot).push(r);
  return { table, devRows: Int32Array.from(dev), ootRows: Int32Array.from(oot), devDate, ootDate };
}
