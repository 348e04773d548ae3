// Where hospitals put an operation's money (CANCELLED_SERVICE). A cath lab bills a PCI as a
// tindakan non-bedah, an interventional procedure on the non-surgical line, with no surgical fee
// and no theatre time (SCHEMA.md records waktu_operasi only where a surgical fee is billed), while
// other hospitals book the same ICD-9-CM code on the surgical line. Judged against the surgical
// fee of the code's peers, such a claim looked like an operation billed and not done (red team
// RT-NM-TRANSFER-01: a PCI at 46.8% of the peers' surgical median, its money on the non-surgical
// and specialist lines). The convention is learned per code from the other hospitals' own bills:
// a hospital whose claims of the code carry no surgical fee, and a non-surgical fee above the
// surgical-line peers' by at least the token share of their surgical median (the money moved to
// that line), bills it on the non-surgical line. Where enough other hospitals do, a claim with no
// surgical fee is judged by its non-surgical fee against theirs; a cancelled operation, whose
// non-surgical line stays ordinary (anaesthesia, ward procedures), makes no hospital a voice, and
// a claim's own hospital is never one of its voices.
import { literal } from '../../../data-samples/sql/index.js';
import { NON_SURGICAL_LINE_SCOPE, OPERATION_RECORD_TABLE } from './operation-records.js';
import type { DetectorThreshold } from './types.js';

export const FEE_LINE_THRESHOLDS = {
  minNonSurgicalLineFacilities: {
    value: 2,
    source:
      "Assumption: two hospitals other than the claim's own that bill the operation on the non-surgical line (no surgical fee, the non-surgical fee above the surgical-line peers' by at least feeShareOfPeers of their surgical median) make it a billing convention, not one hospital's habit; the claim's own hospital is left out, so its own cancelled operations cannot set the norm they are judged by.",
  },
} satisfies Record<string, DetectorThreshold>;

/**
 * SQL: a CTE body over `claims` (nomor_sep, facility_id, operations, tarif_prosedur_bedah, peer_surgical_fee,
 * peer_non_surgical_fees) giving, per claim with no surgical fee, the other facilities that bill its first
 * operation on the non-surgical line (`line_facilities`) and the median of their median non-surgical fees
 * (`line_fee`, each facility one voice).
 */
export function nonSurgicalLineSql(claims: string, t: { readonly feeShareOfPeers: number }): string {
  return `
SELECT c.nomor_sep, count(*) AS line_facilities, median(l.non_surgical_fees) AS line_fee
FROM ${claims} c JOIN ${OPERATION_RECORD_TABLE} l ON l.scope = ${literal(NON_SURGICAL_LINE_SCOPE)} AND l.group_key = c.operations[1]
  AND l.facility_id <> c.facility_id
WHERE c.tarif_prosedur_bedah = 0 AND l.non_surgical_fees - coalesce(c.peer_non_surgical_fees, 0) >= ${t.feeShareOfPeers} * c.peer_surgical_fee
GROUP BY c.nomor_sep`;
}
