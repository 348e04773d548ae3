// The operational records the ops store keeps: API clients, consents, the score access
// log, investigator outcomes and run history. Plain immutable data; no storage details.

/**
 * Who a client is to the API; every route names the roles it admits. `member_channel` is
 * the channel acting for members (consents and their access log, nothing else), so it
 * needs no admin key.
 */
export type ClientRole = 'auditor' | 'bank' | 'underwriter' | 'admin' | 'member_channel';
export const CLIENT_ROLES: readonly ClientRole[] = Object.freeze(['auditor', 'bank', 'underwriter', 'admin', 'member_channel']);

/** An institution or channel holding an API key. The key itself is never stored, only its hash. */
export interface ApiClient {
  readonly id: string;
  readonly name: string;
  readonly role: ClientRole;
  readonly createdAt: Date;
  /** Null while the key is valid; a revoked client is refused on its next request. */
  readonly revokedAt: Date | null;
}

export interface NewApiClient {
  readonly name: string;
  readonly role: ClientRole;
  /** Hex SHA-256 of the key (see api/auth/api-key.ts). */
  readonly keyHash: string;
}

/** Stored state of a consent; expiry is derived from `expiresAt` (see `consentState`). */
export type ConsentStatus = 'active' | 'revoked';

/** A member's consent for one bank to use their record for one purpose (UU 27/2022). */
export interface Consent {
  /** The consent reference the bank presents with a score request. */
  readonly id: string;
  /** Pseudonymous member key (HMAC of the NIK), never the NIK itself. */
  readonly memberKey: string;
  /** The bank's API client id. */
  readonly bankClientId: string;
  /** Stated purpose, e.g. `credit_scoring`. */
  readonly purpose: string;
  /** What the bank may receive, e.g. ['score', 'reasons']. */
  readonly scope: readonly string[];
  readonly grantedAt: Date;
  readonly expiresAt: Date;
  readonly status: ConsentStatus;
  readonly revokedAt: Date | null;
}

export interface NewConsent {
  readonly memberKey: string;
  readonly bankClientId: string;
  readonly purpose: string;
  readonly scope: readonly string[];
  readonly expiresAt: Date;
}

