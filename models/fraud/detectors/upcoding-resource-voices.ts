// The norms severity_without_resource_use (patterns.ts unsupportedSeveritySql) judges a stay's
// bill and length by: each other hospital one voice (the median of their own medians,
// other-facility-norms.ts), not their stays pooled. A pooled norm is moved by whoever bills most
// of a code: a few hospitals' coded-up severity-III dengue stays, billed as severity I, pulled the
// class's severity-III median bill to within 1.3x of severity II's, so the step stopped telling the
// levels apart, and one hospital's short stays set severity II's median stay a day under the
// others' (red team RT-UPCODE-121). Where fewer hospitals than RESOURCE_VOICES_MIN_FACILITIES bill
// a code, the median of their medians is one or two hospitals' practice, and the pooled stays
// judge as before.
import { otherFacilityNorm } from './other-facility-peers.js';

/**
 * Other facilities a code's norm needs before their medians are its norm, as LEVEL_NORM_MIN_FACILITIES
 * (provider-excess-hits.ts, restated here: that file imports patterns.ts): with three the norm is
 * the middle one's median, which no one facility moves beyond the other two.
 */
export const RESOURCE_VOICES_MIN_FACILITIES = 3;

const voiced = (x: string, voice: 'facility_log_cost' | 'facility_los_median', pooled: 'base_log_cost' | 'los_median'): string =>
  `CASE WHEN coalesce(${x}.cost_facilities, 0) >= ${RESOURCE_VOICES_MIN_FACILITIES} THEN ${otherFacilityNorm(x, voice)} ELSE ${otherFacilityNorm(x, pooled)} END`;

/** SQL: the median bill (log, base tariff key) of a join made by otherFacilityJoin (alias `x`), each other facility one voice. */
export const voicedCostNorm = (x: string): string => voiced(x, 'facility_log_cost', 'base_log_cost');

/** SQL: the median length of stay of a join made by otherFacilityJoin (alias `x`), each other facility one voice. */
export const voicedStayNorm = (x: string): string => voiced(x, 'facility_los_median', 'los_median');
