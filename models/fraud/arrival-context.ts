// The resident context of arrival scoring: one in-memory DuckDB that loads the published
// context once (history claims, members, deaths, e-PLKK cases, P-Care visits, PRB claims, the
// doctor registry, peers, provider features and distributions, signal precision) and keeps
// every per-request statement of the batch's SQL planned. A request fills small tables with the claim and what its detectors compare it
// with, then re-runs the planned SELECTs step by step, all in one transaction that is rolled
// back at the end: the tables are empty again for the next request without a DELETE, and no
// step pays a commit (measured side by side in one process: 7% less CPU per claim).
//
// Why SELECT + appender and not INSERT ... SELECT: DuckDB re-plans a prepared INSERT on
// every execution (measured: the detector step took 90 ms of CPU as an INSERT, 25-36 ms as
// the same prepared SELECT), and planning, not running, is what a handful of rows costs.
// Each step's planned SELECT streams its chunks straight into its table's appender, so no
// value passes through JavaScript.
import { join } from 'node:path';
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance, DuckDBPreparedStatement } from '@duckdb/node-api';
import { createOfflineDuckDB, ident, literal } from '../../data-samples/sql/index.js';
import {
  cardPairsSql,
  claimBaseSql,
  claimFeaturesSql,
  claimFeatureTableSql,
  MEMBER_LOOKBACK_DAYS,
  referenceTablesSql,
} from '../../features/fraud/index.js';
import type { FraudSources } from '../../features/fraud/index.js';
import { SIGNAL_PATTERN_TABLE } from './claim-scores.js';
import {
  CASEMIX_PEER_TABLE,
  FLAT_PACKAGE_TABLE,
  OTHER_FACILITY_PEER_TABLE,
  PEER_NORMS_TABLE,
  PROCEDURE_PEER_TABLE,
  PROVIDER_DISTRIBUTION_TABLE,
  detector,
  detectorHitsSql,
  longLookbackClaimsSql,
} from './detectors/index.js';
import { clonedFacilitiesSql } from './detectors/clone-sisters.js';
import { REFERRAL_PAIR_TABLE } from './detectors/referral-pairs.js';
import { FKTP_REFERRAL_TABLE } from './detectors/referral-primary-care.js';
import { OPERATION_RECORD_TABLE } from './detectors/operation-records.js';
import { splitArrivalDetectorHits } from './arrival-detectors.js';
import type { GatedClaim } from './arrival-detectors.js';
import { FRAUD_FILES } from './files.js';
import { modelInputSql } from './tables.js';

export const ARRIVAL_SOURCES: FraudSources = Object.freeze({
  claims: 'arr_claims',
  members: 'arr_members',
  facilities: 'ctx_facilities',
  deaths: 'arr_deaths',
  kkpak: 'arr_kkpak',
  audits: 'ctx_audits',
  fktpVisits: 'arr_fktp_visits',
  prbClaims: 'arr_prb_claims',
  doctors: 'ctx_doctors',
});

/**
 * DuckDB settings of the arrival instance. Statements are planned once on empty tables and
 * re-run on each request's rows, so nothing may be derived from the statistics of the moment
 * of planning: statistics propagation pruned a scan planned on an empty table (the model-input
 * step returned no rows), and compressed materialization packs strings by the longest seen
 * then (duckdb#23704, see api/store/sql/duckdb-driver.ts). One thread: a request's rows are
 * few, and a second thread only adds scheduling. The allocator keeps what it freed: each run
 * of the detector step allocates tens of MB of hash tables, and handing them back to the
 * system and faulting them in again cost about a third of its time (measured).
 */
export const ARRIVAL_DUCKDB_SETTINGS: Readonly<Record<string, string>> = Object.freeze({
  disabled_optimizers: 'statistics_propagation,compressed_materialization',
  allocator_flush_threshold: '2GB',
});

/** Claim fields a request statement binds. */
type RequestParam = 'card_key' | 'nomor_sep' | 'tgl_masuk' | 'kode_dpjp' | 'facility_id' | 'kode_inacbg';
const CLAIMS_PARAMS: readonly RequestParam[] = ['card_key', 'nomor_sep', 'tgl_masuk', 'kode_dpjp', 'facility_id', 'kode_inacbg'];

