// Pseudonymisation of personal identifiers (NIK, JKN card number): a keyed hash,
// HMAC-SHA256 with a secret from the environment, computed inside DuckDB so that ten
// million rows never cross into JavaScript. The key only ever appears in SQL text (never
// in a persisted table, view or macro), so it cannot end up in the database file.
import { createHash, createHmac } from 'node:crypto';
import { literal } from '../warehouse/sql.js';
import { PseudonymKeyError } from './ingest-errors.js';

export const PSEUDONYM_KEY_ENV = 'TELISIK_PSEUDONYM_KEY';

/** Fixed, public key for demos and tests: pseudonyms made with it protect nothing. */
export const DEMO_PSEUDONYM_KEY = 'telisik-demo-pseudonym-key: not a secret, never use on real data';

/** Shorter keys make the small NIK space brute-forceable offline. */
export const MIN_PSEUDONYM_KEY_BYTES = 16;

export interface PseudonymKey {
  readonly key: Buffer;
  /** True when the fixed demo key is in use. */
  readonly demo: boolean;
}

export interface ResolvePseudonymKeyOptions {
  /** Use the fixed demo key when the environment has none (prints a warning through `warn`). */
  demoKey?: boolean;
  /** Environment to read; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** An explicit key (tests, embedding callers); wins over the environment. */
  key?: string | Buffer;
  warn?: (message: string) => void;
}

export class MissingPseudonymKeyError extends PseudonymKeyError {
  override readonly name: string = 'MissingPseudonymKeyError';
  constructor() {
    super(
      `${PSEUDONYM_KEY_ENV} is not set: NIK and card numbers are replaced by a keyed hash (HMAC-SHA256) at ingestion ` +
        `and the key must come from the environment (at least ${MIN_PSEUDONYM_KEY_BYTES} bytes). ` +
        'For synthetic demo data only, pass --demo-key to use a fixed, public key.',
    );
  }
}

/** The key as UTF-8 bytes of the environment value: no hex or base64 decoding to get wrong. */
export function resolvePseudonymKey(options: ResolvePseudonymKeyOptions = {}): PseudonymKey {
  const fromEnv = (options.env ?? process.env)[PSEUDONYM_KEY_ENV];
  const given = options.key ?? (fromEnv && fromEnv.length > 0 ? fromEnv : undefined);
  if (given !== undefined) {
    const key = Buffer.isBuffer(given) ? given : Buffer.from(given, 'utf8');
    if (key.length < MIN_PSEUDONYM_KEY_BYTES) {
      throw new PseudonymKeyError(`${PSEUDONYM_KEY_ENV} is too short: ${key.length} bytes, need at least ${MIN_PSEUDONYM_KEY_BYTES}`);
    }
    return { key, demo: false };
  }
  if (!options.demoKey) throw new MissingPseudonymKeyError();
  options.warn?.(
    `${PSEUDONYM_KEY_ENV} is not set: using the public demo key. Pseudonyms are NOT protected; use this for synthetic data only.`,
  );
  return { key: Buffer.from(DEMO_PSEUDONYM_KEY, 'utf8'), demo: true };
}

/** Reference implementation: lowercase hex HMAC-SHA256 of the UTF-8 value. */
export function pseudonymise(value: string, key: Buffer): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

const SHA256_BLOCK_BYTES = 64;

/** RFC 2104 key pads: K' is the key zero-padded to the block (hashed first if longer). */
function keyPads(key: Buffer): { inner: Buffer; outer: Buffer } {
  const block = Buffer.alloc(SHA256_BLOCK_BYTES);
  (key.length > SHA256_BLOCK_BYTES ? createHash('sha256').update(key).digest() : key).copy(block);
  const inner = Buffer.alloc(SHA256_BLOCK_BYTES);
  const outer = Buffer.alloc(SHA256_BLOCK_BYTES);
  for (let i = 0; i < SHA256_BLOCK_BYTES; i++) {
    inner[i] = block[i]! ^ 0x36;
    outer[i] = block[i]! ^ 0x5c;
  }
  return { inner, outer };
}

/**
 * A DuckDB expression computing the pseudonym of the VARCHAR expression `valueSql`:
 * HMAC(K, m) = SHA256((K' xor opad) || SHA256((K' xor ipad) || m)). DuckDB's sha256 takes
 * a BLOB and returns hex, so the inner digest goes back to bytes with unhex. NULL stays NULL.
 */
export function pseudonymSql(valueSql: string, key: Buffer): string {
  const { inner, outer } = keyPads(key);
  const innerPad = `unhex(${literal(inner.toString('hex'))})`;
  const outerPad = `unhex(${literal(outer.toString('hex'))})`;
  return `sha256(${outerPad} || unhex(sha256(${innerPad} || encode(${valueSql}))))`;
}

/**
 * A value derived from the key that identifies it without revealing it: stored in the
 * warehouse so that files pseudonymised with different keys are never mixed silently.
 */
export function keyFingerprint(key: Buffer): string {
  return pseudonymise('telisik:pseudonym-key-fingerprint:v1', key).slice(0, 16);
}
