// The resident context of arrival scoring: one in-memory DuckDB that loads the published
// context once (history claims, members, deaths, e-PLKK cases, P-Care visits, PRB claims, the
// doctor registry, peers, provider features and distributions, signal precision) and keeps
// every per-request statement of the batch's SQL planned. A request appends the claim to arr_new,
// fills small tables with what its detectors compare it with, then re-runs the planned SELECTs
// step by step, all in one transaction that is rolled back at the end: the tables are empty
// again for the next request without a DELETE, and no step pays a commit (measured side by
// side in one process: 7% less CPU per claim).
//
// Why SELECT + appender and not INSERT ... SELECT: DuckDB re-plans a prepared INSERT on
// every execution (measured: the detector step took 90 ms of CPU as an INSERT, 25-36 ms as
// the same prepared SELECT), and planning, not running, is what a handful of rows costs.
// Each step's planned SELECT streams its chunks straight into its table's appender, so no
// value passes through JavaScript.
//
// No statement has a parameter (arrival-request-sql.ts says why): each is planned once, at open.
import { join } from 'node:path';
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance, DuckDBPreparedStatement } from '@duckdb/node-api';
import { createOfflineDuckDB, ident, literal } from '../../data-samples/sql/index.js';
import { referenceTablesSql } from '../../features/fraud/index.js';
import { SIGNAL_PATTERN_TABLE } from './claim-scores.js';
import {
  CASEMIX_PEER_TABLE,
  FLAT_PACKAGE_TABLE,
  PEER_NORMS_TABLE,
  PROCEDURE_PEER_TABLE,
  PROVIDER_DISTRIBUTION_TABLE,
} from './detectors/index.js';
import { REFERRAL_PAIR_TABLE } from './detectors/referral-pairs.js';
import { FKTP_REFERRAL_TABLE } from './detectors/referral-primary-care.js';
import { OPERATION_RECORD_TABLE } from './detectors/operation-records.js';
import { splitArrivalDetectorHits } from './arrival-detectors.js';
import type { GatedClaim } from './arrival-detectors.js';
import { FRAUD_FILES } from './files.js';
import { claimRowWriter } from './arrival-claim-row.js';
import type { ClaimRowWriter } from './arrival-claim-row.js';
import { ARRIVAL_SOURCES, CREATE_AS, MODEL_INPUT_VIEWS, NEW_CLAIM_TABLE, requestStatements } from './arrival-request-sql.js';

export { ARRIVAL_SOURCES } from './arrival-request-sql.js';

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

/** A per-request step: its table, the appender that fills it and the planned SELECT a claim runs. */
interface Step {
  readonly table: string;
  readonly appender: DuckDBAppender;
  /** The planned SELECT for the claim, or undefined when the step cannot add a row for it (a detector the claim cannot hit). */
  readonly selectFor: (claim: GatedClaim) => DuckDBPreparedStatement | undefined;
}

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
  await connection.run(`CREATE TABLE ${NEW_CLAIM_TABLE} AS SELECT * FROM h_claims LIMIT 0`);
  for (const sql of referenceTablesSql()) await connection.run(sql);
}

const DETECTOR_HITS_TABLE = 'fraud_detector_hits';

/**
 * The detector step as one step per detector, sharing the hits table's appender: a planned SELECT
 * per combination of its signal gates (arrival-detectors.ts), the claim's run, none when the
 * detector cannot hit it.
 */
