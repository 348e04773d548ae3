// API keys: 256 random bits, shown once, stored only as a SHA-256 hash.
// Why not bcrypt/scrypt: those slow hashes exist to protect low-entropy human passwords
// from offline guessing. A 256-bit random key cannot be guessed however fast the hash,
// and a slow hash on every request would cost milliseconds of CPU per call (the API's
// whole latency budget) and invite CPU exhaustion by anyone sending bogus keys.
import { createHash, randomBytes } from 'node:crypto';

/** Prefix so a leaked key is recognisable in code scanners and logs. */
export const API_KEY_PREFIX = 'tlk_';

export function generateApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The key a request presents: `x-api-key`, else `Authorization: Bearer <key>`. */
export function presentedKey(headers: Readonly<Record<string, string | string[] | undefined>>): string | null {
  const direct = headers['x-api-key'];
  if (typeof direct === 'string' && direct.length > 0) return direct;
  const auth = headers.authorization;
  if (typeof auth === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (match?.[1]) return match[1];
  }
  return null;
}
