// UPCODING by a lasting comorbidity coded without the care the hospital itself gives it: a
// diabetes, a chronic kidney disease or a heart disease carried into a stay raises its INA-CBG
// level (one step, I to II or II to III) because it is cared for on the ward: its usual drugs go
// on, billed on the bill's chronic-drug line (tarif obat kronis). A hospital that bills that line
// for its other patients coded with the comorbidity shows, by the same line left empty, which of
// its stays coded with it had none of that care: the code was added to a stay of the level below
// (red team RT-UPCODE-132: E11.6 on three cellulitis stays of patients with no diabetes anywhere,
// four days and the severity-I bill, beside two true diabetics on insulin). One such stay is
// suspicious (a patient may bring their own tablets); a hospital's few of them, rare elsewhere,
// add up to its pattern through the case rule (claim-scores.ts SIGNAL_EXCESS). A hospital that
// never bills the line judges no stay; a comorbidity the card's record shows before or after the
// stay is exempt (as documentedComorbidityStaysSql exempts it from the other level signals, here
// the follow-up too: a diabetes found on the stay is followed), as is a stay billed or kept as
// long as its own level. DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise severity
// with no supporting procedure or tariff component".
import { SECONDARY_BY_NATURE } from '../../../data-samples/reference/secondary-conditions.js';
import { varcharList } from '../../../data-samples/sql/index.js';
import { rupiahSql } from './evidence-rupiah.js';
import { otherFacilityJoin } from './other-facility-peers.js';
import { severityStepShare } from './provider-excess-hits.js';
import { levelBelowCodeSql, levelBelowNormSql, nearerLevelBelowSql } from './upcoding-level-nearer.js';
import { voicedCostNorm, voicedStayNorm } from './upcoding-resource-voices.js';
import type { LevelResourcesSources } from './upcoding-resources-fit.js';
import type { DetectorThreshold } from './types.js';

/** UPCODING thresholds of comorbidity_without_its_care_at_provider (claim-content.ts spreads them into the detector). */
export const COMORBIDITY_CARE_THRESHOLDS = Object.freeze({
  comorbidityCareMinPatients: {
    value: 2,
    source:
      "Assumption: the hospital's practice is read from at least two other patients whose stays coded with the comorbidity bill the chronic-drug line; one could be a single patient's own continuing prescription. A hospital that never bills the line judges no stay: measured, no inpatient claim of the 150,000-member generated warehouse (254,439 claims, session 16) and none of the red team's generated 8,000-member base carries the line, so the signal reads hospitals that bill it (red team RT-UPCODE-132), and generated data cannot measure it.",
  },
  comorbidityCarePracticeShare: {
    value: 0.25,
    source:
      "Assumption: the chronic-drug line is the hospital's practice for the comorbidity, not an exception (a patient continuing a programme prescription), when at least a quarter of its patients coded with it have it billed; a scheme adding the code to three times as many stays as the true patients still leaves them a quarter (red team RT-UPCODE-132: 2 of 5).",
  },
  comorbidityCareRecordDays: {
    value: 365,
    source:
      "As levelResourcesRecordDays (upcoding-resources.ts): a year of the card either side of the admission holds the PRB fills, P-Care visits and hospital claims a followed chronic condition leaves (Panduan Praktis PRB 2014: monthly PRB fills); a comorbidity any of them records is the patient's, not the coder's.",
  },
} satisfies Record<string, DetectorThreshold>);

export interface ComorbidityCareThresholds {
  readonly minPatients: number;
  readonly practiceShare: number;
  readonly recordDays: number;
}

/** ICD-10 categories of lasting comorbidities (SECONDARY_BY_NATURE): carried into the stay and managed with their usual drugs. */
const COMORBIDITY_CATEGORIES = SECONDARY_BY_NATURE.filter((c) => c.kind === 'comorbidity').map((c) => c.category);

/** SQL: the distinct ICD-10 categories of the secondary diagnoses of fraud_claim_base row `b`. */
const secondaryCategoriesSql = (b: string): string => `list_distinct(list_transform(${b}.dx_list[2:], x -> left(x, 3)))`;

/**
 * UPCODING `comorbidity_without_its_care_at_provider`: a stay above severity I (not ending in death,
 * no ICU, no ventilation) raised only by lasting comorbidities, with nothing on its chronic-drug
 * line, at a facility where at least `minPatients` other patients' stays coded with one of those
 * comorbidities bill that line, at least `practiceShare` of its patients coded with it; the stay billed nearer the level below than its own level and kept
 * no longer than its own level's median stay (other facilities, each one voice: upcoding-resource-voices.ts),
 * and no other record of the card within `recordDays` either side of the admission (its other hospital
 * claims at any facility, PRB fills, P-Care sick visits) showing the comorbidity. One level's tariff
 * step is at risk.
 */
