// Scores one claim on arrival (pre-payment) with the same SQL the batch runs: the new claim,
// its card's recent episodes and its doctor's claims of the day go through the claim-base,
// pair, feature and detector SQL in an in-memory DuckDB holding the published context (CBG
// peers, provider features, signal precision); the published networks give its probability.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBPreparedStatement, DuckDBValue } from '@duckdb/node-api';
import { cardPairsSql, claimBaseSql, claimFeaturesSql, claimFeatureTableSql, MEMBER_LOOKBACK_DAYS, referenceTablesSql } from '../../features/fraud/index.js';
import type { FraudSources } from '../../features/fraud/index.js';
import { loadBundle } from '../bundle/index.js';
import { autoencoderFromBundle } from '../families/autoencoder/index.js';
import { classifierFromBundle } from '../families/classifier/index.js';
import { useBackend } from '../tf/index.js';
import { DEFAULT_MODEL_ONLY_RISK_SHARE } from './claim-scores.js';
import { detectorHitsSql } from './detectors/index.js';
import { detectorReason, explainClaim } from './explain.js';
import type { DetectorHitRow, FraudReason } from './explain.js';
import { scoreFraud } from './model.js';
import type { FraudModels } from './model.js';
import { FRAUD_FILES } from './publish.js';
import { queryTable } from './tables.js';
import { triageRoute } from './triage.js';
import type { TriagePolicy, TriageRoute } from './triage.js';

/** A claim as e-Klaim submits it, with the card already pseudonymised (card_key). */
export type ArrivalClaim = Readonly<Record<string, string | number | null>>;

export interface ArrivalScore {
  readonly nomorSep: string;
  readonly probability: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
  readonly route: TriageRoute;
  readonly fraudTypes: readonly string[];
  readonly reasons: readonly FraudReason[];
}

const ARRIVAL_SOURCES: FraudSources = Object.freeze({
  claims: 'arr_claims', members: 'arr_members', facilities: 'ctx_facilities', deaths: 'arr_deaths', kkpak: 'arr_kkpak', audits: 'ctx_audits',
});

const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** A per-request statement, planned once: empty its table, then insert what the batch SQL would create. */
interface PreparedStep {
  readonly table: string;
  readonly insert: DuckDBPreparedStatement;
  /** Request parameters it takes: $1 card_key, $2 nomor_sep, $3 tgl_masuk, $4 kode_dpjp. */
  readonly params: number;
}

/**
 * The statements a request runs, as CREATE OR REPLACE ... AS SELECT. They are executed once
 * at open (creating the tables) and then re-run as prepared DELETE + INSERT: planning these
 * SQL statements costs far more than running them on a handful of rows.
 */
function requestStatements(): readonly { sql: string; params: number }[] {
  return [
    { sql: `CREATE OR REPLACE TABLE arr_claims AS
      SELECT * FROM h_claims WHERE card_key = $1 AND nomor_sep <> $2 AND tgl_masuk >= $3::DATE - ${MEMBER_LOOKBACK_DAYS}
      UNION ALL SELECT * FROM h_claims WHERE kode_dpjp = $4 AND tgl_masuk = $3::DATE AND card_key <> $1
      UNION ALL SELECT * FROM arr_new`, params: 4 },
    { sql: 'CREATE OR REPLACE TABLE arr_members AS SELECT * FROM ctx_members WHERE card_key IN (SELECT DISTINCT card_key FROM arr_claims)', params: 0 },
    { sql: 'CREATE OR REPLACE TABLE arr_deaths AS SELECT d.* FROM ctx_deaths d JOIN arr_members m USING (member_key)', params: 0 },
    { sql: `CREATE OR REPLACE TABLE arr_kkpak AS SELECT k.* FROM ctx_kkpak k JOIN arr_members m USING (member_key)
      UNION ALL SELECT * FROM ctx_kkpak WHERE nomor_sep = $1 AND member_key NOT IN (SELECT member_key FROM arr_members)`, params: 1 },
    ...[claimBaseSql(ARRIVAL_SOURCES), cardPairsSql(), claimFeaturesSql(), detectorHitsSql(ARRIVAL_SOURCES), claimFeatureTableSql()].map((sql) => ({ sql, params: 0 })),
  ];
}

const CREATE_AS = /^\s*CREATE OR REPLACE TABLE (\w+) AS/;

