// UPCODING by adding an operation: in the INA-CBG grouper a surgical stay takes the group of its
// dearest coded operation, so a coder who adds a dearer operation to the one done (an exploratory
// laparotomy, 54.11, beside an appendectomy, 47.09) moves the stay from appendectomy (K-1-12) to
// laparotomy and bowel procedures (K-1-14, 1.85x the tariff). The other operation is on the record
// itself: a stay billed and kept no longer than that operation's own group pays for (its median at
// hospitals of the class, or its tariff and LOS norm when higher), with no intensive care, had that
// operation's care. An honest conversion (a perforated appendix opened into a laparotomy for
// peritonitis) codes both too, but keeps the patient about a week with the laparotomy's theatre time,
// drugs and nursing, beyond the appendectomy's median stay and bill (red team RT-UPCODE-98: seven
// 3-day "laparotomies" billed as appendectomies; RT-NM-ADHESION-71: honest 8-day laparotomies).
// The groups' operations come from the INA-CBG code set, known before any claim.
import { INACBG } from '../../../data-samples/reference/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';
import { CHEAPER_GROUP_SHARE_AT_RISK, DEAREST_CHEAPER_GROUP, cheaperGroupJoinsSql, withinCheaperGroupSql } from './upcoding-groups.js';
import { rupiahSql } from './evidence-rupiah.js';

/** UPCODING threshold of procedure_group_above_other_operation (claim-content.ts spreads it into the detector). */
export const OTHER_OPERATION_THRESHOLDS = Object.freeze({
  otherOperationTariffRatio: {
    value: 1.5,
    source:
      "Assumption, as primary_sequenced_above_treated_secondary (upcoding-swap.ts): the other operation's group at most two thirds as dear as the coded one (beyond the severity step II/I of 1.45), so a stay billed and kept within that group's median is a whole step below the coded group's. On the red-team run (8,000 generated members and 5,088 injected claims) it named the seven RT-UPCODE-98 stays and no other claim.",
  },
} satisfies Record<string, DetectorThreshold>);

export const OTHER_OPERATION_SIGNALS = {
  procedure_group_above_other_operation: suspicious(
    "Procedure group above the stay's other operation, with that operation's resources",
    'Kelompok prosedur di atas operasi lain pada klaim, dengan sumber daya operasi itu',
  ),
};

/** Inpatient surgical groups (case type 1) and their operations, each group once. */
const SURGICAL_GROUP_OPERATIONS: readonly (readonly [string, string])[] = Object.freeze(
  [
    ...new Set(
      INACBG.filter((g) => g.caseType === 1 && g.inpatient).flatMap((g) => g.typicalProcedures.map((p) => `${p}|${g.cmg}-1-${g.group}`)),
    ),
  ].map((s) => s.split('|') as [string, string]),
);

/** SQL VALUES of (procedure, cbg_base) of every inpatient surgical group's operations. */
function operationValuesSql(): string {
  return `(VALUES ${SURGICAL_GROUP_OPERATIONS.map(([p, g]) => `(${literal(p)}, ${literal(g)})`).join(', ')}) op(procedure, cbg_base)`;
}

/**
 * UPCODING `procedure_group_above_other_operation`: an inpatient surgical stay (case type 1, not ending
 * in death or referral) with another coded operation whose surgical group of the same CMG is at most
 * 1 / `minTariffRatio` as dear, billed (base tariff key) and kept within that group's median stay at
 * hospitals of the class, or its INA-CBG tariff and LOS norm when higher, with no ICU and no ventilation.
 * The dearest such group is named; the tariff share above it is at risk.
 */
export function otherOperationHitsSql(t: { readonly minTariffRatio: number }): string {
  return `
SELECT b.nomor_sep, 'procedure_group_above_other_operation' AS signal, ${CHEAPER_GROUP_SHARE_AT_RISK} AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('{} coded ({:.2f}x the tariff of {}), beside operation {} of {}, but billed {} over {} days: the resources of {} (median stay {} days at class {} hospitals); no ICU, no ventilation',
    b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, op.procedure, sr.code, ${rupiahSql('b.billed_cost')}, b.los, sr.code, coalesce(sp.los_median, sr.los_norm), b.hospital_class) AS evidence_en,
  format('{} dikode ({:.2f}x tarif {}), di samping operasi {} dari {}, tetapi tagihan {} selama {} hari: sumber daya {} (median lama rawat {} hari di RS kelas {}); tanpa ICU dan ventilator',
    b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, op.procedure, sr.code, ${rupiahSql('b.billed_cost')}, b.los, sr.code, coalesce(sp.los_median, sr.los_norm), b.hospital_class) AS evidence_id
FROM fraud_claim_base b
JOIN ${operationValuesSql()} ON list_contains(b.px_list, op.procedure) AND op.cbg_base <> b.cbg_base AND split_part(op.cbg_base, '-', 1) = b.cmg
${cheaperGroupJoinsSql('op.cbg_base')}
WHERE b.jenis_rawat = 1 AND split_part(b.kode_inacbg, '-', 2) = '1' AND b.discharge_status NOT IN (2, 4)
  AND b.icu_indikator = 0 AND b.ventilator_hour = 0 AND ${withinCheaperGroupSql(t.minTariffRatio)}
${DEAREST_CHEAPER_GROUP}`;
}
