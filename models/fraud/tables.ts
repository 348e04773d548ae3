// Builds every fraud table of a warehouse in order, as declared steps (what each reads and
// writes): claim-phase features, provider distributions and detector hits, provider features,
// then labels, per-signal precision and the model input. Also reads a query's result into a
// model-toolkit DataTable.
import { DuckDBDecimalValue } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBResultReader } from '@duckdb/node-api';
import { claimPhaseSteps, providerPhaseSteps, RAW_SOURCES } from '../../features/fraud/index.js';
import type { FraudSources, FraudSqlStep } from '../../features/fraud/index.js';
import { ident } from '../../data-samples/sql/index.js';
import { encodeCategorical, makeTable } from '../data/index.js';
import { textColumn } from '../data/load-text.js';
import { numberColumn } from '../data/vector-values.js';
import type { Column, DataTable } from '../data/index.js';
import {
  CASEMIX_PEER_TABLE,
  DETECTED_FRAUD_TYPES,
  FLAT_PACKAGE_TABLE,
  OTHER_FACILITY_PEER_TABLE,
  PEER_NORMS_TABLE,
  PROCEDURE_PEER_TABLE,
  PROVIDER_DISTRIBUTION_TABLE,
  casemixPeersSql,
  distributionSql,
  otherFacilityPeersSql,
  packagesSql,
  peerNormsSql,
  procedurePeersSql,
  signalValuesSql,
} from './detectors/index.js';
import type { DetectorOverrides } from './detectors/index.js';
import { SIGNAL_PATTERN_TABLE, signalPatternsSql } from './claim-scores.js';
import { referralPairsStepSql } from './detectors/care-pattern.js';
import { REFERRAL_PAIR_TABLE } from './detectors/referral-pairs.js';
import { FKTP_REFERRAL_TABLE, fktpReferralsSql } from './detectors/referral-primary-care.js';
import { OPERATION_RECORD_TABLE, operationRecordsSql } from './detectors/operation-records.js';
import { CARRIED_STAY_TABLE, carriedStaysStepSql } from './detectors/los-care-carried.js';
import { OTHER_FACILITY_NORM_TABLE, otherFacilityNormsSql } from './detectors/other-facility-norms.js';
import { CARD_HOME_TABLE, cardHomesSql } from './detectors/pair-suspect.js';
import { detectorHitsStepSql } from './detector-hits-step.js';

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
    // the other-facility peers in three steps: the leave-out norms, the stays whose bill carries their days
    // (PROLONGED_LOS: once, for the peers' counts, the distribution's counts and the hits), then the counts
    s('detectors', ['fraud_claim_base', CASEMIX_PEER_TABLE], OTHER_FACILITY_NORM_TABLE, otherFacilityNormsSql()),
    s('detectors', ['fraud_claim_base', OTHER_FACILITY_NORM_TABLE], CARRIED_STAY_TABLE, carriedStaysStepSql()),
    s('detectors', ['fraud_claim_base', OTHER_FACILITY_NORM_TABLE, CARRIED_STAY_TABLE], OTHER_FACILITY_PEER_TABLE, otherFacilityPeersSql()),
    s(
      'detectors',
      [
        'fraud_claim_base',
        'fraud_ref_cbg',
        CASEMIX_PEER_TABLE,
        // INFLATED_BILL's line outliers counted per provider (inflated-line-repeat.ts)
        PROCEDURE_PEER_TABLE,
        OTHER_FACILITY_PEER_TABLE,
        CARRIED_STAY_TABLE,
        src.prbClaims,
        src.fktpVisits,
      ],
      PROVIDER_DISTRIBUTION_TABLE,
      distributionSql(overrides, src),
    ),
    s('detectors', ['fraud_claim_base'], FLAT_PACKAGE_TABLE, packagesSql(overrides)),
    s('detectors', ['fraud_claim_base'], REFERRAL_PAIR_TABLE, referralPairsStepSql(overrides.SELF_REFERRAL)),
    s('detectors', [src.fktpVisits], FKTP_REFERRAL_TABLE, fktpReferralsSql(src)),
    s('detectors', ['fraud_claim_base'], OPERATION_RECORD_TABLE, operationRecordsSql()),
    // the pair signals' card homes, once per build (pair-suspect.ts)
    s('detectors', [src.members, src.facilities], CARD_HOME_TABLE, cardHomesSql(src)),
    s(
      'detectors',
      [
        'fraud_claim_base',
        'fraud_card_pairs',
        'fraud_ref_topup',
        'fraud_ref_cbg',
        CASEMIX_PEER_TABLE,
        PROCEDURE_PEER_TABLE,
        PEER_NORMS_TABLE,
        OTHER_FACILITY_PEER_TABLE,
        CARRIED_STAY_TABLE,
        PROVIDER_DISTRIBUTION_TABLE,
        FLAT_PACKAGE_TABLE,
        REFERRAL_PAIR_TABLE,
        FKTP_REFERRAL_TABLE,
        OPERATION_RECORD_TABLE,
        CARD_HOME_TABLE,
        src.kkpak,
        src.members,
        // PROLONGED_LOS: a specialty hospital (facility_type RSK) is judged against its own kind (los-specialty-hits.ts)
        src.facilities,
        src.fktpVisits,
        src.prbClaims,
        src.doctors,
      ],
      'fraud_detector_hits',
      // one detector at a time (detector-hits-step.ts): the same rows as detectorHitsSql, a third less CPU
      detectorHitsStepSql(src, overrides),
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

/**
 * Steps whose table only the model input reads (and the model input itself, read once into typed
 * arrays): a run creates them as TEMP views, so they are computed once, inside the query that
 * reads the model input, and never written. As tables the three steps took 1.6 s of CPU at 195k
 * claims, mostly writing them; as views the read costs what it did alone (about 1 s). The tables
 * detectors read stay tables in the warehouse file: as TEMP tables (in memory, uncompressed) the
 * detector statement ran 10% slower and fraud_claim_base alone held 1.1 GB of the 2 GB memory limit at 1M claims.
 */
export const RUN_VIEWS: ReadonlySet<string> = new Set(['fraud_claim_level', 'fraud_claim_features', 'fraud_model_input']);

/**
 * Runs one step as a run does: a RUN_VIEWS step as a TEMP view (its declared SQL stays a plain
 * table, which arrival scoring runs as written in its own database). Run a step again through
 * here, not its bare SQL: a plain table of the same name would sit behind the TEMP view.
 */
export async function runFraudStep(connection: DuckDBConnection, step: FraudSqlStep): Promise<void> {
  if (!RUN_VIEWS.has(step.writes)) {
    try {
      await connection.run(step.sql);
    } catch (err) {
      // a step that holds its own transaction (detector-hits-step.ts) leaves it aborted when one of its
      // statements fails: end it, so the connection is usable and nothing of the step stays
      await connection.run('ROLLBACK').catch(() => undefined);
      throw err;
    }
    return;
  }
  const create = `CREATE OR REPLACE TABLE ${step.writes} AS`;
  if (!step.sql.includes(create)) throw new Error(`${step.writes}: statement does not start with ${create}`);
  // a warehouse written before these were views holds them as tables: drop them, named by their
  // database (a bare main.x names the TEMP catalog's main schema first)
  const database = String((await connection.runAndReadAll('SELECT current_database()')).getRows()[0]?.[0]);
  await connection.run(`DROP TABLE IF EXISTS ${ident(database)}.main.${step.writes}`);
  await connection.run(step.sql.replace(create, `CREATE OR REPLACE TEMP VIEW ${step.writes} AS`));
}

export async function buildFraudTables(connection: DuckDBConnection, options: BuildFraudTablesOptions = {}): Promise<void> {
  for (const step of fraudSqlSteps(options.sources ?? RAW_SOURCES, options.detectorOverrides)) {
    await runFraudStep(connection, step);
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
  const flags = DETECTED_FRAUD_TYPES.map((c) => `bool_or(h.fraud_type = '${c}')::INTEGER AS ${hitColumn(c)}`).join(',\n    ');
  const flagColumns = [...DETECTED_FRAUD_TYPES.map(hitColumn), 'detector_types_hit'].map((c) => `coalesce(hh.${c}, 0) AS ${c}`).join(', ');
  // one pass over the hits, grouped before the join: most claims have none, so grouping every
  // claim's row (as a claim-side LEFT JOIN would) costs more than the hits themselves
  return `
CREATE OR REPLACE TABLE fraud_model_input AS
WITH hits AS (
  SELECT h.nomor_sep, ${flags},
    count(DISTINCT h.fraud_type)::INTEGER AS detector_types_hit,
    max((sp.prior_confirmed + sp.confirmed - coalesce(l.label, 0))
        / (sp.prior_confirmed + sp.prior_not_fraud + sp.audited - (l.label IS NOT NULL)::INTEGER)) AS detector_precision
  FROM fraud_detector_hits h LEFT JOIN fraud_signal_precision sp USING (fraud_type, signal) LEFT JOIN fraud_claim_labels l USING (nomor_sep)
  GROUP BY h.nomor_sep
)
SELECT f.*, ${flagColumns}, coalesce(hh.detector_precision, 0) AS detector_precision, l.label
FROM fraud_claim_features f LEFT JOIN hits hh USING (nomor_sep) LEFT JOIN fraud_claim_labels l USING (nomor_sep)`;
}

/**
 * Runs `sql` and returns its columns as a DataTable: numbers as Float64Array (NULL is NaN), text
 * dictionary-encoded. Values are copied chunk by chunk straight from DuckDB's vectors into the
 * typed arrays: converting the whole result to JavaScript arrays first took 135 s of the
 * batch at 1M claims (measured under load), longer than training. Number columns are copied a
 * vector at a time (numberColumn), an id column sorted by without a Map of its values (textColumn).
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
        const n = chunk.rowCount;
        for (let r = 0; r < n; r++) {
          const v = vector.getItem(r);
          values[at++] = v === null || v === undefined ? null : String(v);
        }
      }
      columns.set(name, textColumn(values));
      return;
    }
    columns.set(name, { kind: 'numeric', values: numberColumn(chunks, i, rows, numberOf) });
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
