// Which half of a certain pair is the suspect. Some records prove that of two claims one should not
// have been paid (a chronic supply collected twice, one card at two distant facilities at once) but
// not which: an auditor sent to the honest half wastes the visit and may reclaim money from the
// provider who did the work. What an auditor reads to choose is written here once, as ordered keys
// (a larger key is the more suspect claim), so each pair signal names the suspect half, names the
// other as its related claim, and keeps both, saying so, where nothing in the record tells them apart.
import { MEMBER_LOOKBACK_DAYS, distanceKmSql } from '../../../features/fraud/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';
import type { DetectorThreshold } from './types.js';

/** Thresholds of the choice of a pair's suspect half (spread into the pair signals' detectors). */
export const PAIR_SUSPECT_THRESHOLDS = Object.freeze({
  homeReachKm: Object.freeze<DetectorThreshold>({
    value: 250,
    source:
      "Assumption: a member is seen, and collects a month's chronic supply, within a day's road travel of home (250 km, five to six hours at 40-50 km/h); half of PHANTOM_BILLING's distantFacilityKm, so of two facilities farther apart than that at most one lies within it (the triangle inequality).",
  }),
  claimPaidDays: Object.freeze<DetectorThreshold>({
    value: 21,
    source:
      'BPJS Kesehatan pays a complete claim within 15 working days (DOMAIN.md section 1; Perpres 82/2018 Art. 80), about three calendar weeks: a claim submitted later than that after the other was billed asks to be paid for a service the record already showed paid.',
  }),
  familiarFacilityDays: Object.freeze<DetectorThreshold>({
    value: MEMBER_LOOKBACK_DAYS,
    source:
      "Assumption: the card's other claims of the three months either side of a pair show the facilities the member uses; the card look-back (MEMBER_LOOKBACK_DAYS) arrival loads before a claim, so batch and arrival read the same history.",
  }),
});

/** The choice's thresholds as SQL reads them. */
export interface PairSuspectThresholds {
  readonly homeReachKm: number;
  readonly claimPaidDays: number;
  readonly familiarFacilityDays: number;
}

/**
 * SQL: TRUE when a claim submitted on `billed` came after the other claim, submitted on
 * `otherBilled`, had been paid (more than `paidDays` later): the second bill of a pair asks again
 * for what the record already showed paid.
 */
export const billedAfterPaidSql = (billed: string, otherBilled: string, paidDays: number): string =>
  `(${billed} > ${otherBilled} + ${paidDays})`;

/**
 * SQL: the number of the card's claims at `facility` admitted within `days` either side of
 * `anchorDay`, other than those listed in `except` (the claim judged): how well the card knows the
 * facility around the pair, before it and after it (a post-payment audit reads the card's whole
 * history; arrival loads the card's claims from the look-back before the claim on).
 */
export function familiarClaimsSql(card: string, facility: string, anchorDay: string, days: number, except: readonly string[]): string {
  // an alias of its own: the outer row's names (b, o, f) stay the caller's
  return `(SELECT count(*) FROM fraud_claim_base familiar_claim
    WHERE familiar_claim.card_key = ${card} AND familiar_claim.facility_id = ${facility}
      AND familiar_claim.tgl_masuk BETWEEN ${anchorDay} - ${days} AND ${anchorDay} + ${days}
      AND familiar_claim.nomor_sep NOT IN (${except.join(', ')}))`;
}

/**
 * SQL: the 1-based position of the first key on which list `mine` beats list `theirs` (both
 * INTEGER lists of one length, larger more suspect), 0 when `mine` is not above (equal: a tie).
 */
export function decidingKeySql(mine: string, theirs: string): string {
  return `CASE WHEN ${mine} > ${theirs} THEN list_position(list_transform(range(1, len(${mine}) + 1), i -> ${mine}[i] <> ${theirs}[i]), true) ELSE 0 END`;
}

/** The home of every card (cardHomesSql): one row per card, computed once per build and per arrival request. */
export const CARD_HOME_TABLE = 'fraud_card_homes';

/**
 * fraud_card_homes: per card (card_key), its home as the points homeKmSql measures a facility from:
 * the hospitals of the member's regency on the map (the nearest of them to the facility), else the
 * middle of its province's hospitals (the facility table has no regency centres); NULL when neither
 * has a hospital. Built once from the members and facilities (on arrival from the request's members
 * and the published facilities) and joined on the card: the pair signals read it for both halves
 * of every pair, and measured as two scans of the facility table per pair row it was the same work
 * over and over.
 */
export function cardHomesSql(src: FraudSources): string {
  return `
CREATE OR REPLACE TABLE ${CARD_HOME_TABLE} AS
WITH regency AS (
  SELECT regency_code, list({'latitude': latitude, 'longitude': longitude}) AS home
  FROM ${src.facilities} WHERE latitude IS NOT NULL AND longitude IS NOT NULL GROUP BY regency_code
), province AS (
  SELECT province_code, [{'latitude': avg(latitude), 'longitude': avg(longitude)}] AS home FROM ${src.facilities} GROUP BY province_code
)
SELECT m.card_key, coalesce(r.home, p.home) AS home
FROM ${src.members} m LEFT JOIN regency r ON r.regency_code = m.regency_code LEFT JOIN province p ON p.province_code = m.province_code`;
}

/**
 * SQL: the distance in km from facility row `f` to the home of a card, row `home` of
 * fraud_card_homes (cardHomesSql): to the nearest of its points. NULL when the card has no home on
 * the map (or no row: a card without a member row).
 */
export const homeKmSql = (f: string, home: string): string =>
  `list_min(list_transform(${home}.home, home_point -> ${distanceKmSql(`${f}.latitude`, `${f}.longitude`, 'home_point.latitude', 'home_point.longitude')}))`;
