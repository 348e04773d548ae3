// The fraud batch: build features and detector hits, train both networks on the outcomes
// known so far, score every claim, rank the cases and explain their best claims. The
// warehouse connection must be writable; outputs are tables (fraud_*) the publisher exports.
import type { DuckDBConnection } from '@duckdb/node-api';
import { RAW_SOURCES } from '../../features/fraud/index.js';
import type { FraudSources } from '../../features/fraud/index.js';
import type { DataTable } from '../data/index.js';
import { textValue } from '../data/index.js';
import { claimScoresSql, providerRollupSql, riskShareSql, writeModelScores } from './claim-scores.js';
import { explainClaim } from './explain.js';
import type { ClaimExplanation } from './explain.js';
import { scoreFraud, trainFraudModels } from './model.js';
import type { FraudTraining } from './model.js';
import { queryTable } from './tables.js';
import { buildFraudTables } from './tables.js';
import type { BuildFraudTablesOptions } from './tables.js';
import { DEFAULT_CASE_CAPACITY, DEFAULT_CASES_PER_PROVIDER, worklistClaimsSql } from './worklist.js';
import type { WorklistOptions } from './worklist.js';

/** Claims per case explained by the classifier (the case's best claims). */
export const EXPLAINED_CLAIMS_PER_CASE = 3;

export interface FraudBatchOptions {
  readonly seed: number;
  /** Worklist capacity in cases (default DEFAULT_CASE_CAPACITY). */
  readonly capacityCases?: number;
  /** Cases per provider at most (default DEFAULT_CASES_PER_PROVIDER). */
  readonly maxCasesPerProvider?: number;
  /** Optional further bound in claims: whole cases enter while the claims before them are fewer. */
  readonly capacityClaims?: number;
  readonly sources?: FraudSources;
  readonly onStep?: (step: string) => void;
  /**
   * Builds the fraud tables the model input reads (default buildFraudTables, every step). A run
   * whose detector hits were computed by partition jobs passes buildAfterDetectorHits
   * (detector-partitions.ts): the rest of the batch is the same either way.
   */
  readonly buildTables?: (connection: DuckDBConnection, options: BuildFraudTablesOptions) => Promise<void>;
}

export interface FraudBatchResult {
  readonly claims: number;
  readonly training: FraudTraining;
  readonly worklistClaims: number;
  readonly worklistCases: number;
  /** The worklist options the published list was built with. */
  readonly worklist: { readonly capacityCases: number; readonly maxCasesPerProvider: number; readonly capacityClaims: number | null };
  readonly explanations: readonly ClaimExplanation[];
  readonly table: DataTable;
  /** Wall seconds per stage; `inference` (both networks) is part of `scoring`, `explain` part of `worklist`. */
  readonly seconds: {
    readonly features: number;
    readonly training: number;
    readonly scoring: number;
    readonly worklist: number;
    readonly inference: number;
    readonly explain: number;
  };
}

export const MODEL_INPUT_QUERY = 'SELECT * EXCLUDE (facility_id, submit_month, kode_inacbg) FROM fraud_model_input ORDER BY nomor_sep';

