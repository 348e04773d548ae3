// Fraud cases in the ops store: investigators' outcomes, each case's workflow state (open,
// assigned, closed with a verdict) with its history of actions, and who viewed a case.
import { randomUUID } from 'node:crypto';
import { CASE_STATE_LIST_MAX, SCORE_ACCESS_LIST_MAX } from '../ops-store.js';
import type { CaseStateFilter, CaseViewFilter, OutcomeFilter } from '../ops-store.js';
import { MAX_RUPIAH_AMOUNT } from '../records.js';
import type {
  CaseAction,
  CaseState,
  CaseView,
  CaseViewRecord,
  InvestigatorOutcome,
  NewCaseAction,
  NewInvestigatorOutcome,
} from '../records.js';
import { StoreValueError } from '../store-errors.js';
import { CaseTransitionError, nextCaseState, openState } from '../case-workflow.js';
import type { SqlDriver } from './driver.js';
import { caseActionFromRow, caseStateFromRow, caseViewFromRow, outcomeFromRow } from './rows.js';
import type { StoreClock } from './sql-values.js';
import { iso, listLimit, storable, unmatchable, where } from './sql-values.js';

export class SqlCases {
  constructor(
    private readonly db: SqlDriver,
    private readonly clock: StoreClock,
  ) {}

  async recordOutcome(outcome: NewInvestigatorOutcome): Promise<InvestigatorOutcome> {
    const amount = outcome.amountRecovered;
    if (!Number.isInteger(amount) || amount < 0 || amount > MAX_RUPIAH_AMOUNT) {
      throw new StoreValueError('amountRecovered', `must be a whole rupiah amount from 0 to ${MAX_RUPIAH_AMOUNT}`);
    }
    const stamp = this.clock.tick();
    const recorded: InvestigatorOutcome = { ...outcome, claimIds: [...outcome.claimIds], id: randomUUID(), recordedAt: stamp.at };
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
        stamp.iso,
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
      const stamp = this.clock.tick();
      const at = stamp.at;
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
        [state.caseId, state.status, state.assignee, state.outcomeId, state.verdict, stamp.iso, action.actor],
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
          stamp.iso,
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
    const stamp = this.clock.tick();
    const record: CaseViewRecord = { ...view, id: randomUUID(), viewedAt: stamp.at };
    await this.db.query('INSERT INTO fraud_case_views (id, case_id, viewer, channel, viewed_at) VALUES ($1, $2, $3, $4, $5)', [
      record.id,
      storable('caseId', record.caseId),
      storable('viewer', record.viewer),
      storable('channel', record.channel),
      stamp.iso,
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
}
