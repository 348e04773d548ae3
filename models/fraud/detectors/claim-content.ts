// Detectors that read one claim against its member, its CBG and its peers: upcoding,
// inflated bills, prolonged stays, room class and participant abuse (DOMAIN.md section 3).
import {
  CARE_CLASS_TARIFF_FACTOR, SEVERITY_TARIFF_FACTOR,
} from '../../../data-samples/reference/index.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { certain, defineDetector, suspicious } from './types.js';

const CLS = CARE_CLASS_TARIFF_FACTOR;
/** Tariff factor of a care class (1-3) in SQL. */
const classFactor = (col: string): string => `[${CLS[1]}, ${CLS[2]}, ${CLS[3]}][${col}]`;

export const UPCODING_DETECTOR = defineDetector({
  code: 'UPCODING',
  nameId: 'Upcoding: diagnosis penaik keparahan tanpa dukungan',
  nameEn: 'Upcoding: severity raised without support',
  thresholds: {
    minSeverityRaisingDx: { value: 2, source: 'One major complication already makes severity III; two or more with no ICU stay or ventilation is the DOMAIN.md signal "secondary diagnoses that raise severity with no supporting procedure or tariff component".' },
    severityMixRatio: { value: 1.5, source: 'Assumption: a provider coding half again as many severity-III stays as case-mix-matched peers (same CBG groups at other facilities) would has a coding pattern, not sicker patients.' },
    severityMixZ: { value: 3, source: 'Poisson test of observed against expected severity-III stays: z >= 3 (one-sided p ~ 0.001), so that among hundreds of providers chance rarely fires.' },
  },
  signals: {
    severity_without_support: suspicious('Severity III without supporting care', 'Severitas III tanpa dukungan perawatan'),
    severity_mix_above_peers: suspicious('Severity mix above case-mix-matched peers', 'Bauran severitas di atas pembanding sekelompok CBG'),
  },
  sql: (t) => `
SELECT nomor_sep, 'severity_without_support' AS signal,
  round(tarif_inacbg * (1 - ${SEVERITY_TARIFF_FACTOR.II} / ${SEVERITY_TARIFF_FACTOR.III}), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Severity III ({}) with {} severity-raising secondary diagnoses, no ICU stay and no ventilation', kode_inacbg, severity_raising_dx) AS evidence_en,
  format('Severitas III ({}) dengan {} diagnosis sekunder penaik keparahan, tanpa ICU dan tanpa ventilator', kode_inacbg, severity_raising_dx) AS evidence_id
FROM fraud_claim_base
WHERE severity_rank = 3 AND severity_raising_dx >= ${t.minSeverityRaisingDx} AND icu_indikator = 0 AND ventilator_hour = 0
UNION ALL
SELECT b.nomor_sep, 'severity_mix_above_peers',
  round(b.tarif_inacbg * (1 - ${SEVERITY_TARIFF_FACTOR.II} / ${SEVERITY_TARIFF_FACTOR.III}) * (1 - d.expected_severity3 / d.observed_severity3), -2)::BIGINT,
  []::VARCHAR[],
  format('Provider {} coded {} severity-III stays where case-mix-matched peers would code {:.1f} ({:.1f}x)', b.facility_id, d.observed_severity3, d.expected_severity3, d.observed_severity3 / d.expected_severity3),
  format('RS {} mengode {} rawat inap severitas III, pembanding sekelompok CBG {:.1f} ({:.1f}x)', b.facility_id, d.observed_severity3, d.expected_severity3, d.observed_severity3 / d.expected_severity3)
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE b.severity_rank = 3 AND d.expected_severity3 > 0 AND d.observed_severity3 >= ${t.severityMixRatio} * d.expected_severity3
  AND (d.observed_severity3 - d.expected_severity3) / sqrt(d.expected_severity3) >= ${t.severityMixZ}`,
});

