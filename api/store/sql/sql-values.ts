// Values between the OpsStore records and SQL, shared by every part of SqlOpsStore: times bound
// as ISO 8601 text, text checked for what PostgreSQL cannot hold, list limits and filters.
import { StoreValueError } from '../store-errors.js';
import type { SqlValue } from './driver.js';

export const iso = (d: Date): string => d.toISOString();

/** A list's row count: the default when none is asked, else 1..max or refused (never cut short silently). */
export function listLimit(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw new StoreValueError('limit', `must be a whole number from 1 to ${max}`);
  return limit;
}

const NUL = '\u0000';

/** Text the store can hold (no NUL, which PostgreSQL's TEXT refuses); refused with the field's name otherwise. */
export function storable<T extends string | null>(field: string, value: T): T {
  if (value !== null && value.includes(NUL)) throw new StoreValueError(field, 'must not contain the NUL character (U+0000)');
  return value;
}

/** Internal error text (a stage's failure) is kept whatever it holds: NUL becomes U+FFFD rather than losing the report. */
export const errorText = (value: string | null | undefined): string | null | undefined =>
  typeof value === 'string' ? value.replaceAll(NUL, '\uFFFD') : value;

/** A lookup by text no record can hold (writes refuse NUL) finds nothing, without asking the database. */
export const unmatchable = (values: readonly (SqlValue | undefined)[]): boolean =>
  values.some((v) => typeof v === 'string' && v.includes(NUL));

/** Builds `WHERE a = $1 AND b = $2` from the filters that are set. */
export function where(conditions: ReadonlyArray<readonly [string, SqlValue | undefined]>): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const [clause, value] of conditions) {
    if (value === undefined) continue;
    params.push(value);
    parts.push(clause.replace('?', `$${params.length}`));
  }
  return { sql: parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

/** One instant handed out by the store's clock: the time, and the text bound to SQL. */
export interface StoreInstant {
  /** To the millisecond, as records carry it. */
  readonly at: Date;
  /** ISO 8601 to the microsecond, as both databases' TIMESTAMPTZ hold it. */
  readonly iso: string;
}

/** The store's clock: one per store, shared by the parts that stamp records. */
export class StoreClock {
  /** Last instant handed out by `tick`, in microseconds since the epoch (exact below 2^53). */
  private lastMicros = 0;

  /**
   * Now, strictly later than the previous call's: lists order by timestamp, and two records
   * in the same millisecond (an investigator's outcome and its correction) must keep the
   * order they were made in, not fall back on the random id. The step is a microsecond, not
   * a millisecond: a burst of 1,100 access-log rows in one millisecond once stamped the last
   * row a second in the future, past a period filter's end (CI, session 12).
   */
  tick(): StoreInstant {
    this.lastMicros = Math.max(Date.now() * 1000, this.lastMicros + 1);
    const at = new Date(Math.floor(this.lastMicros / 1000));
    const micros = String(this.lastMicros % 1000).padStart(3, '0');
    return { at, iso: at.toISOString().replace(/Z$/, `${micros}Z`) };
  }
}