export async function runFraudBatch(connection: DuckDBConnection, options: FraudBatchOptions): Promise<FraudBatchResult> {
  const src = options.sources ?? RAW_SOURCES;
  const step = options.onStep ?? (() => undefined);
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const s = (now - t) / 1000;
    t = now;
    return s;
  };
  await (options.buildTables ?? buildFraudTables)(connection, { sources: src, onStep: step });
  const input = await queryTable(connection, MODEL_INPUT_QUERY, ['nomor_sep']);
  const features = lap();
  step('training');
  const training = await trainFraudModels(input, options.seed);
  const trainingSeconds = lap();
  step('scoring');
  const inferenceStarted = performance.now();
  const scores = scoreFraud(training.models, input);
  const inference = (performance.now() - inferenceStarted) / 1000;
  const sepColumn = input.columns.get('nomor_sep');
  if (!sepColumn) throw new Error('fraud model input has no nomor_sep column');
  const seps = Array.from({ length: input.nRows }, (_, i) => textValue(sepColumn, i) ?? '');
  await writeModelScores(connection, seps, scores.probability, scores.anomaly);
  await connection.run(riskShareSql(src.audits));
  await connection.run(claimScoresSql());
  await connection.run(providerRollupSql());
  const scoring = lap();
  step('worklist');
  const list: WorklistOptions = {
    capacityCases: options.capacityCases ?? DEFAULT_CASE_CAPACITY,
    maxCasesPerProvider: options.maxCasesPerProvider ?? DEFAULT_CASES_PER_PROVIDER,
    ...(options.capacityClaims !== undefined ? { capacityClaims: options.capacityClaims } : {}),
  };
  const all = worklistClaimsSql({ ...list, allCases: true });
  await connection.run(`CREATE OR REPLACE TABLE fraud_cases AS ${all.sql}`, all.params);
  await connection.run(
    'CREATE OR REPLACE TABLE fraud_worklist AS SELECT * FROM fraud_cases WHERE in_worklist ORDER BY case_rank, rank_in_case',
  );
  const explained = (
    await connection.runAndReadAll('SELECT nomor_sep FROM fraud_worklist WHERE rank_in_case <= $1 ORDER BY case_rank, rank_in_case', [
      EXPLAINED_CLAIMS_PER_CASE,
    ])
  ).getRowObjectsJS() as { nomor_sep: string }[];
  const explainStarted = performance.now();
  const rowOf = new Map(seps.map((s, i) => [s, i]));
  const explanations = explained.map(({ nomor_sep }) => {
    const row = rowOf.get(nomor_sep) ?? 0;
    return explainClaim(training.models, scores.table, row, nomor_sep, scores.probability[row] as number);
  });
  await writeReasons(connection, explanations);
  const explain = (performance.now() - explainStarted) / 1000;
  const counts = (
    await connection.runAndReadAll('SELECT count(*)::INTEGER AS n, count(DISTINCT case_id)::INTEGER AS cases FROM fraud_worklist')
  ).getRowObjectsJS()[0] as { n: number; cases: number };
  return {
    claims: input.nRows,
    training,
    worklistClaims: counts.n,
    worklistCases: counts.cases,
    explanations,
    table: scores.table,
    worklist: {
      capacityCases: list.capacityCases as number,
      maxCasesPerProvider: list.maxCasesPerProvider as number,
      capacityClaims: list.capacityClaims ?? null,
    },
    seconds: { features, training: trainingSeconds, scoring, worklist: lap(), inference, explain },
  };
}

/** fraud_model_reasons: the classifier's largest contributions of each explained claim, raising and lowering, as sentences. */
async function writeReasons(connection: DuckDBConnection, explanations: readonly ClaimExplanation[]): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE fraud_model_reasons (nomor_sep VARCHAR, rank INTEGER, feature VARCHAR, contribution DOUBLE,
    value VARCHAR, baseline_value VARCHAR, peer_value VARCHAR, reason_en VARCHAR, reason_id VARCHAR, baseline VARCHAR, baseline_output DOUBLE, output DOUBLE,
    completeness_gap DOUBLE, completeness_ok BOOLEAN)`);
  const a = await connection.createAppender('fraud_model_reasons');
  for (const e of explanations) {
    e.modelReasons.forEach((r, k) => {
      a.appendVarchar(e.nomorSep);
      a.appendInteger(k + 1);
      a.appendVarchar(r.feature);
      a.appendDouble(r.contribution);
      a.appendVarchar(String(r.value ?? ''));
      a.appendVarchar(String(r.baselineValue ?? ''));
      a.appendVarchar(String(r.peerValue ?? ''));
      a.appendVarchar(r.en);
      a.appendVarchar(r.id);
      a.appendVarchar(e.baseline);
      a.appendDouble(e.baselineOutput);
      a.appendDouble(e.output);
      a.appendDouble(e.completeness.gap);
      a.appendBoolean(e.completeness.ok);
      a.endRow();
    });
  }
  a.flushSync();
  a.closeSync();
}
