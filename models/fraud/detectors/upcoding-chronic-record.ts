// UPCODING against the card's own chronic record: a member the chronic programme (PRB, Program
// Rujuk Balik) and primary care (P-Care) have followed for a condition of one organ system is
// admitted and coded with a dearer condition of the same system (hypertension coded as
// hypertensive heart failure, asthma as a COPD exacerbation), one nobody has recorded on the card
// before, and the stay used the cheaper condition's resources. The verifier's check: "riwayat
// peserta (PRB, kunjungan FKTP) sesuai diagnosis utama?" (DOMAIN.md section 3, UPCODING: a
// diagnosis coded higher than the record supports). The groups of each ICD-10 category come from
// the INA-CBG code set (upcoding-groups.ts MEDICAL_GROUP_CATEGORIES), known before any claim; the
// organ system is the CMG (the code's first letter).
import { MEMBER_LOOKBACK_DAYS } from '../../../features/fraud/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';
import { CHRONIC_RECORD_CONDITIONS } from '../../../data-samples/reference/chronic-record.js';
import { literal, varcharList } from '../../../data-samples/sql/index.js';
import type { DetectorThreshold } from './types.js';
import {
  CHEAPER_GROUP_SHARE_AT_RISK,
  CHEAPER_GROUP_STAY,
  DEAREST_CHEAPER_GROUP,
  MEDICAL_GROUP_CATEGORIES,
  cheaperGroupJoinsSql,
  medicalGroupValuesSql,
  withinCheaperGroupSql,
} from './upcoding-groups.js';
import { rupiahSql } from './evidence-rupiah.js';

/** UPCODING thresholds of primary_against_chronic_record (claim-content.ts spreads them into the detector). */
export const CHRONIC_RECORD_THRESHOLDS = Object.freeze({
  chronicRecordDays: {
    value: 365,
    source:
      'BPJS Kesehatan, Panduan Praktis Program Rujuk Balik (2014): a PRB member collects drugs monthly and is reviewed by the specialist at least every three months, so a year of the card holds about twelve fills and four reviews; a dearer condition of the same organ system diagnosed in that year would be on the record (assumption: one year is what the verifier reads).',
  },
  minChronicRecords: {
    value: 2,
    source:
      'Panduan Praktis PRB (2014): a member is referred back only with a diagnosis the specialist has found stable; the cheaper condition recorded on two distinct days (fills or sick visits) is an established condition, not one working diagnosis (assumption).',
  },
  chronicRecordTariffRatio: {
    value: 1.5,
    source:
      "As swapTariffRatio (upcoding-swap.ts): the recorded condition's group at most two thirds as dear as the coded one, beyond the severity step II/I of 1.45, so a stay billed and kept no longer than that group's median is a whole step below the coded group's.",
  },
} satisfies Record<string, DetectorThreshold>);

export interface ChronicRecordThresholds {
  readonly recordDays: number;
  readonly minRecords: number;
  readonly minTariffRatio: number;
}

/** SQL list of the ICD-10 categories of each medical group, as a (cbg_base, categories) VALUES relation. */
function groupCategoriesSql(alias: string): string {
  const byGroup = new Map<string, string[]>();
  for (const [cat, grp] of MEDICAL_GROUP_CATEGORIES) byGroup.set(grp, [...(byGroup.get(grp) ?? []), cat]);
  const rows = [...byGroup].map(([grp, cats]) => `(${literal(grp)}, [${cats.map(literal).join(', ')}])`);
  return `(VALUES ${rows.join(', ')}) ${alias}(cbg_base, categories)`;
}

/**
 * UPCODING `primary_against_chronic_record`: a medical stay (case type 4) with a chronic primary
 * (data-samples/reference/chronic-record.ts) discharged home without
 * ICU or ventilation whose card's record in the `recordDays` up to admission (PRB fills, P-Care
 * sick visits) holds, on at least `minRecords` days, a chronic condition whose medical group is of the
 * same CMG and at most 1 / `minTariffRatio` as dear at the claim's severity, while neither that
 * record nor the card's hospital claims of the last MEMBER_LOOKBACK_DAYS (what arrival scoring
 * loads) ever name a diagnosis of the coded group; and the stay is within the recorded group's
 * resources: billed no more than its median at hospitals of the class (or its tariff, when
 * higher) and no longer than its median stay (or its LOS norm, when longer). The dearest such
 * group is named; the tariff share above it is at risk. Only rows dated up to admission are read,
 * so a claim scored on arrival sees what the batch sees.
 */