async function detectorSteps(connection: DuckDBConnection): Promise<Step[]> {
  const appender = await connection.createAppender(DETECTOR_HITS_TABLE);
  const steps: Step[] = [];
  for (const part of splitArrivalDetectorHits(ARRIVAL_SOURCES)) {
    const selects: (DuckDBPreparedStatement | undefined)[] = [];
    for (const variant of part.variants) selects.push(variant ? await connection.prepare(variant.sql) : undefined);
    steps.push({
      table: DETECTOR_HITS_TABLE,
      appender,
      selectFor: (claim) => {
        const v = part.variantOf(claim);
        return v === undefined ? undefined : selects[v];
      },
    });
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
export class ArrivalContext<R extends string = never> {
  private constructor(
    readonly connection: DuckDBConnection,
    private readonly instance: DuckDBInstance,
    /** arr_new's columns and types, in table order. */
    readonly claimColumns: ReadonlyMap<string, string>,
    private readonly newClaim: DuckDBAppender,
    private readonly writeClaim: ClaimRowWriter,
    private readonly steps: readonly Step[],
    private readonly modelScores: DuckDBAppender,
    /** The caller's reads of the request tables, planned once at open (run them within withClaim). */
    readonly reads: Readonly<Record<R, DuckDBPreparedStatement>>,
  ) {}

  /**
   * Loads the context of `dir` and plans every request statement, and each of `reads` (a SELECT
   * of the request tables, no parameters: the request's claim is the one row of arr_new).
   */
  static async open<R extends string = never>(
    dir: string,
    reads: Readonly<Record<R, string>> = {} as Record<R, string>,
  ): Promise<ArrivalContext<R>> {
    const instance = await createOfflineDuckDB(':memory:', { threads: 1, settings: ARRIVAL_DUCKDB_SETTINGS });
    const connection = await instance.connect();
    try {
      await loadContext(connection, dir);
      const described = (await connection.runAndReadAll(`DESCRIBE ${NEW_CLAIM_TABLE}`)).getRowObjectsJS() as {
        column_name: string;
        column_type: string;
      }[];
      const claimColumns = new Map(described.map((d) => [d.column_name, d.column_type]));
      const writeClaim = claimRowWriter(claimColumns);
      // The tables are created and the statements planned with a published claim as the request,
      // so that the join order is planned for a request's sizes (a handful of rows against national
      // context tables), not for empty tables (measured: the detector step took three times the CPU).
      await connection.run(`INSERT INTO ${NEW_CLAIM_TABLE} SELECT * FROM h_claims ORDER BY tgl_masuk DESC, nomor_sep LIMIT 1`);
      const statements = requestStatements();
      for (const sql of statements) {
        const table = CREATE_AS.exec(sql)?.[1];
        if (!table) throw new Error('arrival statement is not CREATE OR REPLACE TABLE ... AS');
        await connection.run(MODEL_INPUT_VIEWS.has(table) ? sql.replace(CREATE_AS, `CREATE VIEW ${ident(table)} AS`) : sql);
        // fraud_claim_base must exist before the context views that read it
        if (table === 'fraud_claim_base') await createContextViews(connection);
      }
      const steps: Step[] = [];
      for (const sql of statements) {
        const table = CREATE_AS.exec(sql)?.[1] as string;
        if (MODEL_INPUT_VIEWS.has(table)) continue;
        if (table === DETECTOR_HITS_TABLE) {
          steps.push(...(await detectorSteps(connection)));
          continue;
        }
        const select = await connection.prepare(sql.replace(CREATE_AS, ''));
        steps.push({ table, appender: await connection.createAppender(table), selectFor: () => select });
      }
      // the reads see the sample claim scored too (claim scores join its model scores)
      await connection.run(`INSERT INTO fraud_model_scores SELECT nomor_sep, 0.5, 0 FROM ${NEW_CLAIM_TABLE}`);
      const prepared = {} as Record<R, DuckDBPreparedStatement>;
      for (const [name, sql] of Object.entries(reads) as [R, string][]) prepared[name] = await connection.prepare(sql);
      // requests start from empty tables (each then rolls its rows back)
      for (const table of new Set([NEW_CLAIM_TABLE, 'fraud_model_scores', ...steps.map((s) => s.table)]))
        await connection.run(`DELETE FROM ${ident(table)}`);
      return new ArrivalContext(
        connection,
        instance,
        claimColumns,
        await connection.createAppender(NEW_CLAIM_TABLE),
        writeClaim,
        steps,
        await connection.createAppender('fraud_model_scores'),
        prepared,
      );
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
      this.writeClaim(this.newClaim, claim);
      this.newClaim.flushSync();
      for (const step of this.steps) {
        const select = step.selectFor(claim);
        if (select) await fill(select, step.appender);
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
    return new Set([this.newClaim, ...this.steps.map((s) => s.appender)]);
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
