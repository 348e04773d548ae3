// The workbench's pages (GET): sign-in, worklist, case, precision, and the exports.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { precisionByPeriodAndType } from '../../models/fraud/feedback.js';
import { publicRoute } from '../auth/access.js';
import { apiError } from '../errors/catalog.js';
import { auditors, caseWorkflow, clientNames, CASE_VIEWS_SHOWN, logCaseView } from '../routes/fraud/case-workflow.js';
import { CaseParams, WorklistQuery } from '../routes/fraud/schemas.js';
import { withClientFilterErrors, worklistFilterOptions } from '../routes/fraud/worklist-filter.js';
import type { Workbench } from './workbench.js';
import { t } from './i18n.js';
import { casePage } from './pages/case.js';
import { precisionPage } from './pages/precision.js';
import { signInPage } from './pages/signin.js';
import { worklistPage } from './pages/worklist.js';
import { localPath } from './session.js';
import { worklistRows } from './worklist-rows.js';

/** Cases per worklist page: a screen on a laptop, a short scroll on a phone. */
export const WORKLIST_PAGE_SIZE = 25;
/** Claims whose evidence rows the case page shows (those its reasons name first). */
export const EVIDENCE_CLAIMS_SHOWN = 10;
/** Claims of a case searched for related claims. */
export const RELATED_SEARCH_CLAIMS = 50;

const CaseStatusQ = Type.Union([Type.Literal('open'), Type.Literal('assigned'), Type.Literal('closed')]);
const ClientId = Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' });
export const WorkbenchListQuery = Type.Intersect([
  Type.Omit(WorklistQuery, ['perProvider']),
  Type.Object({
    status: Type.Optional(CaseStatusQ),
    assignee: Type.Optional(ClientId),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  }),
]);
type ListQuery = Static<typeof WorkbenchListQuery>;
const ExportFormat = Type.Object({ format: Type.Union([Type.Literal('csv'), Type.Literal('parquet')]) });
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', parquet: 'application/vnd.apache.parquet' } as const;

/** Page routes state no API-key roles: the session check (index.ts) admits signed-in auditors only. */
const sessionRoute = { ...publicRoute() };

