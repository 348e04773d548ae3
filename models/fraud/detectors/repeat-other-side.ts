// REPEAT_BILLING of one operation of a paired organ billed again as the other side (DOMAIN.md
// section 3, "same claim billed twice", moved off the same date and side: RT-REPEAT-141, a cataract
// billed again under a SEP dated the next clinic day with the other eye as its side). The side
// alone cannot tell a second eye from a copy; what a claim can show is how it was sent: the same
// operation's claim with dates within a resubmission's tolerance and the bill within 5% of the
// first, submitted weeks later after its own day than the first was after its own, in a later
// submission round. Both eyes of one session billed as two SEPs (UNBUNDLING's other_side_operated_apart)
// go out with the hospital's other claims, each after its own day; a second eye staged weeks later is
// further apart than the tolerance.
import { procedureCbgSql } from './operation-records.js';
import { operatedSidesSql, otherSidesSql, sentAgainSql } from './unbundling-sides.js';
import type { SideCopyThresholds } from './unbundling-sides.js';
import { suspicious } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

export const OTHER_SIDE_REPEAT_SIGNALS = {
  // suspicious, not certain: the record shows a copy sent out of turn, not that the other side went unoperated
  // (a second eye done the next day whose claim was held back for a missing document looks the same); a
  // hospital doing it card after card is the scheme, which the case rule weighs (claim-scores.ts SIGNAL_EXCESS)
  other_side_billed_again_out_of_turn: suspicious(
    "An operation's claim copied as the other side's, dated a day or two later and sent in a later round",
    'Klaim operasi disalin sebagai operasi sisi lainnya, bertanggal sehari-dua hari kemudian dan dikirim pada putaran berikutnya',
  ),
};

/**
 * SQL of the hits (HIT_COLUMNS): an operation (a procedural CBG) naming one side, at the same
 * facility and with the same procedures as an earlier-submitted claim of the card naming the other
 * side, that is that claim sent again (unbundling-sides.ts sentAgainSql). Reads fraud_claim_base
 * and fraud_card_pairs.
 */
export function otherSideBilledAgainSql(t: SideCopyThresholds): string {
  return `
SELECT b.nomor_sep, 'other_side_billed_again_out_of_turn' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(o.nomor_sep ORDER BY o.nomor_sep) AS related_sep,
  format('Operation {} on side {} dated {} at the same facility as {} on side {} dated {}, its bill {} against {}, submitted {} days after its day where the first was submitted {} days after its own: the first claim sent again with the side changed',
    array_to_string(any_value(b.px_list), ', '), array_to_string(any_value(${operatedSidesSql('b')}), '+'), any_value(b.tgl_masuk), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '),
    array_to_string(any_value(${operatedSidesSql('o')}), '+'), min(o.tgl_masuk), ${rupiahSql('any_value(b.billed_cost)')}, ${rupiahSql('min(o.billed_cost)')},
    any_value(b.tgl_pengajuan - b.tgl_pulang), min(o.tgl_pengajuan - o.tgl_pulang)) AS evidence_en,
  format('Operasi {} sisi {} bertanggal {} di faskes yang sama dengan {} sisi {} bertanggal {}, tagihannya {} dibanding {}, diajukan {} hari setelah harinya sedangkan yang pertama {} hari setelah harinya: klaim pertama ditagih lagi dengan sisi diganti',
    array_to_string(any_value(b.px_list), ', '), array_to_string(any_value(${operatedSidesSql('b')}), '+'), any_value(b.tgl_masuk), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', '),
    array_to_string(any_value(${operatedSidesSql('o')}), '+'), min(o.tgl_masuk), ${rupiahSql('any_value(b.billed_cost)')}, ${rupiahSql('min(o.billed_cost)')},
    any_value(b.tgl_pengajuan - b.tgl_pulang), min(o.tgl_pengajuan - o.tgl_pulang)) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE o.facility_id = b.facility_id AND ${procedureCbgSql('b')} AND ${procedureCbgSql('o')}
  AND len(b.px_list) > 0 AND list_sort(o.px_list) = list_sort(b.px_list)
  AND ${otherSidesSql('b', 'o')} AND ${sentAgainSql('b', 'o', t)}
GROUP BY b.nomor_sep`;
}
