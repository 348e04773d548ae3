// The audit workbench: server-rendered pages on the same Fastify app, for audit teams who are
// not API clients. Signing in with an auditor's key gives a session cookie (session.ts); every
// form carries a CSRF token bound to the session (@fastify/csrf-protection over signed
// cookies); every page is Indonesian by default with an English switch. Pages read the
// published fraud run through the same service as the JSON API and act through the same
// case workflow (api/routes/fraud/case-workflow.ts), so both write the same records.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { publicRoute } from '../auth/access.js';
import { ApiError, ERRORS, type ErrorDefinition } from '../errors/catalog.js';
import { fieldProblems } from '../errors/error-handler.js';
import { StoreUnavailableError, StoreValueError } from '../store/store-errors.js';
import { loadAssets } from './assets.js';
import type { Lang } from './format.js';
import { t } from './i18n.js';
import { errorPage, pageContext } from './pages/layout.js';
import { registerActions } from './routes-actions.js';
import { registerPages } from './routes-pages.js';
import { cookieOptions, LANG_COOKIE, parseSession, SESSION_COOKIE, workbenchSecret, type WorkbenchSession } from './session.js';
import type { Workbench, WorkbenchOptions } from './workbench.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A workbench route anyone may reach without a session (sign-in, language, assets). */
    workbenchOpen?: boolean;
  }
  interface FastifyRequest {
    wbSession: WorkbenchSession | null;
    wbLang: Lang;
  }
}

export type { WorkbenchOptions } from './workbench.js';

/**
 * Pages get a policy of their own: scripts and styles only from this server (the network
 * script reads its data from a JSON block, so nothing inline runs; cytoscape's one injected
 * stylesheet is pre-empted by an element with its id, see pages/case-parts.ts), forms post only here.
 */
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/** Pages smaller than this go uncompressed (compression would not pay for itself). */
const COMPRESS_FROM_BYTES = 1024;

