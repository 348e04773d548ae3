// The workbench's forms (POST, each with the CSRF token): sign in and out, language, and the
// case workflow (assign, release or reopen, record the outcome) through the same functions
// as the JSON API. After an action the browser is sent back to the page (post/redirect/get).
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { publicRoute } from '../auth/access.js';
import { apiError } from '../errors/catalog.js';
import { assignCase, moveCase, recordCaseOutcome } from '../routes/fraud/case-workflow.js';
import { CaseParams } from '../routes/fraud/schemas.js';
import { MAX_RUPIAH_AMOUNT, NO_NUL_PATTERN } from '../store/records.js';
import type { Workbench } from './workbench.js';
import { t } from './i18n.js';
import { signInPage } from './pages/signin.js';
import { cookieOptions, LANG_COOKIE, localPath, newSession, SESSION_COOKIE, SESSION_HOURS, sessionValue } from './session.js';

const Csrf = { _csrf: Type.Optional(Type.String({ maxLength: 200 })) };
const Note = Type.Optional(Type.String({ maxLength: 2000, pattern: NO_NUL_PATTERN }));
const SignInBody = Type.Object({
  ...Csrf,
  apiKey: Type.Optional(Type.String({ maxLength: 200 })),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});
const LangBody = Type.Object({
  ...Csrf,
  lang: Type.Union([Type.Literal('id'), Type.Literal('en')]),
  back: Type.Optional(Type.String({ maxLength: 2000 })),
});
const AssignForm = Type.Object({ ...Csrf, assignee: Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' }), note: Note });
const StatusForm = Type.Object({ ...Csrf, action: Type.Union([Type.Literal('release'), Type.Literal('reopen')]), note: Note });
// form fields arrive as text: the amount is digits, converted after validation
const OutcomeForm = Type.Object({
  ...Csrf,
  verdict: Type.Union([Type.Literal('confirmed'), Type.Literal('not_fraud'), Type.Literal('inconclusive')]),
  amountRecovered: Type.Optional(Type.String({ pattern: '^[0-9]{1,13}$' })),
  note: Note,
});
const EmptyForm = Type.Object(Csrf);

export function registerActions(app: FastifyInstance, wb: Workbench): void {
  const { options } = wb;
  const open = { config: { ...publicRoute(), workbenchOpen: true } };
  const session = { config: publicRoute() };
  // checked before the body is validated: a forged post learns nothing about the form
  const guarded = { preValidation: app.csrfProtection };

  app.post('/workbench/login', { ...open, ...guarded, schema: { hide: true, body: SignInBody } }, async (request, reply) => {
    const body = request.body as Static<typeof SignInBody>;
    const next = localPath(body.next, '/workbench/cases');
    const client = body.apiKey ? await app.clients.resolve(body.apiKey.trim()) : null;
    if (!client || client.revokedAt !== null) {
      request.log.info('workbench sign-in refused: unknown or revoked key');
      return wb.send(reply, 401, signInPage(wb.ctx(request, reply), t(request.wbLang, 'wrongKey'), next));
    }
    if (client.role !== 'auditor') {
      request.log.info({ clientId: client.id, role: client.role }, 'workbench sign-in refused: not an auditor');
      return wb.send(reply, 403, signInPage(wb.ctx(request, reply), t(request.wbLang, 'wrongRole'), next));
    }
    reply.setCookie(SESSION_COOKIE, sessionValue(newSession(client.id)), cookieOptions(SESSION_HOURS * 3600));
    request.log.info({ clientId: client.id }, 'workbench sign-in');
    return reply.redirect(next, 303);
  });

  app.post('/workbench/logout', { ...session, ...guarded, schema: { hide: true, body: EmptyForm } }, async (_request, reply) => {
    reply.clearCookie(SESSION_COOKIE, cookieOptions());
    return reply.redirect('/workbench/login', 303);
  });

  app.post('/workbench/lang', { ...open, ...guarded, schema: { hide: true, body: LangBody } }, async (request, reply) => {
    const body = request.body as Static<typeof LangBody>;
    reply.setCookie(LANG_COOKIE, body.lang, { ...cookieOptions(365 * 86_400), signed: false });
    return reply.redirect(localPath(body.back, '/workbench/cases'), 303);
  });

  const caseOf = async (caseId: string) => {
    const detail = await wb.published().caseDetail(caseId);
    if (!detail) throw apiError('FRAUD_CASE_NOT_FOUND');
    return detail;
  };
  const back = (caseId: string): string => `/workbench/cases/${encodeURIComponent(caseId)}?saved=1#h-workflow`;
  const actor = (request: { client: { id: string } | null }): string => request.client?.id ?? 'unknown';

  app.post(
    '/workbench/cases/:caseId/assign',
    { ...session, ...guarded, schema: { hide: true, params: CaseParams, body: AssignForm } },
    async (request, reply) => {
      const detail = await caseOf((request.params as Static<typeof CaseParams>).caseId);
      const body = request.body as Static<typeof AssignForm>;
      await assignCase(options.store(), detail.caseId, body.assignee, actor(request), body.note ?? null);
      return reply.redirect(back(detail.caseId), 303);
    },
  );

  app.post(
    '/workbench/cases/:caseId/status',
    { ...session, ...guarded, schema: { hide: true, params: CaseParams, body: StatusForm } },
    async (request, reply) => {
      const detail = await caseOf((request.params as Static<typeof CaseParams>).caseId);
      const body = request.body as Static<typeof StatusForm>;
      await moveCase(options.store(), detail.caseId, body.action === 'release' ? 'unassign' : 'reopen', actor(request), body.note ?? null);
      return reply.redirect(back(detail.caseId), 303);
    },
  );

  app.post(
    '/workbench/cases/:caseId/outcome',
    { ...session, ...guarded, schema: { hide: true, params: CaseParams, body: OutcomeForm } },
    async (request, reply) => {
      const detail = await caseOf((request.params as Static<typeof CaseParams>).caseId);
      const body = request.body as Static<typeof OutcomeForm>;
      const amountRecovered = Number(body.amountRecovered ?? '0');
      if (amountRecovered > MAX_RUPIAH_AMOUNT)
        throw apiError('VALIDATION_FAILED', [{ in: 'body', field: 'amountRecovered', problem: `at most ${MAX_RUPIAH_AMOUNT}` }]);
      await recordCaseOutcome(options.store(), detail, { verdict: body.verdict, amountRecovered, note: body.note ?? null }, actor(request));
      return reply.redirect(back(detail.caseId), 303);
    },
  );
}
