// Scores one claim on arrival (pre-payment) with the same SQL the batch runs, so a claim gets
// the same probability, amount at risk, expected recovery and types on both paths: the new
// claim, its card's episodes, its doctor's day and its facility's nearby claims go through the
// claim-base, pair, feature, detector, model-input and claim-score SQL in an in-memory DuckDB
// holding the published context (CBG peers and provider features by month, provider
// distributions, signal precision, the audited risk share); the published networks give its
// probability. Every field is checked against its column type before any SQL runs, and
// values are bound, never pasted.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { DuckDBConnection, DuckDBPreparedStatement, DuckDBValue } from '@duckdb/node-api';
import { createOfflineDuckDB, ident, literal } from '../../data-samples/sql/index.js';
import { TARIFF_COMPONENTS } from '../../data-samples/schema/index.js';
import { cardPairsSql, claimBaseSql, claimFeaturesSql, claimFeatureTableSql, MEMBER_LOOKBACK_DAYS, referenceTablesSql } from '../../features/fraud/index.js';
import type { FraudSources } from '../../features/fraud/index.js';
import { loadBundle } from '../bundle/index.js';
import { autoencoderFromBundle } from '../families/autoencoder/index.js';
import { classifierFromBundle } from '../families/classifier/index.js';
import { useBackend } from '../tf/index.js';
import { MODEL_INPUT_QUERY } from './batch.js';
import { SIGNAL_PATTERN_TABLE, claimScoresSelect } from './claim-scores.js';
import { CASEMIX_PEER_TABLE, FLAT_PACKAGE_TABLE, PEER_NORMS_TABLE, PROCEDURE_PEER_TABLE, PROVIDER_DISTRIBUTION_TABLE, detector, detectorHitsSql } from './detectors/index.js';
import { detectorReason, explainClaim } from './explain.js';
import type { ClaimEvidence, DetectorHitRow, FraudReason } from './explain.js';
import { FRAUD_FILES } from './files.js';
import { scoreFraud } from './model.js';
import type { FraudModels } from './model.js';
import { modelInputSql, queryTable } from './tables.js';
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
  // Always set by the scorer; optional for older test doubles.
  /** The type of the claim's strongest evidence (what its case would be), or UNCLASSIFIED. */
  readonly primaryType?: string;
  readonly evidenceStrength?: 'certain' | 'suspicious' | null;
  /** Whether the claim alone makes a case (certain evidence, or its expected recovery pays for a case audit: CASE_RULE); in the batch its scheme's other claims count too. */
  readonly inCase?: boolean;
}

/** A claim field that cannot be scored: named, with what is wrong, and never any SQL. */
export class ArrivalClaimError extends Error {
  constructor(readonly field: string, readonly problem: string) {
    super(`${field}: ${problem}`);
    this.name = 'ArrivalClaimError';
  }
}

const ARRIVAL_SOURCES: FraudSources = Object.freeze({
  claims: 'arr_claims', members: 'arr_members', facilities: 'ctx_facilities', deaths: 'arr_deaths', kkpak: 'arr_kkpak', audits: 'ctx_audits',
});

/** Fields a claim must carry to be scored. */
export const REQUIRED_ARRIVAL_FIELDS = Object.freeze(['nomor_sep', 'card_key', 'facility_id', 'tgl_masuk', 'tgl_pulang', 'tgl_pengajuan', 'kode_dpjp', 'kode_inacbg', 'diagnosa']);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INT_RANGE: Readonly<Record<string, readonly [number, number]>> = {
  TINYINT: [-128, 127], SMALLINT: [-32768, 32767], INTEGER: [-2147483648, 2147483647], BIGINT: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  UTINYINT: [0, 255], USMALLINT: [0, 65535], UINTEGER: [0, 4294967295], UBIGINT: [0, Number.MAX_SAFE_INTEGER],
};

