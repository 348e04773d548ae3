// Builds every fraud table of a warehouse in order: claim phase features, detector hits,
// provider features, then the model input (features, detector flags, labels from audits and
// investigator outcomes). Also reads a query's result into a model-toolkit DataTable.
import type { DuckDBConnection } from '@duckdb/node-api';
import { claimPhaseSql, providerPhaseSql, RAW_SOURCES } from '../../features/fraud/index.js';
import type { FraudSources } from '../../features/fraud/index.js';
import { encodeCategorical, makeTable } from '../data/index.js';
import type { Column, DataTable } from '../data/index.js';
import { DETECTED_FRAUD_TYPES, detectorHitsSql } from './detectors/index.js';
import type { DetectorOverrides } from './detectors/index.js';

/** Model input column of a detector's flag, e.g. hit_upcoding. */
export const hitColumn = (code: string): string => `hit_${code.toLowerCase()}`;
export const HIT_FLAG_COLUMNS: readonly string[] = Object.freeze(DETECTED_FRAUD_TYPES.map(hitColumn));

/** Investigator outcomes copied from the ops store; the next training run learns from them. */
export const INVESTIGATOR_OUTCOMES_DDL = `CREATE TABLE IF NOT EXISTS fraud_investigator_outcomes (
  case_id VARCHAR, nomor_sep VARCHAR, verdict VARCHAR, fraud_type VARCHAR, amount_recovered BIGINT, recorded_at TIMESTAMP)`;

export interface BuildFraudTablesOptions {
  readonly sources?: FraudSources;
  readonly detectorOverrides?: DetectorOverrides;
  /** Called after each statement, for progress reporting. */
  readonly onStep?: (step: string) => void;
}

export async function buildFraudTables(connection: DuckDBConnection, options: BuildFraudTablesOptions = {}): Promise<void> {
  const src = options.sources ?? RAW_SOURCES;
  const steps = [...claimPhaseSql(src), detectorHitsSql(src, options.detectorOverrides), ...providerPhaseSql(src), INVESTIGATOR_OUTCOMES_DDL, modelInputSql(src)];
  for (const sql of steps) {
    await connection.run(sql);
    options.onStep?.(/CREATE (?:OR REPLACE )?TABLE (?:IF NOT EXISTS )?(\w+)/.exec(sql)?.[1] ?? 'sql');
  }
}

/**
 * fraud_model_input: one row per claim. label is 1 when the latest audit or investigator
 * finding confirmed fraud, 0 when it found none, NULL otherwise (never audited, inconclusive).
 */
export function modelInputSql(src: FraudSources): string {
  const flags = DETECTED_FRAUD_TYPES.map((c) => `coalesce(bool_or(h.fraud_type = '${c}'), false)::INTEGER AS ${hitColumn(c)}`).join(',\n    ');
  return `
CREATE OR REPLACE TABLE fraud_model_input AS
WITH flags AS (
  SELECT f.nomor_sep, ${flags},
    count(DISTINCT h.fraud_type)::INTEGER AS detector_types_hit
  FROM fraud_claim_features f LEFT JOIN fraud_detector_hits h USING (nomor_sep) GROUP BY f.nomor_sep
), findings AS (
  SELECT nomor_sep, outcome, audit_date::TIMESTAMP AS found_at FROM ${src.audits}
  UNION ALL
  SELECT nomor_sep, upper(verdict), recorded_at FROM fraud_investigator_outcomes
), latest AS (
  SELECT nomor_sep, arg_max(outcome, found_at) AS outcome FROM findings GROUP BY nomor_sep
)
SELECT f.*, flags.* EXCLUDE (nomor_sep),
  CASE l.outcome WHEN 'CONFIRMED' THEN 1 WHEN 'NOT_FRAUD' THEN 0 END AS label
FROM fraud_claim_features f JOIN flags USING (nomor_sep) LEFT JOIN latest l USING (nomor_sep)`;
}

/** Runs `sql` and returns its columns as a DataTable: numbers as Float64Array (NULL is NaN), text dictionary-encoded. */
export async function queryTable(connection: DuckDBConnection, sql: string, textColumns: readonly string[] = []): Promise<DataTable> {
  const reader = await connection.runAndReadAll(sql);
  const names = reader.columnNames();
  const raw = reader.getColumnsJS();
  const columns = new Map<string, Column>();
  names.forEach((name, i) => {
    const values = raw[i] ?? [];
    if (textColumns.includes(name)) {
      columns.set(name, encodeCategorical(values.map((v) => (v === null || v === undefined ? null : String(v)))));
      return;
    }
    const out = new Float64Array(values.length);
    for (let r = 0; r < values.length; r++) {
      const v = values[r];
      out[r] = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? Number(v) : Number.NaN;
    }
    columns.set(name, { kind: 'numeric', values: out });
  });
  return makeTable(columns);
}
