// Fraud routes for audit teams (role auditor): the worklist with reasons (capacity in cases,
// a cap per provider), one case, a claim scored on arrival with its triage route, investigator
// outcomes (they feed the next training run), worklist precision by period and fraud type,
// each detector signal's learned precision, and worklist exports.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { ArrivalClaimError } from '../../../models/fraud/arrival.js';
import { precisionByPeriodAndType } from '../../../models/fraud/feedback.js';
import type { FraudWorklistService } from '../../../models/fraud/service.js';
import { WorklistFilterError } from '../../../models/fraud/worklist.js';
import type { WorklistOptions } from '../../../models/fraud/worklist.js';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import type { OpsStore } from '../../store/ops-store.js';
import type { CaseAction, CaseState } from '../../store/records.js';
import {
  assignCase,
  auditors,
  caseWorkflow,
  clientNames,
  CASE_VIEWS_SHOWN,
  logCaseView,
  moveCase,
  recordCaseOutcome,
} from './case-workflow.js';
import {
  ArrivalClaimBody,
  ArrivalScoreResponse,
  AssignBody,
  AuditorsResponse,
  CaseDetailResponse,
  CaseNoteBody,
  CaseParams,
  CaseStateResponse,
  CaseStatesQuery,
  CaseStatesResponse,
  CaseViewsResponse,
  CaseWorkflowResponse,
  ExportQuery,
  OutcomeBody,
  OutcomeResponse,
  PrecisionResponse,
  ProvidersQuery,
  ProvidersResponse,
  SignalsResponse,
  WorklistQuery,
  WorklistResponse,
} from './schemas.js';

/** Providers listed when a request names no limit. */
export const DEFAULT_PROVIDER_LIMIT = 50;
import type { WorklistQueryT } from './schemas.js';

/** The service's frozen (readonly) results serialise as they are; TypeBox only types arrays as mutable. */
const wire = <T>(value: unknown): T => value as T;

/** What the routes read: the published fraud run (FraudWorklistService), or a test double (signal precision is optional for older doubles). */
export type FraudReadService = Pick<FraudWorklistService, 'worklist' | 'caseDetail' | 'export' | 'scoreClaim' | 'providers'> &
  Partial<Pick<FraudWorklistService, 'signalPrecision' | 'publishedCapacity' | 'publishedCasesPerProvider'>>;

export interface FraudRoutesOptions {
  /** The ops store (a function: the API's store may be opened after the routes are built). */
  readonly store: () => OpsStore;
  /** The published fraud run; null answers FRAUD_NOT_PUBLISHED. */
  readonly service: () => FraudReadService | null;
  /** Worklist capacity in cases when a request names none and the published run states none. */
  readonly defaultCapacity: number;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
  arrow: 'application/vnd.apache.arrow.file',
} as const;

function worklistOptions(q: WorklistQueryT, defaultCapacity: number): WorklistOptions {
  return {
    capacityCases: q.capacity ?? defaultCapacity,
    ...(q.perProvider ? { maxCasesPerProvider: q.perProvider } : {}),
    ...(q.province ? { province: q.province } : {}),
    ...(q.provider ? { facilityId: q.provider } : {}),
    ...(q.fraudType ? { fraudType: q.fraudType } : {}),
    ...(q.periodFrom ? { periodFrom: q.periodFrom } : {}),
    ...(q.periodTo ? { periodTo: q.periodTo } : {}),
  };
}

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

/** A filter the schema let through but the worklist cannot use is the client's: 400 naming the field. */
async function filtered<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof WorklistFilterError)
      throw apiError('VALIDATION_FAILED', [{ in: 'querystring', field: err.field, problem: err.message }]);
    throw err;
  }
}