/** A per-request step: its table, its planned SELECT and the appender that fills the table. */
interface Step {
  readonly table: string;
  readonly select: DuckDBPreparedStatement;
  readonly appender: DuckDBAppender;
  /** Request fields it binds, in order ($1, $2, ...). */
  readonly params: readonly RequestParam[];
  /** When false for a claim, the step cannot add a row for it and is skipped (a detector the claim cannot hit). */
  readonly applies?: (claim: GatedClaim) => boolean;
}

/**
 * The statements a request runs, as CREATE OR REPLACE ... AS SELECT (each creates its table at
 * open; its SELECT is then planned once). The claims loaded are every claim a detector compares
 * the new one with: its card's episodes (and its deliveries, fractures and fixations further back:
 * longLookbackClaimsSql), its doctor's day, the claims of the same CBG within the clone window at
 * its facility and the hospitals CLONING links it to (its regency's, a shared doctor's, nearby:
 * clone-sisters.ts), its facility's stays of the CBG within CLONING's template window (a bill reused
 * for months: clone-templates.ts; publication keeps stays that far back) and all its facility's
 * claims within the episode tolerance (another card for the same stay).
 */
function requestStatements(): readonly { sql: string; params: readonly RequestParam[] }[] {
  const cloneDays = detector('CLONING')?.thresholds['windowDays']?.value ?? 14;
  const templateDays = detector('CLONING')?.thresholds['templateWindowDays']?.value ?? cloneDays;
  const cloneKm = detector('CLONING')?.thresholds['sisterFacilityKm']?.value ?? 30;
  const episodeDays = detector('REPEAT_BILLING')?.thresholds['dateToleranceDays']?.value ?? 2;
  const letterDays = detector('SELF_REFERRAL')?.thresholds['letterCoverageDays']?.value ?? 30;
  return [
    {
      sql: `CREATE OR REPLACE TABLE arr_claims AS
      SELECT * FROM h_claims WHERE nomor_sep <> $2 AND (
        (card_key = $1 AND tgl_masuk >= $3::DATE - ${MEMBER_LOOKBACK_DAYS})
        OR (card_key = $1 AND ${longLookbackClaimsSql('$3::DATE')})
        OR (kode_dpjp = $4 AND tgl_masuk = $3::DATE)
        OR (facility_id IN (${clonedFacilitiesSql('$5', ARRIVAL_SOURCES, cloneKm)}) AND kode_inacbg = $6
          AND tgl_masuk BETWEEN $3::DATE - ${cloneDays} AND $3::DATE + ${cloneDays})
        OR (facility_id = $5 AND kode_inacbg = $6 AND jenis_rawat = 1
          AND tgl_masuk BETWEEN $3::DATE - ${templateDays} AND $3::DATE + ${templateDays})
        OR (facility_id = $5 AND tgl_masuk BETWEEN $3::DATE - ${episodeDays} AND $3::DATE + ${episodeDays})
        OR (card_key IN (SELECT f.card_key FROM ctx_members f JOIN ctx_members m USING (family_key) WHERE m.card_key = $1)
          AND tgl_masuk >= $3::DATE - ${MEMBER_LOOKBACK_DAYS}))
      UNION ALL SELECT * FROM arr_new`,
      params: CLAIMS_PARAMS,
    },
    // the cards of the claims, and the whole family card of the new claim's card (a newborn's mother may have no claim)
    {
      // UNION, not OR: each branch is a semi-join of its own (the OR ran 3x slower on the 1M-claim context)
      sql: `CREATE OR REPLACE TABLE arr_members AS SELECT * FROM ctx_members WHERE card_key IN (SELECT DISTINCT card_key FROM arr_claims)
      UNION SELECT * FROM ctx_members WHERE family_key IN (SELECT family_key FROM ctx_members WHERE card_key = $1)`,
      params: ['card_key'],
    },
    // the visits that wrote the claims' referral letters, the cards' own visits, and one visit of each
    // referring FKTP near its letter's date (whether that FKTP was recording P-Care visits then)
    {
      sql: `CREATE OR REPLACE TABLE arr_fktp_visits AS SELECT * FROM ctx_fktp_visits
      WHERE card_key IN (SELECT card_key FROM arr_members)
      UNION SELECT * FROM ctx_fktp_visits WHERE no_rujukan IN (SELECT no_rujukan FROM arr_claims)
      UNION
      SELECT * FROM ctx_fktp_visits WHERE visit_id IN (
        SELECT min(v.visit_id) FROM arr_claims c JOIN ctx_fktp_visits v ON v.facility_id = c.ppk_rujukan
          AND v.tgl_kunjungan BETWEEN coalesce(c.tgl_rujukan, c.tgl_masuk) - ${letterDays} AND coalesce(c.tgl_rujukan, c.tgl_masuk) + ${letterDays}
        WHERE c.asal_rujukan = 1 GROUP BY c.nomor_sep)`,
      params: [],
    },
    {
      sql: 'CREATE OR REPLACE TABLE arr_prb_claims AS SELECT * FROM ctx_prb_claims WHERE card_key IN (SELECT card_key FROM arr_members)',
      params: [],
    },
    { sql: 'CREATE OR REPLACE TABLE arr_deaths AS SELECT d.* FROM ctx_deaths d JOIN arr_members m USING (member_key)', params: [] },
    // the e-PLKK case of this SEP is looked up by the SEP (not by the card key)
    {
      sql: `CREATE OR REPLACE TABLE arr_kkpak AS SELECT k.* FROM ctx_kkpak k JOIN arr_members m USING (member_key)
      UNION ALL SELECT * FROM ctx_kkpak WHERE nomor_sep = $1 AND member_key NOT IN (SELECT member_key FROM arr_members)`,
      params: ['nomor_sep'],
    },
    ...[
      claimBaseSql(ARRIVAL_SOURCES),
      // The other facilities' norms of the request's facilities only: every detector joins them on the
      // facility of a claim of the request, and the national table (a row per facility and code) was
      // scanned and hashed by each of the ten signals that read it, per request.
      `CREATE OR REPLACE TABLE ${OTHER_FACILITY_PEER_TABLE} AS SELECT * FROM ctx_other_facility_peers
      WHERE facility_id IN (SELECT DISTINCT facility_id FROM fraud_claim_base)`,
      cardPairsSql(),
      claimFeaturesSql(),
      detectorHitsSql(ARRIVAL_SOURCES),
      claimFeatureTableSql(),
      modelInputSql(),
    ].map((sql) => ({ sql, params: [] as readonly RequestParam[] })),
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

/** Loads the published context of `dir` into `connection`, under the names the batch SQL reads. */
async function loadContext(connection: DuckDBConnection, dir: string): Promise<void> {
  const f = FRAUD_FILES;
  const load = async (table: string, file: string): Promise<void> => {
    await connection.run(`CREATE TABLE ${ident(table)} AS SELECT * FROM read_parquet(${literal(join(dir, file))})`);
  };
  await load('h_claims', f.historyClaims);
  await load('ctx_members', f.members);
  await load('ctx_facilities', f.facilities);
  await load('ctx_deaths', f.deaths);
  await load('ctx_kkpak', f.kkpak);
  await load('ctx_fktp_visits', f.fktpVisits);
  await load('ctx_prb_claims', f.prbClaims);
  await load('ctx_doctors', f.doctors);
  await load('ctx_cbg_peers', f.cbgPeers);
  await load('ctx_providers', f.providers);
  await load('fraud_signal_precision', f.signalPrecision);
  await load(PROVIDER_DISTRIBUTION_TABLE, f.providerDistribution);
  await load(FLAT_PACKAGE_TABLE, f.flatPackages);
  await load(REFERRAL_PAIR_TABLE, f.referralPairs);
  await load(FKTP_REFERRAL_TABLE, f.fktpReferrals);
  await load(OPERATION_RECORD_TABLE, f.operationRecords);
  await load(CASEMIX_PEER_TABLE, f.casemixPeers);
  await load(PROCEDURE_PEER_TABLE, f.procedurePeers);
  await load(PEER_NORMS_TABLE, f.peerNorms);
  await load('ctx_other_facility_peers', f.otherFacilityPeers);
  await load(SIGNAL_PATTERN_TABLE, f.signalPatterns);
  await load('fraud_risk_share', f.riskShare);
  // point lookups per request: the context tables are national, a request touches a few cards
  for (const ddl of [
    'CREATE INDEX ctx_members_card ON ctx_members (card_key)',
    'CREATE INDEX ctx_members_family ON ctx_members (family_key)',
    'CREATE INDEX ctx_fktp_visits_card ON ctx_fktp_visits (card_key)',
    'CREATE INDEX ctx_fktp_visits_letter ON ctx_fktp_visits (no_rujukan)',
    'CREATE INDEX ctx_fktp_visits_facility ON ctx_fktp_visits (facility_id)',
    'CREATE INDEX ctx_prb_claims_card ON ctx_prb_claims (card_key)',
    'CREATE INDEX h_claims_card ON h_claims (card_key)',
    'CREATE INDEX h_claims_doctor ON h_claims (kode_dpjp)',
    'CREATE INDEX h_claims_facility ON h_claims (facility_id)',
    'CREATE INDEX ctx_deaths_member ON ctx_deaths (member_key)',
    'CREATE INDEX ctx_kkpak_member ON ctx_kkpak (member_key)',
    'CREATE INDEX ctx_kkpak_sep ON ctx_kkpak (nomor_sep)',
    'CREATE INDEX ctx_other_facility_peers_facility ON ctx_other_facility_peers (facility_id)',
  ]) {
    await connection.run(ddl);
  }
  await connection.run('CREATE TABLE ctx_audits (nomor_sep VARCHAR, audit_date DATE, outcome VARCHAR)');
  // a claim on arrival has no audit outcome: nothing is left out of its signal precision
  await connection.run('CREATE TABLE fraud_claim_labels (nomor_sep VARCHAR, label INTEGER)');
  await connection.run('CREATE TABLE fraud_model_scores (nomor_sep VARCHAR, probability DOUBLE, anomaly_score DOUBLE)');
  await connection.run('CREATE TABLE arr_new AS SELECT * FROM h_claims LIMIT 0');
  for (const sql of referenceTablesSql()) await connection.run(sql);
}

const DETECTOR_HITS_TABLE = 'fraud_detector_hits';

/**
 * The detector step as one planned SELECT per detector (arrival-detectors.ts), sharing the hits
 * table's appender; a detector the claim cannot hit is skipped.
 */
async function detectorSteps(connection: DuckDBConnection): Promise<Step[]> {
  const appender = await connection.createAppender(DETECTOR_HITS_TABLE);
  const steps: Step[] = [];
  for (const part of splitArrivalDetectorHits(ARRIVAL_SOURCES)) {
    steps.push({ table: DETECTOR_HITS_TABLE, params: [], appender, select: await connection.prepare(part.sql), applies: part.applies });
  }
  return steps;
}

/** Runs a planned SELECT and appends its chunks to its (emptied) table. */
async function fill(select: DuckDBPreparedStatement, appender: DuckDBAppender): Promise<void> {
  const result = await select.run();
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk())
    appender.appendDataChunk(chunk);
  appender.flushSync();
}

/** The resident context and the planned statements of one request. Not re-entrant: the scorer queues requests. */
export class ArrivalContext {
  private constructor(
    readonly connection: DuckDBConnection,
    private readonly instance: DuckDBInstance,
    /** arr_new's columns and types, in table order. */
    readonly claimColumns: ReadonlyMap<string, string>,
    private readonly newClaim: Step,
    private readonly steps: readonly Step[],
    private readonly modelScores: DuckDBAppender,
  ) {}

  static async open(dir: string): Promise<ArrivalContext> {
    const instance = await createOfflineDuckDB(':memory:', { threads: 1, settings: ARRIVAL_DUCKDB_SETTINGS });
    const connection = await instance.connect();
    try {
      await loadContext(connection, dir);
      const described = (await connection.runAndReadAll('DESCRIBE arr_new')).getRowObjectsJS() as {
        column_name: string;
        column_type: string;
      }[];
      const claimColumns = new Map(described.map((d) => [d.column_name, d.column_type]));
      // the new claim: every column bound as $n and cast to its type by DuckDB (a missing field is NULL)
      const newClaim: Step = {
        table: 'arr_new',
        params: [],
        appender: await connection.createAppender('arr_new'),
        select: await connection.prepare(
          `SELECT ${described.map((d, i) => `$${i + 1}::${d.column_type} AS ${ident(d.column_name)}`).join(', ')}`,
        ),
      };
      // The tables are created with a published claim as the request, so that the join order
      // is planned for a request's sizes (a handful of rows against national context tables),
      // not for empty tables (measured: the detector step took three times the CPU).
      await connection.run('INSERT INTO arr_new SELECT * FROM h_claims ORDER BY tgl_masuk DESC, nomor_sep LIMIT 1');
      const sample: Record<string, unknown> = (await connection.runAndReadAll('SELECT * FROM arr_new')).getRowObjectsJson()[0] ?? {
        card_key: '',
        nomor_sep: '',
        tgl_masuk: '1970-01-01',
        kode_dpjp: '',
        facility_id: '',
        kode_inacbg: '',
      };
      const steps: Step[] = [];
      for (const { sql, params } of requestStatements()) {
        const table = CREATE_AS.exec(sql)?.[1];
        if (!table) throw new Error('arrival statement is not CREATE OR REPLACE TABLE ... AS');
        await connection.run(sql, params.length > 0 ? params.map((p) => String(sample[p] ?? '')) : undefined);
        // fraud_claim_base must exist before the context views that read it
        if (table === 'fraud_claim_base') await createContextViews(connection);
      }
      for (const { sql, params } of requestStatements()) {
        const table = CREATE_AS.exec(sql)?.[1] as string;
        if (table === DETECTOR_HITS_TABLE) {
          steps.push(...(await detectorSteps(connection)));
          continue;
        }
        steps.push({
          table,
          params,
          select: await connection.prepare(sql.replace(CREATE_AS, '')),
          appender: await connection.createAppender(table),
        });
      }
      // requests start from empty tables (each then rolls its rows back)
      for (const table of new Set(['arr_new', ...steps.map((s) => s.table)])) await connection.run(`DELETE FROM ${ident(table)}`);
      return new ArrivalContext(connection, instance, claimColumns, newClaim, steps, await connection.createAppender('fraud_model_scores'));
    } catch (err) {
      connection.closeSync();
      instance.closeSync();
      throw err;
    }
  }

  /**
   * Fills the request tables with `claim` (already validated against claimColumns) and runs
   * `use` on them, inside one transaction that is always rolled back: the request tables are
   * empty before and after, whatever `use` does or throws.
   */
  async withClaim<T>(claim: Readonly<Record<string, string | number | null>>, use: () => Promise<T>): Promise<T> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      this.newClaim.select.bind([...this.claimColumns.keys()].map((k) => claim[k] ?? null));
      await fill(this.newClaim.select, this.newClaim.appender);
      for (const step of this.steps) {
        if (step.applies && !step.applies(claim)) continue;
        if (step.params.length > 0) step.select.bind(step.params.map((k) => String(claim[k])));
        await fill(step.select, step.appender);
      }
      return await use();
    } catch (err) {
      // rows a failed step appended but did not flush must not reach the next request
      for (const a of this.appenders()) a.clear();
      this.modelScores.clear();
      throw err;
    } finally {
      await this.connection.run('ROLLBACK');
    }
  }

  /** Each appender once (the detector steps share the hits table's). */
  private appenders(): Set<DuckDBAppender> {
    return new Set([this.newClaim, ...this.steps].map((s) => s.appender));
  }

  /** fraud_model_scores holds the one claim's model outputs (claim scores read them); within withClaim only. */
  async setModelScores(nomorSep: string, probability: number, anomaly: number): Promise<void> {
    this.modelScores.appendVarchar(nomorSep);
    this.modelScores.appendDouble(probability);
    this.modelScores.appendDouble(anomaly);
    this.modelScores.endRow();
    this.modelScores.flushSync();
  }

  close(): void {
    for (const a of this.appenders()) a.closeSync();
    this.modelScores.closeSync();
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
