// UNBUNDLING: both sides of a paired organ operated in one session (both eyes' cataracts, both
// knees) and billed as two operations under two SEPs, the second dated the same or the next day.
// An operation on both sides in one session is one episode, one claim (Permenkes 76/2016: one
// episode, one claim); staged surgery of the second side is done days to weeks later, once the
// first has healed, and is another episode. The sides are read from the claim's lateralitas
// (SCHEMA.md: optional, one side per procedure: R, L or B for both). A second claim for the
// same side is REPEAT_BILLING's (episodes.ts), which leaves the other side to this signal.
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

/**
 * SQL of the hits (signal other_side_operated_apart): an operation (a procedural CBG) on one
 * side billed within `maxGapDays` of the same card's same operation (the same procedures) on
 * the other side at the same facility; the later of the two (admission, then SEP) is the split.
 */
export function otherSideOperatedApartSql(maxGapDays: number): string {
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
GROUP BY b.nomor_sep`;
}
