// The fraud case workflow as both the JSON API and the workbench pages use it: assign a case,
// release or reopen it, record an outcome (which closes it), read its state, history and
// access log, and log a view. One module, so a click on the page and a call to the API write
// the same records through the same checks.
import type { CaseDetail } from '../../../models/fraud/service.js';
import { apiError } from '../../errors/catalog.js';
import { CaseTransitionError, openState } from '../../store/case-workflow.js';
import type { OpsStore } from '../../store/ops-store.js';
import type { ApiClient, CaseAction, CaseState, CaseViewChannel, InvestigatorOutcome, OutcomeVerdict } from '../../store/records.js';

/** Case views listed with a case's workflow (the access log holds them all). */
export const CASE_VIEWS_SHOWN = 50;

/** A finding as the outcome route and form take it. */
export interface OutcomeInput {
  readonly verdict: OutcomeVerdict;
  readonly amountRecovered: number;
  readonly fraudType?: string | null;
  readonly note?: string | null;
}

/** A workflow action's refusal as the catalog's 409, naming the problem. */
async function transition<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CaseTransitionError)
      throw apiError('FRAUD_CASE_TRANSITION', { action: err.kind, status: err.from, problem: err.problem });
    throw err;
  }
}

/** Active auditor clients, by name: who a case can be assigned to. */
export async function auditors(store: OpsStore): Promise<ApiClient[]> {
  return (await store.listClients())
    .filter((c) => c.role === 'auditor' && c.revokedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export async function caseState(store: OpsStore, caseId: string): Promise<CaseState> {
  return (await store.getCaseState(caseId)) ?? openState(caseId);
}

/** Assigns the case to an active auditor client (FRAUD_ASSIGNEE_UNKNOWN otherwise). */
export async function assignCase(
  store: OpsStore,
  caseId: string,
  assignee: string,
  actor: string,
  note: string | null,
): Promise<CaseState> {
  const client = await store.getClient(assignee);
  if (!client || client.role !== 'auditor' || client.revokedAt !== null) throw apiError('FRAUD_ASSIGNEE_UNKNOWN', { assignee });
  return (await transition(() => store.applyCaseAction({ caseId, kind: 'assign', actor, assignee, note }))).state;
}

/** Releases an assigned case back to open, or reopens a closed one. */
export async function moveCase(
  store: OpsStore,
  caseId: string,
  kind: 'unassign' | 'reopen',
  actor: string,
  note: string | null,
): Promise<CaseState> {
  return (await transition(() => store.applyCaseAction({ caseId, kind, actor, note }))).state;
}

/** Records the finding on every claim of the case (the next training run learns from it) and closes the case with it. */
export async function recordCaseOutcome(
  store: OpsStore,
  detail: CaseDetail,
  input: OutcomeInput,
  actor: string,
): Promise<{ outcome: InvestigatorOutcome; state: CaseState }> {
  if (input.verdict !== 'confirmed' && input.amountRecovered > 0) throw apiError('FRAUD_OUTCOME_AMOUNT');
  const outcome = await store.recordOutcome({
    caseId: detail.caseId,
    claimIds: detail.claimList.map((c) => c.nomorSep),
    fraudType: input.fraudType ?? (input.verdict === 'confirmed' ? detail.fraudType : null),
    verdict: input.verdict,
    amountRecovered: input.amountRecovered,
    note: input.note ?? null,
    recordedBy: actor,
  });
  const { state } = await transition(() =>
    store.applyCaseAction({
      caseId: detail.caseId,
      kind: 'close',
      actor,
      outcomeId: outcome.id,
      verdict: outcome.verdict,
      note: input.note ?? null,
    }),
  );
  return { outcome, state };
}

/** Writes one view of the case to the access log: who looked at which case, when. */
export async function logCaseView(store: OpsStore, caseId: string, viewer: string, channel: CaseViewChannel): Promise<void> {
  await store.appendCaseView({ caseId, viewer, channel });
}

/** Client names by id, for showing who acted and who looked (a client is never deleted). */
export async function clientNames(store: OpsStore): Promise<Map<string, string>> {
  return new Map((await store.listClients()).map((c) => [c.id, c.name]));
}

export interface CaseWorkflowView {
  readonly state: CaseState;
  readonly history: readonly CaseAction[];
}

export async function caseWorkflow(store: OpsStore, caseId: string): Promise<CaseWorkflowView> {
  const [state, history] = await Promise.all([caseState(store, caseId), store.listCaseActions(caseId)]);
  return { state, history };
}