/** A real calendar date 'YYYY-MM-DD' (no 30 February). */
export function isCalendarDate(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?Z?$/;

/** A real date and time 'YYYY-MM-DD HH:MM[:SS[.fff]]' or ISO 8601 in UTC (no 30 February, no 25:00). */
export function isCalendarTime(v: string): boolean {
  const m = TIME.exec(v);
  if (!m || !isCalendarDate(m[1] as string)) return false;
  return Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60;
}

/** Checks every known field against its column type; throws ArrivalClaimError naming the first bad one. */
export function validateArrivalClaim(claim: ArrivalClaim, columns: ReadonlyMap<string, string>): void {
  for (const f of REQUIRED_ARRIVAL_FIELDS) {
    const v = claim[f];
    if (v === undefined || v === null || v === '') throw new ArrivalClaimError(f, 'is required');
  }
  for (const [field, v] of Object.entries(claim)) {
    const type = columns.get(field);
    if (type === undefined || v === null) continue;
    if (type === 'VARCHAR') {
      if (typeof v !== 'string') throw new ArrivalClaimError(field, 'must be text');
      if (v.includes('\0')) throw new ArrivalClaimError(field, 'must not contain a NUL character');
      if (v.length > 4000) throw new ArrivalClaimError(field, 'is too long');
    } else if (type === 'DATE') {
      if (typeof v !== 'string' || !isCalendarDate(v)) throw new ArrivalClaimError(field, 'must be a calendar date YYYY-MM-DD');
    } else if (type === 'TIMESTAMP') {
      if (typeof v !== 'string' || !isCalendarTime(v)) throw new ArrivalClaimError(field, 'must be a date and time YYYY-MM-DD HH:MM[:SS] that exists');
    } else if (type in INT_RANGE) {
      const [lo, hi] = INT_RANGE[type] as readonly [number, number];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw new ArrivalClaimError(field, `must be a whole number from ${lo} to ${hi}`);
    } else if (type === 'DOUBLE' || type === 'FLOAT' || type.startsWith('DECIMAL')) {
      if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e15) throw new ArrivalClaimError(field, 'must be a finite number');
    } else if (typeof v !== 'string' && typeof v !== 'number') {
      throw new ArrivalClaimError(field, 'has an unsupported value');
    }
  }
  if (String(claim['tgl_pulang']) < String(claim['tgl_masuk'])) throw new ArrivalClaimError('tgl_pulang', 'must not be before tgl_masuk');
  // The ingestion rule billed_cost_mismatch, here too: features divide by what the components leave of the bill.
  const components = TARIFF_COMPONENTS.map(([name]) => claim[name]);
  if (typeof claim['billed_cost'] === 'number' && components.every((c) => typeof c === 'number')) {
    const sum = (components as number[]).reduce((a, b) => a + b, 0);
    if (sum !== claim['billed_cost']) throw new ArrivalClaimError('billed_cost', `must be the sum of the ${TARIFF_COMPONENTS.length} tariff components (${sum})`);
  }
}

/** A per-request statement, planned once: empty its table, then insert what the batch SQL would create. */
interface PreparedStep {
  readonly table: string;
  readonly insert: DuckDBPreparedStatement;
  /** Request fields it binds, in order ($1, $2, ...). */
  readonly params: readonly RequestParam[];
}

/** Claim fields a request statement binds. */
type RequestParam = 'card_key' | 'nomor_sep' | 'tgl_masuk' | 'kode_dpjp' | 'facility_id' | 'kode_inacbg';
const CLAIMS_PARAMS: readonly RequestParam[] = ['card_key', 'nomor_sep', 'tgl_masuk', 'kode_dpjp', 'facility_id', 'kode_inacbg'];

/**
 * The statements a request runs, as CREATE OR REPLACE ... AS SELECT. They are executed once
 * at open (creating the tables) and then re-run as prepared DELETE + INSERT: planning these
 * SQL statements costs far more than running them on a handful of rows. The claims loaded are
 * every claim a detector compares the new one with: its card's episodes, its doctor's day,
 * its facility's claims of the same CBG within the clone window and all its facility's claims
 * within the episode tolerance (another card for the same stay).
 */
