// Detectors that compare a claim with other episodes: of the same card (repeat billing,
// unbundling, readmission, two distant facilities the same day), of other patients of the
// same doctor (cloning), or with the member's death (phantom billing).
import { defineDetector } from './types.js';

export const CLONING_DETECTOR = defineDetector({
  code: 'CLONING',
  nameId: 'Penjiplakan klaim dari pasien lain',
  nameEn: 'Claim cloned from another patient',
  thresholds: {
    minPatients: { value: 2, source: 'DOMAIN.md: identical diagnosis, procedure and tariff vectors across different patients of one doctor on one day; two patients suffice when all 18 tariff components sum to the same rupiah.' },
  },
  // The copy is the claim whose patient lives outside the facility's province, else the
  // later SEP number: a copy is issued after its original.
  sql: (t) => `
WITH g AS (
  SELECT nomor_sep, card_key, kode_dpjp, tgl_masuk, kode_inacbg, paid_amount,
    count(DISTINCT card_key) OVER k AS patients,
    row_number() OVER (PARTITION BY kode_dpjp, tgl_masuk, kode_inacbg, diagnosa, coalesce(procedure, ''), billed_cost
                       ORDER BY (member_province IS NOT DISTINCT FROM facility_province) DESC, nomor_sep) AS copy_rank,
    list(nomor_sep) OVER k AS twins
  FROM fraud_claim_base
  WINDOW k AS (PARTITION BY kode_dpjp, tgl_masuk, kode_inacbg, diagnosa, coalesce(procedure, ''), billed_cost)
)
SELECT nomor_sep, 'identical_claim_other_patient' AS signal, paid_amount AS amount_at_risk,
  list_filter(twins, x -> x <> nomor_sep) AS related_sep,
  format('Diagnoses, procedures and bill identical to {} other patient(s) of doctor {} on {}', patients - 1, kode_dpjp, tgl_masuk) AS evidence_en,
  format('Diagnosis, tindakan dan tagihan identik dengan {} pasien lain dokter {} pada {}', patients - 1, kode_dpjp, tgl_masuk) AS evidence_id
FROM g WHERE patients >= ${t.minPatients} AND copy_rank > 1`,
});

export const PHANTOM_BILLING_DETECTOR = defineDetector({
  code: 'PHANTOM_BILLING',
  nameId: 'Klaim atas layanan yang tidak pernah diberikan',
  nameEn: 'Phantom billing: service never given',
  thresholds: {
    distantFacilityKm: { value: 500, source: 'Assumption: two facilities 500 km apart cannot both treat one person on one day (DOMAIN.md: one card at two distant facilities the same day).' },
    sepAfterDischargeDays: { value: 1, source: 'Permenkes 28/2014: the SEP is issued at admission; one issued a day or more after discharge was written for a claim, not for care.' },
    maxDoctorDailyClaims: { value: 80, source: 'Assumption: more than 80 claims a day for one DPJP is beyond what one doctor can attend.' },
  },
  sql: (t) => `
SELECT nomor_sep, 'service_after_death' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Admitted on {}, {} days after the member died on {}', tgl_masuk, tgl_masuk - death_date, death_date) AS evidence_en,
  format('Masuk {}, {} hari setelah peserta meninggal pada {}', tgl_masuk, tgl_masuk - death_date, death_date) AS evidence_id
FROM fraud_claim_base WHERE tgl_masuk > death_date
UNION ALL
SELECT nomor_sep, 'sep_after_discharge', paid_amount, []::VARCHAR[],
  format('SEP issued {} days after discharge on {}', tgl_sep - tgl_pulang, tgl_pulang),
  format('SEP terbit {} hari setelah pulang pada {}', tgl_sep - tgl_pulang, tgl_pulang)
FROM fraud_claim_base WHERE jenis_rawat = 1 AND tgl_sep - tgl_pulang >= ${t.sepAfterDischargeDays}
UNION ALL
SELECT b.nomor_sep, 'distant_facility_same_day', any_value(b.paid_amount), list(p.other_sep),
  format('Same card at {} on the same day, {:.0f} km away', array_to_string(list(DISTINCT p.other_facility), ', '), max(p.distance_km)),
  format('Kartu yang sama di {} pada hari yang sama, {:.0f} km jauhnya', array_to_string(list(DISTINCT p.other_facility), ', '), max(p.distance_km))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE p.other_masuk = b.tgl_masuk AND p.distance_km > ${t.distantFacilityKm}
  -- of the pair, the facility outside the member's province is the implausible one
  AND b.facility_province IS DISTINCT FROM b.member_province
GROUP BY b.nomor_sep
UNION ALL
SELECT nomor_sep, 'impossible_doctor_volume', paid_amount, []::VARCHAR[],
  format('Doctor {} billed {} claims on {}', kode_dpjp, n, tgl_masuk),
  format('Dokter {} menagih {} klaim pada {}', kode_dpjp, n, tgl_masuk)
FROM (SELECT *, count(*) OVER (PARTITION BY kode_dpjp, tgl_masuk) AS n FROM fraud_claim_base)
WHERE n > ${t.maxDoctorDailyClaims}`,
});

