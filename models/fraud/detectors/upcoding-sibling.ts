// UPCODING by moving the primary diagnosis across CMGs: one ICD-10 category holds diagnoses the
// grouper sends to groups of very different price (S06 intracranial injury: S06.0 concussion to
// head injuries S-4-10, S06.5 traumatic subdural haemorrhage to intracranial haemorrhage G-4-13,
// twice the tariff). A stay coded to the dearer group of its category with the resources of the
// cheaper one (billed within the cheaper group's median or tariff, no longer than its median
// stay, no intensive care) is the look-alike coded up. The siblings come from the INA-CBG code
// set (data-samples/reference: each group's diagnoses), so they are known before any claim;
// groups of one CMG are compared by patterns.ts unsupportedSeveritySql already.
// A fourth digit can do the same inside one category: I11.0 is hypertensive heart disease with
// heart failure and groups as heart failure (I-4-12), I11.9 the same without it and groups with
// hypertension (I-4-17); the code set lists I11.9 under no inpatient group, so the variants are
// named here (FOURTH_DIGIT_VARIANTS). The digit names a complication with a course of its own
// (heart failure is worked up and treated for days), so a stay with the resources of the group
// without it is judged at the swap's tariff step (a whole severity step, upcoding-swap.ts).
import { literal } from '../../../data-samples/sql/index.js';
import {
  CHEAPER_GROUP_SHARE_AT_RISK,
  DEAREST_CHEAPER_GROUP,
  MEDICAL_GROUP_CATEGORIES,
  cheaperGroupJoinsSql,
  withinCheaperGroupSql,
} from './upcoding-groups.js';
import { rupiahSql } from './evidence-rupiah.js';

/**
 * ICD-10 combination codes whose fourth digit names a complication the grouper prices, and the
 * medical group the same condition without it goes to: ICD-10 (WHO 2019) I11.0 "hypertensive heart
 * disease with (congestive) heart failure", I11.9 "without"; INA-CBG groups heart failure (I50,
 * I11.0) in I-4-12 and hypertensive disease without it with hypertension, I-4-17 (I10-I15 without
 * heart failure, Juknis INA-CBG). The variant's primary must match `coded`.
 */
export const FOURTH_DIGIT_VARIANTS: readonly { readonly coded: string; readonly without: string; readonly group: string }[] = Object.freeze(
  [{ coded: 'I11.0', without: 'I11.9', group: 'I-4-17' }],
);

/**
 * SQL VALUES of (category, cbg_base, dx, min_ratio): categories that two or more medical groups
 * share (any primary of the category, at `minTariffRatio`), and the fourth-digit variants (their
 * coded primary only, at `variantTariffRatio`).
 */
function siblingValuesSql(minTariffRatio: number, variantTariffRatio: number): string {
  const groupsOf = new Map<string, string[]>();
  for (const [cat, grp] of MEDICAL_GROUP_CATEGORIES) groupsOf.set(cat, [...(groupsOf.get(cat) ?? []), grp]);
  const rows = [
    ...[...groupsOf]
      .filter(([, g]) => g.length > 1)
      .flatMap(([cat, g]) => g.map((grp) => `(${literal(cat)}, ${literal(grp)}, NULL, ${minTariffRatio})`)),
    ...FOURTH_DIGIT_VARIANTS.map(
      (v) => `(${literal(v.coded.slice(0, 3))}, ${literal(v.group)}, ${literal(v.coded)}, ${variantTariffRatio})`,
    ),
  ];
  return `(VALUES ${rows.join(', ')}) sib(category, cbg_base, dx, min_ratio)`;
}

/**
 * UPCODING `diagnosis_moved_to_dearer_group`: a medical stay whose primary diagnosis's category
 * also groups to a sibling group at most 1 / `minTariffRatio` as dear (a fourth-digit variant's
 * group at most 1 / `variantTariffRatio`), billed within that group's
 * median (or its INA-CBG tariff, at the base key) and no longer than its median stay at hospitals of
 * the class (or its INA-CBG LOS norm, when longer: the days its tariff pays for). The dearest
 * such sibling is named; the tariff share above it is at risk.
 */
export function siblingGroupHitsSql(minTariffRatio: number, variantTariffRatio: number): string {
  return `
SELECT b.nomor_sep, 'diagnosis_moved_to_dearer_group' AS signal, ${CHEAPER_GROUP_SHARE_AT_RISK} AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Primary diagnosis {} grouped {} ({:.2f}x the tariff of {}, whose diagnoses share category {}), but billed {} over {} days: the resources of {} (median stay {} days at class {} hospitals); no ICU, no ventilation',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, left(b.dx_primary, 3), ${rupiahSql('b.billed_cost')}, b.los, sr.code, coalesce(sp.los_median, sr.los_norm), b.hospital_class) AS evidence_en,
  format('Diagnosis utama {} dikelompokkan {} ({:.2f}x tarif {}, yang diagnosisnya sekategori {}), tetapi tagihan {} selama {} hari: sumber daya {} (median lama rawat {} hari di RS kelas {}); tanpa ICU dan ventilator',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, left(b.dx_primary, 3), ${rupiahSql('b.billed_cost')}, b.los, sr.code, coalesce(sp.los_median, sr.los_norm), b.hospital_class) AS evidence_id
FROM fraud_claim_base b
JOIN ${siblingValuesSql(minTariffRatio, variantTariffRatio)} ON sib.category = left(b.dx_primary, 3) AND sib.cbg_base <> b.cbg_base
  AND coalesce(sib.dx = b.dx_primary, true)
${cheaperGroupJoinsSql('sib.cbg_base')}
WHERE b.jenis_rawat = 1 AND split_part(b.kode_inacbg, '-', 2) = '4' AND b.severity_rank >= 1 AND b.discharge_status NOT IN (2, 4)
  AND b.icu_indikator = 0 AND b.ventilator_hour = 0 AND sr.base_tariff * sib.min_ratio <= own.base_tariff AND ${withinCheaperGroupSql(1)}
${DEAREST_CHEAPER_GROUP}`;
}