export const fraudRoutes =
  (options: FraudRoutesOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const published = (): FraudReadService => {
      const s = options.service();
      if (!s) throw apiError('FRAUD_NOT_PUBLISHED');
      return s;
    };
    const tags = ['fraud'];

    app.get(
      '/fraud/worklist',
      {
        config: roles('auditor'),
        schema: {
          tags,
          summary: 'Cases ranked by expected recovery, sized to capacity, with reasons',
          querystring: WorklistQuery,
          response: { 200: WorklistResponse, ...protectedErrors(), 503: ErrorResponse },
        },
      },
      async (request) => {
        const service = published();
        const o = worklistOptions(request.query, service.publishedCapacity ?? options.defaultCapacity);
        const cases = await filtered(() => service.worklist(o));
        return {
          capacity: o.capacityCases ?? options.defaultCapacity,
          ...((o.maxCasesPerProvider ?? service.publishedCasesPerProvider)
            ? { perProvider: o.maxCasesPerProvider ?? service.publishedCasesPerProvider }
            : {}),
          cases: wire<Static<typeof WorklistResponse>['cases']>(cases),
        };
      },
    );

    app.get(
      '/fraud/worklist/export',
      {
        config: roles('auditor'),
        schema: {
          tags,
          summary: "The worklist's claims as CSV, Parquet or Arrow IPC",
          querystring: ExportQuery,
          response: { 200: Type.Unknown({ description: 'The file bytes.' }), ...protectedErrors(), 503: ErrorResponse },
        },
      },
      async (request, reply) => {
        const { format, ...q } = request.query;
        const service = published();
        const bytes = await filtered(() =>
          service.export(worklistOptions(q, service.publishedCapacity ?? options.defaultCapacity), format),
        );
        return reply
          .header('content-type', CONTENT_TYPES[format])
          .header('content-disposition', `attachment; filename="fraud-worklist.${format}"`)
          .send(bytes);
      },
    );

    app.get(
      '/fraud/providers',
      {
        config: roles('auditor'),
        schema: {
          tags,
          summary: 'Provider roll-up of claim fraud probabilities, by expected recovery',
          querystring: ProvidersQuery,
          response: { 200: ProvidersResponse, ...protectedErrors(), 503: ErrorResponse },
        },
      },
      async (request) => ({
        providers: wire<Static<typeof ProvidersResponse>['providers']>(
          await published().providers(request.query.limit ?? DEFAULT_PROVIDER_LIMIT, request.query.province),
        ),
      }),
    );

    app.get(
      '/fraud/cases/:caseId',
      {
        config: roles('auditor'),
        schema: {
          tags,
          summary: 'One case: its claims, detector evidence, model reasons, amount at risk',
          params: CaseParams,
          response: { 200: CaseDetailResponse, ...protectedErrors(), 404: ErrorResponse, 503: ErrorResponse },
        },
      },
      async (request) => {
        const detail = await published().caseDetail(request.params.caseId);
        if (!detail) throw apiError('FRAUD_CASE_NOT_FOUND');
        // every view of a case is in the access log, whichever way it was looked at
        await logCaseView(options.store(), detail.caseId, request.client?.id ?? 'unknown', 'api');
        return wire<Static<typeof CaseDetailResponse>>(detail);
      },
    );

    app.post(
      '/fraud/claims/score',
      {
        config: roles('auditor'),
        schema: {
          tags,
          summary: 'Score a claim on arrival: probability, amount at risk, triage route, reasons',
          body: ArrivalClaimBody,
          querystring: Type.Object({ explain: Type.Optional(Type.Boolean()) }),
          response: { 200: ArrivalScoreResponse, ...protectedErrors(), 422: ErrorResponse, 503: ErrorResponse },
        },
      },
      async (request) => {
        const service = published();
        try {
          return wire<Static<typeof ArrivalScoreResponse>>(await service.scoreClaim(request.body, request.query.explain ?? false));
        } catch (err) {
          if (err instanceof ArrivalClaimError) throw apiError('FRAUD_CLAIM_UNSCORABLE', { field: err.field, problem: err.problem });
          // anything else is ours: logged with the request id, never echoed (database messages carry SQL)
          request.log.warn({ err }, 'claim could not be scored');
          throw apiError('FRAUD_CLAIM_UNSCORABLE', { reason: 'The claim could not be scored; quote the request id when reporting it.' });
        }
      },
    );

    app.get(
      '/fraud/signals',
      {
        config: roles('auditor'),
        schema: {
          tags,
          summary: "Each detector signal's strength and precision learned from audit outcomes (Beta prior per strength)",
          response: { 200: SignalsResponse, ...protectedErrors(), 503: ErrorResponse },
        },
      },
      async () => {
        const service = published();
        return { signals: wire<Static<typeof SignalsResponse>['signals']>(service.signalPrecision ? await service.signalPrecision() : []) };
      },
    );

    app.post(
      '/fraud/cases/:caseId/outcome',
      {
        config: roles('auditor'),
        schema: {
          tags,
          summary: 'Record what the investigation found; the next training run learns from it',
          params: CaseParams,
          body: OutcomeBody,
          response: { 201: OutcomeResponse, ...protectedErrors(), 404: ErrorResponse, 503: ErrorResponse },
        },
      },
      async (request, reply) => {
        const { verdict, amountRecovered } = request.body;
        if (verdict !== 'confirmed' && amountRecovered > 0) throw apiError('FRAUD_OUTCOME_AMOUNT');
        const detail = await published().caseDetail(request.params.caseId);
        if (!detail) throw apiError('FRAUD_CASE_NOT_FOUND');
        // the finding closes the case (case-workflow.ts): the same path as the workbench's form
        const { outcome: recorded, state } = await recordCaseOutcome(
          options.store(),
          detail,
          request.body,
          request.client?.id ?? 'unknown',
        );
        return reply.code(201).send({
          id: recorded.id,
          caseId: recorded.caseId,
          claims: recorded.claimIds.length,
          verdict: recorded.verdict,
          recordedAt: recorded.recordedAt.toISOString(),
          status: state.status,
        });
      },
    );

    app.get(
      '/fraud/precision',
      {
        config: roles('auditor'),
        schema: {
          tags,
          summary: 'Worklist precision by month and fraud type, from recorded outcomes',
          response: { 200: PrecisionResponse, ...protectedErrors() },
        },
      },
      async () => ({ rows: precisionByPeriodAndType(await options.store().listOutcomes({})) }),
    );

    // Case workflow: status and assignment (open, assigned, closed with outcome), history, access log.
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

    app.post(
      '/fraud/cases/:caseId/release',
      {
        config: roles('auditor'),
        schema: {
          tags,
          operationId: 'releaseFraudCase',
          summary: 'Take an assigned case back to open',
          params: CaseParams,
          body: CaseNoteBody,
          response: { 200: CaseStateResponse, ...caseErrors, 409: ErrorResponse },
        },
      },
      async (request) => {
        const store = options.store();
        const state = await moveCase(
          store,
          await knownCase(request.params.caseId),
          'unassign',
          request.client?.id ?? 'unknown',
          request.body.note ?? null,
        );
        return stateOut(state, await clientNames(store));
      },
    );

    app.post(
      '/fraud/cases/:caseId/reopen',
      {
        config: roles('auditor'),
        schema: {
          tags,
          operationId: 'reopenFraudCase',
          summary: 'Reopen a closed case (back to its assignee, if any); its outcome stays in the outcome log',
          params: CaseParams,
          body: CaseNoteBody,
          response: { 200: CaseStateResponse, ...caseErrors, 409: ErrorResponse },
        },
      },
      async (request) => {
        const store = options.store();
        const state = await moveCase(
          store,
          await knownCase(request.params.caseId),
          'reopen',
          request.client?.id ?? 'unknown',
          request.body.note ?? null,
        );
        return stateOut(state, await clientNames(store));
      },
    );

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
  };