/** The state a request meets: stored status, with expiry applied at `now`. */
export function consentState(consent: Consent, now: Date = new Date()): 'active' | 'revoked' | 'expired' {
  if (consent.status === 'revoked') return 'revoked';
  return consent.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

/** One served score, written before the response leaves (append-only). */
export interface ScoreAccess {
  readonly bankClientId: string;
  readonly memberKey: string;
  readonly consentId: string;
  readonly purpose: string;
  /** Null when no score was returned with the response (e.g. a thin file). */
  readonly score: number | null;
  readonly modelVersion: string;
}

export interface ScoreAccessRecord extends ScoreAccess {
  readonly id: string;
  readonly accessedAt: Date;
}

/** An access-log row as listed: with the bank's client name (null if the client is unknown). */
export interface ScoreAccessEntry extends ScoreAccessRecord {
  readonly bankName: string | null;
}

/**
 * Largest rupiah amount one outcome records: Rp 1 trillion, far above any single JKN fraud
 * case on record (the largest published are in the tens of billions). Kept well below 2^53
 * so that sums stay exact in a JavaScript number: precision totals over up to 9,000
 * outcomes at this maximum add up to the rupiah. Request schemas use it as their maximum.
 */
export const MAX_RUPIAH_AMOUNT = 1_000_000_000_000;

/**
 * Text the store can hold: anything but NUL (U+0000), which PostgreSQL's TEXT refuses. The
 * store rejects it on both databases alike; request schemas may state it as a pattern.
 */
export const NO_NUL_PATTERN = '^[^\\u0000]*$';

export type OutcomeVerdict = 'confirmed' | 'not_fraud' | 'inconclusive';

/** What an investigator found on a worklist case; the next training run learns from it. */
export interface NewInvestigatorOutcome {
  readonly caseId: string;
  /** Claims the case covered (a provider's scheme is one case with its claims). */
  readonly claimIds: readonly string[];
  /** Taxonomy code (DOMAIN.md section 3) the finding confirms, if any. */
  readonly fraudType: string | null;
  readonly verdict: OutcomeVerdict;
  /** Whole rupiah recovered, 0 to MAX_RUPIAH_AMOUNT; 0 unless confirmed. */
  readonly amountRecovered: number;
  readonly note: string | null;
  /** API client id of the investigator's channel. */
  readonly recordedBy: string;
}

export interface InvestigatorOutcome extends NewInvestigatorOutcome {
  readonly id: string;
  readonly recordedAt: Date;
}

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type RunStageStatus = 'waiting' | 'active' | 'completed' | 'failed';

/** Progress of one stage (and partition) of a run, as the coordinator last reported it. */
export interface RunStageRecord {
  readonly stage: string;
  /** '' when the stage is not partitioned, else e.g. 'prov=31/month=2024-01'. */
  readonly partition: string;
  readonly status: RunStageStatus;
  /** 0..100, from `job.updateProgress`. */
  readonly progress: number;
  readonly attempts: number;
  readonly jobId: string | null;
  readonly error: string | null;
  readonly updatedAt: Date;
}

export interface RunRecord {
  readonly id: string;
  readonly status: RunStatus;
  /** API client id, or 'cli' for runs started from the command line. */
  readonly requestedBy: string;
  /** 'workers' (BullMQ flow) or 'inline' (in-process runner). */
  readonly mode: 'workers' | 'inline';
  /** The run request's parameters as given (JSON). */
  readonly params: Readonly<Record<string, unknown>>;
  readonly stages: readonly RunStageRecord[];
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly error: string | null;
}

export interface NewRun {
  /** Caller-chosen id (the run request's `runId`); creating it twice returns the first. */
  readonly id: string;
  readonly requestedBy: string;
  readonly mode: 'workers' | 'inline';
  readonly params: Readonly<Record<string, unknown>>;
}

export interface RunStageUpdate {
  readonly stage: string;
  readonly partition?: string;
  readonly status: RunStageStatus;
  readonly progress?: number;
  readonly attempts?: number;
  readonly jobId?: string | null;
  readonly error?: string | null;
}

export interface RunOutcome {
  readonly status: 'succeeded' | 'failed' | 'cancelled';
  readonly error?: string | null;
}

/**
 * Where a fraud case stands in its audit: open (nobody has it), assigned (an auditor works on
 * it), closed (an outcome is recorded). A case with no recorded action is open.
 */
export type CaseStatus = 'open' | 'assigned' | 'closed';

/** What an auditor did on a case; every action is kept in the case's history. */
export type CaseActionKind = 'assign' | 'unassign' | 'reopen' | 'close';

/** The current state of a case (the latest action's result). */
export interface CaseState {
  readonly caseId: string;
  readonly status: CaseStatus;
  /** API client id of the auditor the case is assigned to (kept when the case is closed). */
  readonly assignee: string | null;
  /** The outcome that closed the case (null unless closed). */
  readonly outcomeId: string | null;
  readonly verdict: OutcomeVerdict | null;
  readonly updatedAt: Date;
  readonly updatedBy: string;
}

export interface NewCaseAction {
  readonly caseId: string;
  readonly kind: CaseActionKind;
  /** API client id of who acts. */
  readonly actor: string;
  /** For `assign`: the auditor's API client id. */
  readonly assignee?: string | null;
  /** For `close`: the outcome recorded (recordOutcome's id) and its verdict. */
  readonly outcomeId?: string | null;
  readonly verdict?: OutcomeVerdict | null;
  readonly note?: string | null;
}

export interface CaseAction {
  readonly id: string;
  readonly caseId: string;
  readonly kind: CaseActionKind;
  readonly actor: string;
  readonly assignee: string | null;
  readonly outcomeId: string | null;
  readonly verdict: OutcomeVerdict | null;
  readonly note: string | null;
  /** The status the action left the case in. */
  readonly status: CaseStatus;
  readonly at: Date;
}

/** How a case was looked at: through the workbench page or the JSON API. */
export type CaseViewChannel = 'workbench' | 'api';

/** One view of a case (append-only): who looked at which case, when. */
export interface CaseView {
  readonly caseId: string;
  /** API client id of the viewer. */
  readonly viewer: string;
  readonly channel: CaseViewChannel;
}

export interface CaseViewRecord extends CaseView {
  readonly id: string;
  readonly viewedAt: Date;
}
