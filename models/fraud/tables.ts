// Builds every fraud table of a warehouse in order, as declared steps (what each reads and
// writes): claim-phase features, provider distributions and detector hits, provider features,
// then labels, per-signal precision and the model input. Also reads a query's result into a
// model-toolkit DataTable.
import { DuckDBDecimalValue } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBResultReader } from '@duckdb/node-api';
import { claimPhaseSteps, providerPhaseSteps, RAW_SOURCES } from '../../features/fraud/index.js';
import type { FraudSources, FraudSqlStep } from '../../features/fraud/index.js';
import { encodeCategorical, makeTable } from '../data/index.js';
import type { Column, DataTable } from '../data/index.js';
import {
  CASEMIX_PEER_TABLE,
  DETECTED_FRAUD_TYPES,
  FLAT_PACKAGE_TABLE,
  PEER_NORMS_TABLE,
  PROCEDURE_PEER_TABLE,
  PROVIDER_DISTRIBUTION_TABLE,
  casemixPeersSql,
  detectorHitsSql,
  distributionSql,
  packagesSql,
  peerNormsSql,
  procedurePeersSql,
  signalValuesSql,
} from './detectors/index.js';
import type { DetectorOverrides } from './detectors/index.js';
import { SIGNAL_PATTERN_TABLE, signalPatternsSql } from './claim-scores.js';

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

/** Every step of a fraud build, in order, with the tables each reads and writes. */
export function fraudSqlSteps(src: FraudSources = RAW_SOURCES, overrides: DetectorOverrides = {}): FraudSqlStep[] {
  const s = (layer: FraudSqlStep['layer'], reads: readonly string[], writes: string, sql: string): FraudSqlStep => ({
    layer,
    reads,
    writes,
    sql,
  });
  return [
    s('reference', [], 'fraud_investigator_outcomes', INVESTIGATOR_OUTCOMES_DDL),
    ...claimPhaseSteps(src),
    s('detectors', ['fraud_claim_base'], CASEMIX_PEER_TABLE, casemixPeersSql()),
    s('detectors', ['fraud_claim_base'], PROCEDURE_PEER_TABLE, procedurePeersSql()),
    s('detectors', ['fraud_claim_base'], PEER_NORMS_TABLE, peerNormsSql()),
    s('detectors', ['fraud_claim_base', CASEMIX_PEER_TABLE], PROVIDER_DISTRIBUTION_TABLE, distributionSql(overrides)),
    s('detectors', ['fraud_claim_base'], FLAT_PACKAGE_TABLE, packagesSql(overrides)),
    s(
      'detectors',
      [
        'fraud_claim_base',
        'fraud_card_pairs',
        'fraud_ref_topup',
        CASEMIX_PEER_TABLE,
        PROCEDURE_PEER_TABLE,
        PEER_NORMS_TABLE,
        PROVIDER_DISTRIBUTION_TABLE,
        FLAT_PACKAGE_TABLE,
        src.kkpak,
      ],
      'fraud_detector_hits',
      detectorHitsSql(src, overrides),
    ),
    ...providerPhaseSteps(src, { detectorHits: 'fraud_detector_hits' }),
    s('model input', [src.audits, 'fraud_investigator_outcomes'], 'fraud_claim_labels', claimLabelsSql(src)),
    s('model input', ['fraud_detector_hits', 'fraud_claim_labels'], 'fraud_signal_precision', signalPrecisionSql()),
    s('model input', ['fraud_detector_hits', 'fraud_claim_base'], SIGNAL_PATTERN_TABLE, signalPatternsSql()),
    s(
      'model input',
      ['fraud_claim_features', 'fraud_detector_hits', 'fraud_signal_precision', 'fraud_claim_labels'],
      'fraud_model_input',
      modelInputSql(),
    ),
  ];
}

export async function buildFraudTables(connection: DuckDBConnection, options: BuildFraudTablesOptions = {}): Promise<void> {
  for (const step of fraudSqlSteps(options.sources ?? RAW_SOURCES, options.detectorOverrides)) {
    await connection.run(step.sql);
    options.onStep?.(step.writes);
  }
}

/**
 * fraud_claim_labels: 1 when the latest audit or investigator finding confirmed fraud, 0 when
 * it found none; claims never audited or found inconclusive have no row with a label.
 */
export function claimLabelsSql(src: FraudSources): string {
  return `
CREATE OR REPLACE TABLE fraud_claim_labels AS
WITH findings AS (
  SELECT nomor_sep, outcome, audit_date::TIMESTAMP AS found_at FROM ${src.audits}
  UNION ALL
  SELECT nomor_sep, upper(verdict), recorded_at FROM fraud_investigator_outcomes
)
SELECT nomor_sep, CASE arg_max(outcome, found_at) WHEN 'CONFIRMED' THEN 1 WHEN 'NOT_FRAUD' THEN 0 END AS label
FROM findings GROUP BY nomor_sep`;
}

/**
 * fraud_signal_precision: per detector signal (never pooled over a fraud type), the posterior
 * mean of its precision under a Beta prior set by its strength (SIGNAL_PRECISION_PRIOR):
 * (prior confirmed + confirmed) / (prior confirmed + prior not fraud + audited hits).
 * Every declared signal has a row, audited or not.
 */
