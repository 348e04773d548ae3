// Row -> record mapping for the shared SQL. The two drivers differ in value types
// (pg: BIGINT as string; DuckDB: BIGINT as bigint), so every column goes through here.
import type {
  ApiClient,
  CaseAction,
  CaseActionKind,
  CaseState,
  CaseStatus,
  CaseViewChannel,
  CaseViewRecord,
  ClientRole,
  Consent,
  ConsentStatus,
  InvestigatorOutcome,
  OutcomeVerdict,
  RunRecord,
  RunStageRecord,
  RunStageStatus,
  RunStatus,
  ScoreAccessEntry,
  ScoreAccessRecord,
} from '../records.js';
import type { SqlRow } from './driver.js';

export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') return new Date(value);
  throw new TypeError(`expected a timestamp, got ${typeof value}`);
}

const toDateOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : toDate(value));

export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  throw new TypeError(`expected a number, got ${typeof value}`);
}

const text = (value: unknown): string => String(value);
const textOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export const clientFromRow = (r: SqlRow): ApiClient => ({
  id: text(r.id),
  name: text(r.name),
  role: text(r.role) as ClientRole,
  createdAt: toDate(r.created_at),
  revokedAt: toDateOrNull(r.revoked_at),
});

export const consentFromRow = (r: SqlRow): Consent => ({
  id: text(r.id),
  memberKey: text(r.member_key),
  bankClientId: text(r.bank_client_id),
  purpose: text(r.purpose),
  scope: JSON.parse(text(r.scope)) as string[],
  grantedAt: toDate(r.granted_at),
  expiresAt: toDate(r.expires_at),
  status: text(r.status) as ConsentStatus,
  revokedAt: toDateOrNull(r.revoked_at),
});

export const accessFromRow = (r: SqlRow): ScoreAccessRecord => ({
  id: text(r.id),
  bankClientId: text(r.bank_client_id),
  memberKey: text(r.member_key),
  consentId: text(r.consent_id),
  purpose: text(r.purpose),
  accessedAt: toDate(r.accessed_at),
  score: r.score === null || r.score === undefined ? null : toNumber(r.score),
  modelVersion: text(r.model_version),
});

export const accessEntryFromRow = (r: SqlRow): ScoreAccessEntry => ({ ...accessFromRow(r), bankName: textOrNull(r.bank_name) });

export const outcomeFromRow = (r: SqlRow): InvestigatorOutcome => ({
  id: text(r.id),
  caseId: text(r.case_id),
  claimIds: JSON.parse(text(r.claim_ids)) as string[],
  fraudType: textOrNull(r.fraud_type),
  verdict: text(r.verdict) as OutcomeVerdict,
  amountRecovered: toNumber(r.amount_recovered),
  note: textOrNull(r.note),
  recordedBy: text(r.recorded_by),
  recordedAt: toDate(r.recorded_at),
});

export const stageFromRow = (r: SqlRow): RunStageRecord => ({
  stage: text(r.stage),
  partition: text(r.stage_partition),
  status: text(r.status) as RunStageStatus,
  progress: toNumber(r.progress),
  attempts: toNumber(r.attempts),
  jobId: textOrNull(r.job_id),
  error: textOrNull(r.error),
  updatedAt: toDate(r.updated_at),
});

export const runFromRow = (r: SqlRow, stages: readonly RunStageRecord[]): RunRecord => ({
  id: text(r.id),
  status: text(r.status) as RunStatus,
  requestedBy: text(r.requested_by),
  mode: text(r.mode) as RunRecord['mode'],
  params: JSON.parse(text(r.params)) as Record<string, unknown>,
  stages,
  createdAt: toDate(r.created_at),
  startedAt: toDateOrNull(r.started_at),
  finishedAt: toDateOrNull(r.finished_at),
  error: textOrNull(r.error),
});

const verdictOrNull = (value: unknown): OutcomeVerdict | null => textOrNull(value) as OutcomeVerdict | null;

export const caseStateFromRow = (r: SqlRow): CaseState => ({
  caseId: text(r.case_id),
  status: text(r.status) as CaseStatus,
  assignee: textOrNull(r.assignee),
  outcomeId: textOrNull(r.outcome_id),
  verdict: verdictOrNull(r.verdict),
  updatedAt: toDate(r.updated_at),
  updatedBy: text(r.updated_by),
});

export const caseActionFromRow = (r: SqlRow): CaseAction => ({
  id: text(r.id),
  caseId: text(r.case_id),
  kind: text(r.kind) as CaseActionKind,
  actor: text(r.actor),
  assignee: textOrNull(r.assignee),
  outcomeId: textOrNull(r.outcome_id),
  verdict: verdictOrNull(r.verdict),
  note: textOrNull(r.note),
  status: text(r.status) as CaseStatus,
  at: toDate(r.acted_at),
});

export const caseViewFromRow = (r: SqlRow): CaseViewRecord => ({
  id: text(r.id),
  caseId: text(r.case_id),
  viewer: text(r.viewer),
  channel: text(r.channel) as CaseViewChannel,
  viewedAt: toDate(r.viewed_at),
});
