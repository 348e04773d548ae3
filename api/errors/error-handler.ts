// Maps everything that can go wrong in a request onto the catalog: our ApiErrors, schema
// validation, Fastify's body parsing errors, the rate limiter, unknown routes and, last,
// anything unexpected (500, logged in full with the request id, answered generically).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, ERRORS, errorBody, type ErrorDefinition, type FieldProblem } from './catalog.js';

/** Fastify's own error codes for bodies it could not take, by catalog entry. */
const FASTIFY_CODES: Readonly<Record<string, ErrorDefinition>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ERRORS.BODY_TOO_LARGE,
  FST_ERR_CTP_INVALID_JSON_BODY: ERRORS.MALFORMED_JSON,
  FST_ERR_CTP_EMPTY_JSON_BODY: ERRORS.MALFORMED_JSON,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ERRORS.UNSUPPORTED_MEDIA_TYPE,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ERRORS.MALFORMED_REQUEST,
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

/** Sends a catalog error directly (used where a plugin's own error handler must not intervene). */
export function sendError(reply: FastifyReply, definition: ErrorDefinition, details?: ApiError['details']): FastifyReply {
  return reply.code(definition.status).type('application/json; charset=utf-8').send(errorBody(definition, String(reply.request.id), details));
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => sendError(reply, ERRORS.NOT_FOUND));

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return sendError(reply, error.definition, error.details);
    if (error.validation) {
      return sendError(reply, ERRORS.VALIDATION_FAILED, fieldProblems(error.validationContext ?? 'request', error.validation));
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendError(reply, known);
    if (error.statusCode === 429) return sendError(reply, ERRORS.RATE_LIMITED);
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error mapped to MALFORMED_REQUEST');
      return sendError(reply, ERRORS.MALFORMED_REQUEST);
    }
    // The body is logged (redacted) because the stack alone rarely says which input broke it.
    request.log.error({ err: error, body: request.body }, 'unhandled error');
    return sendError(reply, ERRORS.INTERNAL);
  });
}
