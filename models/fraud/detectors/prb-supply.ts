// Chronic drugs billed by a hospital while the chronic programme (PRB, Program Rujuk Balik) still
// supplies the same condition (PARTICIPANT_ABUSE, DOMAIN.md section 3: "chronic drug refills too
// early"): the PRB pharmacy's supply (SCHEMA.md prb_claims: tgl_resep, hari_obat) and the
// hospital's (claims tarif_obat_kronis) run at once, and one of them pays for drug-days the other
// already paid.
import { literal } from '../../../data-samples/sql/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';
import { rupiahSql } from './evidence-rupiah.js';

/**
 * The conditions of the chronic programme as ICD-10 groups, each one supply of drugs: BPJS
 * Kesehatan, Panduan Praktis Program Rujuk Balik (2014): diabetes mellitus, hypertension, heart
 * disease (ischaemic heart disease, atrial fibrillation, heart failure), asthma, COPD, epilepsy,
 * schizophrenia, stroke and systemic lupus erythematosus. Hypertension and heart disease stay
 * apart: an anti-anginal supply does not double an antihypertensive one.
 */
const PRB_CONDITION_GROUPS: Readonly<Record<string, string>> = Object.freeze({
  diabetes: '^E1[0-4]',
  hypertension: '^I1[0-5]',
  heart_disease: '^(I2[0-5]|I48|I50)',
  asthma: '^J4[56]',
  copd: '^J44',
  epilepsy: '^G4[01]',
  schizophrenia: '^F20',
  stroke: '^I6[0-9]',
  lupus: '^M32',
});

interface PrbSupplyThresholds {
  readonly chronicSupplyDays: number;
  readonly refillWindowDays: number;
  readonly earlyRefillDays: number;
  readonly minPrbDoubleSupplies: number;
}

/** SQL: the PRB condition group of an ICD-10 code (NULL outside the programme); literal patterns, compiled once. */
export const prbGroupSql = (code: string): string =>
  `CASE ${Object.entries(PRB_CONDITION_GROUPS)
    .map(([g, p]) => `WHEN regexp_matches(${code}, ${literal(p)}) THEN ${literal(g)}`)
    .join(' ')} END`;

/**
 * SELECT of hits: a hospital claim billing chronic drugs (tarif_obat_kronis) for its primary
 * diagnosis while PRB fills of the same card and condition group, dispensed on or before the
 * visit, still hold more than `earlyRefillDays` of supply, and the card holds two supplies of the
 * condition so again within `refillWindowDays` (at least `minPrbDoubleSupplies` such claims). A
 * PRB member's control visit to the specialist may change the regimen while a PRB supply runs,
 * once; a second source of the same drugs month after month is the scheme. Supply in hand is
 * counted as a pharmacy counts it: from each earlier fill in the window, the days dispensed since
 * less the days gone by, the largest of these (a skipped month does not hide the last fill). The
 * amount at risk is the hospital supply's share the PRB supply covers.
 */
export function chronicDrugsDuringPrbSupplySql(src: FraudSources, t: PrbSupplyThresholds): string {
  return `
WITH hosp AS (
  SELECT nomor_sep, card_key, tgl_masuk, tarif_obat_kronis, dx_primary, ${prbGroupSql('dx_primary')} AS grp
  FROM fraud_claim_base WHERE tarif_obat_kronis > 0
), prb AS (
  SELECT prb_claim_id, card_key, tgl_resep, hari_obat, diagnosa, ${prbGroupSql('diagnosa')} AS grp FROM ${src.prbClaims}
), fills AS (
  SELECT h.*, p.prb_claim_id, p.tgl_resep, p.hari_obat, p.diagnosa AS prb_diagnosa,
    sum(p.hari_obat) OVER (PARTITION BY h.nomor_sep ORDER BY p.tgl_resep DESC, p.prb_claim_id ROWS UNBOUNDED PRECEDING)
      - (h.tgl_masuk - p.tgl_resep) AS in_hand_since
  FROM hosp h JOIN prb p ON p.card_key = h.card_key AND p.grp = h.grp
    AND p.tgl_resep <= h.tgl_masuk AND p.tgl_resep > h.tgl_masuk - ${t.refillWindowDays}
), supply AS (
  SELECT nomor_sep, any_value(card_key) AS card_key, any_value(grp) AS grp, any_value(tgl_masuk) AS tgl_masuk,
    any_value(tarif_obat_kronis) AS tarif_obat_kronis, any_value(dx_primary) AS dx_primary,
    max(in_hand_since) AS in_hand, max(tgl_resep) AS last_fill, arg_max(prb_diagnosa, tgl_resep) AS prb_diagnosa,
    list(prb_claim_id ORDER BY tgl_resep DESC, prb_claim_id) AS prb_claims
  FROM fills GROUP BY nomor_sep
), double_supply AS (SELECT * FROM supply WHERE in_hand > ${t.earlyRefillDays}),
repeated AS (
  -- the card's other double supplies of the condition within the window, before or after
  SELECT d.*, coalesce(list(o.nomor_sep ORDER BY o.tgl_masuk, o.nomor_sep) FILTER (WHERE o.nomor_sep IS NOT NULL), []::VARCHAR[]) AS again
  FROM double_supply d LEFT JOIN double_supply o ON o.card_key = d.card_key AND o.grp = d.grp AND o.nomor_sep <> d.nomor_sep
    AND abs(o.tgl_masuk - d.tgl_masuk) <= ${t.refillWindowDays}
  GROUP BY ALL HAVING count(o.nomor_sep) + 1 >= ${t.minPrbDoubleSupplies}
)
SELECT nomor_sep, 'chronic_drugs_during_prb_supply' AS signal,
  round(tarif_obat_kronis * least(in_hand, ${t.chronicSupplyDays}) / ${t.chronicSupplyDays})::BIGINT AS amount_at_risk,
  (again || prb_claims)[1:10] AS related_sep,
  format('Chronic drugs ({}) billed on {} for {} while the chronic programme still supplied the same condition ({}, PRB fill of {}): {} days of supply in hand (tolerance {} days); the card held two supplies again within {} days ({})',
    ${rupiahSql('tarif_obat_kronis')}, tgl_masuk, dx_primary, prb_diagnosa, last_fill, in_hand, ${t.earlyRefillDays}, ${t.refillWindowDays}, array_to_string(again, ', ')) AS evidence_en,
  format('Obat kronis ({}) ditagih pada {} untuk {} padahal Program Rujuk Balik masih memasok kondisi yang sama ({}, obat PRB tanggal {}): sisa persediaan {} hari (toleransi {} hari); kartu yang sama kembali memegang dua persediaan dalam {} hari ({})',
    ${rupiahSql('tarif_obat_kronis')}, tgl_masuk, dx_primary, prb_diagnosa, last_fill, in_hand, ${t.earlyRefillDays}, ${t.refillWindowDays}, array_to_string(again, ', ')) AS evidence_id
FROM repeated`;
}
