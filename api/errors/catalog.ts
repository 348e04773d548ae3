// Every error the API returns, declared once: a stable code clients can branch on, the
// HTTP status, and a message safe to show an outside institution. Product routes add their
// codes here (e.g. the consent refusals of issue 5), never ad hoc in a handler.

export interface ErrorDefinition {
  readonly code: string;
  readonly status: number;
  readonly message: string;
}

const define = <T extends Record<string, Omit<ErrorDefinition, 'code'>>>(entries: T): { readonly [K in keyof T]: ErrorDefinition } =>
  Object.freeze(
    Object.fromEntries(Object.entries(entries).map(([code, e]) => [code, Object.freeze({ code, ...e })])),
  ) as { readonly [K in keyof T]: ErrorDefinition };

export const ERRORS = define({
  MALFORMED_REQUEST: { status: 400, message: 'The request could not be read.' },
  MALFORMED_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  VALIDATION_FAILED: { status: 400, message: 'The request does not match the schema; see details.' },
  UNAUTHORIZED: { status: 401, message: 'A valid API key is required (x-api-key or Authorization: Bearer).' },
  FORBIDDEN: { status: 403, message: "This client's role may not use this route." },
  NOT_FOUND: { status: 404, message: 'No such route.' },
  RUN_NOT_FOUND: { status: 404, message: 'No run with this id.' },
  CLIENT_NOT_FOUND: { status: 404, message: 'No API client with this id.' },
  BODY_TOO_LARGE: { status: 413, message: 'The request body is larger than this API accepts.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the body as application/json.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; retry after the time in the retry-after header.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side; quote the request id when reporting it.' },
  RUNS_UNAVAILABLE: { status: 503, message: 'Runs cannot be requested: no job queue is configured for this server.' },
  NOT_READY: { status: 503, message: 'The service is not ready; see details.' },
});

export type ErrorCode = keyof typeof ERRORS;

/** One problem with one field of a request (validation errors only). */
export interface FieldProblem {
  /** Where the field is: body, querystring, params or headers. */
  readonly in: string;
  /** Dotted path to the field, e.g. `stages.0`; '' for the whole part. */
  readonly field: string;
  readonly problem: string;
}

/** The body of every error response. */
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
  readonly requestId: string;
  readonly details?: readonly FieldProblem[] | Readonly<Record<string, string>>;
}

/** Thrown by handlers; the error handler turns it into the catalog response. */
export class ApiError extends Error {
  readonly statusCode: number;
  constructor(
    readonly definition: ErrorDefinition,
    readonly details?: ErrorBody['details'],
  ) {
    super(definition.message);
    this.name = 'ApiError';
    this.statusCode = definition.status;
  }
}

export const apiError = (code: ErrorCode, details?: ErrorBody['details']): ApiError => new ApiError(ERRORS[code], details);

export function errorBody(definition: ErrorDefinition, requestId: string, details?: ErrorBody['details']): ErrorBody {
  return details === undefined
    ? { code: definition.code, message: definition.message, requestId }
    : { code: definition.code, message: definition.message, requestId, details };
}
