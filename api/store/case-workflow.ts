// The case workflow's rules, apart from storage: which action may follow which status, and
// the state it leaves. A case nobody has acted on is open. Closing takes an outcome (the
// investigator's finding); a closed case is reopened before it is assigned again, so a
// finding is never overwritten by a stray click. A closed case may be closed again with a
// corrected outcome (the outcome log keeps both, the latest counts).
import type { CaseActionKind, CaseState, CaseStatus, NewCaseAction } from './records.js';

/** An action the case's status does not allow (assigning a closed case, closing without an outcome). */
export class CaseTransitionError extends Error {
  constructor(
    readonly kind: CaseActionKind,
    readonly from: CaseStatus,
    readonly problem: string,
  ) {
    super(`${kind} on a ${from} case: ${problem}`);
    this.name = 'CaseTransitionError';
  }
}

/** The state a case with no recorded action is in. */
export function openState(caseId: string): CaseState {
  return { caseId, status: 'open', assignee: null, outcomeId: null, verdict: null, updatedAt: new Date(0), updatedBy: '' };
}

/** The state after `action` on a case now in `current` (openState when it has none); throws CaseTransitionError when not allowed. */
export function nextCaseState(current: CaseState, action: NewCaseAction, at: Date): CaseState {
  const from = current.status;
  const refuse = (problem: string): never => {
    throw new CaseTransitionError(action.kind, from, problem);
  };
  const base = { caseId: current.caseId, updatedAt: at, updatedBy: action.actor };
  switch (action.kind) {
    case 'assign':
      if (from === 'closed') refuse('reopen the case before assigning it');
      if (!action.assignee) refuse('an assignee is required');
      return { ...base, status: 'assigned', assignee: action.assignee ?? null, outcomeId: null, verdict: null };
    case 'unassign':
      if (from !== 'assigned') refuse('only an assigned case can be released');
      return { ...base, status: 'open', assignee: null, outcomeId: null, verdict: null };
    case 'reopen':
      if (from !== 'closed') refuse('only a closed case can be reopened');
      // back to whoever had it, so the same auditor can correct the finding
      return { ...base, status: current.assignee ? 'assigned' : 'open', assignee: current.assignee, outcomeId: null, verdict: null };
    case 'close':
      if (!action.outcomeId || !action.verdict) refuse('a case is closed by recording its outcome');
      return {
        ...base,
        status: 'closed',
        assignee: current.assignee,
        outcomeId: action.outcomeId ?? null,
        verdict: action.verdict ?? null,
      };
  }
}