export const REPEAT_BILLING_DETECTOR = defineDetector({
  code: 'REPEAT_BILLING',
  nameId: 'Tagihan berulang',
  nameEn: 'Same claim billed twice',
  thresholds: {
    maxDateDifferenceDays: { value: 0, source: 'DOMAIN.md: same card, dates and CBG submitted twice; dates must match exactly.' },
  },
  sql: (t) => `
SELECT b.nomor_sep, 'same_episode_resubmitted' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(p.other_sep) AS related_sep,
  format('Same card, facility, dates and CBG {} already billed as {}', any_value(b.kode_inacbg), array_to_string(list(p.other_sep), ', ')) AS evidence_en,
  format('Kartu, faskes, tanggal dan CBG {} yang sama sudah ditagih sebagai {}', any_value(b.kode_inacbg), array_to_string(list(p.other_sep), ', ')) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE p.other_facility = b.facility_id AND p.other_cbg = b.kode_inacbg
  AND abs(p.other_masuk - b.tgl_masuk) <= ${t.maxDateDifferenceDays} AND abs(p.other_pulang - b.tgl_pulang) <= ${t.maxDateDifferenceDays}
  AND (p.other_pengajuan < b.tgl_pengajuan OR (p.other_pengajuan = b.tgl_pengajuan AND p.other_sep < b.nomor_sep))
GROUP BY b.nomor_sep`,
});

export const UNBUNDLING_DETECTOR = defineDetector({
  code: 'UNBUNDLING',
  nameId: 'Pemecahan episode pelayanan',
  nameEn: 'One episode split into several',
  thresholds: {
    maxGapDays: { value: 1, source: 'DOMAIN.md: several SEPs for one patient at one facility on the same or adjacent days; both inpatient, as consecutive outpatient visits are ordinary care.' },
  },
  sql: (t) => `
SELECT b.nomor_sep, 'episode_continues_previous' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(p.other_sep) AS related_sep,
  format('Admitted {} day(s) after discharge from {} at the same facility', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', ')) AS evidence_en,
  format('Masuk {} hari setelah pulang dari {} di faskes yang sama', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', ')) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN 0 AND ${t.maxGapDays}
GROUP BY b.nomor_sep
UNION ALL
SELECT b.nomor_sep, 'outpatient_during_inpatient', any_value(b.paid_amount), list(p.other_sep),
  format('Outpatient claim at the same facility during inpatient stay {}', array_to_string(list(p.other_sep), ', ')),
  format('Klaim rawat jalan di faskes yang sama selama rawat inap {}', array_to_string(list(p.other_sep), ', '))
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE b.jenis_rawat = 2 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id
  -- strictly inside the stay: an outpatient visit on the admission or discharge day is ordinary
  AND b.tgl_masuk > p.other_masuk AND b.tgl_masuk < p.other_pulang
GROUP BY b.nomor_sep`,
});

export const READMISSION_DETECTOR = defineDetector({
  code: 'READMISSION',
  nameId: 'Readmisi berulang',
  nameEn: 'Repeated readmission',
  thresholds: {
    windowDays: { value: 30, source: 'DOMAIN.md: readmitted within 30 days with the same diagnosis cluster.' },
    minGapDays: { value: 2, source: 'Gaps of 0-1 days are one split episode (UNBUNDLING), not a readmission.' },
  },
  sql: (t) => `
SELECT b.nomor_sep, 'same_diagnosis_readmission' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(p.other_sep) AS related_sep,
  format('Readmitted {} days after {} with the same diagnosis {} and CBG {}', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', '), any_value(b.dx_primary), any_value(b.kode_inacbg)) AS evidence_en,
  format('Dirawat lagi {} hari setelah {} dengan diagnosis {} dan CBG {} yang sama', min(b.tgl_masuk - p.other_pulang), array_to_string(list(p.other_sep), ', '), any_value(b.dx_primary), any_value(b.kode_inacbg)) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep)
WHERE b.jenis_rawat = 1 AND p.other_jenis_rawat = 1 AND p.other_facility = b.facility_id
  AND p.other_cbg = b.kode_inacbg AND p.other_dx = b.dx_primary AND p.other_masuk < b.tgl_masuk
  AND b.tgl_masuk - p.other_pulang BETWEEN ${t.minGapDays} AND ${t.windowDays}
GROUP BY b.nomor_sep`,
});