export function chronicRecordHitsSql(src: Pick<FraudSources, 'prbClaims' | 'fktpVisits'>, t: ChronicRecordThresholds): string {
  // both conditions chronic ones of the programme: an acute one (infarction, pneumonia) is first diagnosed on the admission
  const chronic = varcharList(CHRONIC_RECORD_CONDITIONS.map((c) => c.category));
  const stay = CHEAPER_GROUP_STAY;
  const record = `(
    SELECT card_key, tgl_resep AS tgl, diagnosa AS dx, 'PRB' AS source FROM ${src.prbClaims}
    UNION ALL
    SELECT card_key, tgl_kunjungan, unnest(string_split(diagnosa, '#')), 'P-Care' FROM ${src.fktpVisits}
    WHERE jenis_kunjungan = 'SAKIT' AND diagnosa IS NOT NULL)`;
  return `
SELECT b.nomor_sep, 'primary_against_chronic_record' AS signal, ${CHEAPER_GROUP_SHARE_AT_RISK} AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Primary diagnosis {} groups the stay to {} ({:.2f}x the tariff of {}), but the card''s chronic record shows {} on {} days in the year before ({}, last {}) and never a diagnosis of {}; billed {} over {} days: the resources of {} (median stay {} days at class {} hospitals); no ICU, no ventilation, discharged home',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, c.record_dx, c.records, c.sources, c.last_record, b.cbg_base, ${rupiahSql('b.billed_cost')}, b.los, sr.code, ${stay}, b.hospital_class) AS evidence_en,
  format('Diagnosis utama {} mengelompokkan rawat ke {} ({:.2f}x tarif {}), tetapi riwayat kronis kartu mencatat {} pada {} hari dalam setahun sebelumnya ({}, terakhir {}) dan tidak pernah diagnosis {}; tagihan {} selama {} hari: sumber daya {} (median lama rawat {} hari di RS kelas {}); tanpa ICU dan ventilator, pulang atas persetujuan dokter',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, c.record_dx, c.records, c.sources, c.last_record, b.cbg_base, ${rupiahSql('b.billed_cost')}, b.los, sr.code, ${stay}, b.hospital_class) AS evidence_id
FROM (
  -- per stay and recorded group of the same organ system: the days the record names it
  SELECT b.nomor_sep, sec.cbg_base AS record_group, count(DISTINCT r.tgl) AS records, max(r.tgl) AS last_record,
    arg_max(r.dx, r.tgl) AS record_dx, array_to_string(list(DISTINCT r.source ORDER BY r.source), ', ') AS sources
  FROM fraud_claim_base b
  JOIN ${record} r ON r.card_key = b.card_key AND r.tgl BETWEEN b.tgl_masuk - ${t.recordDays} AND b.tgl_masuk
  JOIN ${medicalGroupValuesSql('sec')} ON sec.category = left(r.dx, 3) AND sec.cbg_base <> b.cbg_base AND split_part(sec.cbg_base, '-', 1) = b.cmg
    AND list_contains(${chronic}, sec.category)
  WHERE b.jenis_rawat = 1 AND list_contains(${chronic}, b.dx_category) AND split_part(b.kode_inacbg, '-', 2) = '4' AND b.severity_rank >= 1 AND b.discharge_status = 1
    AND b.icu_indikator = 0 AND b.ventilator_hour = 0
  GROUP BY ALL HAVING count(DISTINCT r.tgl) >= ${t.minRecords}
) c
JOIN fraud_claim_base b USING (nomor_sep)
JOIN ${groupCategoriesSql('og')} ON og.cbg_base = b.cbg_base
${cheaperGroupJoinsSql('c.record_group')}
WHERE b.jenis_rawat = 1 AND ${withinCheaperGroupSql(t.minTariffRatio)}
  -- the coded condition (its category or any of its group's) never on the record before
  AND NOT EXISTS (
    SELECT 1 FROM ${record} r WHERE r.card_key = b.card_key AND r.tgl BETWEEN b.tgl_masuk - ${t.recordDays} AND b.tgl_masuk
      AND (left(r.dx, 3) = b.dx_category OR list_contains(og.categories, left(r.dx, 3))))
  AND NOT EXISTS (
    SELECT 1 FROM fraud_claim_base o WHERE o.card_key = b.card_key AND o.nomor_sep <> b.nomor_sep
      AND o.tgl_masuk BETWEEN b.tgl_masuk - ${MEMBER_LOOKBACK_DAYS} AND b.tgl_masuk
      AND list_has_any(list_transform(o.dx_list, d -> left(d, 3)), list_append(og.categories, b.dx_category)))
${DEAREST_CHEAPER_GROUP}`;
}