function requestStatements(): readonly { sql: string; params: readonly RequestParam[] }[] {
  const cloneDays = detector('CLONING')?.thresholds['windowDays']?.value ?? 14;
  const episodeDays = detector('REPEAT_BILLING')?.thresholds['dateToleranceDays']?.value ?? 2;
  return [
    { sql: `CREATE OR REPLACE TABLE arr_claims AS
      SELECT * FROM h_claims WHERE nomor_sep <> $2 AND (
        (card_key = $1 AND tgl_masuk >= $3::DATE - ${MEMBER_LOOKBACK_DAYS})
        OR (kode_dpjp = $4 AND tgl_masuk = $3::DATE)
        OR (facility_id = $5 AND kode_inacbg = $6 AND tgl_masuk BETWEEN $3::DATE - ${cloneDays} AND $3::DATE + ${cloneDays})
        OR (facility_id = $5 AND tgl_masuk BETWEEN $3::DATE - ${episodeDays} AND $3::DATE + ${episodeDays}))
      UNION ALL SELECT * FROM arr_new`, params: CLAIMS_PARAMS },
    { sql: 'CREATE OR REPLACE TABLE arr_members AS SELECT * FROM ctx_members WHERE card_key IN (SELECT DISTINCT card_key FROM arr_claims)', params: [] },
    { sql: 'CREATE OR REPLACE TABLE arr_deaths AS SELECT d.* FROM ctx_deaths d JOIN arr_members m USING (member_key)', params: [] },
    // the e-PLKK case of this SEP is looked up by the SEP (not by the card key)
    { sql: `CREATE OR REPLACE TABLE arr_kkpak AS SELECT k.* FROM ctx_kkpak k JOIN arr_members m USING (member_key)
      UNION ALL SELECT * FROM ctx_kkpak WHERE nomor_sep = $1 AND member_key NOT IN (SELECT member_key FROM arr_members)`, params: ['nomor_sep'] },
    ...[claimBaseSql(ARRIVAL_SOURCES), cardPairsSql(), claimFeaturesSql(), detectorHitsSql(ARRIVAL_SOURCES), claimFeatureTableSql(), modelInputSql()]
      .map((sql) => ({ sql, params: [] as readonly RequestParam[] })),
  ];
}

const CREATE_AS = /^\s*CREATE OR REPLACE TABLE (\w+) AS/;

/**
 * The published context holds the recent months; a claim reads the month the batch read for
 * it (its submission month), or the nearest published month before it (a new claim: the latest).
 */
