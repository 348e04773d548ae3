// CANCELLED_SERVICE by an operation billed whole with no record that it was done, on a stay the
// hospital's own operated patients never have (RT-CANCEL-141: tonsillectomies postponed for a fever
// on the morning of the list, the patient sent home that afternoon, the claim billed with the full
// theatre, surgeon's and anaesthetist's lines). The bill looks whole, so the fee and materials
// signals (cancelled-service.ts) pass it; what is missing is the operation's time (SCHEMA.md
// waktu_operasi, recorded where a surgical fee is billed) at a hospital that records it for its
// other patients of the same operation, and the stay ends sooner than most of theirs (below their lower
// quartile): home before the course that follows the operation there. Either alone has an honest reading (a time left out by
// the clerk; a patient fit early), so the signal needs both and stays suspicious: the case rule
// weighs the hospital's count of such stays (claim-scores.ts SIGNAL_EXCESS).
import { procedureCbgSql } from './operation-records.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

export const UNTIMED_OPERATION_THRESHOLDS = {
  minOwnTimedStays: {
    value: 3,
    source:
      "Assumption, as cancelled-recovery.ts minEarlyPatientsAtProvider: three stays of the operation with their time recorded are the hospital's practice of it (its course after the operation, and that its billing sends the time), where one or two may be exceptions.",
  },
  ownCourseQuantile: {
    value: 0.25,
    source:
      "Assumption: the hospital's course after the operation is what most of its timed stays of it last; a stay shorter than their lower quartile is shorter than three quarters of them. Not their shortest: one patient fit early (or a day case booked as a stay) would clear every untimed claim of the hospital.",
  },
} satisfies Record<string, DetectorThreshold>;

export const UNTIMED_OPERATION_SIGNALS = {
  untimed_operation_shorter_than_own_course: suspicious(
    "Operation billed with no operation time, the patient home sooner than most of the hospital's timed stays of the same operation",
    'Operasi ditagih tanpa waktu operasi, pasien pulang lebih cepat daripada sebagian besar rawat inap operasi yang sama di RS ini yang tercatat waktunya',
  ),
};

type UntimedThresholds = { readonly [K in keyof typeof UNTIMED_OPERATION_THRESHOLDS]: number } & { readonly maxSurgicalChapter: number };

/**
 * SQL of the hits (HIT_COLUMNS): an inpatient operation (case type 1 or a caesarean, procedureCbgSql)
 * billing a surgical fee with no operation time, whose stay is shorter in nights than the
 * `ownCourseQuantile` quantile of at least `minOwnTimedStays` stays of the same first operation
 * (ICD-9-CM chapters up to `maxSurgicalChapter`) at the same facility that record their time.
 * Reads fraud_claim_base.
 */
export function untimedOperationSql(t: UntimedThresholds): string {
  const firstOperation = (b: string): string =>
    `list_filter(${b}.px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${t.maxSurgicalChapter})[1]`;
  return `SELECT * FROM (
WITH op AS (
  SELECT b.nomor_sep, b.facility_id, b.paid_amount, b.los, b.tarif_prosedur_bedah, b.waktu_operasi, ${firstOperation('b')} AS operation
  FROM fraud_claim_base b
  WHERE b.jenis_rawat = 1 AND ${procedureCbgSql('b')} AND b.tarif_prosedur_bedah > 0
), own AS (
  -- per facility and first operation: its stays with the operation's time recorded, and their lengths
  SELECT facility_id, operation, count(*) AS timed_stays, quantile_cont(los, ${t.ownCourseQuantile}) AS course_floor, min(los) AS shortest, max(los) AS longest
  FROM op WHERE waktu_operasi IS NOT NULL AND operation IS NOT NULL GROUP BY facility_id, operation
)
SELECT op.nomor_sep, 'untimed_operation_shorter_than_own_course' AS signal, op.paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Operation {} billed with a surgical fee of {} but no operation time, the patient home after {} night(s), while this hospital''s {} stays of the same operation with their time recorded lasted {} to {} nights (lower quartile {:.1f})',
    op.operation, ${rupiahSql('op.tarif_prosedur_bedah')}, op.los, own.timed_stays, own.shortest, own.longest, own.course_floor) AS evidence_en,
  format('Operasi {} ditagih dengan jasa bedah {} tanpa waktu operasi, pasien pulang setelah {} malam, padahal {} rawat inap operasi yang sama di RS ini yang tercatat waktunya berlangsung {} sampai {} malam (kuartil bawah {:.1f})',
    op.operation, ${rupiahSql('op.tarif_prosedur_bedah')}, op.los, own.timed_stays, own.shortest, own.longest, own.course_floor) AS evidence_id
FROM op JOIN own USING (facility_id, operation)
WHERE op.waktu_operasi IS NULL AND own.timed_stays >= ${t.minOwnTimedStays} AND op.los < own.course_floor)`;
}
