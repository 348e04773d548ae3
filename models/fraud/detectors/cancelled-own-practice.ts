// CANCELLED_SERVICE on a group that promises no operation (red team RT-CANCEL-151: curettage 69.09 coded
// on miscarriage stays, O-6-14-I, for women who had passed everything by the ultrasound and needed none).
// The other signals judge operations under procedural groups only (operation-records.ts procedureCbgSql):
// a medical or obstetric group pays the same with or without the operation, and many small procedures
// are done on the ward with no fee. But where the hospital itself bills the operation with a surgical fee
// and its time on its other stays, a stay coding the same operation first with neither carries the code and
// not the operation: the fee and the theatre time are what the hospital's own practice leaves when the
// operation is done. The norm is the hospital's own stays, per first operation, so a hospital that does the
// procedure on the ward and bills it on no line is never judged by another's theatre; and most of its stays of
// the operation must carry the fee and the time, so a mixed practice (some done in theatre, some on the
// ward) names nothing. The money moved to another line (the non-surgical or specialist fee above what the
// hospital's billed stays of the operation carry beside their surgical fee) clears the claim.
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';
import { procedureCbgSql } from './operation-records.js';
import { rupiahSql } from './evidence-rupiah.js';

export const OWN_PRACTICE_THRESHOLDS = {
  minOwnBilledClaims: {
    value: 3,
    source:
      "Assumption, as cancelled-untimed.ts minOwnTimedStays: three stays of the operation with a surgical fee and their time recorded are the hospital's practice of it, where one or two may be exceptions.",
  },
  minOwnBilledShare: {
    value: 0.75,
    source:
      "Assumption: the hospital bills the operation with a fee and a time on at least three quarters of its stays of it (the stay judged counted among them), so that billing it is its practice and not one ward's habit beside another's; a hospital whose stays of it are half with fee and half without does the procedure both in theatre and on the ward, and names nothing.",
  },
} satisfies Record<string, DetectorThreshold>;

export const OWN_PRACTICE_SIGNALS = {
  operation_coded_without_own_fee_and_time: suspicious(
    "Operation coded on a stay of a non-procedural group with no surgical fee and no operation time, where the hospital's other stays of it carry both",
    'Operasi dikode pada rawat inap kelompok non-prosedur tanpa jasa bedah dan tanpa waktu operasi, padahal rawat inap lain RS ini untuk operasi yang sama mencatat keduanya',
  ),
};

type OwnPracticeThresholds = { readonly [K in keyof typeof OWN_PRACTICE_THRESHOLDS]: number } & {
  readonly maxSurgicalChapter: number;
  readonly feeShareOfPeers: number;
};

/**
 * SQL of the hits (HIT_COLUMNS): an inpatient stay of a group that promises no operation (not procedureCbgSql)
 * whose first operation (ICD-9-CM chapters up to `maxSurgicalChapter`) is billed with no surgical fee and no
 * operation time, at a facility whose stays with the same first operation (any group) carry a surgical fee and
 * a time on at least `minOwnBilledClaims` claims and `minOwnBilledShare` of them, while the claim's
 * non-surgical and specialist fees lie above those billed claims' medians by less than `feeShareOfPeers`
 * of their median surgical fee. Reads fraud_claim_base.
 */
export function ownPracticeSql(t: OwnPracticeThresholds): string {
  return `SELECT * FROM (
WITH coded AS (
  SELECT b.nomor_sep, b.facility_id, b.kode_inacbg, b.paid_amount, b.tarif_prosedur_bedah, b.tarif_prosedur_non_bedah, b.tarif_tenaga_ahli,
    b.waktu_operasi, b.jenis_rawat, ${procedureCbgSql('b')} AS procedural,
    -- the claim's first operation: an operation coded after another (a catheter beside a prostatectomy) is not what
    -- that claim's fee pays for, so it says nothing of how the hospital bills it on its own
    list_filter(b.px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${t.maxSurgicalChapter})[1] AS operation
  -- stays only, the judged and the norm alike: an outpatient session bills its procedure on its own (a dialysis
  -- session's fee and time), a stay as part of the ward's care (the same dialysis on a medical admission, no fee:
  -- 2 honest claims of 254,439 at 150k when sessions set the norm)
  FROM fraud_claim_base b WHERE b.jenis_rawat = 1
), own AS (
  -- per facility and first operation: its stays of it, and those billed with a surgical fee and their time recorded
  SELECT facility_id, operation, count(*) AS coded_claims,
    count(*) FILTER (WHERE tarif_prosedur_bedah > 0 AND waktu_operasi IS NOT NULL) AS billed_claims,
    median(tarif_prosedur_bedah) FILTER (WHERE tarif_prosedur_bedah > 0 AND waktu_operasi IS NOT NULL) AS own_fee,
    median(tarif_prosedur_non_bedah) FILTER (WHERE tarif_prosedur_bedah > 0 AND waktu_operasi IS NOT NULL) AS own_non_surgical,
    median(tarif_tenaga_ahli) FILTER (WHERE tarif_prosedur_bedah > 0 AND waktu_operasi IS NOT NULL) AS own_specialist
  FROM coded WHERE operation IS NOT NULL GROUP BY facility_id, operation
)
SELECT c.nomor_sep, 'operation_coded_without_own_fee_and_time' AS signal, c.paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Operation {} coded on a {} stay with no surgical fee and no operation time, while this hospital billed {} of its {} stays of the same operation with a surgical fee (median {}) and their time recorded',
    c.operation, c.kode_inacbg, own.billed_claims, own.coded_claims, ${rupiahSql('own.own_fee')}) AS evidence_en,
  format('Operasi {} dikode pada rawat inap {} tanpa jasa bedah dan tanpa waktu operasi, padahal RS ini menagih {} dari {} rawat inap operasi yang sama dengan jasa bedah (median {}) dan waktu operasinya tercatat',
    c.operation, c.kode_inacbg, own.billed_claims, own.coded_claims, ${rupiahSql('own.own_fee')}) AS evidence_id
FROM coded c JOIN own USING (facility_id, operation)
WHERE c.jenis_rawat = 1 AND NOT c.procedural AND c.tarif_prosedur_bedah = 0 AND c.waktu_operasi IS NULL
  AND own.billed_claims >= ${t.minOwnBilledClaims} AND own.billed_claims >= ${t.minOwnBilledShare} * own.coded_claims
  -- the operation's fee booked on another line instead: what the claim bills there above the billed claims' usual
  AND greatest(c.tarif_prosedur_non_bedah - own.own_non_surgical, 0) + greatest(c.tarif_tenaga_ahli - own.own_specialist, 0) < ${t.feeShareOfPeers} * own.own_fee)`;
}
