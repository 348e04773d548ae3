// Every error the API returns, declared once: a stable code clients can branch on, the
// HTTP status, and a message safe to show an outside institution. Product routes add their
// codes here (e.g. the consent refusals of issue 5), never ad hoc in a handler.

export interface ErrorDefinition {
  readonly code: string;
  readonly status: number;
  readonly message: string;
  /** Sent as `retry-after` (seconds) with the error: the condition is expected to pass. */
  readonly retryAfterSeconds?: number;
}

const define = <T extends Record<string, Omit<ErrorDefinition, 'code'>>>(entries: T): { readonly [K in keyof T]: ErrorDefinition } =>
  Object.freeze(Object.fromEntries(Object.entries(entries).map(([code, e]) => [code, Object.freeze({ code, ...e })]))) as {
    readonly [K in keyof T]: ErrorDefinition;
  };

export const ERRORS = define({
  MALFORMED_REQUEST: { status: 400, message: 'The request could not be read.' },
  MALFORMED_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  // Framework errors (item 14 of issue 12): refused before any route runs, still in the catalog.
  MALFORMED_URL: { status: 400, message: 'The URL is not validly percent-encoded.' },
  URL_PARAMETER_TOO_LONG: { status: 414, message: 'A path parameter is longer than this API accepts.' },
  HEADERS_TOO_LARGE: { status: 431, message: 'The request headers are larger than this API accepts.' },
  REQUEST_TIMEOUT: { status: 408, message: 'The request was not received in time.' },
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
  STORE_UNAVAILABLE: {
    status: 503,
    message: 'The operational records store is not reachable; retry after the time in the retry-after header.',
    retryAfterSeconds: 5,
  },
  QUEUE_UNAVAILABLE: {
    status: 503,
    message: 'The job queue (Redis) is not reachable; retry after the time in the retry-after header.',
    retryAfterSeconds: 30,
  },
  // Credit scores (issue 5): each consent refusal has its own code so a bank can tell the applicant why.
  CONSENT_NOT_FOUND: { status: 404, message: 'No consent with this reference.' },
  CONSENT_WRONG_BANK: { status: 403, message: 'This consent was granted to another institution.' },
  CONSENT_REVOKED: { status: 403, message: 'The member has revoked this consent.' },
  CONSENT_EXPIRED: { status: 403, message: 'This consent has expired; ask the member for a new one.' },
  CONSENT_WRONG_PURPOSE: { status: 403, message: 'This consent was not granted for credit scoring.' },
  CONSENT_OUT_OF_SCOPE: { status: 403, message: 'This consent does not cover a credit score.' },
  CREDIT_MEMBER_UNKNOWN: { status: 404, message: 'No contribution record is published for the member of this consent.' },
  CREDIT_BANK_UNKNOWN: { status: 404, message: 'No active bank client with this id.' },
  CREDIT_MODEL_UNAVAILABLE: { status: 503, message: 'No credit model is loaded on this server.' },
  MODEL_NOT_FOUND: { status: 404, message: 'No model with this name is served here; GET /models lists them.' },
  EMPLOYER_NOT_FOUND: { status: 404, message: 'No employer with this registration number (NPP) in the rated K3 book.' },
  UNKNOWN_SECTOR: { status: 400, message: 'The sector code is not a KBLI section of the reference list.' },
  K3_BOOK_UNAVAILABLE: { status: 503, message: 'No K3 rating book is loaded on this server: run the k3 stage and serve its book.' },
  // Fraud worklist (issue 7).
  FRAUD_NOT_PUBLISHED: {
    status: 503,
    message: 'No fraud scoring run is published on this server: run the fraud stage and serve its output.',
  },
  FRAUD_CASE_NOT_FOUND: { status: 404, message: 'No fraud case with this id in the published scores.' },
  FRAUD_CLAIM_UNSCORABLE: { status: 422, message: 'The claim could not be scored; see details.' },
  FRAUD_OUTCOME_AMOUNT: { status: 400, message: 'Only a confirmed outcome can carry an amount recovered.' },
  // Case workflow (issue 14).
  FRAUD_CASE_TRANSITION: { status: 409, message: "The case's status does not allow this action; see details." },
  FRAUD_ASSIGNEE_UNKNOWN: { status: 422, message: 'The assignee is not an active auditor client.' },
  // Audit workbench pages (issue 14).
  CSRF_INVALID: { status: 403, message: 'The form token is missing or not valid for this session; reload the page and try again.' },
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