async function createContextViews(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE VIEW fraud_cbg_peer_month AS
    SELECT p.* REPLACE (m.submit_month AS submit_month)
    FROM (SELECT DISTINCT submit_month FROM fraud_claim_base) m JOIN ctx_cbg_peers p ON p.kode_inacbg IN (SELECT kode_inacbg FROM fraud_claim_base)
    QUALIFY row_number() OVER (PARTITION BY m.submit_month, p.kode_inacbg
      ORDER BY p.submit_month <= m.submit_month DESC, CASE WHEN p.submit_month <= m.submit_month THEN p.submit_month END DESC NULLS LAST, p.submit_month) = 1`);
  await connection.run(`CREATE VIEW fraud_provider_month AS
    SELECT p.* REPLACE (m.submit_month AS month)
    FROM (SELECT DISTINCT submit_month FROM fraud_claim_base) m JOIN ctx_providers p ON p.facility_id IN (SELECT facility_id FROM fraud_claim_base)
    QUALIFY row_number() OVER (PARTITION BY m.submit_month, p.facility_id
      ORDER BY p.month <= m.submit_month DESC, CASE WHEN p.month <= m.submit_month THEN p.month END DESC NULLS LAST, p.month) = 1`);
}

type Row = Record<string, unknown>;
const text = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

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
    private readonly scoreStatement: DuckDBPreparedStatement,
  ) {}

  static async open(dir: string): Promise<FraudArrivalScorer> {
    // the networks load into the active tfjs backend: make it the production one, ready
    await useBackend('wasm');
    // Statements are planned once on empty tables and re-run on each request's rows: statistics
    // propagated at planning would describe the empty tables (seen: the model-input INSERT
    // returned no rows), so that optimiser is off here.
    const instance = await createOfflineDuckDB(':memory:', { threads: 1, settings: { disabled_optimizers: 'statistics_propagation' } });
    const connection = await instance.connect();
    try {
      const f = FRAUD_FILES;
      const load = async (table: string, file: string): Promise<void> => {
        await connection.run(`CREATE TABLE ${ident(table)} AS SELECT * FROM read_parquet(${literal(join(dir, file))})`);
      };
      await load('h_claims', f.historyClaims);
      await load('ctx_members', f.members);
      await load('ctx_facilities', f.facilities);
      await load('ctx_deaths', f.deaths);
      await load('ctx_kkpak', f.kkpak);
      await load('ctx_cbg_peers', f.cbgPeers);
      await load('ctx_providers', f.providers);
      // read under the batch's own names, so the batch SQL runs unchanged
      await load('fraud_signal_precision', f.signalPrecision);
      await load(PROVIDER_DISTRIBUTION_TABLE, f.providerDistribution);
      await load(FLAT_PACKAGE_TABLE, f.flatPackages);
      await load(CASEMIX_PEER_TABLE, f.casemixPeers);
      await load(PROCEDURE_PEER_TABLE, f.procedurePeers);
      await load(PEER_NORMS_TABLE, f.peerNorms);
      await load(SIGNAL_PATTERN_TABLE, f.signalPatterns);
      await load('fraud_risk_share', f.riskShare);
      // point lookups per request: the context tables are national, a request touches a few cards
      for (const ddl of ['CREATE INDEX ctx_members_card ON ctx_members (card_key)', 'CREATE INDEX h_claims_card ON h_claims (card_key)',
        'CREATE INDEX h_claims_doctor ON h_claims (kode_dpjp)', 'CREATE INDEX h_claims_facility ON h_claims (facility_id)',
        'CREATE INDEX ctx_deaths_member ON ctx_deaths (member_key)', 'CREATE INDEX ctx_kkpak_member ON ctx_kkpak (member_key)',
        'CREATE INDEX ctx_kkpak_sep ON ctx_kkpak (nomor_sep)']) {
        await connection.run(ddl);
      }
      await connection.run('CREATE TABLE ctx_audits (nomor_sep VARCHAR, audit_date DATE, outcome VARCHAR)');
      // a claim on arrival has no audit outcome: nothing is left out of its signal precision
      await connection.run('CREATE TABLE fraud_claim_labels (nomor_sep VARCHAR, label INTEGER)');
      await connection.run('CREATE TABLE fraud_model_scores (nomor_sep VARCHAR, probability DOUBLE, anomaly_score DOUBLE)');
      await connection.run('CREATE TABLE arr_new AS SELECT * FROM h_claims LIMIT 0');
      for (const sql of referenceTablesSql()) await connection.run(sql);
      const empty: Readonly<Record<RequestParam, DuckDBValue>> = { card_key: '', nomor_sep: '', tgl_masuk: '1970-01-01', kode_dpjp: '', facility_id: '', kode_inacbg: '' };
      const steps: PreparedStep[] = [];
      for (const { sql, params } of requestStatements()) {
        const table = CREATE_AS.exec(sql)?.[1];
        if (!table) throw new Error('arrival statement is not CREATE OR REPLACE TABLE ... AS');
        await connection.run(sql, params.length > 0 ? params.map((p) => empty[p]) : undefined);
        // fraud_claim_base must exist before the context views that read it
        if (table === 'fraud_claim_base') await createContextViews(connection);
        steps.push({ table, params, insert: await connection.prepare(sql.replace(CREATE_AS, `INSERT INTO ${table}`)) });
      }
      const scoreStatement = await connection.prepare(`SELECT * FROM (${claimScoresSelect()}) WHERE nomor_sep = $1`);
      const described = (await connection.runAndReadAll('DESCRIBE arr_new')).getRowObjectsJS() as { column_name: string; column_type: string }[];
      const models: FraudModels = {
        classifier: classifierFromBundle(await loadBundle(join(dir, f.classifier))),
        autoencoder: autoencoderFromBundle(await loadBundle(join(dir, f.autoencoder))),
      };
      const policy = JSON.parse(await readFile(join(dir, f.triage), 'utf8')) as TriagePolicy;
      return new FraudArrivalScorer(connection, () => {
        connection.closeSync();
        instance.closeSync();
      }, models, policy, new Map(described.map((d) => [d.column_name, d.column_type])), steps, scoreStatement);
    } catch (err) {
      connection.closeSync();
      instance.closeSync();
      throw err;
    }
  }

  /** Scores one claim; `explain` adds the classifier's contributions (integrated gradients). Bad fields throw ArrivalClaimError. */
  score(claim: ArrivalClaim, explain = false): Promise<ArrivalScore> {
    const next = this.#queue.then(() => this.#score(claim, explain));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #score(claim: ArrivalClaim, explain: boolean): Promise<ArrivalScore> {
    validateArrivalClaim(claim, this.claimColumns);
    const c = this.connection;
    const cols = Object.keys(claim).filter((k) => this.claimColumns.has(k));
    await c.run('DELETE FROM arr_new');
    const values: DuckDBValue[] = cols.map((k) => claim[k] ?? null);
    await c.run(`INSERT INTO arr_new BY NAME SELECT ${cols.map((k, i) => `$${i + 1}::${this.claimColumns.get(k)} AS ${ident(k)}`).join(', ')}`, values);
    const sep = String(claim['nomor_sep']);
    for (const step of this.steps) {
      await c.run(`DELETE FROM ${step.table}`);
      if (step.params.length > 0) step.insert.bind(step.params.map((k) => String(claim[k])));
      await step.insert.run();
    }
    const table = await queryTable(c, `SELECT * FROM (${MODEL_INPUT_QUERY}) WHERE nomor_sep = $1`, ['nomor_sep'], [sep]);
    const scored = scoreFraud(this.models, table);
    const probability = scored.probability[0] ?? 0;
    await c.run('DELETE FROM fraud_model_scores');
    await c.run('INSERT INTO fraud_model_scores VALUES ($1, $2, $3)', [sep, probability, scored.anomaly[0] ?? 0]);
    this.scoreStatement.bind([sep]);
    const row = (await this.scoreStatement.runAndReadAll()).getRowObjectsJS()[0] as Row | undefined;
    if (!row) throw new ArrivalClaimError('nomor_sep', 'the claim could not be joined to its member or facility');
    const hits = (await c.runAndReadAll(`SELECT h.*, p.precision FROM fraud_detector_hits h LEFT JOIN fraud_signal_precision p USING (fraud_type, signal)
      WHERE h.nomor_sep = $1 ORDER BY h.strength = 'certain' DESC, p.precision DESC NULLS LAST, h.amount_at_risk DESC, h.signal`, [sep])).getRowObjectsJS() as unknown as DetectorHitRow[];
    const evidence = (h: DetectorHitRow): ClaimEvidence => ({
      nomorSep: sep, memberKey: text(row['member_key']), cardKey: text(row['card_key']), admitted: text(row['tgl_masuk']), discharged: text(row['tgl_pulang']),
      doctor: text(row['kode_dpjp']), diagnoses: String(row['diagnosa'] ?? '').split('#').filter(Boolean), procedures: String(row['procedure'] ?? '').split('#').filter(Boolean),
      cbg: text(row['kode_inacbg']), paidAmount: Number(row['paid_amount'] ?? 0), amountAtRisk: Number(h.amount_at_risk), relatedSep: [...(h.related_sep ?? [])],
      en: h.evidence_en, id: h.evidence_id,
    });
    const reasons: FraudReason[] = hits.map((h) => detectorReason(h, evidence(h)));
    if (explain) reasons.push(...explainClaim(this.models, scored.table, 0, sep, probability).modelReasons);
    const amountAtRisk = Number(row['amount_at_risk']);
    const expectedRecovery = Number(row['expected_recovery']);
    const strength = row['evidence_strength'] === 'certain' || row['evidence_strength'] === 'suspicious' ? row['evidence_strength'] : null;
    return {
      nomorSep: sep, probability, amountAtRisk, expectedRecovery,
      // routed on the posterior the batch forms cases with (CASE_RULE), not the model alone
      route: triageRoute({ expectedRecovery, probability: Number(row['posterior'] ?? probability), evidenceStrength: strength }, this.policy),
      fraudTypes: (row['fraud_types'] as string[] | null) ?? [], primaryType: String(row['primary_type']), evidenceStrength: strength,
      inCase: row['in_case'] === true, reasons,
    };
  }

  close(): void {
    this.close_();
  }
}