export const INFLATED_BILL_DETECTOR = defineDetector({
  code: 'INFLATED_BILL',
  nameId: 'Penggelembungan tagihan obat, alkes dan BMHP',
  nameEn: 'Inflated drugs, devices and consumables',
  thresholds: {
    drugDeviceShareRatio: { value: 2, source: 'Assumption: drugs, devices and consumables at twice the share of claims in the same CBG (about five peer standard deviations in the extracts) is an outlier, not case mix.' },
  },
  signals: {
    drug_device_outlier: suspicious('Drugs and devices far above peers', 'Obat dan alkes jauh di atas pembanding'),
    topup_without_procedure: suspicious('Top-up without its procedure', 'Top-up tanpa tindakan pendukung'),
  },
  sql: (t) => `
SELECT b.nomor_sep, 'drug_device_outlier' AS signal,
  round(b.drug_device_cost * (1 - exp(-(b.drug_device_log - p.peer_drug_device_log))), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Drugs, devices and consumables Rp{:,} = {:.1f}x the share of claims in CBG {}', b.drug_device_cost, exp(b.drug_device_log - p.peer_drug_device_log), b.kode_inacbg) AS evidence_en,
  format('Obat, alkes dan BMHP Rp{:,} = {:.1f}x porsi klaim CBG {}', b.drug_device_cost, exp(b.drug_device_log - p.peer_drug_device_log), b.kode_inacbg) AS evidence_id
FROM fraud_claim_base b JOIN fraud_cbg_peer_month p USING (kode_inacbg, submit_month)
WHERE b.drug_device_log - p.peer_drug_device_log > ln(${t.drugDeviceShareRatio})
UNION ALL
SELECT b.nomor_sep, 'topup_without_procedure',
  (SELECT sum(r.tariff) FROM fraud_ref_topup r WHERE list_contains(b.unjustified_topups, r.code))::BIGINT,
  []::VARCHAR[],
  format('Special CMG top-up {} billed without its justifying procedure', array_to_string(b.unjustified_topups, ', ')),
  format('Top-up special CMG {} ditagih tanpa tindakan pendukung', array_to_string(b.unjustified_topups, ', '))
FROM fraud_claim_base b WHERE len(b.unjustified_topups) > 0`,
});

export const PROLONGED_LOS_DETECTOR = defineDetector({
  code: 'PROLONGED_LOS',
  nameId: 'Memperpanjang lama perawatan',
  nameEn: 'Prolonged length of stay',
  thresholds: {
    losToNormRatio: { value: 2.15, source: 'Stays vary log-normally around the INA-CBG norm (sd ~0.35): 2.15x the norm is about the 98.5th percentile, so a P90 rule (DOMAIN.md) would flag one honest stay in ten; deaths are excluded.' },
  },
  signals: { los_above_norm: suspicious('Stay far beyond the CBG norm', 'Lama rawat jauh di atas norma CBG') },
  sql: (t) => `
SELECT nomor_sep, 'los_above_norm' AS signal,
  round((tarif_kamar + tarif_keperawatan) * (1 - 1 / los_ratio), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Stay of {} days = {:.1f}x the INA-CBG norm of {} days for {}', los, los_ratio, los_norm, kode_inacbg) AS evidence_en,
  format('Lama rawat {} hari = {:.1f}x LOS normatif {} hari untuk {}', los, los_ratio, los_norm, kode_inacbg) AS evidence_id
FROM fraud_claim_base
WHERE jenis_rawat = 1 AND discharge_status <> 4 AND los_ratio > ${t.losToNormRatio}`,
});

