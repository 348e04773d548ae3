// UNBUNDLING: both sides of a paired organ operated in one session (both eyes' cataracts, both
// knees) and billed as two operations under two SEPs, the second dated the same or the next day.
// An operation on both sides in one session is one episode, one claim (Permenkes 76/2016: one
// episode, one claim); staged surgery of the second side is done days to weeks later, once the
// first has healed, and is another episode. The sides are read from the claim's lateralitas
// (SCHEMA.md: optional, one side per procedure: R, L or B for both). A second claim for the
// same side is REPEAT_BILLING's (episodes.ts), which leaves the other side to this signal, except
// the other side's claim that copies the first and was sent out of turn, weeks after it: one
// operation billed again with the side changed (repeat-other-side.ts, RT-REPEAT-141). A session on
// both sides billed as two goes out with the hospital's other claims, each after its own day.
import { procedureCbgSql } from './operation-records.js';

/** SQL: the sides (R, L, B) claim `alias` names for its procedures, distinct. */
export const operatedSidesSql = (alias: string): string => `list_distinct(list_filter(${alias}.side_list, s -> s IN ('R', 'L', 'B')))`;

/**
 * SQL: claims `b` and `o` name sides for their procedures, neither both sides at once, and no
 * side in common: each is the operation of the other side.
 */
export const otherSidesSql = (b: string, o: string): string =>
  `(len(${operatedSidesSql(b)}) > 0 AND len(${operatedSidesSql(o)}) > 0 AND NOT list_contains(${operatedSidesSql(b)}, 'B')
    AND NOT list_contains(${operatedSidesSql(o)}, 'B') AND NOT list_has_any(${operatedSidesSql(b)}, ${operatedSidesSql(o)}))`;

/** What makes claim `b` a copy of claim `o` sent again: REPEAT_BILLING's resubmission thresholds (episodes.ts). */
export interface SideCopyThresholds {
  readonly dateToleranceDays: number;
  readonly maxBillDifference: number;
  readonly resubmissionMinExtraLagDays: number;
}

/**
 * REPEAT_BILLING's values of SideCopyThresholds (episodes.ts; unbundling-sides.test.ts checks they agree),
 * for UNBUNDLING, which leaves the copies to it. Not imported from episodes.ts, which imports this file.
 */
export const REPEAT_SIDE_COPY: SideCopyThresholds = Object.freeze({
  dateToleranceDays: 2,
  maxBillDifference: 0.05,
  resubmissionMinExtraLagDays: 7,
});

/**
 * SQL: claim `b` is claim `o` sent again: admission and discharge within `dateToleranceDays`, the
 * bill within `maxBillDifference`, and `b` submitted out of turn, at least
 * `resubmissionMinExtraLagDays` later after its own discharge than `o` was after its own (a later
 * submission round: episodes.ts same_episode_resubmitted's rule for visits on different days).
 */
export function sentAgainSql(b: string, o: string, t: SideCopyThresholds): string {
  return `(abs(${o}.tgl_masuk - ${b}.tgl_masuk) <= ${t.dateToleranceDays} AND abs(${o}.tgl_pulang - ${b}.tgl_pulang) <= ${t.dateToleranceDays}
    AND abs(${o}.billed_cost - ${b}.billed_cost) <= ${t.maxBillDifference} * greatest(${b}.billed_cost, 1)
    AND (${b}.tgl_pengajuan - ${b}.tgl_pulang) - (${o}.tgl_pengajuan - ${o}.tgl_pulang) >= ${t.resubmissionMinExtraLagDays})`;
}

/**
 * SQL of the hits (signal other_side_operated_apart): an operation (a procedural CBG) on one
 * side billed within `maxGapDays` of the same card's same operation (the same procedures) on
 * the other side at the same facility; the later of the two (admission, then SEP) is the split,
 * unless it is the first sent again (sentAgainSql with `copy`).
 */
export function otherSideOperatedApartSql(maxGapDays: number, copy: SideCopyThresholds = REPEAT_SIDE_COPY): string {
  return `
SELECT b.nomor_sep, 'other_side_operated_apart' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(o.nomor_sep ORDER BY o.nomor_sep) AS related_sep,
  format('Operation {} on side {} billed {} day(s) after the same operation on the other side ({}) at the same facility: one session on both sides billed as two',
    array_to_string(any_value(b.px_list), ', '), array_to_string(any_value(${operatedSidesSql('b')}), '+'), min(b.tgl_masuk - o.tgl_masuk), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', ')) AS evidence_en,
  format('Operasi {} sisi {} ditagih {} hari setelah operasi yang sama pada sisi lain ({}) di faskes yang sama: satu sesi kedua sisi ditagih dua kali',
    array_to_string(any_value(b.px_list), ', '), array_to_string(any_value(${operatedSidesSql('b')}), '+'), min(b.tgl_masuk - o.tgl_masuk), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', ')) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE o.facility_id = b.facility_id AND ${procedureCbgSql('b')} AND ${procedureCbgSql('o')}
  AND len(b.px_list) > 0 AND list_sort(o.px_list) = list_sort(b.px_list)
  AND b.tgl_masuk - o.tgl_masuk BETWEEN 0 AND ${maxGapDays} AND (o.tgl_masuk < b.tgl_masuk OR o.nomor_sep < b.nomor_sep)
  AND ${otherSidesSql('b', 'o')}
  -- the first claim copied and sent again out of turn is REPEAT_BILLING's (repeat-other-side.ts)
  AND NOT ${sentAgainSql('b', 'o', copy)}
GROUP BY b.nomor_sep`;
}