export function signalPrecisionSql(): string {
  return `
CREATE OR REPLACE TABLE fraud_signal_precision AS
WITH audited AS (
  SELECT h.fraud_type, h.signal, count(*) AS audited, sum(l.label) AS confirmed
  FROM fraud_detector_hits h JOIN fraud_claim_labels l USING (nomor_sep) WHERE l.label IS NOT NULL GROUP BY ALL
)
SELECT sig.fraud_type, sig.signal, sig.strength, sig.prior_confirmed, sig.prior_not_fraud,
  coalesce(a.audited, 0)::INTEGER AS audited, coalesce(a.confirmed, 0)::INTEGER AS confirmed,
  (sig.prior_confirmed + coalesce(a.confirmed, 0)) / (sig.prior_confirmed + sig.prior_not_fraud + coalesce(a.audited, 0)) AS precision
FROM ${signalValuesSql()} LEFT JOIN audited a USING (fraud_type, signal)`;
}

/**
 * fraud_model_input: one row per claim. detector_precision is the precision of the claim's
 * most precise detector signal; a labelled claim's own outcome is left out of it (leave one
 * out), so the classifier never learns a label from itself. Arrival scoring runs the same
 * statement on its claim (no label, so nothing is left out).
 */
export function modelInputSql(): string {
  const flags = DETECTED_FRAUD_TYPES.map((c) => `coalesce(bool_or(h.fraud_type = '${c}'), false)::INTEGER AS ${hitColumn(c)}`).join(
    ',\n    ',
  );
  return `
CREATE OR REPLACE TABLE fraud_model_input AS
WITH hit_precision AS (
  SELECT h.nomor_sep,
    max((sp.prior_confirmed + sp.confirmed - coalesce(l.label, 0))
        / (sp.prior_confirmed + sp.prior_not_fraud + sp.audited - (l.label IS NOT NULL)::INTEGER)) AS detector_precision
  FROM fraud_detector_hits h JOIN fraud_signal_precision sp USING (fraud_type, signal) LEFT JOIN fraud_claim_labels l USING (nomor_sep)
  GROUP BY h.nomor_sep
), flags AS (
  SELECT f.nomor_sep, ${flags},
    count(DISTINCT h.fraud_type)::INTEGER AS detector_types_hit
  FROM fraud_claim_features f LEFT JOIN fraud_detector_hits h USING (nomor_sep) GROUP BY f.nomor_sep
)
SELECT f.*, flags.* EXCLUDE (nomor_sep), coalesce(hp.detector_precision, 0) AS detector_precision, l.label
FROM fraud_claim_features f JOIN flags USING (nomor_sep) LEFT JOIN hit_precision hp USING (nomor_sep) LEFT JOIN fraud_claim_labels l USING (nomor_sep)`;
}

/**
 * Runs `sql` and returns its columns as a DataTable: numbers as Float64Array (NULL is NaN), text
 * dictionary-encoded. Values are copied chunk by chunk straight from DuckDB's vectors into the
 * typed arrays: converting the whole result to JavaScript arrays first took 135 s of the
 * batch at 1M claims (measured under load), longer than training.
 */
export async function queryTable(
  connection: DuckDBConnection,
  sql: string,
  textColumns: readonly string[] = [],
  params?: readonly (string | number)[],
): Promise<DataTable> {
  const result = await connection.run(sql, params ? [...params] : undefined);
  const names = result.columnNames();
  const chunks = await result.fetchAllChunks();
  const rows = chunks.reduce((n, c) => n + c.rowCount, 0);
  const columns = new Map<string, Column>();
  names.forEach((name, i) => {
    if (textColumns.includes(name)) {
      const values: (string | null)[] = new Array<string | null>(rows);
      let at = 0;
      for (const chunk of chunks) {
        const vector = chunk.getColumnVector(i);
        for (let r = 0; r < chunk.rowCount; r++) {
          const v = vector.getItem(r);
          values[at++] = v === null || v === undefined ? null : String(v);
        }
      }
      columns.set(name, encodeCategorical(values));
      return;
    }
    const out = new Float64Array(rows);
    let at = 0;
    for (const chunk of chunks) {
      const vector = chunk.getColumnVector(i);
      for (let r = 0; r < chunk.rowCount; r++) out[at++] = numberOf(vector.getItem(r));
    }
    columns.set(name, { kind: 'numeric', values: out });
  });
  return makeTable(columns);
}

/** A cell as a number: DECIMAL as its double (as getColumnsJS gives it), anything not numeric (NULL, dates) as NaN. */
function numberOf(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  if (v instanceof DuckDBDecimalValue) return v.toDouble();
  return Number.NaN;
}

/** A read result's columns as a DataTable (see queryTable); a prepared statement's result too. */
export function tableFromReader(reader: DuckDBResultReader, textColumns: readonly string[] = []): DataTable {
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
    for (let r = 0; r < values.length; r++) out[r] = numberOf(values[r]);
    columns.set(name, { kind: 'numeric', values: out });
  });
  return makeTable(columns);
}
