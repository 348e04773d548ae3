// The one seam to operational records. The API, the CLI and the run coordinator talk to
// this interface only; PostgreSQL (several API instances) and an embedded DuckDB file (one
// process, the default) sit behind it with the same SQL, so a test double plugs in here too.
import type {
  ApiClient,
  CaseAction,
  CaseState,
  CaseStatus,
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
  RunStatus,
  ScoreAccess,
  ScoreAccessEntry,
  ScoreAccessRecord,
} from './records.js';

export type * from './records.js';
export { StoreValueError } from './store-errors.js';

export interface ConsentFilter {
  readonly memberKey?: string;
  readonly bankClientId?: string;
}

/**
 * Most access-log rows one list returns (the drift monitor's largest window). Asking for
 * more is refused (StoreValueError on `limit`), never cut short silently.
 */
export const SCORE_ACCESS_LIST_MAX = 100_000;
/** Most runs one list returns; more is refused like the access log's. */
export const RUN_LIST_MAX = 1_000;

export interface ScoreAccessFilter {
  readonly memberKey?: string;
  readonly bankClientId?: string;
  readonly consentId?: string;
  /** Newest first; default 100, 1 to SCORE_ACCESS_LIST_MAX. */
  readonly limit?: number;
}

export interface OutcomeFilter {
  readonly caseId?: string;
  readonly fraudType?: string;
  /** recordedAt >= since */
  readonly since?: Date;
  /** recordedAt < until */
  readonly until?: Date;
}

export interface CaseStateFilter {
  readonly status?: CaseStatus;
  readonly assignee?: string;
  /** Most recently changed first; default and maximum CASE_STATE_LIST_MAX. */
  readonly limit?: number;
}

export interface CaseViewFilter {
  readonly caseId?: string;
  readonly viewer?: string;
  /** Newest first; default 100, 1 to SCORE_ACCESS_LIST_MAX. */
  readonly limit?: number;
}

/** Most case states one list returns (only cases someone acted on have one); more is refused. */
export const CASE_STATE_LIST_MAX = 100_000;

export interface RunFilter {
  readonly status?: RunStatus;
  /** Newest first; default 50, 1 to RUN_LIST_MAX. */
  readonly limit?: number;
}

/**
 * Operational records behind one small interface. Methods are safe to call concurrently;
 * every write is durable when its promise resolves. A store that cannot be reached or does
 * not answer in time rejects with StoreUnavailableError; a value it cannot hold (NUL in
 * text, an amount beyond MAX_RUPIAH_AMOUNT, a limit beyond the list's maximum) with
 * StoreValueError, before anything is written. Lookups by a text no record can hold find
 * nothing.
 */
export interface OpsStore {
  /** Which implementation this is, for /ready and logs. */
  readonly kind: 'postgres' | 'duckdb';

  /** Registers a client under a key hash; the key itself never reaches the store. */
  createClient(client: NewApiClient): Promise<ApiClient>;
  /** The client holding this key hash, revoked or not; null if none. */
  findClientByKeyHash(keyHash: string): Promise<ApiClient | null>;
  getClient(id: string): Promise<ApiClient | null>;
  listClients(): Promise<ApiClient[]>;
  /** Marks the client revoked (idempotent: the first revocation time stays); null if unknown. */
  revokeClient(id: string): Promise<ApiClient | null>;

  /** Grants a consent; its id is the reference the bank presents. */
  grantConsent(consent: NewConsent): Promise<Consent>;
  getConsent(id: string): Promise<Consent | null>;
  /** Newest first. */
  listConsents(filter: ConsentFilter): Promise<Consent[]>;
  /** Revokes (idempotent: the first revocation time stays); null if unknown. */
  revokeConsent(id: string): Promise<Consent | null>;

  /** Appends one row to the access log; resolves once the row is written. No update or delete exists. */
  appendScoreAccess(entry: ScoreAccess): Promise<ScoreAccessRecord>;
  /** Newest first, each row with the bank's client name. */
  listScoreAccess(filter: ScoreAccessFilter): Promise<ScoreAccessEntry[]>;
  /** Rows matching the filter (its limit ignored): one row per served score is checkable. */
  countScoreAccess(filter: ScoreAccessFilter): Promise<number>;

  /** Records an investigator's finding on a worklist case. */
  recordOutcome(outcome: NewInvestigatorOutcome): Promise<InvestigatorOutcome>;
  /** Oldest first, so the latest finding on a case comes last. */
  listOutcomes(filter: OutcomeFilter): Promise<InvestigatorOutcome[]>;

  /** The case's current state; null when nobody has acted on it (it is open). */
  getCaseState(caseId: string): Promise<CaseState | null>;
  /** States of cases someone acted on, most recently changed first. */
  listCaseStates(filter: CaseStateFilter): Promise<CaseState[]>;
  /**
   * Applies one workflow action (assign, unassign, reopen, close) and appends it to the case's
   * history, in one transaction; CaseTransitionError (case-workflow.ts) when the case's status
   * does not allow it, before anything is written.
   */
  applyCaseAction(action: NewCaseAction): Promise<{ state: CaseState; action: CaseAction }>;
  /** The case's history, oldest first. */
  listCaseActions(caseId: string): Promise<CaseAction[]>;
  /** Appends one case view to the access log (append-only, like the score access log). */
  appendCaseView(view: CaseView): Promise<CaseViewRecord>;
  /** Newest first. */
  listCaseViews(filter: CaseViewFilter): Promise<CaseViewRecord[]>;

  /** Creates a queued run; with an id already known, returns the existing run unchanged. */
  createRun(run: NewRun): Promise<RunRecord>;
  /** Upserts a stage's progress (by stage + partition) and moves a queued run to running; create the run first. */
  updateRunStage(runId: string, update: RunStageUpdate): Promise<void>;
  /** Sets the run's final status and finish time (a later call overwrites; unknown ids are ignored). */
  finishRun(runId: string, outcome: RunOutcome): Promise<void>;
  getRun(id: string): Promise<RunRecord | null>;
  listRuns(filter?: RunFilter): Promise<RunRecord[]>;

  /** A cheap round trip, for /ready. */
  ping(): Promise<void>;
  /** Flushes pending writes and releases connections. */
  close(): Promise<void>;
}
