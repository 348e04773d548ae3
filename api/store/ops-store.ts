// The one seam to operational records. The API, the CLI and the run coordinator talk to
// this interface only; PostgreSQL (several API instances) and an embedded DuckDB file (one
// process, the default) sit behind it with the same SQL, so a test double plugs in here too.
import type {
  ApiClient,
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
  ScoreAccessRecord,
} from './records.js';

export type * from './records.js';

export interface ConsentFilter {
  readonly memberKey?: string;
  readonly bankClientId?: string;
}

export interface ScoreAccessFilter {
  readonly memberKey?: string;
  readonly bankClientId?: string;
  readonly consentId?: string;
  /** Newest first; default 100. */
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

export interface RunFilter {
  readonly status?: RunStatus;
  /** Newest first; default 50. */
  readonly limit?: number;
}

/**
 * Operational records behind one small interface. Methods are safe to call concurrently;
 * every write is durable when its promise resolves.
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
  listScoreAccess(filter: ScoreAccessFilter): Promise<ScoreAccessRecord[]>;
  /** Rows matching the filter (its limit ignored): one row per served score is checkable. */
  countScoreAccess(filter: ScoreAccessFilter): Promise<number>;

  /** Records an investigator's finding on a worklist case. */
  recordOutcome(outcome: NewInvestigatorOutcome): Promise<InvestigatorOutcome>;
  /** Oldest first, so the latest finding on a case comes last. */
  listOutcomes(filter: OutcomeFilter): Promise<InvestigatorOutcome[]>;

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