export const workbenchRoutes =
  (options: WorkbenchOptions): FastifyPluginAsync =>
  async (app: FastifyInstance) => {
    const secret = workbenchSecret(options.secret);
    const assets = loadAssets();
    await app.register(cookie, { secret });
    await app.register(formbody, { bodyLimit: 16 * 1024 });
    await app.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: 'telisik_wb_csrf',
      cookieOpts: cookieOptions(),
      // a token is good for one session only: a token from before sign-in, or another session's, is refused
      getUserInfo: userInfoOf,
      csrfOpts: { hmacKey: secret, userInfo: true },
    });
    app.decorateRequest('wbSession', null);
    app.decorateRequest('wbLang', 'id');

    app.addHook('onRequest', async (request, reply) => {
      request.wbLang = request.cookies[LANG_COOKIE] === 'en' ? 'en' : 'id';
      const signed = request.cookies[SESSION_COOKIE];
      if (signed) {
        const unsigned = request.unsignCookie(signed);
        const session = unsigned.valid && unsigned.value ? parseSession(unsigned.value) : null;
        // the client is looked up on every request: a revoked key ends its sessions at once
        const client = session ? await options.store().getClient(session.clientId) : null;
        if (session && client && client.role === 'auditor' && client.revokedAt === null) {
          request.wbSession = session;
          request.client = client;
        }
      }
      if (request.routeOptions.config?.workbenchOpen || request.wbSession) return undefined;
      if (request.method === 'GET' || request.method === 'HEAD')
        return reply.redirect(`/workbench/login?next=${encodeURIComponent(request.url)}`, 303);
      return wb.send(reply, 401, errorPage(wb.ctx(request, reply), t(request.wbLang, 'wrongKey'), 'UNAUTHORIZED', request.id));
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
        reply.header('content-security-policy', PAGE_CSP).header('cache-control', 'no-store').header('referrer-policy', 'same-origin');
      }
      return payload;
    });
    // Empty form fields and query parameters mean "not set", not "the empty string".
    app.addHook('preValidation', async (request) => {
      for (const part of [request.query, request.body]) {
        if (part && typeof part === 'object')
          for (const [k, v] of Object.entries(part)) if (v === '') delete (part as Record<string, unknown>)[k];
      }
    });

    const wb: Workbench = {
      options,
      assets,
      ctx(request, reply) {
        const user = request.client && request.wbSession ? { id: request.client.id, name: request.client.name } : null;
        return pageContext(request.wbLang, reply.generateCsrf({ userInfo: userInfoOf(request) }), user, request.url, assets);
      },
      send(reply, status, body) {
        reply.code(status).type('text/html; charset=utf-8').header('vary', 'accept-encoding');
        // pages are compressed here (a case page is ~80 kB of HTML, ~12 kB in brotli): the API has no compression plugin
        const accepts = String(reply.request.headers['accept-encoding'] ?? '');
        if (body.value.length < COMPRESS_FROM_BYTES) return reply.send(body.value);
        if (/\bbr\b/.test(accepts))
          return reply
            .header('content-encoding', 'br')
            .send(brotliCompressSync(body.value, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
        if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(gzipSync(body.value, { level: 6 }));
        return reply.send(body.value);
      },
      published() {
        const s = options.service();
        if (!s) throw new ApiError(ERRORS.FRAUD_NOT_PUBLISHED);
        return s;
      },
    };

    app.setErrorHandler((error: FastifyError, request, reply) => {
      const { definition, message } = describe(error, request);
      return wb.send(reply, definition.status, errorPage(wb.ctx(request, reply), message, definition.code, request.id));
    });

    app.get(
      '/workbench/assets/:file',
      { config: { ...publicRoute(), workbenchOpen: true }, schema: { hide: true } },
      async (request, reply) => {
        const file = (request.params as { file: string }).file;
        const asset = [...assets.values()].find((a) => a.url === `/workbench/assets/${file}`);
        if (!asset) return reply.code(404).type('text/plain').send('not found');
        const accepts = String(request.headers['accept-encoding'] ?? '');
        const [body, encoding] = /\bbr\b/.test(accepts)
          ? [asset.br, 'br']
          : /\bgzip\b/.test(accepts)
            ? [asset.gzip, 'gzip']
            : [asset.body, null];
        reply
          .header('cache-control', 'public, max-age=31536000, immutable')
          .header('etag', asset.etag)
          .header('vary', 'accept-encoding')
          .type(asset.type);
        if (encoding) reply.header('content-encoding', encoding);
        return reply.send(body);
      },
    );

    registerPages(app, wb);
    registerActions(app, wb);
  };

/** What a CSRF token is bound to: the session's nonce, or the signed-out state on the sign-in page. */
const userInfoOf = (request: FastifyRequest): string => request.wbSession?.nonce ?? 'signed-out';

/** The catalog entry and a message in the reader's language for whatever went wrong. */
function describe(error: FastifyError, request: FastifyRequest): { definition: ErrorDefinition; message: string } {
  const lang = request.wbLang;
  if (error instanceof ApiError) {
    if (error.definition.code === 'FRAUD_CASE_NOT_FOUND') return { definition: error.definition, message: t(lang, 'notFound') };
    if (error.definition.code === 'FRAUD_NOT_PUBLISHED') return { definition: error.definition, message: t(lang, 'notPublished') };
    const details = error.details && !Array.isArray(error.details) ? Object.values(error.details).join('; ') : '';
    return { definition: error.definition, message: `${error.definition.message}${details ? ` (${details})` : ''}` };
  }
  if (typeof error.code === 'string' && error.code.startsWith('FST_CSRF'))
    return { definition: ERRORS.CSRF_INVALID, message: t(lang, 'csrfError') };
  if ((error as unknown) instanceof StoreUnavailableError)
    return { definition: ERRORS.STORE_UNAVAILABLE, message: ERRORS.STORE_UNAVAILABLE.message };
  if ((error as unknown) instanceof StoreValueError) {
    const e = error as unknown as StoreValueError;
    return { definition: ERRORS.VALIDATION_FAILED, message: `${e.field}: ${e.problem}` };
  }
  if (error.validation) {
    return {
      definition: ERRORS.VALIDATION_FAILED,
      message: fieldProblems(error.validationContext ?? 'request', error.validation)
        .map((p) => `${p.field}: ${p.problem}`)
        .join('; '),
    };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return { definition: ERRORS.MALFORMED_REQUEST, message: ERRORS.MALFORMED_REQUEST.message };
  request.log.error({ err: error }, 'workbench: unhandled error');
  return { definition: ERRORS.INTERNAL, message: ERRORS.INTERNAL.message };
}
