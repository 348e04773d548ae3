// OpsStore over any SqlDriver: every statement is written once here and runs unchanged on
// PostgreSQL and DuckDB. Times are bound as ISO 8601 text, which both cast to TIMESTAMPTZ.
import { randomUUID } from 'node:crypto';
import { CASE_STATE_LIST_MAX, RUN_LIST_MAX, SCORE_ACCESS_LIST_MAX } from '../ops-store.js';
import type {
  CaseStateFilter,
  CaseViewFilter,
  ConsentFilter,
  OpsStore,
  OutcomeFilter,
  RunFilter,
  ScoreAccessFilter,
} from '../ops-store.js';
import { MAX_RUPIAH_AMOUNT } from '../records.js';
import { StoreValueError } from '../store-errors.js';
import { CaseTransitionError, nextCaseState, openState } from '../case-workflow.js';
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
import { AccessJournal, JOURNAL_WRITES_IN_FLIGHT } from './access-journal.js';
import type { JournalRow } from './access-journal.js';
import { accessInsertSql, journalTarget, MAX_APPEND_BATCH, tableWriter } from './access-log-table.js';
import { AppendBatcher } from './append-batcher.js';
import type { SqlDriver, SqlValue } from './driver.js';
import { migrate } from './migrations.js';
import {
  accessEntryFromRow,
  caseActionFromRow,
  caseStateFromRow,
  caseViewFromRow,
  clientFromRow,
  consentFromRow,
  outcomeFromRow,
  runFromRow,
  stageFromRow,
  toNumber,
} from './rows.js';

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

const iso = (d: Date): string => d.toISOString();

/** A list's row count: the default when none is asked, else 1..max or refused (never cut short silently). */
function listLimit(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw new StoreValueError('limit', `must be a whole number from 1 to ${max}`);
  return limit;
}

const NUL = '\u0000';

/** Text the store can hold (no NUL, which PostgreSQL's TEXT refuses); refused with the field's name otherwise. */
function storable<T extends string | null>(field: string, value: T): T {
  if (value !== null && value.includes(NUL)) throw new StoreValueError(field, 'must not contain the NUL character (U+0000)');
  return value;
}

/** Internal error text (a stage's failure) is kept whatever it holds: NUL becomes U+FFFD rather than losing the report. */
const errorText = (value: string | null | undefined): string | null | undefined =>
  typeof value === 'string' ? value.replaceAll(NUL, '\uFFFD') : value;

/** A lookup by text no record can hold (writes refuse NUL) finds nothing, without asking the database. */
const unmatchable = (values: readonly (SqlValue | undefined)[]): boolean => values.some((v) => typeof v === 'string' && v.includes(NUL));

