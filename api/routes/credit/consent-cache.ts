// Consents read by score requests, cached in this process. Only safe where every grant and
// revocation goes through this process: the embedded DuckDB store (one process owns the
// file). With PostgreSQL several API instances share the records and a revocation at
// another instance would not be seen, so there the cache is off and every request reads
// the store. Revocations through this process forget the entry before they answer, so the
// next request sees them; expiry is judged at request time from the cached expiresAt.
import type { OpsStore } from '../../store/ops-store.js';
import type { Consent } from '../../store/records.js';

/**
 * Entries kept before the oldest is dropped: ~300 bytes each, so ~30 MB at most (assumption:
 * active consents of one day's applicants at national scale fit comfortably).
 */
export const CONSENT_CACHE_MAX_ENTRIES = 100_000;

export interface ConsentReader {
  get(id: string): Promise<Consent | null>;
  /** Called by every revocation in this process, before it answers. */
  forget(id: string): void;
}

export function consentReader(store: OpsStore, cache: boolean = store.kind === 'duckdb'): ConsentReader {
  if (!cache) return { get: (id) => store.getConsent(id), forget: () => undefined };
  const entries = new Map<string, Consent>();
  return {
    async get(id) {
      const hit = entries.get(id);
      if (hit) return hit;
      const consent = await store.getConsent(id);
      // Unknown references are not cached: they cost a lookup, never a wrong answer.
      if (consent) {
        if (entries.size >= CONSENT_CACHE_MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        entries.set(id, consent);
      }
      return consent;
    },
    forget(id) {
      entries.delete(id);
    },
  };
}