export function registerPages(app: FastifyInstance, wb: Workbench): void {
  const { options } = wb;

  app.get('/workbench', { config: sessionRoute, schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/workbench/cases', 303),
  );

  app.get('/workbench/login', { config: { ...publicRoute(), workbenchOpen: true }, schema: { hide: true } }, async (request, reply) => {
    const next = localPath((request.query as { next?: unknown }).next, '/workbench/cases');
    if (request.wbSession) return reply.redirect(next, 303);
    return wb.send(reply, 200, signInPage(wb.ctx(request, reply), null, next));
  });

  /** The worklist's cases under the page's filters, status and assignee applied to the ranked list. */
  async function listCases(q: ListQuery) {
    const service = wb.published();
    const capacity = q.capacity ?? service.publishedCapacity ?? options.defaultCapacity;
    const [cases, states] = await Promise.all([
      withClientFilterErrors(() => worklistRows(service, worklistFilterOptions(q, capacity))),
      options.store().listCaseStates({}),
    ]);
    const stateOf = new Map(states.map((s) => [s.caseId, s]));
    const matching = cases.filter(
      (c) =>
        (!q.status || (stateOf.get(c.caseId)?.status ?? 'open') === q.status) &&
        (!q.assignee || stateOf.get(c.caseId)?.assignee === q.assignee),
    );
    return { service, capacity, cases, matching, stateOf };
  }

  app.get('/workbench/cases', { config: sessionRoute, schema: { hide: true, querystring: WorkbenchListQuery } }, async (request, reply) => {
    const q = request.query as ListQuery;
    const { service, capacity, matching, stateOf } = await listCases(q);
    const pages = Math.max(1, Math.ceil(matching.length / WORKLIST_PAGE_SIZE));
    const pageNo = Math.min(q.page ?? 1, pages);
    const store = options.store();
    const [names, team] = await Promise.all([clientNames(store), auditors(store)]);
    const { page: _page, ...filters } = q;
    return wb.send(
      reply,
      200,
      worklistPage(wb.ctx(request, reply), {
        cases: matching.slice((pageNo - 1) * WORKLIST_PAGE_SIZE, pageNo * WORKLIST_PAGE_SIZE),
        total: matching.length,
        page: pageNo,
        pages,
        capacity,
        perProvider: service.publishedCasesPerProvider ?? null,
        filters,
        states: stateOf,
        names,
        auditors: team,
      }),
    );
  });

  app.get(
    '/workbench/cases/export',
    { config: sessionRoute, schema: { hide: true, querystring: Type.Intersect([WorkbenchListQuery, ExportFormat]) } },
    async (request, reply) => {
      const { format, ...q } = request.query as ListQuery & Static<typeof ExportFormat>;
      const { service, capacity, cases, matching } = await listCases(q);
      let bytes = await withClientFilterErrors(() => service.export(worklistFilterOptions(q, capacity), format));
      // status and assignee live in the ops store, not the published run: narrow the file to the matching cases
      if (matching.length !== cases.length) {
        const keep = new Set(matching.map((c) => c.caseId));
        const evidence = options.evidence?.();
        if (format === 'csv') {
          const lines = bytes.toString('utf8').split('\n');
          bytes = Buffer.from(
            [lines[0], ...lines.slice(1).filter((l) => keep.has(l.split(',')[0]?.replace(/"/g, '') ?? ''))].join('\n') + '\n',
          );
        } else if (evidence) bytes = await evidence.keepCases(bytes, [...keep]);
        else
          throw apiError('VALIDATION_FAILED', [
            { in: 'querystring', field: 'format', problem: 'Parquet narrowed by status or assignee needs the published evidence; use CSV' },
          ]);
      }
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="fraud-worklist.${format}"`)
        .send(bytes);
    },
  );

  app.get('/workbench/cases/:caseId', { config: sessionRoute, schema: { hide: true, params: CaseParams } }, async (request, reply) => {
    const { caseId } = request.params as Static<typeof CaseParams>;
    const service = wb.published();
    const detail = await service.caseDetail(caseId);
    if (!detail) throw apiError('FRAUD_CASE_NOT_FOUND');
    const store = options.store();
    const viewer = request.client?.id ?? 'unknown';
    // written before the page is built: a view that fails to log is not shown
    await logCaseView(store, detail.caseId, viewer, 'workbench');
    const evidence = options.evidence?.() ?? null;
    const named = [
      ...new Set([
        ...detail.reasons.flatMap((r) => (r.kind === 'detector' ? (r.claims ?? []) : [])),
        ...detail.claimList.map((c) => c.nomorSep),
      ]),
    ];
    const [workflow, views, names, team, providerCases, outcomes, evidenceRows, related, network] = await Promise.all([
      caseWorkflow(store, detail.caseId),
      store.listCaseViews({ caseId: detail.caseId, limit: CASE_VIEWS_SHOWN }),
      clientNames(store),
      auditors(store),
      service.worklist({ facilityId: detail.facilityId, capacityCases: 20, maxCasesPerProvider: 20 }),
      store.listOutcomes({}).then((all) => all.filter((o) => o.caseId.startsWith(`${detail.facilityId}-`)).reverse()),
      evidence ? evidence.claimEvidence(named.slice(0, EVIDENCE_CLAIMS_SHOWN)) : [],
      evidence ? evidence.relatedClaims(detail.claimList.slice(0, RELATED_SEARCH_CLAIMS).map((c) => c.nomorSep)) : [],
      evidence ? evidence.providerNetwork(detail.facilityId) : null,
    ]);
    const saved = (request.query as { saved?: unknown }).saved === '1';
    return wb.send(
      reply,
      200,
      casePage(wb.ctx(request, reply), {
        detail,
        state: workflow.state,
        history: workflow.history,
        views,
        names,
        auditors: team,
        evidence: evidenceRows,
        related,
        network,
        providerCases,
        providerOutcomes: outcomes,
        flash: saved ? t(request.wbLang, 'saved') : null,
      }),
    );
  });

  app.get(
    '/workbench/cases/:caseId/export',
    { config: sessionRoute, schema: { hide: true, params: CaseParams, querystring: ExportFormat } },
    async (request, reply) => {
      const { caseId } = request.params as Static<typeof CaseParams>;
      const { format } = request.query as Static<typeof ExportFormat>;
      const service = wb.published();
      if (!(await service.caseDetail(caseId))) throw apiError('FRAUD_CASE_NOT_FOUND');
      const bytes = await service.export({ caseId }, format);
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="fraud-case-${caseId}.${format}"`)
        .send(bytes);
    },
  );

  app.get('/workbench/precision', { config: sessionRoute, schema: { hide: true } }, async (request, reply) => {
    const service = options.service();
    const [outcomes, signals] = await Promise.all([
      options.store().listOutcomes({}),
      service?.signalPrecision ? service.signalPrecision() : [],
    ]);
    return wb.send(reply, 200, precisionPage(wb.ctx(request, reply), precisionByPeriodAndType(outcomes), signals));
  });
}
