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
import type { DuckDBAppender, DuckDBConnection, DuckDBDataChunk, DuckDBInstance, DuckDBPreparedStatement } from '@duckdb/node-api';
import { createOfflineDuckDB, ident } from '../../data-samples/sql/index.js';
import { splitArrivalDetectorHits } from './arrival-detectors.js';
import type { ArrivalFacts, GatedClaim } from './arrival-detectors.js';
import { claimRowWriter } from './arrival-claim-row.js';
import type { ClaimRowWriter } from './arrival-claim-row.js';
import { ARRIVAL_SOURCES, CREATE_AS, MODEL_INPUT_VIEWS, NEW_CLAIM_TABLE, requestStatements } from './arrival-request-sql.js';
import { tablesNamed, unreadTables } from './arrival-fill-plan.js';
import type { PlannedFill } from './arrival-fill-plan.js';
import { CONTEXT_VIEWS, createContextViews, loadContext } from './arrival-context-load.js';
import { LineScreen, claimBaseRowReader } from './arrival-line-screen.js';

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
interface Step extends PlannedFill<GatedClaim> {
  readonly table: string;
  readonly appender: DuckDBAppender;
  /** The planned SELECT for the claim, or undefined when the step cannot add a row for it (a detector the claim cannot hit); `facts`: the rows the steps before it added. */
  readonly selectFor: (claim: GatedClaim, facts: ArrivalFacts) => DuckDBPreparedStatement | undefined;
}

const DETECTOR_HITS_TABLE = 'fraud_detector_hits';

/**
 * The detector step as one step per detector, sharing the hits table's appender: a planned SELECT
 * per combination of its signal gates (arrival-detectors.ts), the claim's run, none when the
 * detector cannot hit it.
 */
async function detectorSteps(connection: DuckDBConnection, requestTables: ReadonlySet<string>, screened: boolean): Promise<Step[]> {
  const appender = await connection.createAppender(DETECTOR_HITS_TABLE);
  const steps: Step[] = [];
  for (const part of splitArrivalDetectorHits(ARRIVAL_SOURCES)) {
    const selects: (DuckDBPreparedStatement | undefined)[] = [];
    for (const variant of part.variants) selects.push(variant ? await connection.prepare(variant.sql) : undefined);
    const named = part.variants.map((variant) => (variant ? tablesNamed(variant.sql, requestTables) : undefined));
    steps.push({
      table: DETECTOR_HITS_TABLE,
      appender,
      selectFor: (claim, facts) => {
        // unscreened (tests): every branch arrival plans, whatever the claim
        const v = screened ? part.variantOf(claim, facts) : part.variants.length - 1;
        return v === undefined ? undefined : selects[v];
      },
      // the most the claim's own fields let it run: gates on what the request loads pass here
      readsFor: (claim) => {
        const v = part.variantOf(claim);
        return v === undefined ? undefined : named[v];
      },
    });
  }
  return steps;
}

/** Runs a planned SELECT and appends its chunks to its (emptied) table; returns the rows appended. `see` reads each chunk first. */
async function fill(
  select: DuckDBPreparedStatement,
  appender: DuckDBAppender,
  see?: (chunk: DuckDBDataChunk, columns: readonly string[]) => void,
): Promise<number> {
  const result = await select.run();
  const columns = see ? result.columnNames() : [];
  let rows = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    see?.(chunk, columns);
    appender.appendDataChunk(chunk);
    rows += chunk.rowCount;
  }
  appender.flushSync();
  return rows;
}

/** The request table of the claims a claim is compared with (arrival-request-sql.ts): its card's other claims among them. */
const REQUEST_CLAIMS_TABLE = 'arr_claims';
/** The request's claim base: the claim's own row is what the line screens read (arrival-line-screen.ts). */
const CLAIM_BASE_TABLE = 'fraud_claim_base';

/** Counts, in chunks of request claims, the rows of card `card` other than SEP `sep`. */
function cardClaimCounter(
  card: unknown,
  sep: unknown,
): { readonly see: (chunk: DuckDBDataChunk, columns: readonly string[]) => void; count: number } {
  const counter = {
    count: 0,
    see: (chunk: DuckDBDataChunk, columns: readonly string[]) => {
      const cards = chunk.getColumnValues(columns.indexOf('card_key'));
      const seps = chunk.getColumnValues(columns.indexOf('nomor_sep'));
      for (let i = 0; i < cards.length; i++) if (cards[i] === card && seps[i] !== sep) counter.count++;
    },
  };
  return counter;
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
    /** Request tables every request reads (the reads and the views): always filled (arrival-fill-plan.ts). */
    private readonly alwaysRead: ReadonlySet<string>,
    /** The published peers and own series INFLATED_BILL's line screens read (arrival-line-screen.ts). */
    private readonly lineScreen: LineScreen,
  ) {}

  /**
   * Loads the context of `dir` and plans every request statement, and each of `reads` (a SELECT
   * of the request tables, no parameters: the request's claim is the one row of arr_new).
   */
  static async open<R extends string = never>(
    dir: string,
    reads: Readonly<Record<R, string>> = {} as Record<R, string>,
    /** screened false: every request runs every detector branch and fills every table (what the gates must not change, for tests). */
    { screened = true }: { readonly screened?: boolean } = {},
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
      const requestTables = new Set(statements.map((sql) => CREATE_AS.exec(sql)?.[1] as string));
      const steps: Step[] = [];
      for (const sql of statements) {
        const table = CREATE_AS.exec(sql)?.[1] as string;
        if (MODEL_INPUT_VIEWS.has(table)) continue;
        if (table === DETECTOR_HITS_TABLE) {
          steps.push(...(await detectorSteps(connection, requestTables, screened)));
          continue;
        }
        const select = await connection.prepare(sql.replace(CREATE_AS, ''));
        const named = tablesNamed(sql.replace(CREATE_AS, ''), requestTables);
        steps.push({ table, appender: await connection.createAppender(table), selectFor: () => select, readsFor: () => named });
      }
      // what every request reads whatever its detectors: the caller's reads and the views they and the steps read
      const alwaysRead = screened
        ? tablesNamed(
            [
              ...Object.values<string>(reads),
              ...statements.filter((sql) => MODEL_INPUT_VIEWS.has(CREATE_AS.exec(sql)?.[1] ?? '')),
              ...CONTEXT_VIEWS,
            ].join('\n'),
            requestTables,
          )
        : requestTables;
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
        alwaysRead,
        await LineScreen.load(connection),
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
      // the rows each table received so far: the gates of the later detector steps read them (arrival-screens.ts)
      const rows = new Map<string, number>();
      const cardClaims = cardClaimCounter(claim['card_key'], claim['nomor_sep']);
      const claimBase = claimBaseRowReader(claim['nomor_sep']);
      const facts: ArrivalFacts = {
        rows: (table) => rows.get(table) ?? 0,
        otherCardClaims: () => cardClaims.count,
        lineMayStep: (line) => this.lineScreen.mayStep(claimBase.row(), line),
      };
      // tables no statement of this claim reads stay empty (arrival-fill-plan.ts)
      const unread = unreadTables(this.steps, this.alwaysRead, claim);
      for (const step of this.steps) {
        if (unread.has(step.table)) continue;
        const select = step.selectFor(claim, facts);
        if (!select) continue;
        const see = step.table === REQUEST_CLAIMS_TABLE ? cardClaims.see : step.table === CLAIM_BASE_TABLE ? claimBase.see : undefined;
        rows.set(step.table, (rows.get(step.table) ?? 0) + (await fill(select, step.appender, see)));
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
