// Maps everything that can go wrong in a request onto the catalog: our ApiErrors, schema
// validation, Fastify's body parsing errors, the rate limiter, unknown routes, the errors
// Fastify and Node raise before any route runs (bad URL encoding, an over-long parameter,
// oversized headers, an unreadable request) and, last, anything unexpected (500, logged in
// full with the request id, answered generically).
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { ApiError, ERRORS, errorBody, type ErrorDefinition, type FieldProblem } from './catalog.js';
import { StoreUnavailableError, StoreValueError } from '../store/store-errors.js';

/** Fastify's own error codes for bodies it could not take, by catalog entry. */
const FASTIFY_CODES: Readonly<Record<string, ErrorDefinition>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ERRORS.BODY_TOO_LARGE,
  FST_ERR_CTP_INVALID_JSON_BODY: ERRORS.MALFORMED_JSON,
  FST_ERR_CTP_EMPTY_JSON_BODY: ERRORS.MALFORMED_JSON,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ERRORS.UNSUPPORTED_MEDIA_TYPE,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ERRORS.MALFORMED_REQUEST,
  // Raised by the router before a route is chosen (handled through `frameworkErrors`).
  FST_ERR_BAD_URL: ERRORS.MALFORMED_URL,
  FST_ERR_MAX_PARAM_LENGTH: ERRORS.URL_PARAMETER_TOO_LONG,
  FST_ERR_ASYNC_CONSTRAINT: ERRORS.MALFORMED_REQUEST,
};

interface ValidationEntry {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/** `/stages/0` -> `stages.0`; a missing property named in params is appended. */
export function fieldProblems(part: string, entries: readonly ValidationEntry[]): FieldProblem[] {
  return entries.slice(0, 20).map((e) => {
    const path = (e.instancePath ?? '').split('/').filter(Boolean);
    const missing = e.params?.missingProperty;
    if (typeof missing === 'string') path.push(missing);
    return { in: part, field: path.join('.'), problem: e.message ?? 'invalid' };
  });
}

/**
 * The catalog entry for an error Fastify raised about the request itself (body parsing,
 * rate limit, any other 4xx), or undefined for anything else. Shared with plugins that
 * keep their own error handler (plugins/bull-board.ts).
 */
export function clientErrorDefinition(error: { code?: string; statusCode?: number }): ErrorDefinition | undefined {
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return known;
  if (error.statusCode === 429) return ERRORS.RATE_LIMITED;
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return ERRORS.MALFORMED_REQUEST;
  return undefined;
}

/** Sends a catalog error directly (used where a plugin's own error handler must not intervene). */
export function sendError(reply: FastifyReply, definition: ErrorDefinition, details?: ApiError['details']): FastifyReply {
  if (definition.retryAfterSeconds !== undefined) reply.header('retry-after', String(definition.retryAfterSeconds));
  return reply
    .code(definition.status)
    .type('application/json; charset=utf-8')
    .send(errorBody(definition, String(reply.request.id), details));
}

/**
 * Fastify's `frameworkErrors` option: errors the router raises before any route (and so
 * before any hook) runs. Logged at info with Fastify's code, answered from the catalog;
 * the path is not echoed back (it may be anything a caller sent).
 */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (error, request, reply) => {
  request.log.info({ err: { code: error.code, message: error.message } }, 'framework error');
  const definition = (error.code ? FASTIFY_CODES[error.code] : undefined) ?? ERRORS.MALFORMED_REQUEST;
  void sendError(reply.header('x-request-id', String(request.id)), definition);
};

/** Node's HTTP parser errors by catalog entry; anything else it cannot parse is MALFORMED_REQUEST. */
const CLIENT_ERRORS: Readonly<Record<string, ErrorDefinition>> = {
  HPE_HEADER_OVERFLOW: ERRORS.HEADERS_TOO_LARGE,
  ERR_HTTP_REQUEST_TIMEOUT: ERRORS.REQUEST_TIMEOUT,
};

/**
 * Fastify's `clientErrorHandler` option, for requests Node could not parse into a request at
 * all (oversized headers, a garbled request line): no route, no request object, so the
 * catalog body is written to the socket as Node would write its own, with a fresh id.
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has no one to answer (Node's own rule).
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const definition = (error.code ? CLIENT_ERRORS[error.code] : undefined) ?? ERRORS.MALFORMED_REQUEST;
  const requestId = randomUUID();
  this.log.info({ err: { code: error.code, message: error.message }, reqId: requestId }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify(errorBody(definition, requestId));
    socket.write(
      `HTTP/1.1 ${definition.status} ${STATUS_TEXT[definition.status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => sendError(reply, ERRORS.NOT_FOUND));

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return sendError(reply, error.definition, error.details);
    // Ops store faults, by type (api/store/store-errors.ts): down or silent -> 503, a value it cannot hold -> 400.
    if ((error as unknown) instanceof StoreUnavailableError) {
      request.log.warn({ err: error }, 'ops store unavailable');
      return sendError(reply, ERRORS.STORE_UNAVAILABLE);
    }
    if ((error as unknown) instanceof StoreValueError) {
      const { field, problem } = error as unknown as StoreValueError;
      return sendError(reply, ERRORS.VALIDATION_FAILED, [{ in: 'request', field, problem }]);
    }
    if (error.validation) {
      return sendError(reply, ERRORS.VALIDATION_FAILED, fieldProblems(error.validationContext ?? 'request', error.validation));
    }
    const client = clientErrorDefinition(error);
    if (client) {
      if (client === ERRORS.MALFORMED_REQUEST) request.log.info({ err: error }, 'client error mapped to MALFORMED_REQUEST');
      return sendError(reply, client);
    }
    // The body is logged (redacted) because the stack alone rarely says which input broke it.
    request.log.error({ err: error, body: request.body }, 'unhandled error');
    return sendError(reply, ERRORS.INTERNAL);
  });
}
