// UPCODING by sequencing: the primary diagnosis decides an INA-CBG medical group, so a coder who
// puts a dearer condition first and the condition that was treated second moves the stay into the
// dearer group (a gastroenteritis stay with "sepsis" first and A09 second; a hypertension stay
// with "heart failure" first). ICD-10 volume 2 (rule MB1-MB5) and the INA-CBG coding guide
// (Permenkes 26/2021, Juknis INA-CBG: "diagnosis utama adalah diagnosis yang ditegakkan pada akhir
// episode ... yang paling banyak menggunakan sumber daya") make the primary the condition that used
// the most resources. A stay whose resources are those of the group of one of its own secondary
// diagnoses, at most 1 / minTariffRatio as dear, was treated for that secondary: the verifier's
// check "resume medis: diagnosis utama sesuai sumber daya". The cheaper groups of each ICD-10
// category come from the INA-CBG code set (each medical group's diagnoses), known before any claim.
import { SECONDARY_BY_NATURE } from '../../../data-samples/reference/secondary-conditions.js';
import { varcharList } from '../../../data-samples/sql/index.js';
import type { DetectorThreshold } from './types.js';
import {
  CHEAPER_GROUP_SHARE_AT_RISK,
  CHEAPER_GROUP_STAY,
  DEAREST_CHEAPER_GROUP,
  cheaperGroupJoinsSql,
  medicalGroupValuesSql,
  withinCheaperGroupSql,
} from './upcoding-groups.js';
import { rupiahSql } from './evidence-rupiah.js';

/** UPCODING threshold of primary_sequenced_above_treated_secondary (claim-content.ts spreads it into the detector). */
export const SWAP_THRESHOLDS = Object.freeze({
  swapTariffRatio: {
    value: 1.5,
    source:
      "Assumption: the secondary's group at most two thirds as dear as the coded one (beyond the severity step II/I of 1.45, SEVERITY_TARIFF_FACTOR), so a stay billed and kept no longer than that group's median is a whole severity step below the coded group's; honest stays lie about 35% (log sd) around their group's median. On generated runs (seed 3) it named no claim of 34,570 (18 before comorbidities and complications were set aside, 29 of those at 1.35) and 2 of 171,382.",
  },
} satisfies Record<string, DetectorThreshold>);

export interface SwapThresholds {
  /** The group of the secondary must cost at most 1 / this of the claim's group (INA-CBG base tariffs, same severity). */
  readonly minTariffRatio: number;
}

/**
 * UPCODING `primary_sequenced_above_treated_secondary`: a medical stay (case type 4) with a
 * secondary diagnosis whose own medical group, at the claim's severity, is at most 1 / minTariffRatio
 * as dear, and whose bill (at the base tariff key) and stay are within that group's: billed no
 * more than its median at hospitals of the class (or its INA-CBG tariff, when higher: the tariff
 * pays for such a stay in full) and no longer than its median stay (or its INA-CBG LOS norm, when
 * longer), with no ICU or ventilation, discharged home (a stay referred on or ending in death is
 * cut short). The secondary's group named is the dearest such; the tariff share above it is at risk.
 * A secondary of the primary's own ICD-10 category is left to diagnosis_moved_to_dearer_group; a
 * comorbidity or complication (data-samples/reference/secondary-conditions.ts) is no reason for the
 * stay, so it never tells a swap.
 */
export function swapHitsSql(t: SwapThresholds): string {
  const stay = CHEAPER_GROUP_STAY;
  return `
SELECT b.nomor_sep, 'primary_sequenced_above_treated_secondary' AS signal, ${CHEAPER_GROUP_SHARE_AT_RISK} AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Primary diagnosis {} groups the stay to {} ({:.2f}x the tariff of {}, the group of its secondary diagnosis {}), but it was billed {} over {} days: the resources of {} (median stay {} days at class {} hospitals); no ICU, no ventilation, discharged home',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, b.dx2, ${rupiahSql('b.billed_cost')}, b.los, sr.code, ${stay}, b.hospital_class) AS evidence_en,
  format('Diagnosis utama {} mengelompokkan rawat ke {} ({:.2f}x tarif {}, kelompok diagnosis sekundernya {}), tetapi tagihan {} selama {} hari: sumber daya {} (median lama rawat {} hari di RS kelas {}); tanpa ICU dan ventilator, pulang atas persetujuan dokter',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, b.dx2, ${rupiahSql('b.billed_cost')}, b.los, sr.code, ${stay}, b.hospital_class) AS evidence_id
FROM (
  SELECT *, unnest(dx_list[2:]) AS dx2 FROM fraud_claim_base
  WHERE jenis_rawat = 1 AND split_part(kode_inacbg, '-', 2) = '4' AND severity_rank >= 1 AND discharge_status = 1
    AND icu_indikator = 0 AND ventilator_hour = 0
) b
JOIN ${medicalGroupValuesSql('sec')} ON sec.category = left(b.dx2, 3) AND sec.cbg_base <> b.cbg_base AND sec.category <> b.dx_category
  -- a comorbidity or a complication of the primary is coded second by its nature: no reason for the stay
  AND NOT list_contains(${varcharList(SECONDARY_BY_NATURE.map((c) => c.category))}, sec.category)
${cheaperGroupJoinsSql('sec.cbg_base')}
WHERE ${withinCheaperGroupSql(t.minTariffRatio)}
${DEAREST_CHEAPER_GROUP}`;
}