/** The published context is as of the batch; a new claim reads it as of its own month. */
async function createContextViews(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE VIEW fraud_cbg_peer_month AS SELECT p.* REPLACE (m.submit_month AS submit_month)
    FROM ctx_cbg_peers p CROSS JOIN (SELECT DISTINCT submit_month FROM fraud_claim_base) m`);
  await connection.run(`CREATE VIEW fraud_provider_month AS SELECT p.* REPLACE (m.submit_month AS month)
    FROM ctx_providers p CROSS JOIN (SELECT DISTINCT submit_month FROM fraud_claim_base) m`);
}

export class FraudArrivalScorer {
  /** Requests share one connection; DuckDB runs one statement at a time on it, so they queue here. */
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly close_: () => void,
    readonly models: FraudModels,
    readonly policy: TriagePolicy,
    private readonly claimColumns: ReadonlyMap<string, string>,
    private readonly steps: readonly PreparedStep[],
  ) {}

  static async open(dir: string): Promise<FraudArrivalScorer> {
    // the networks load into the active tfjs backend: make it the production one, ready
    await useBackend('wasm');
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', threads: '1' });
    const connection = await instance.connect();
    const f = FRAUD_FILES;
    const load = async (table: string, file: string): Promise<void> => {
      await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${lit(join(dir, file))})`);
    };
    await load('h_claims', f.historyClaims);
    await load('ctx_members', f.members);
    await load('ctx_facilities', f.facilities);
    await load('ctx_deaths', f.deaths);
    await load('ctx_kkpak', f.kkpak);
    await load('ctx_cbg_peers', f.cbgPeers);
    await load('ctx_providers', f.providers);
    await load('ctx_signal_precision', f.signalPrecision);
    // point lookups per request: the context tables are national, a request touches a few cards
    for (const ddl of ['CREATE INDEX ctx_members_card ON ctx_members (card_key)', 'CREATE INDEX h_claims_card ON h_claims (card_key)',
      'CREATE INDEX h_claims_doctor ON h_claims (kode_dpjp)', 'CREATE INDEX ctx_deaths_member ON ctx_deaths (member_key)',
      'CREATE INDEX ctx_kkpak_member ON ctx_kkpak (member_key)', 'CREATE INDEX ctx_kkpak_sep ON ctx_kkpak (nomor_sep)']) {
      await connection.run(ddl);
    }
    await connection.run('CREATE TABLE ctx_audits (nomor_sep VARCHAR, audit_date DATE, outcome VARCHAR)');
    await connection.run('CREATE TABLE arr_new AS SELECT * FROM h_claims LIMIT 0');
    for (const sql of referenceTablesSql()) await connection.run(sql);
    const empty: DuckDBValue[] = ['', '', '1970-01-01', ''];
    const steps: PreparedStep[] = [];
    for (const [i, { sql, params }] of requestStatements().entries()) {
      const table = CREATE_AS.exec(sql)?.[1];
      if (!table) throw new Error('arrival statement is not CREATE OR REPLACE TABLE ... AS');
      // fraud_claim_base must exist before the context views that read it
      await connection.run(sql, params > 0 ? empty.slice(0, params) : undefined);
      if (i === 4) await createContextViews(connection);
      steps.push({ table, params, insert: await connection.prepare(sql.replace(CREATE_AS, `INSERT INTO $1`)) });
    }
    const described = (await connection.runAndReadAll('DESCRIBE arr_new')).getRowObjectsJS() as { column_name: string; column_type: string }[];
    const models: FraudModels = {
      classifier: classifierFromBundle(await loadBundle(join(dir, f.classifier))),
      autoencoder: autoencoderFromBundle(await loadBundle(join(dir, f.autoencoder))),
    };
    const policy = JSON.parse(await readFile(join(dir, f.triage), 'utf8')) as TriagePolicy;
    return new FraudArrivalScorer(connection, () => {
      connection.closeSync();
      instance.closeSync();
    }, models, policy, new Map(described.map((d) => [d.column_name, d.column_type])), steps);
  }

  /** Scores one claim; `explain` adds the classifier's top contributions (integrated gradients). */
  score(claim: ArrivalClaim, explain = false): Promise<ArrivalScore> {
    const next = this.#queue.then(() => this.#score(claim, explain));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #score(claim: ArrivalClaim, explain: boolean): Promise<ArrivalScore> {
    const c = this.connection;
    const cols = Object.keys(claim).filter((k) => this.claimColumns.has(k));
    for (const required of ['nomor_sep', 'card_key', 'tgl_masuk', 'kode_dpjp']) {
      if (!cols.includes(required)) throw new Error(`claim lacks ${required}`);
    }
    await c.run('DELETE FROM arr_new');
    const values: DuckDBValue[] = cols.map((k) => claim[k] ?? null);
    await c.run(`INSERT INTO arr_new BY NAME SELECT ${cols.map((k, i) => `$${i + 1}::${this.claimColumns.get(k)} AS ${k}`).join(', ')}`, values);
    const sep = String(claim['nomor_sep']);
    const params: DuckDBValue[] = [String(claim['card_key']), sep, String(claim['tgl_masuk']), String(claim['kode_dpjp'])];
    for (const step of this.steps) {
      await c.run(`DELETE FROM ${step.table}`);
      if (step.params > 0) step.insert.bind(params.slice(0, step.params));
      await step.insert.run();
    }
    const hits = (await c.runAndReadAll(`SELECT h.*, coalesce(p.precision, 0) AS precision FROM fraud_detector_hits h
      LEFT JOIN ctx_signal_precision p USING (fraud_type, signal) WHERE h.nomor_sep = $1`, [sep])).getRowObjectsJS() as unknown as (DetectorHitRow & { precision: number })[];
    const table = await queryTable(c, `SELECT f.* EXCLUDE (facility_id, submit_month, kode_inacbg),
        ${hits.length}::INTEGER AS detector_types_hit, ${Math.max(0, ...hits.map((h) => h.precision))}::DOUBLE AS detector_precision
      FROM fraud_claim_features f WHERE f.nomor_sep = ${lit(sep)}`, ['nomor_sep']);
    const scored = scoreFraud(this.models, table);
    const probability = scored.probability[0] ?? 0;
    const paid = (await c.runAndReadAll('SELECT paid_amount::DOUBLE FROM fraud_claim_base WHERE nomor_sep = $1', [sep])).getColumnsJS()[0]?.[0];
    const hitAmount = Math.max(0, ...hits.map((h) => Number(h.amount_at_risk)));
    const amountAtRisk = hits.length > 0 ? hitAmount : Math.round(Number(paid ?? 0) * DEFAULT_MODEL_ONLY_RISK_SHARE);
    const expectedRecovery = probability * amountAtRisk;
    const reasons: FraudReason[] = hits.map(detectorReason);
    if (explain) reasons.push(...explainClaim(this.models, scored.table, 0, sep, probability).modelReasons);
    return {
      nomorSep: sep, probability, amountAtRisk, expectedRecovery, route: triageRoute(expectedRecovery, this.policy),
      fraudTypes: [...new Set(hits.map((h) => h.fraud_type))], reasons,
    };
  }

  close(): void {
    this.close_();
  }
}