export const ROOM_CLASS_DETECTOR = defineDetector({
  code: 'ROOM_CLASS',
  nameId: 'Manipulasi kelas perawatan',
  nameEn: 'Room class manipulated',
  thresholds: {
    minClassesAboveEntitlement: { value: 1, source: 'Perpres 82/2018 art. 51: a member is entitled to one care class; billing a higher one without an upgrade paid by the member is the DOMAIN.md signal.' },
  },
  // suspicious, not certain: entitlement data lags a member's change of class
  signals: {
    class_above_entitlement: suspicious('Care class above entitlement', 'Kelas rawat di atas hak'),
    upgrade_without_payer: suspicious('Upgrade with no payer for the difference', 'Naik kelas tanpa penjamin selisih'),
  },
  sql: (t) => `
SELECT nomor_sep, 'class_above_entitlement' AS signal,
  round(tarif_inacbg * (1 - ${classFactor('care_class')} / ${classFactor('kelas_rawat')}), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Billed in care class {} while the member is entitled to class {}', kelas_rawat, care_class) AS evidence_en,
  format('Ditagih kelas {} padahal hak kelas peserta {}', kelas_rawat, care_class) AS evidence_id
FROM fraud_claim_base WHERE care_class - kelas_rawat >= ${t.minClassesAboveEntitlement}
UNION ALL
SELECT nomor_sep, 'upgrade_without_payer',
  round(tarif_inacbg * (${CLS[1]} / ${CLS[2]} - 1), -2)::BIGINT,
  []::VARCHAR[],
  format('Room upgrade to {} with {}', coalesce(upgrade_class_class, '?'), CASE WHEN jkn_segment = 'PBI' THEN 'a PBI member, who may not upgrade' ELSE 'no payer for the difference' END),
  format('Naik kelas ke {} {}', coalesce(upgrade_class_class, '?'), CASE WHEN jkn_segment = 'PBI' THEN 'oleh peserta PBI yang tidak boleh naik kelas' ELSE 'tanpa penjamin selisih biaya' END)
FROM fraud_claim_base
WHERE upgrade_class_ind = 1 AND (upgrade_class_payor IS NULL OR jkn_segment = 'PBI') AND care_class - kelas_rawat < ${t.minClassesAboveEntitlement}`,
});

export const PARTICIPANT_ABUSE_DETECTOR = defineDetector({
  code: 'PARTICIPANT_ABUSE',
  nameId: 'Penyalahgunaan kartu oleh peserta',
  nameEn: 'Card used by someone else',
  thresholds: {
    minInconsistentCodes: { value: 1, source: 'ICD-10 sex- and age-specific categories (WHO ICD-10 volume 2, 4.2.5; obstetric codes outside ages 10-60, perinatal codes on adults: features/fraud/claim-sql.ts): one code impossible for the card holder means another person used the card.' },
  },
  signals: {
    diagnosis_inconsistent_with_sex: certain("Diagnosis impossible for the card holder's sex", 'Diagnosis mustahil untuk jenis kelamin pemilik kartu'),
    diagnosis_inconsistent_with_age: certain("Diagnosis impossible at the card holder's age", 'Diagnosis mustahil pada usia pemilik kartu'),
  },
  sql: (t) => `
SELECT nomor_sep, 'diagnosis_inconsistent_with_sex' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Card holder is {} but the claim carries {}', CASE sex WHEN 'L' THEN 'male' ELSE 'female' END, array_to_string(sex_inconsistent_codes, ', ')) AS evidence_en,
  format('Pemilik kartu {} tetapi klaim memuat {}', CASE sex WHEN 'L' THEN 'laki-laki' ELSE 'perempuan' END, array_to_string(sex_inconsistent_codes, ', ')) AS evidence_id
FROM fraud_claim_base WHERE len(sex_inconsistent_codes) >= ${t.minInconsistentCodes}
UNION ALL
SELECT nomor_sep, 'diagnosis_inconsistent_with_age', paid_amount, []::VARCHAR[],
  format('Card holder is {:.0f} years old but the claim carries {}', floor(age), array_to_string(age_inconsistent_codes, ', ')),
  format('Pemilik kartu berusia {:.0f} tahun tetapi klaim memuat {}', floor(age), array_to_string(age_inconsistent_codes, ', '))
FROM fraud_claim_base WHERE len(age_inconsistent_codes) >= ${t.minInconsistentCodes} AND len(sex_inconsistent_codes) < ${t.minInconsistentCodes}`,
});
