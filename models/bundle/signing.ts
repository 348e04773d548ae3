// Bundle signatures: HMAC-SHA256 with a secret key over the manifest, which lists the
// SHA-256 of every file, so a changed WoE table, weight or file cannot be re-hashed into a
// bundle that loads: the plain digests catch accidents, only the keyed one catches edits.
// The key comes from TELISIK_BUNDLE_KEY; without it only a demo (synthetic data, tests)
// may use the public demo key, and a demo-signed bundle is refused outside demo.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const BUNDLE_KEY_ENV = 'TELISIK_BUNDLE_KEY';
/** Set to 1 for synthetic data and demos: bundles are then signed with the public demo key when no key is set. */
export const DEMO_ENV = 'TELISIK_DEMO';
/** Public, so it protects nothing: for synthetic data and tests only. */
export const DEMO_BUNDLE_KEY = 'telisik-public-demo-bundle-key-do-not-use-for-real-models';
/** HMAC-SHA256 keys shorter than the hash output weaken it (RFC 2104 section 3). */
export const MIN_BUNDLE_KEY_BYTES = 32;
export const SIGNATURE_ALGORITHM = 'HMAC-SHA256';

export interface BundleSignature {
  readonly algorithm: typeof SIGNATURE_ALGORITHM;
  /** First 16 hex digits of SHA-256 of the key: which key signed, without revealing it. */
  readonly keyId: string;
  /** Signed with the public demo key. */
  readonly demo: boolean;
  readonly value: string;
}

export interface BundleKey {
  readonly key: Buffer;
  readonly demo: boolean;
}

export interface BundleKeyOptions {
  /** The key itself (tests, embedding callers); default: TELISIK_BUNDLE_KEY. */
  readonly key?: string | Buffer;
  /** Allow the public demo key when no key is set (synthetic runs). Default: TELISIK_DEMO=1 or NODE_ENV=test. */
  readonly demo?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

/** No signing key outside demo: a clear error saying what to set. */
export class MissingBundleKeyError extends Error {
  constructor() {
    super(
      `${BUNDLE_KEY_ENV} is not set: model bundles are signed and verified with it (HMAC-SHA256, at least ${MIN_BUNDLE_KEY_BYTES} bytes). ` +
        `Set it to a secret shared by the trainers and servers, or set ${DEMO_ENV}=1 for synthetic data only (public demo key, protects nothing).`,
    );
    this.name = 'MissingBundleKeyError';
  }
}

export function resolveBundleKey(options: BundleKeyOptions = {}): BundleKey {
  const env = options.env ?? process.env;
  const given = options.key ?? (env[BUNDLE_KEY_ENV] && env[BUNDLE_KEY_ENV].length > 0 ? env[BUNDLE_KEY_ENV] : undefined);
  if (given !== undefined) {
    const key = Buffer.isBuffer(given) ? given : Buffer.from(given, 'utf8');
    if (key.length < MIN_BUNDLE_KEY_BYTES)
      throw new Error(`${BUNDLE_KEY_ENV} is too short: ${key.length} bytes, need at least ${MIN_BUNDLE_KEY_BYTES}`);
    return { key, demo: false };
  }
  const demo = options.demo ?? (env[DEMO_ENV] === '1' || env['NODE_ENV'] === 'test');
  if (!demo) throw new MissingBundleKeyError();
  return { key: Buffer.from(DEMO_BUNDLE_KEY, 'utf8'), demo: true };
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Sign the canonical manifest text (which carries every file's digest). */
export function signManifest(canonical: string, key: BundleKey): BundleSignature {
  return {
    algorithm: SIGNATURE_ALGORITHM,
    keyId: keyId(key.key),
    demo: key.demo,
    value: createHmac('sha256', key.key).update(canonical, 'utf8').digest('hex'),
  };
}

/** Why a signature is not acceptable under `key`, or null when it is. */
export function signatureProblem(canonical: string, signature: BundleSignature | undefined, key: BundleKey): string | null {
  if (!signature || typeof signature.value !== 'string') return 'is not signed';
  if (signature.algorithm !== SIGNATURE_ALGORITHM) return `is signed with ${String(signature.algorithm)}, expected ${SIGNATURE_ALGORITHM}`;
  if (signature.demo && !key.demo)
    return `is signed with the public demo key; outside demo only bundles signed with ${BUNDLE_KEY_ENV} load`;
  const expected = Buffer.from(signManifest(canonical, key).value, 'hex');
  const actual = Buffer.from(signature.value, 'hex');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return `has a signature that does not match (signed by key ${String(signature.keyId)}, this key is ${keyId(key.key)}): it was changed after signing, or signed with another key`;
  }
  return null;
}
