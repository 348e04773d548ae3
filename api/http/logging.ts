// Pino settings for the API: a request id on every line (taken from x-request-id when it
// is a plain token, else generated), and personal data redacted wherever it appears in a
// logged object. NIK and card numbers should never reach the API in clear (ARCHITECTURE.md),
// which is exactly why a slip must not reach the log either.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerOptions } from 'pino';

/** Field names that carry personal data or secrets, in the source schemas' spelling and common variants. */
export const PERSONAL_FIELDS: readonly string[] = Object.freeze([
  'nik',
  'NIK',
  'nomor_kartu',
  'no_kartu',
  'noKartu',
  'nomorKartu',
  'card_number',
  'cardNumber',
  'nomor_kk',
  'nama',
  'nama_peserta',
  'namaPeserta',
  'member_name',
  'memberName',
  'full_name',
  'fullName',
  'name',
  'apiKey',
  'api_key',
  'key',
  'password',
  'token',
]);

/** Depths searched below the logged object (pino's `*` matches one level). */
const DEPTHS = ['', '*.', '*.*.', '*.*.*.'];

export const REDACT_PATHS: readonly string[] = Object.freeze([
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'headers.authorization',
  'headers["x-api-key"]',
  ...PERSONAL_FIELDS.flatMap((f) => DEPTHS.map((d) => `${d}${f}`)),
]);

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Fastify `genReqId`: keep a caller's correlation id if it is a plain token. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
  };
}
