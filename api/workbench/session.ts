// Workbench sessions: signing in with an auditor's API key sets one signed cookie naming the
// client and when the session ends (httpOnly, SameSite=Strict, path /workbench, Secure over
// HTTPS). The key itself is never stored, never put in a URL and never sent back. Every
// request looks the client up again, so revoking the client ends its sessions at once; the
// signature (HMAC with the workbench secret) means a cookie cannot be forged or extended.
import { randomBytes } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';

export const SESSION_COOKIE = 'telisik_wb';
export const LANG_COOKIE = 'telisik_wb_lang';
export const WORKBENCH_PATH = '/workbench';
/** A working day: an auditor signs in once in the morning (assumption). */
export const SESSION_HOURS = 8;
/** Bytes the secret must have (it signs sessions and CSRF tokens). */
export const MIN_SECRET_BYTES = 32;

export interface WorkbenchSession {
  readonly clientId: string;
  readonly expiresAt: number;
  /** Random per sign-in: CSRF tokens are bound to it, so a token from another session is refused. */
  readonly nonce: string;
}

export function newSession(clientId: string, now = Date.now()): WorkbenchSession {
  return { clientId, expiresAt: now + SESSION_HOURS * 3_600_000, nonce: randomBytes(16).toString('base64url') };
}

export const sessionValue = (s: WorkbenchSession): string => `${s.clientId}.${s.expiresAt}.${s.nonce}`;

/** The session a (verified) cookie value names, or null when it is malformed or has ended. */
export function parseSession(value: string, now = Date.now()): WorkbenchSession | null {
  const m = /^([A-Za-z0-9-]{1,64})\.(\d{13})\.([A-Za-z0-9_-]{22})$/.exec(value);
  if (!m) return null;
  const expiresAt = Number(m[2]);
  if (!(expiresAt > now)) return null;
  return { clientId: m[1] as string, expiresAt, nonce: m[3] as string };
}

export const cookieOptions = (maxAgeSeconds?: number): CookieSerializeOptions => ({
  path: WORKBENCH_PATH,
  httpOnly: true,
  sameSite: 'strict',
  secure: 'auto',
  signed: true,
  ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
});

/** The signing secret: TELISIK_WORKBENCH_SECRET (shared by every instance), or a random one for this process (sessions end at restart). */
export function workbenchSecret(configured: string | undefined): string {
  if (configured === undefined || configured === '') return randomBytes(MIN_SECRET_BYTES).toString('base64url');
  if (Buffer.byteLength(configured, 'utf8') < MIN_SECRET_BYTES)
    throw new Error(`TELISIK_WORKBENCH_SECRET must be at least ${MIN_SECRET_BYTES} bytes`);
  return configured;
}

/** Where a form may send the browser back to: a workbench page of this server, nothing else. */
export function localPath(value: unknown, fallback: string): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith(`${WORKBENCH_PATH}/`) ||
    value.startsWith('//') ||
    /[\\\s]|\/\//.test(value) ||
    value.length > 2000
  )
    return fallback;
  return value;
}