/** Builds `WHERE a = $1 AND b = $2` from the filters that are set. */
function where(conditions: ReadonlyArray<readonly [string, SqlValue | undefined]>): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const [clause, value] of conditions) {
    if (value === undefined) continue;
    params.push(value);
    parts.push(clause.replace('?', `$${params.length}`));
  }
  return { sql: parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

const accessWhere = (filter: ScoreAccessFilter, alias = '') =>
  where([
    [`${alias}member_key = ?`, filter.memberKey],
    [`${alias}bank_client_id = ?`, filter.bankClientId],
    [`${alias}consent_id = ?`, filter.consentId],
  ]);

export class SqlOpsStore implements OpsStore {
  readonly kind: OpsStore['kind'];
  private readonly appends: AppendBatcher | null;
  /** Last timestamp handed out by `tick`. */
  private lastTick = 0;

  private constructor(
    private readonly db: SqlDriver,
    options: SqlOpsStoreOptions,
    /** Where batches are made durable first, when set (access-journal.ts). */
    private readonly journal: AccessJournal | null,
  ) {
    this.kind = db.dialect;
    const windowMs = options.appendWindowMs ?? null;
    const write = journal ? (rows: readonly JournalRow[]) => journal.write(rows) : tableWriter(db);
    // journal writes are independent file appends; table commits stay one at a time
    const maxInFlight = journal ? JOURNAL_WRITES_IN_FLIGHT : 1;
    this.appends = windowMs !== null ? new AppendBatcher(write, { windowMs, maxRows: MAX_APPEND_BATCH, maxInFlight }) : null;
  }

  /**
   * Now, strictly later than the previous call's: lists order by timestamp, and two records
   * in the same millisecond (an investigator's outcome and its correction) must keep the
   * order they were made in, not fall back on the random id.
   */
  private tick(): Date {
    this.lastTick = Math.max(Date.now(), this.lastTick + 1);
    return new Date(this.lastTick);
  }

  /** Migrates the database to the latest version, then returns the store. */
  static async open(db: SqlDriver, options: SqlOpsStoreOptions = {}): Promise<SqlOpsStore> {
    await migrate(db);
    if (options.accessJournal === undefined) return new SqlOpsStore(db, options, null);
    if (options.appendWindowMs === undefined || options.appendWindowMs === null)
      throw new Error('the access journal writes batches: set appendWindowMs');
    return new SqlOpsStore(db, options, await AccessJournal.open(options.accessJournal, journalTarget(db)));
  }

  async createClient(client: NewApiClient): Promise<ApiClient> {
    const created: ApiClient = {
      id: randomUUID(),
      name: storable('name', client.name),
      role: client.role,
      createdAt: new Date(),
      revokedAt: null,
    };
    await this.db.query('INSERT INTO api_clients (id, name, role, key_hash, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, NULL)', [
      created.id,
      created.name,
      storable('role', created.role),
      storable('keyHash', client.keyHash),
      iso(created.createdAt),
    ]);
    return created;
  }

  async findClientByKeyHash(keyHash: string): Promise<ApiClient | null> {
    if (unmatchable([keyHash])) return null;
    const rows = await this.db.query('SELECT * FROM api_clients WHERE key_hash = $1', [keyHash]);
    return rows[0] ? clientFromRow(rows[0]) : null;
  }

  async getClient(id: string): Promise<ApiClient | null> {
    if (unmatchable([id])) return null;
    const rows = await this.db.query('SELECT * FROM api_clients WHERE id = $1', [id]);
    return rows[0] ? clientFromRow(rows[0]) : null;
  }

  async listClients(): Promise<ApiClient[]> {
    return (await this.db.query('SELECT * FROM api_clients ORDER BY created_at, id')).map(clientFromRow);
  }

  async revokeClient(id: string): Promise<ApiClient | null> {
    if (unmatchable([id])) return null;
    await this.db.query('UPDATE api_clients SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, iso(new Date())]);
    return this.getClient(id);
  }

  async grantConsent(consent: NewConsent): Promise<Consent> {
    const granted: Consent = {
      ...consent,
      scope: consent.scope.map((s) => storable('scope', s)),
      id: randomUUID(),
      grantedAt: new Date(),
      status: 'active',
      revokedAt: null,
    };
    await this.db.query(
      `INSERT INTO consents (id, member_key, bank_client_id, purpose, scope, granted_at, expires_at, status, revoked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', NULL)`,
      [
        granted.id,
        storable('memberKey', granted.memberKey),
        storable('bankClientId', granted.bankClientId),
        storable('purpose', granted.purpose),
        JSON.stringify(granted.scope),
        iso(granted.grantedAt),
        iso(granted.expiresAt),
      ],
    );
    return granted;
  }

  async getConsent(id: string): Promise<Consent | null> {
    if (unmatchable([id])) return null;
    const rows = await this.db.query('SELECT * FROM consents WHERE id = $1', [id]);
    return rows[0] ? consentFromRow(rows[0]) : null;
  }

  async listConsents(filter: ConsentFilter): Promise<Consent[]> {
    const w = where([
      ['member_key = ?', filter.memberKey],
      ['bank_client_id = ?', filter.bankClientId],
    ]);
    if (unmatchable(w.params)) return [];
    return (await this.db.query(`SELECT * FROM consents${w.sql} ORDER BY granted_at DESC, id`, w.params)).map(consentFromRow);
  }

  async revokeConsent(id: string): Promise<Consent | null> {
    if (unmatchable([id])) return null;
    await this.db.query(`UPDATE consents SET status = 'revoked', revoked_at = $2 WHERE id = $1 AND status = 'active'`, [
      id,
      iso(new Date()),
    ]);
    return this.getConsent(id);
  }

  async appendScoreAccess(entry: ScoreAccess): Promise<ScoreAccessRecord> {
    const record: ScoreAccessRecord = { ...entry, id: randomUUID(), accessedAt: this.tick() };
    const values: SqlValue[] = [
      record.id,
      storable('bankClientId', record.bankClientId),
      storable('memberKey', record.memberKey),
      storable('consentId', record.consentId),
      storable('purpose', record.purpose),
      iso(record.accessedAt),
      record.score,
      storable('modelVersion', record.modelVersion),
    ];
    if (this.appends) await this.appends.append(values);
    else {
      await this.db.query(accessInsertSql(1), values);
    }
    return record;
  }

  async listScoreAccess(filter: ScoreAccessFilter): Promise<ScoreAccessEntry[]> {
    const limit = listLimit(filter.limit, 100, SCORE_ACCESS_LIST_MAX);
    const w = accessWhere(filter, 'l.');
    if (unmatchable(w.params)) return [];
    // every row whose append has resolved is read: journalled rows move into the table first
    await this.journal?.settle();
    // The bank's name as the member should read it; a client is never deleted, so the join finds it.
    const sql = `SELECT l.*, c.name AS bank_name FROM score_access_log l LEFT JOIN api_clients c ON c.id = l.bank_client_id${w.sql}
      ORDER BY l.accessed_at DESC, l.id LIMIT ${limit}`;
    return (await this.db.query(sql, w.params)).map(accessEntryFromRow);
  }

  async countScoreAccess(filter: ScoreAccessFilter): Promise<number> {
    const w = accessWhere(filter);
    if (unmatchable(w.params)) return 0;
    await this.journal?.settle();
    const rows = await this.db.query(`SELECT COUNT(*) AS n FROM score_access_log${w.sql}`, w.params);
    return toNumber(rows[0]?.n ?? 0);
  }

  async recordOutcome(outcome: NewInvestigatorOutcome): Promise<InvestigatorOutcome> {
    const amount = outcome.amountRecovered;
    if (!Number.isInteger(amount) || amount < 0 || amount > MAX_RUPIAH_AMOUNT) {
      throw new StoreValueError('amountRecovered', `must be a whole rupiah amount from 0 to ${MAX_RUPIAH_AMOUNT}`);
    }
    const recorded: InvestigatorOutcome = { ...outcome, claimIds: [...outcome.claimIds], id: randomUUID(), recordedAt: this.tick() };
    await this.db.query(
      `INSERT INTO investigator_outcomes
        (id, case_id, claim_ids, fraud_type, verdict, amount_recovered, note, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        recorded.id,
        storable('caseId', recorded.caseId),
        JSON.stringify(recorded.claimIds.map((c) => storable('claimIds', c))),
        storable('fraudType', recorded.fraudType),
        storable('verdict', recorded.verdict),
        amount,
        storable('note', recorded.note),
        storable('recordedBy', recorded.recordedBy),
        iso(recorded.recordedAt),
      ],
    );
    return recorded;
  }

  async listOutcomes(filter: OutcomeFilter): Promise<InvestigatorOutcome[]> {
    const w = where([
      ['case_id = ?', filter.caseId],
      ['fraud_type = ?', filter.fraudType],
      ['recorded_at >= ?', filter.since && iso(filter.since)],
      ['recorded_at < ?', filter.until && iso(filter.until)],
    ]);
    if (unmatchable(w.params)) return [];
    const sql = `SELECT * FROM investigator_outcomes${w.sql} ORDER BY recorded_at, id`;
    return (await this.db.query(sql, w.params)).map(outcomeFromRow);
  }

  async getCaseState(caseId: string): Promise<CaseState | null> {
    if (unmatchable([caseId])) return null;
    const rows = await this.db.query('SELECT * FROM fraud_case_state WHERE case_id = $1', [caseId]);
    return rows[0] ? caseStateFromRow(rows[0]) : null;
  }

  async listCaseStates(filter: CaseStateFilter): Promise<CaseState[]> {
    const limit = listLimit(filter.limit, CASE_STATE_LIST_MAX, CASE_STATE_LIST_MAX);
    const w = where([
      ['status = ?', filter.status],
      ['assignee = ?', filter.assignee],
    ]);
    if (unmatchable(w.params)) return [];
    return (await this.db.query(`SELECT * FROM fraud_case_state${w.sql} ORDER BY updated_at DESC, case_id LIMIT ${limit}`, w.params)).map(
      caseStateFromRow,
    );
  }

  async applyCaseAction(action: NewCaseAction): Promise<{ state: CaseState; action: CaseAction }> {
    // Every value is checked before the transaction: an error thrown inside it would read as
    // a broken connection to the PostgreSQL driver.
    const note = storable('note', action.note ?? null);
    for (const [field, value] of [
      ['caseId', action.caseId],
      ['actor', action.actor],
      ['assignee', action.assignee ?? null],
      ['outcomeId', action.outcomeId ?? null],
    ] as const) {
      storable(field, value);
    }
    // Read, decide and write in one transaction, so two auditors acting at once cannot both
    // move the case from the same state (the second sees the first's result); the time is
    // taken inside it, so the history's order is the order the actions took effect.
    const result = await this.db.exclusive(async (tx) => {
      const at = this.tick();
      const rows = await tx.query('SELECT * FROM fraud_case_state WHERE case_id = $1', [action.caseId]);
      const current = rows[0] ? caseStateFromRow(rows[0]) : openState(action.caseId);
      let state: CaseState;
      try {
        state = nextCaseState(current, action, at);
      } catch (err) {
        if (err instanceof CaseTransitionError) return { refused: err };
        throw err;
      }
      await tx.query(
        `INSERT INTO fraud_case_state (case_id, status, assignee, outcome_id, verdict, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (case_id) DO UPDATE SET status = excluded.status, assignee = excluded.assignee, outcome_id = excluded.outcome_id,
           verdict = excluded.verdict, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        [state.caseId, state.status, state.assignee, state.outcomeId, state.verdict, iso(at), action.actor],
      );
      const recorded: CaseAction = {
        id: randomUUID(),
        caseId: state.caseId,
        kind: action.kind,
        actor: action.actor,
        assignee: action.kind === 'assign' ? state.assignee : null,
        outcomeId: action.kind === 'close' ? state.outcomeId : null,
        verdict: action.kind === 'close' ? state.verdict : null,
        note,
        status: state.status,
        at,
      };
      await tx.query(
        `INSERT INTO fraud_case_actions (id, case_id, kind, actor, assignee, outcome_id, verdict, note, status, acted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          recorded.id,
          recorded.caseId,
          recorded.kind,
          recorded.actor,
          recorded.assignee,
          recorded.outcomeId,
          recorded.verdict,
          note,
          recorded.status,
          iso(at),
        ],
      );
      return { state, action: recorded };
    });
    if ('refused' in result) throw result.refused;
    return result;
  }

  async listCaseActions(caseId: string): Promise<CaseAction[]> {
    if (unmatchable([caseId])) return [];
    return (await this.db.query('SELECT * FROM fraud_case_actions WHERE case_id = $1 ORDER BY acted_at, id', [caseId])).map(
      caseActionFromRow,
    );
  }

  async appendCaseView(view: CaseView): Promise<CaseViewRecord> {
    const record: CaseViewRecord = { ...view, id: randomUUID(), viewedAt: this.tick() };
    await this.db.query('INSERT INTO fraud_case_views (id, case_id, viewer, channel, viewed_at) VALUES ($1, $2, $3, $4, $5)', [
      record.id,
      storable('caseId', record.caseId),
      storable('viewer', record.viewer),
      storable('channel', record.channel),
      iso(record.viewedAt),
    ]);
    return record;
  }

  async listCaseViews(filter: CaseViewFilter): Promise<CaseViewRecord[]> {
    const limit = listLimit(filter.limit, 100, SCORE_ACCESS_LIST_MAX);
    const w = where([
      ['case_id = ?', filter.caseId],
      ['viewer = ?', filter.viewer],
    ]);
    if (unmatchable(w.params)) return [];
    return (await this.db.query(`SELECT * FROM fraud_case_views${w.sql} ORDER BY viewed_at DESC, id LIMIT ${limit}`, w.params)).map(
      caseViewFromRow,
    );
  }

  async createRun(run: NewRun): Promise<RunRecord> {
    // ON CONFLICT DO NOTHING: a redelivered request (at-least-once) finds its run unchanged.
    await this.db.query(
      `INSERT INTO runs (id, status, requested_by, mode, params, created_at, started_at, finished_at, error)
       VALUES ($1, 'queued', $2, $3, $4, $5, NULL, NULL, NULL) ON CONFLICT (id) DO NOTHING`,
      // JSON.stringify writes NUL inside params as the escape \u0000, which any text holds.
      [
        storable('id', run.id),
        storable('requestedBy', run.requestedBy),
        storable('mode', run.mode),
        JSON.stringify(run.params),
        iso(new Date()),
      ],
    );
    const created = await this.getRun(run.id);
    if (!created) throw new Error(`run ${run.id} vanished after insert`);
    return created;
  }

  async updateRunStage(runId: string, update: RunStageUpdate): Promise<void> {
    const now = iso(new Date());
    const progress = update.progress ?? (update.status === 'completed' ? 100 : undefined);
    const error = errorText(update.error);
    // Only the fields given overwrite; the rest keep what an earlier report said.
    const sets: Array<[string, SqlValue | undefined]> = [
      ['status', update.status],
      ['progress', progress],
      ['attempts', update.attempts],
      ['job_id', update.jobId],
      ['error', error],
    ];
    // Progress events are delivered out of order: a late "active" or "waiting" (or its
    // progress) never takes a completed stage back, or a finished run would show a stage running.
    const settled = "run_stages.status = 'completed' AND excluded.status IN ('waiting', 'active')";
    const assigned = sets
      .filter(([, v]) => v !== undefined)
      .map(([c]) =>
        c === 'status' || c === 'progress'
          ? `${c} = CASE WHEN ${settled} THEN run_stages.${c} ELSE excluded.${c} END`
          : `${c} = excluded.${c}`,
      );
    await this.db.query(
      `INSERT INTO run_stages
        (run_id, stage, stage_partition, status, progress, attempts, job_id, error, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       ON CONFLICT (run_id, stage, stage_partition) DO UPDATE SET ${[...assigned, 'updated_at = excluded.updated_at'].join(', ')}`,
      [
        storable('runId', runId),
        storable('stage', update.stage),
        storable('partition', update.partition ?? ''),
        update.status,
        progress ?? 0,
        update.attempts ?? 0,
        storable('jobId', update.jobId ?? null),
        error ?? null,
        now,
      ],
    );
    await this.db.query(`UPDATE runs SET status = 'running', started_at = $2 WHERE id = $1 AND status = 'queued'`, [runId, now]);
  }

  async finishRun(runId: string, outcome: RunOutcome): Promise<void> {
    if (unmatchable([runId])) return;
    const now = iso(new Date());
    await this.db.query(`UPDATE runs SET status = $2, finished_at = $3, error = $4, started_at = COALESCE(started_at, $3) WHERE id = $1`, [
      runId,
      outcome.status,
      now,
      errorText(outcome.error) ?? null,
    ]);
  }

  async getRun(id: string): Promise<RunRecord | null> {
    if (unmatchable([id])) return null;
    const rows = await this.db.query('SELECT * FROM runs WHERE id = $1', [id]);
    if (!rows[0]) return null;
    const stages = await this.db.query('SELECT * FROM run_stages WHERE run_id = $1 ORDER BY created_at, stage, stage_partition', [id]);
    return runFromRow(rows[0], stages.map(stageFromRow));
  }

  async listRuns(filter: RunFilter = {}): Promise<RunRecord[]> {
    const limit = listLimit(filter.limit, 50, RUN_LIST_MAX);
    const w = where([['status = ?', filter.status]]);
    if (unmatchable(w.params)) return [];
    const rows = await this.db.query(`SELECT * FROM runs${w.sql} ORDER BY created_at DESC, id LIMIT ${limit}`, w.params);
    if (rows.length === 0) return [];
    const ids = rows.map((r) => String(r.id));
    const stageRows = await this.db.query(
      `SELECT * FROM run_stages WHERE run_id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})
       ORDER BY created_at, stage, stage_partition`,
      ids,
    );
    return rows.map((r) => runFromRow(r, stageRows.filter((s) => s.run_id === r.id).map(stageFromRow)));
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1 AS ok');
  }

  async close(): Promise<void> {
    await this.appends?.drain();
    await this.journal?.close();
    await this.db.close();
  }
}
