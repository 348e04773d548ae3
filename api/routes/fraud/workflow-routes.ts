// The case workflow: status and assignment (open, assigned, closed with outcome), the history
// of every action on a case, who looked at it (the access log), the cases someone acted on and
// the auditors a case can be assigned to.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import type { CaseAction, CaseState } from '../../store/records.js';
import { assignCase, auditors, caseWorkflow, clientNames, CASE_VIEWS_SHOWN, moveCase } from './case-workflow.js';
import type { FraudRouteContext } from './context.js';
import {
  AssignBody,
  AuditorsResponse,
  CaseNoteBody,
  CaseParams,
  CaseStateResponse,
  CaseStatesQuery,
  CaseStatesResponse,
  CaseViewsResponse,
  CaseWorkflowResponse,
} from './schemas.js';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

/** A case state on the wire, with the assignee's and actor's names. */
function stateOut(s: CaseState, names: ReadonlyMap<string, string>): Static<typeof CaseStateResponse> {
  return {
    caseId: s.caseId,
    status: s.status,
    assignee: s.assignee,
    assigneeName: s.assignee ? (names.get(s.assignee) ?? null) : null,
    outcomeId: s.outcomeId,
    verdict: s.verdict,
    updatedAt: s.updatedBy === '' ? null : s.updatedAt.toISOString(),
    updatedBy: s.updatedBy === '' ? null : s.updatedBy,
  };
}

const actionOut = (a: CaseAction, names: ReadonlyMap<string, string>) => ({
  id: a.id,
  kind: a.kind,
  actor: a.actor,
  actorName: names.get(a.actor) ?? null,
  assignee: a.assignee,
  outcomeId: a.outcomeId,
  verdict: a.verdict,
  note: a.note,
  status: a.status,
  at: a.at.toISOString(),
});

/** The moves of a case's state that take only a note: POST /fraud/cases/:caseId/<path>, in this order. */
const CASE_MOVES = [
  { path: 'release', action: 'unassign', operationId: 'releaseFraudCase', summary: 'Take an assigned case back to open' },
  {
    path: 'reopen',
    action: 'reopen',
    operationId: 'reopenFraudCase',
    summary: 'Reopen a closed case (back to its assignee, if any); its outcome stays in the outcome log',
  },
] as const;

/** GET /fraud/cases/:caseId/workflow and /views, POST .../assign, /release and /reopen, GET /fraud/case-states and /fraud/auditors. */
export function caseWorkflowRoutes(app: App, { options, published, tags }: FraudRouteContext): void {
  const knownCase = async (caseId: string): Promise<string> => {
    const detail = await published().caseDetail(caseId);
    if (!detail) throw apiError('FRAUD_CASE_NOT_FOUND');
    return detail.caseId;
  };
  const caseErrors = { ...protectedErrors(), 404: ErrorResponse, 503: ErrorResponse };

  app.get(
    '/fraud/cases/:caseId/workflow',
    {
      config: roles('auditor'),
      schema: {
        tags,
        operationId: 'getFraudCaseWorkflow',
        summary: "A case's status, assignee, outcome and the history of every action on it",
        params: CaseParams,
        response: { 200: CaseWorkflowResponse, ...caseErrors },
      },
    },
    async (request) => {
      const store = options.store();
      const caseId = await knownCase(request.params.caseId);
      const [{ state, history }, names] = await Promise.all([caseWorkflow(store, caseId), clientNames(store)]);
      return { ...stateOut(state, names), history: history.map((a) => actionOut(a, names)) };
    },
  );

  app.post(
    '/fraud/cases/:caseId/assign',
    {
      config: roles('auditor'),
      schema: {
        tags,
        operationId: 'assignFraudCase',
        summary: 'Assign the case to an auditor (an open or assigned case; reopen a closed one first)',
        params: CaseParams,
        body: AssignBody,
        response: { 200: CaseStateResponse, ...caseErrors, 409: ErrorResponse, 422: ErrorResponse },
      },
    },
    async (request) => {
      const store = options.store();
      const caseId = await knownCase(request.params.caseId);
      const state = await assignCase(store, caseId, request.body.assignee, request.client?.id ?? 'unknown', request.body.note ?? null);
      return stateOut(state, await clientNames(store));
    },
  );

  for (const move of CASE_MOVES) {
    app.post(
      `/fraud/cases/:caseId/${move.path}`,
      {
        config: roles('auditor'),
        schema: {
          tags,
          operationId: move.operationId,
          summary: move.summary,
          params: CaseParams,
          body: CaseNoteBody,
          response: { 200: CaseStateResponse, ...caseErrors, 409: ErrorResponse },
        },
      },
      async (request) => {
        const store = options.store();
        const caseId = await knownCase(request.params.caseId);
        const state = await moveCase(store, caseId, move.action, request.client?.id ?? 'unknown', request.body.note ?? null);
        return stateOut(state, await clientNames(store));
      },
    );
  }

  app.get(
    '/fraud/cases/:caseId/views',
    {
      config: roles('auditor'),
      schema: {
        tags,
        operationId: 'listFraudCaseViews',
        summary: 'Who looked at the case, when and through which channel (the access log), newest first',
        params: CaseParams,
        response: { 200: CaseViewsResponse, ...caseErrors },
      },
    },
    async (request) => {
      const store = options.store();
      const [views, names] = await Promise.all([
        store.listCaseViews({ caseId: request.params.caseId, limit: CASE_VIEWS_SHOWN }),
        clientNames(store),
      ]);
      return {
        views: views.map((v) => ({
          viewer: v.viewer,
          viewerName: names.get(v.viewer) ?? null,
          channel: v.channel,
          viewedAt: v.viewedAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/fraud/case-states',
    {
      config: roles('auditor'),
      schema: {
        tags,
        operationId: 'listFraudCaseStates',
        summary: 'Cases someone acted on, by status and assignee',
        querystring: CaseStatesQuery,
        response: { 200: CaseStatesResponse, ...protectedErrors() },
      },
    },
    async (request) => {
      const store = options.store();
      const [states, names] = await Promise.all([
        store.listCaseStates({
          ...(request.query.status ? { status: request.query.status } : {}),
          ...(request.query.assignee ? { assignee: request.query.assignee } : {}),
        }),
        clientNames(store),
      ]);
      return { cases: states.map((s) => stateOut(s, names)) };
    },
  );

  app.get(
    '/fraud/auditors',
    {
      config: roles('auditor'),
      schema: {
        tags,
        operationId: 'listFraudAuditors',
        summary: 'Active auditor clients: who a case can be assigned to',
        response: { 200: AuditorsResponse, ...protectedErrors() },
      },
    },
    async () => ({ auditors: (await auditors(options.store())).map((c) => ({ id: c.id, name: c.name })) }),
  );
}
