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
  const steps = [
    ...claimPhaseSql(src), detectorHitsSql(src, options.detectorOverrides), ...providerPhaseSql(src), INVESTIGATOR_OUTCOMES_DDL,
    modelInputSql(src), signalPrecisionSql(src),
  ];
  for (const sql of steps) {
    await connection.run(sql);
    options.onStep?.(/CREATE (?:OR REPLACE )?TABLE (?:IF NOT EXISTS )?(\w+)/.exec(sql)?.[1] ?? 'sql');
  }
}

/** Pseudo-outcomes of the fraud type's precision mixed into each detector signal's precision (assumption). */
export const SIGNAL_PRECISION_SMOOTHING = 10;

/**
 * fraud_model_input: one row per claim. detector_precision is the share of audited hits of
 * the claim's most precise detector signal that audits confirmed, smoothed towards its fraud
 * type and all hits, so a rare detector borrows strength from the others. label is 1 when the latest audit or investigator
 * finding confirmed fraud, 0 when it found none, NULL otherwise (never audited, inconclusive).
 */
export function modelInputSql(src: FraudSources): string {
  const flags = DETECTED_FRAUD_TYPES.map((c) => `coalesce(bool_or(h.fraud_type = '${c}'), false)::INTEGER AS ${hitColumn(c)}`).join(',\n    ');
  const k = SIGNAL_PRECISION_SMOOTHING;
  return `
CREATE OR REPLACE TABLE fraud_model_input AS
WITH findings AS (
  SELECT nomor_sep, outcome, audit_date::TIMESTAMP AS found_at FROM ${src.audits}
  UNION ALL
  SELECT nomor_sep, upper(verdict), recorded_at FROM fraud_investigator_outcomes
), latest AS (
  SELECT nomor_sep, CASE arg_max(outcome, found_at) WHEN 'CONFIRMED' THEN 1 WHEN 'NOT_FRAUD' THEN 0 END AS label
  FROM findings GROUP BY nomor_sep
), lh AS (
  SELECT h.fraud_type, h.signal, h.nomor_sep, l.label FROM fraud_detector_hits h JOIN latest l USING (nomor_sep) WHERE l.label IS NOT NULL
), pooled AS (
  -- Laplace's rule of succession: defined even before any hit has been audited
  SELECT (sum(label) + 1.0) / (count(*) + 2.0) AS p_all FROM lh
), by_type AS (
  SELECT fraud_type, (sum(label) + ${k} * any_value(p_all)) / (count(*) + ${k}) AS p_type FROM lh CROSS JOIN pooled GROUP BY fraud_type
), by_signal AS (
  SELECT fraud_type, signal, count(*) AS n_sig, sum(label) AS conf_sig FROM lh GROUP BY ALL
), hit_precision AS (
  -- leave one out: a labelled claim's own outcome never counts towards its signal's precision
  SELECT h.nomor_sep,
    max((coalesce(s.conf_sig, 0) - coalesce(l.label, 0) + ${k} * coalesce(t.p_type, p.p_all))
        / (coalesce(s.n_sig, 0) - (l.label IS NOT NULL)::INTEGER + ${k})) AS detector_precision
  FROM fraud_detector_hits h CROSS JOIN pooled p
  LEFT JOIN by_type t USING (fraud_type) LEFT JOIN by_signal s USING (fraud_type, signal) LEFT JOIN latest l USING (nomor_sep)
  GROUP BY h.nomor_sep
), flags AS (
  SELECT f.nomor_sep, ${flags},
    count(DISTINCT h.fraud_type)::INTEGER AS detector_types_hit
  FROM fraud_claim_features f LEFT JOIN fraud_detector_hits h USING (nomor_sep) GROUP BY f.nomor_sep
)
SELECT f.*, flags.* EXCLUDE (nomor_sep), coalesce(hp.detector_precision, 0) AS detector_precision, l.label
FROM fraud_claim_features f JOIN flags USING (nomor_sep) LEFT JOIN hit_precision hp USING (nomor_sep) LEFT JOIN latest l USING (nomor_sep)`;
}

/** fraud_signal_precision: what arrival scoring uses for detector_precision (no leave-one-out: the new claim has no outcome). */
export function signalPrecisionSql(src: FraudSources): string {
  const k = SIGNAL_PRECISION_SMOOTHING;
  return `
CREATE OR REPLACE TABLE fraud_signal_precision AS
WITH findings AS (
  SELECT nomor_sep, outcome, audit_date::TIMESTAMP AS found_at FROM ${src.audits}
  UNION ALL SELECT nomor_sep, upper(verdict), recorded_at FROM fraud_investigator_outcomes
), latest AS (
  SELECT nomor_sep, CASE arg_max(outcome, found_at) WHEN 'CONFIRMED' THEN 1 WHEN 'NOT_FRAUD' THEN 0 END AS label FROM findings GROUP BY nomor_sep
), lh AS (SELECT h.fraud_type, h.signal, l.label FROM fraud_detector_hits h JOIN latest l USING (nomor_sep) WHERE l.label IS NOT NULL),
pooled AS (SELECT (sum(label) + 1.0) / (count(*) + 2.0) AS p_all FROM lh),
by_type AS (SELECT fraud_type, (sum(label) + ${k} * any_value(p_all)) / (count(*) + ${k}) AS p_type FROM lh CROSS JOIN pooled GROUP BY fraud_type),
signals AS (SELECT DISTINCT fraud_type, signal FROM fraud_detector_hits)
SELECT s.fraud_type, s.signal,
  (coalesce(sum(lh.label), 0) + ${k} * coalesce(any_value(t.p_type), any_value(p.p_all))) / (count(lh.label) + ${k}) AS precision
FROM signals s CROSS JOIN pooled p LEFT JOIN by_type t USING (fraud_type) LEFT JOIN lh USING (fraud_type, signal)
GROUP BY s.fraud_type, s.signal`;
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
