// The fraud batch: build features and detector hits, train both networks on the outcomes
// known so far, score every claim, publish the worklist with its reasons. The warehouse
// connection must be writable; outputs are tables (fraud_*) the publisher exports.
import type { DuckDBConnection } from '@duckdb/node-api';
import { RAW_SOURCES } from '../../features/fraud/index.js';
import type { FraudSources } from '../../features/fraud/index.js';
import type { DataTable } from '../data/index.js';
import { textValue } from '../data/index.js';
import { claimScoresSql, providerRollupSql, writeModelScores } from './claim-scores.js';
import { explainClaim } from './explain.js';
import type { ClaimExplanation } from './explain.js';
import { scoreFraud, trainFraudModels } from './model.js';
import type { FraudTraining } from './model.js';
import { queryTable } from './tables.js';
import { buildFraudTables } from './tables.js';
import { MIN_CASE_PROBABILITY, worklistClaimsSql } from './worklist.js';

/** Default worklist size: 1% of claims, the share DOMAIN.md's audit teams can read (issue 7). */
export const DEFAULT_WORKLIST_SHARE = 0.01;
/** Claims per case explained by the classifier (the case's best claims by expected recovery). */
export const EXPLAINED_CLAIMS_PER_CASE = 3;

export interface FraudBatchOptions {
  readonly seed: number;
  /** Worklist capacity in claims; default 1% of the claims. */
  readonly capacityClaims?: number;
  readonly sources?: FraudSources;
  readonly onStep?: (step: string) => void;
}

export interface FraudBatchResult {
  readonly claims: number;
  readonly training: FraudTraining;
  readonly worklistClaims: number;
  readonly worklistCases: number;
  readonly explanations: readonly ClaimExplanation[];
  readonly table: DataTable;
  readonly seconds: { readonly features: number; readonly training: number; readonly scoring: number; readonly worklist: number };
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
  await buildFraudTables(connection, { sources: src, onStep: step });
  const input = await queryTable(connection, MODEL_INPUT_QUERY, ['nomor_sep']);
  const features = lap();
  step('training');
  const training = await trainFraudModels(input, options.seed);
  const trainingSeconds = lap();
  step('scoring');
  const scores = scoreFraud(training.models, input);
  const sepColumn = input.columns.get('nomor_sep');
  if (!sepColumn) throw new Error('fraud model input has no nomor_sep column');
  const seps = Array.from({ length: input.nRows }, (_, i) => textValue(sepColumn, i) ?? '');
  await writeModelScores(connection, seps, scores.probability, scores.anomaly);
  await connection.run(claimScoresSql(src.audits));
  await connection.run(providerRollupSql(MIN_CASE_PROBABILITY));
  const scoring = lap();
  step('worklist');
  const capacity = options.capacityClaims ?? Math.max(1, Math.round(input.nRows * DEFAULT_WORKLIST_SHARE));
  await connection.run(`CREATE OR REPLACE TABLE fraud_worklist AS ${worklistClaimsSql({ capacityClaims: capacity })}`);
  const explained = (await connection.runAndReadAll(
    `SELECT nomor_sep FROM fraud_worklist WHERE rank_in_case <= ${EXPLAINED_CLAIMS_PER_CASE} ORDER BY case_rank, rank_in_case`,
  )).getRowObjectsJS() as { nomor_sep: string }[];
  const rowOf = new Map(seps.map((s, i) => [s, i]));
  const explanations = explained.map(({ nomor_sep }) => {
    const row = rowOf.get(nomor_sep) ?? 0;
    return explainClaim(training.models, scores.table, row, nomor_sep, scores.probability[row] as number);
  });
  await writeReasons(connection, explanations);
  const counts = (await connection.runAndReadAll('SELECT count(*)::INTEGER AS n, count(DISTINCT case_id)::INTEGER AS cases FROM fraud_worklist')).getRowObjectsJS()[0] as { n: number; cases: number };
  return {
    claims: input.nRows, training, worklistClaims: counts.n, worklistCases: counts.cases, explanations, table: scores.table,
    seconds: { features, training: trainingSeconds, scoring, worklist: lap() },
  };
}

/** fraud_model_reasons: the classifier's top contributions of each explained claim, as sentences. */
async function writeReasons(connection: DuckDBConnection, explanations: readonly ClaimExplanation[]): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE fraud_model_reasons (nomor_sep VARCHAR, rank INTEGER, feature VARCHAR, contribution DOUBLE,
    value VARCHAR, peer_value VARCHAR, reason_en VARCHAR, reason_id VARCHAR, completeness_gap DOUBLE, completeness_ok BOOLEAN)`);
  const a = await connection.createAppender('fraud_model_reasons');
  for (const e of explanations) {
    e.modelReasons.forEach((r, k) => {
      a.appendVarchar(e.nomorSep);
      a.appendInteger(k + 1);
      a.appendVarchar(r.feature);
      a.appendDouble(r.contribution);
      a.appendVarchar(String(r.value ?? ''));
      a.appendVarchar(String(r.peerValue ?? ''));
      a.appendVarchar(r.en);
      a.appendVarchar(r.id);
      a.appendDouble(e.completeness.gap);
      a.appendBoolean(e.completeness.ok);
      a.endRow();
    });
  }
  a.flushSync();
  a.closeSync();
}
