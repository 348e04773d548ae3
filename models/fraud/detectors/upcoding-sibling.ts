// UPCODING by moving the primary diagnosis across CMGs: one ICD-10 category holds diagnoses the
// grouper sends to groups of very different price (S06 intracranial injury: S06.0 concussion to
// head injuries S-4-10, S06.5 traumatic subdural haemorrhage to intracranial haemorrhage G-4-13,
// twice the tariff). A stay coded to the dearer group of its category with the resources of the
// cheaper one (billed within the cheaper group's median or tariff, no longer than its median
// stay, no intensive care) is the look-alike coded up. The siblings come from the INA-CBG code
// set (data-samples/reference: each group's diagnoses), so they are known before any claim;
// groups of one CMG are compared by patterns.ts unsupportedSeveritySql already.
import { literal } from '../../../data-samples/sql/index.js';
import {
  CHEAPER_GROUP_SHARE_AT_RISK,
  DEAREST_CHEAPER_GROUP,
  MEDICAL_GROUP_CATEGORIES,
  cheaperGroupJoinsSql,
  withinCheaperGroupSql,
} from './upcoding-groups.js';

/** SQL VALUES of (category, cbg_base) for categories that two or more medical groups share. */
function siblingValuesSql(): string {
  const groupsOf = new Map<string, string[]>();
  for (const [cat, grp] of MEDICAL_GROUP_CATEGORIES) groupsOf.set(cat, [...(groupsOf.get(cat) ?? []), grp]);
  const rows = [...groupsOf].filter(([, g]) => g.length > 1).flatMap(([cat, g]) => g.map((grp) => `(${literal(cat)}, ${literal(grp)})`));
  return rows.length > 0
    ? `(VALUES ${rows.join(', ')}) sib(category, cbg_base)`
    : '(SELECT NULL::VARCHAR AS category, NULL::VARCHAR AS cbg_base WHERE false) sib';
}

/**
 * UPCODING `diagnosis_moved_to_dearer_group`: a medical stay whose primary diagnosis's category
 * also groups to a sibling group at most 1 / `minTariffRatio` as dear, billed within that group's
 * median (or its INA-CBG tariff, at the base key) and no longer than its median stay at hospitals of
 * the class (or its INA-CBG LOS norm, when longer: the days its tariff pays for). The dearest
 * such sibling is named; the tariff share above it is at risk.
 */
export function siblingGroupHitsSql(minTariffRatio: number): string {
  return `
SELECT b.nomor_sep, 'diagnosis_moved_to_dearer_group' AS signal, ${CHEAPER_GROUP_SHARE_AT_RISK} AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Primary diagnosis {} grouped {} ({:.2f}x the tariff of {}, whose diagnoses share category {}), but billed Rp{:,} over {} days: the resources of {} (median stay {} days at class {} hospitals); no ICU, no ventilation',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, left(b.dx_primary, 3), b.billed_cost, b.los, sr.code, coalesce(sp.los_median, sr.los_norm), b.hospital_class) AS evidence_en,
  format('Diagnosis utama {} dikelompokkan {} ({:.2f}x tarif {}, yang diagnosisnya sekategori {}), tetapi tagihan Rp{:,} selama {} hari: sumber daya {} (median lama rawat {} hari di RS kelas {}); tanpa ICU dan ventilator',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, left(b.dx_primary, 3), b.billed_cost, b.los, sr.code, coalesce(sp.los_median, sr.los_norm), b.hospital_class) AS evidence_id
FROM fraud_claim_base b
JOIN ${siblingValuesSql()} ON sib.category = left(b.dx_primary, 3) AND sib.cbg_base <> b.cbg_base
${cheaperGroupJoinsSql('sib.cbg_base')}
WHERE b.jenis_rawat = 1 AND split_part(b.kode_inacbg, '-', 2) = '4' AND b.severity_rank >= 1 AND b.discharge_status NOT IN (2, 4)
  AND b.icu_indikator = 0 AND b.ventilator_hour = 0 AND ${withinCheaperGroupSql(minTariffRatio)}
${DEAREST_CHEAPER_GROUP}`;
}
