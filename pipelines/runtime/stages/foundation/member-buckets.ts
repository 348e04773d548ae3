// How per-member (and per-employer) work splits into partition jobs: by the leading hex
// digits of a hashed key. A member's history spans every month and (for contributions) both
// agencies, so a per-member feature can only be computed where all of that member's rows
// are: a month or province split would cut a history in two. The member key is an
// HMAC-SHA256 in hex, so its prefix is uniform (buckets are even whatever the population)
// and the same in every engine and version (DuckDB's hash() is not promised stable);
// employer ids are plain, so they are bucketed by their MD5.
import type { RunSpec } from '../stage-definition.js';

/** Run parameter: member-key buckets of the per-member feature tables (1 = unpartitioned). */
export const MEMBER_BUCKETS_PARAM = 'memberBuckets';
/** 16 buckets at 1M members (~62,500 members a job), enough for a second worker to share the work evenly. */
const DEFAULT_BUCKETS = 16;
/** Two hex digits of the key: 256 buckets at most (about 200,000 members each at 50 million). */
const MAX_BUCKETS = 256;

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** Buckets asked for by the run (params[param]), checked: a power of two from 1 to 256. */
export function bucketCount(run: RunSpec, param: string): number {
  const asked = run.params?.[param] ?? DEFAULT_BUCKETS;
  const n = Number(asked);
  if (!Number.isInteger(n) || n < 1 || n > MAX_BUCKETS || (n & (n - 1)) !== 0) {
    throw new Error(`${param} must be a power of two from 1 to ${MAX_BUCKETS}, got ${String(asked)}`);
  }
  return n;
}

/**
 * Partition key -> predicate on the lowercase hex text `key` (SQL) for `count` buckets:
 * `all` when one, else `k00`, `k10`, ... naming each bucket's lowest two-digit prefix. The
 * ranges compare hex text, whose character order ('0' < '9' < 'a' < 'f') is its numeric order.
 */
export function hexKeyBuckets(key: string, count: number): Readonly<Record<string, string>> {
  if (count === 1) return Object.freeze({ all: 'TRUE' });
  const width = MAX_BUCKETS / count;
  const buckets: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const low = hex2(i * width);
    const lower = `${key} >= '${low}'`;
    buckets[`k${low}`] = i === count - 1 ? lower : `${lower} AND ${key} < '${hex2((i + 1) * width)}'`;
  }
  return Object.freeze(buckets);
}

/** The run's member-key buckets: what every per-member feature table partitions by. */
export function memberPartitions(run: RunSpec): Readonly<Record<string, string>> {
  return hexKeyBuckets('member_key', bucketCount(run, MEMBER_BUCKETS_PARAM));
}