export function comorbidityCareHitsSql(src: LevelResourcesSources, t: ComorbidityCareThresholds): string {
  const comorbidities = varcharList(COMORBIDITY_CATEGORIES);
  const own = voicedCostNorm('own');
  const evidenceArgs = `b.facility_id, k.category, k.patients, k.coded_patients, ${rupiahSql('k.chronic_median')}, b.kode_inacbg, k.category,
      ${rupiahSql('b.billed_cost')}, b.los, ${levelBelowCodeSql('b')}, ${rupiahSql(`exp(${levelBelowNormSql('b', own)}) * b.tariff_key_factor`)},
      ${rupiahSql(`exp(${own}) * b.tariff_key_factor`)}, ${voicedStayNorm('own')}, k.category`;
  return `
SELECT * FROM (
  WITH raised AS (
    -- stays raised only by lasting comorbidities whose chronic-drug line is empty
    SELECT b.nomor_sep, b.member_key, b.card_key, b.facility_id, b.tgl_masuk, ${secondaryCategoriesSql('b')} AS categories
    FROM fraud_claim_base b
    WHERE b.jenis_rawat = 1 AND b.severity_rank >= 2 AND b.discharge_status <> 4 AND b.icu_indikator = 0 AND b.ventilator_hour = 0
      AND coalesce(b.tarif_obat_kronis, 0) = 0 AND len(b.dx_list) > 1
      AND list_bool_and(list_transform(b.dx_list[2:], x -> list_contains(${comorbidities}, left(x, 3))))
  ), cared AS (
    -- per facility and comorbidity: the patients whose stays coded with it bill its drugs on the chronic-drug line
    SELECT b.facility_id, c.category, b.member_key, max(b.tarif_obat_kronis) AS chronic
    FROM fraud_claim_base b, unnest(${secondaryCategoriesSql('b')}) c(category)
    WHERE b.jenis_rawat = 1 AND b.tarif_obat_kronis > 0 AND list_contains(${comorbidities}, c.category)
    GROUP BY ALL
  ), coded AS (
    -- per facility billing the line and comorbidity: all its patients whose stays are coded with it
    SELECT b.facility_id, c.category, count(DISTINCT b.member_key) AS coded_patients
    FROM fraud_claim_base b, unnest(${secondaryCategoriesSql('b')}) c(category)
    WHERE b.jenis_rawat = 1 AND b.facility_id IN (SELECT facility_id FROM cared) AND list_contains(${comorbidities}, c.category)
    GROUP BY ALL
  ), practice AS (
    SELECT r.nomor_sep, c.category, d.coded_patients, count(DISTINCT c.member_key) AS patients, median(c.chronic) AS chronic_median
    FROM raised r JOIN cared c ON c.facility_id = r.facility_id AND list_contains(r.categories, c.category) AND c.member_key <> r.member_key
    JOIN coded d ON d.facility_id = c.facility_id AND d.category = c.category
    GROUP BY ALL HAVING count(DISTINCT c.member_key) >= ${t.minPatients} AND count(DISTINCT c.member_key) >= ${t.practiceShare} * d.coded_patients
  ), judged_cards AS (
    SELECT DISTINCT r.card_key FROM practice p JOIN raised r USING (nomor_sep)
  ), on_card AS (
    -- the comorbidity on another record of the card around the stay: a hospital claim at any facility, a PRB fill, a
    -- P-Care sick visit (read for the cards a practice judges only, so the rows of every other card are never unnested)
    SELECT DISTINCT p.nomor_sep, p.category
    FROM practice p JOIN raised r USING (nomor_sep)
    JOIN (
      SELECT o.nomor_sep AS other_sep, o.card_key, o.tgl_masuk AS tgl, left(unnest(o.dx_list), 3) AS category
      FROM fraud_claim_base o WHERE o.card_key IN (SELECT card_key FROM judged_cards)
      UNION ALL SELECT NULL, card_key, tgl_resep, left(diagnosa, 3) FROM ${src.prbClaims} WHERE card_key IN (SELECT card_key FROM judged_cards)
      UNION ALL SELECT NULL, card_key, tgl_kunjungan, left(unnest(string_split(diagnosa, '#')), 3) FROM ${src.fktpVisits}
      WHERE jenis_kunjungan = 'SAKIT' AND diagnosa IS NOT NULL AND card_key IN (SELECT card_key FROM judged_cards)
    ) x ON x.card_key = r.card_key AND x.category = p.category AND x.other_sep IS DISTINCT FROM r.nomor_sep
      AND x.tgl BETWEEN r.tgl_masuk - ${t.recordDays} AND r.tgl_masuk + ${t.recordDays}
  ), k AS (
    SELECT p.* FROM practice p LEFT JOIN on_card c USING (nomor_sep, category) WHERE c.nomor_sep IS NULL
    QUALIFY row_number() OVER (PARTITION BY p.nomor_sep ORDER BY p.patients DESC, p.category) = 1
  )
  SELECT b.nomor_sep, 'comorbidity_without_its_care_at_provider' AS signal,
    round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')}, -2)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
    format('Provider {} bills the chronic drugs of {} on the stays of {} other patients coded with it (of {} patients; {} at the median); this stay: {} raised by {} with nothing on the chronic-drug line, billed {} over {} days, nearer the median of {} ({}) than of its own level ({}, {:g} days) at other facilities, at this claim''s tariff region and class; no other record of the card shows {}',
      ${evidenceArgs}) AS evidence_en,
    format('RS {} menagih obat kronis {} pada rawat {} pasien lain yang dikode dengannya (dari {} pasien; median {}); rawat ini: {} dinaikkan oleh {} tanpa tagihan obat kronis, tagihan {} selama {} hari, lebih dekat ke median {} ({}) daripada tingkatnya sendiri ({}, {:g} hari) di faskes lain, pada regional dan kelas tarif klaim ini; tidak ada riwayat kartu lain yang mencatat {}',
      ${evidenceArgs}) AS evidence_id
  FROM k JOIN fraud_claim_base b USING (nomor_sep) ${otherFacilityJoin('b', 'own')}
  WHERE ${nearerLevelBelowSql('b', own)} AND b.los <= ${voicedStayNorm('own')}
)`;
}
