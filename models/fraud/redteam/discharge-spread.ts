// The discharge date the red-team context gives an inpatient stay whose scenario names none:
// spread around the INA-CBG norm as real stays are, the same for a stay in every run.
// Why: a stay discharged exactly at the norm is never past it, so defaulted red-team stays
// lowered the pooled past-norm rate that provider-level length-of-stay signals compare against.
import { createHash } from 'node:crypto';

/**
 * Share of stays discharged past their INA-CBG norm (length of stay > losNorm): the rate the
 * lead measured at the generated hospitals of the red team's base extract (session 16 brief, 28%;
 * red-team stays ran 18%). Past the norm means more days than the norm, as the product counts it.
 */
export const PAST_NORM_SHARE = 0.28;

/**
 * How a stay past its norm ends: days beyond the first day past it, with their weights. Most
 * end a day or two late (the brief's "most within +-1-2 days"); a few run three days over.
 */
export const DAYS_LATE: readonly (readonly [days: number, weight: number])[] = Object.freeze([
  [0, 0.6],
  [1, 0.3],
  [2, 0.1],
]);

/**
 * How a stay within its norm ends: days short of the last day within it, with their weights.
 * Together with DAYS_LATE the mean stay stays at the norm for an integer norm (the norm is the
 * group's mean length of stay, data-samples/reference/inacbg.ts): 0.72 x -0.65 + 0.28 x 1.5 = -0.05 day.
 * A fractional norm (severity II and III: x1.35, x1.9) counts from its last whole day, so its mean
 * falls short by about that fraction (6.8: mean 5.95): kept, since spreading it to the mean would
 * need a tail of late stays far beyond the brief's one or two days.
 */
export const DAYS_EARLY: readonly (readonly [days: number, weight: number])[] = Object.freeze([
  [0, 0.5],
  [1, 0.35],
  [2, 0.15],
]);

/**
 * A stay sent home early still lasts at least this share of its norm (rounded up): shorter
 * stays are another care pattern (a day case, a transfer, a 1-day admission) that a scenario
 * writes on purpose, not one the harness should make up.
 */
export const SHORTEST_SHARE_OF_NORM = 0.5;

/** What the default discharge of one stay depends on. */
export interface DefaultStay {
  /**
   * The stay's identity within its scenario: scenario id, card, admission date and INA-CBG. A
   * claim billed twice for one stay (repeat billing, another hospital of the group) keeps one
   * discharge date, and adding a claim to a scenario leaves its other stays where they were.
   */
  readonly key: string;
  /** The group's mean length of stay in days (INA-CBG losNorm; 0 for same-day care). */
  readonly losNorm: number;
  /** Days the rest of the claim needs (ICU days, ventilation, upgraded days); default 1. */
  readonly atLeast?: number;
}

/** Two uniform draws in [0, 1) from the stay's key: one for early or late, one for how far. */
function draws(key: string): readonly [number, number] {
  const h = createHash('sha256').update(key).digest();
  return [h.readUInt32BE(0) / 2 ** 32, h.readUInt32BE(4) / 2 ** 32];
}

/** The entry of a weighted table a uniform draw u falls in. */
function pick(table: readonly (readonly [number, number])[], u: number): number {
  let left = u * table.reduce((a, [, w]) => a + w, 0);
  for (const [days, w] of table) {
    if (left < w) return days;
    left -= w;
  }
  return table[table.length - 1]?.[0] ?? 0;
}

/**
 * Days from admission to discharge of an inpatient stay given no discharge date. A one-day (or
 * same-day, a day surgery's) norm stays one day; otherwise PAST_NORM_SHARE of stays end past the
 * norm, the others at or under it, never under SHORTEST_SHARE_OF_NORM of it nor under one day.
 */
export function defaultLengthOfStay(stay: DefaultStay): number {
  const atLeast = Math.max(1, stay.atLeast ?? 1);
  if (Math.round(stay.losNorm) <= 1) return atLeast;
  const [late, far] = draws(stay.key);
  // the last whole day within the norm: 4 for a norm of 4, 6 for 6.75
  const withinNorm = Math.floor(stay.losNorm);
  const los = late < PAST_NORM_SHARE ? withinNorm + 1 + pick(DAYS_LATE, far) : withinNorm - pick(DAYS_EARLY, far);
  return Math.max(los, Math.ceil(stay.losNorm * SHORTEST_SHARE_OF_NORM), atLeast);
}
