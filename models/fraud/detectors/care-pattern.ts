// Detectors of care patterns claims data can show (DOMAIN.md section 3): sham referral, care
// without medical need (unnecessary-treatment.ts), and ventilation bunched just past the
// 96-hour boundary (ventilator.ts). A procedure billed but not done is in cancelled-service.ts.
import { excessSql } from './patterns.js';
import { REFERRAL_PAIR_TABLE, moveSql, referralPairsSql, stepUpSql } from './referral-pairs.js';
import { REFERRAL_LETTER_SIGNALS, REFERRAL_LETTER_THRESHOLDS, careNoHigherSql, referralLetterSql } from './referral-letters.js';
import { EMERGENCY_LABEL_SIGNALS, EMERGENCY_LABEL_THRESHOLDS, emergencyLabelSql } from './referral-emergency-label.js';
import { INTERNAL_CHAIN_SIGNALS, INTERNAL_CHAIN_THRESHOLDS, internalReferralChainSql } from './referral-internal-chain.js';
import { PRIMARY_CARE_REFERRAL_SIGNALS, PRIMARY_CARE_REFERRAL_THRESHOLDS, primaryCareReferralSql } from './referral-primary-care.js';
import { OWN_OPERATION_SIGNALS, OWN_OPERATION_THRESHOLDS, ownOperationReferralSql } from './referral-own-operation.js';
import { defineDetector, suspicious, thresholdValues } from './types.js';

export { UNNECESSARY_TREATMENT_DETECTOR } from './unnecessary-treatment.js';
export { VENTILATOR_DETECTOR } from './ventilator.js';

export const SELF_REFERRAL_DETECTOR = defineDetector({
  code: 'SELF_REFERRAL',
  nameId: 'Rujukan semu',
  nameEn: 'Sham referral',
  thresholds: {
    maxStayDays: { value: 2, source: 'DOMAIN.md: 1-2 day stays then referred.' },
    transferWithinDays: { value: 3, source: 'DOMAIN.md: transfer within 3 days.' },
    minPairPatients: { value: 3, source: 'Assumption: fewer than three patients moved between two hospitals is no flow to judge.' },
    pairExcessRatio: {
      value: 2,
      source:
        'Assumption: twice the share of moves for care no higher seen between other pairs of hospitals is a referral habit, not chance.',
    },
    pairExcessZ: {
      value: 3,
      source: "Poisson test of the pair's patients moved for care no higher against the share between every other pair: z >= 3.",
    },
    ...REFERRAL_LETTER_THRESHOLDS,
    ...PRIMARY_CARE_REFERRAL_THRESHOLDS,
    ...EMERGENCY_LABEL_THRESHOLDS,
    ...INTERNAL_CHAIN_THRESHOLDS,
    ...OWN_OPERATION_THRESHOLDS,
  },
  signals: {
    short_stay_then_referred: suspicious(
      'Short stay then referred for care no higher than given',
      'Rawat singkat lalu dirujuk untuk perawatan yang tidak lebih tinggi',
    ),
    referred_to_own_practice: suspicious(
      'Referred by a doctor who treats the patient at the receiving hospital',
      'Dirujuk oleh dokter yang merawat pasien di RS penerima',
    ),
    admitted_on_own_referral: suspicious(
      'Admitted on a transfer the same doctor made from a short stay elsewhere, for care no higher',
      'Dirawat atas rujukan dokter yang sama dari rawat singkat di RS lain, untuk perawatan yang tidak lebih tinggi',
    ),
    referral_loop: suspicious('Referred on and referred back to the first hospital', 'Dirujuk lalu dirujuk balik ke RS pertama'),
    moved_between_partner_hospitals: suspicious(
      'Moved for care no higher between hospitals that share doctors, far more often than other pairs',
      'Dipindah untuk perawatan yang tidak lebih tinggi antara RS yang berbagi dokter, jauh lebih sering dari pasangan RS lain',
    ),
    admitted_by_own_clinic_doctor: suspicious(
      'Admitted at another hospital by the doctor who saw the patient in his clinic',
      'Dirawat inap di RS lain oleh dokter yang memeriksanya di poliklinik',
    ),
    ...REFERRAL_LETTER_SIGNALS,
    ...PRIMARY_CARE_REFERRAL_SIGNALS,
    ...EMERGENCY_LABEL_SIGNALS,
    ...INTERNAL_CHAIN_SIGNALS,
    ...OWN_OPERATION_SIGNALS,
  },
  // A referral is for care the first hospital cannot give: the receiving stay is an operation or
  // intervention (a procedural CBG, case type 1) after a medical stay, or needs ICU or a ventilator
  // the first stay did not use, or a severe patient, or one in intensive care or on a ventilator referred on with that care
  // continued, goes to a hospital of a higher class (referral-pairs.ts stepUpSql). Such a step up is a transfer, not a sham; what remains is a patient
  // moved on for the same care, or by a doctor to the hospital where the same doctor treats them.
  // The referral letter itself (referral-letters.ts): one no P-Care visit wrote, one written for
  // another member or to another hospital, one written after the admission or past its validity,
  // one the admitting doctor could have written at the referring FKTP; one for a diagnosis primary
  // care must treat, from an FKTP that refers such diagnoses far above others (referral-primary-care.ts);
  // chronic clinic controls booked through the emergency department, which needs no referral (referral-emergency-label.ts);
  // an operation the first hospital performs itself, done by the referring doctor at a hospital of no higher class (referral-own-operation.ts).
  sql: (t, sources) => `
WITH r AS (
  SELECT b.nomor_sep, b.los, b.paid_amount, b.kode_dpjp, b.facility_id, n.nomor_sep AS next_sep, n.facility_id AS next_facility, n.kode_dpjp AS next_dpjp,
    n.paid_amount AS next_paid, n.ppk_rujukan AS next_ppk_rujukan, ${stepUpSql('b', 'n')} AS step_up
  FROM fraud_claim_base b JOIN fraud_claim_base n ON n.card_key = b.card_key AND n.nomor_sep <> b.nomor_sep
  WHERE b.jenis_rawat = 1 AND b.discharge_status = 2 AND b.los <= ${t.maxStayDays}
    AND n.jenis_rawat = 1 AND n.facility_id <> b.facility_id AND n.tgl_masuk BETWEEN b.tgl_pulang AND b.tgl_pulang + ${t.transferWithinDays}
), legs AS (
  SELECT b.nomor_sep, b.facility_id, b.paid_amount, n.nomor_sep AS next_sep, n.facility_id AS next_facility
  FROM fraud_claim_base b JOIN fraud_claim_base n ON n.card_key = b.card_key AND n.facility_id <> b.facility_id AND n.jenis_rawat = 1
    AND n.tgl_masuk BETWEEN b.tgl_pulang AND b.tgl_pulang + ${t.transferWithinDays}
  WHERE b.jenis_rawat = 1 AND b.discharge_status = 2
), loop AS (
  -- a link of the provider network: A refers to B, B refers back to A (each leg a referral
  -- followed by an admission within the transfer window), whatever the length of the stays
  SELECT r1.nomor_sep AS first_sep, r1.next_sep AS middle_sep, r2.next_sep AS back_sep, r1.paid_amount AS first_paid, r2.paid_amount AS middle_paid,
    r1.facility_id AS first_facility, r1.next_facility AS middle_facility
  FROM legs r1 JOIN legs r2 ON r2.nomor_sep = r1.next_sep AND r2.next_facility = r1.facility_id
), partners AS (
  -- a flow, not one patient: stays followed by an admission for care no higher at a hospital that
  -- shares doctors with the first, between a pair that moves such patients far more often than
  -- other pairs do, whatever the stay's length or how it was closed (a referral or "home")
  SELECT b.nomor_sep, b.paid_amount, b.facility_id, n.nomor_sep AS next_sep, n.facility_id AS next_facility, p.shared_doctors, p.lateral_patients, p.lateral_expected
  FROM fraud_claim_base b JOIN fraud_claim_base n ON ${moveSql('b', 'n', t.transferWithinDays)}
  JOIN ${REFERRAL_PAIR_TABLE} p ON p.facility_a = least(b.facility_id, n.facility_id) AND p.facility_b = greatest(b.facility_id, n.facility_id)
  WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND NOT ${stepUpSql('b', 'n')} AND p.shared_doctors > 0
    AND ${excessSql('p.lateral_patients', 'p.lateral_expected', { minClaims: t.minPairPatients, ratio: t.pairExcessRatio, z: t.pairExcessZ })}
), clinic AS (
  -- the doctor is both ends of the referral: he sees the patient in the outpatient clinic of one
  -- hospital and admits him within the transfer window at another where he also practises, for
  -- care the first could give (no operation, ICU, ventilator or severe illness): the referral
  -- moves the patient, and the fee, to the doctor himself
  SELECT n.nomor_sep, n.paid_amount, n.kode_dpjp, n.facility_id, v.nomor_sep AS visit_sep, v.facility_id AS visit_facility,
    n.tgl_masuk - v.tgl_masuk AS days_after, v.discharge_status = 2 AS referred
  FROM fraud_claim_base v JOIN fraud_claim_base n ON n.card_key = v.card_key AND n.kode_dpjp = v.kode_dpjp AND n.facility_id <> v.facility_id
  WHERE v.jenis_rawat = 2 AND n.jenis_rawat = 1 AND n.tgl_masuk BETWEEN v.tgl_masuk AND v.tgl_masuk + ${t.transferWithinDays}
    AND ${careNoHigherSql('n')}
)
SELECT nomor_sep, 'short_stay_then_referred' AS signal, any_value(paid_amount) AS amount_at_risk, list(next_sep) AS related_sep,
  format('Stay of {} day(s) ended by referral; admitted at {} within {} days for care no higher than given here', any_value(los), array_to_string(list(DISTINCT next_facility ORDER BY next_facility), ', '), ${t.transferWithinDays}) AS evidence_en,
  format('Rawat {} hari diakhiri rujukan; masuk di {} dalam {} hari untuk perawatan yang tidak lebih tinggi', any_value(los), array_to_string(list(DISTINCT next_facility ORDER BY next_facility), ', '), ${t.transferWithinDays}) AS evidence_id
FROM r WHERE NOT step_up GROUP BY nomor_sep
UNION ALL
SELECT nomor_sep, 'referred_to_own_practice', any_value(paid_amount), list(next_sep),
  format('Doctor {} referred the patient after {} day(s) to {}, where the same doctor treats the patient', any_value(kode_dpjp), any_value(los), array_to_string(list(DISTINCT next_facility ORDER BY next_facility), ', ')),
  format('Dokter {} merujuk pasien setelah {} hari ke {}, tempat dokter yang sama merawat pasien', any_value(kode_dpjp), any_value(los), array_to_string(list(DISTINCT next_facility ORDER BY next_facility), ', '))
FROM r WHERE next_dpjp = kode_dpjp GROUP BY nomor_sep
UNION ALL
-- the receiving end of the same transfer, for care no higher: the last hop of a chain through hospitals that
-- share the doctor (D to C to B) is named too, where the SEP's referral, when it names one, is the first hospital's
SELECT next_sep, 'admitted_on_own_referral', any_value(next_paid), list(nomor_sep ORDER BY nomor_sep),
  format('Admitted on a transfer from {} after a stay of {} day(s) there; doctor {} treated the patient at both hospitals, for care no higher',
    array_to_string(list(DISTINCT facility_id ORDER BY facility_id), ', '), min(los), any_value(kode_dpjp)),
  format('Dirawat atas rujukan dari {} setelah rawat {} hari di sana; dokter {} merawat pasien di kedua RS, untuk perawatan yang tidak lebih tinggi',
    array_to_string(list(DISTINCT facility_id ORDER BY facility_id), ', '), min(los), any_value(kode_dpjp))
FROM r WHERE next_dpjp = kode_dpjp AND NOT step_up AND (next_ppk_rujukan IS NULL OR next_ppk_rujukan = facility_id) GROUP BY next_sep
UNION ALL
SELECT sep, 'referral_loop', any_value(paid), list(DISTINCT other),
  format('Referral loop {} -> {} -> {}: referred on and referred back within {} days each', any_value(first_facility), any_value(middle_facility), any_value(first_facility), ${t.transferWithinDays}),
  format('Lingkaran rujukan {} -> {} -> {}: dirujuk lalu dirujuk balik, masing-masing dalam {} hari', any_value(first_facility), any_value(middle_facility), any_value(first_facility), ${t.transferWithinDays})
FROM (
  SELECT first_sep AS sep, first_paid AS paid, middle_sep AS other, first_facility, middle_facility FROM loop
  UNION ALL SELECT middle_sep, middle_paid, back_sep, first_facility, middle_facility FROM loop
) GROUP BY sep
UNION ALL
SELECT nomor_sep, 'moved_between_partner_hospitals', any_value(paid_amount), list(next_sep ORDER BY next_sep),
  format('Stay at {} followed within {} days by an admission at {} for care no higher; the two share {} doctor(s) and moved {} patients between them for such care, where the share between other hospital pairs gives {:.1f}',
    any_value(facility_id), ${t.transferWithinDays}, any_value(next_facility), any_value(shared_doctors), any_value(lateral_patients), any_value(lateral_expected)),
  format('Rawat di {} disusul dalam {} hari rawat inap di {} untuk perawatan yang tidak lebih tinggi; keduanya berbagi {} dokter dan memindahkan {} pasien seperti ini, sedangkan porsi pasangan RS lain memberi {:.1f}',
    any_value(facility_id), ${t.transferWithinDays}, any_value(next_facility), any_value(shared_doctors), any_value(lateral_patients), any_value(lateral_expected))
FROM partners GROUP BY nomor_sep
UNION ALL
SELECT nomor_sep, 'admitted_by_own_clinic_doctor', any_value(paid_amount), list(visit_sep ORDER BY visit_sep),
  format('Admitted at {} by doctor {}, who saw the patient {} in the outpatient clinic of {}{}, for care that hospital could give',
    any_value(facility_id), any_value(kode_dpjp), CASE WHEN min(days_after) = 0 THEN 'the same day' ELSE format('{} day(s) before', min(days_after)) END, array_to_string(list(DISTINCT visit_facility ORDER BY visit_facility), ', '),
    CASE WHEN bool_or(referred) THEN ' and referred the patient from there' ELSE '' END),
  format('Dirawat inap di {} oleh dokter {}, yang memeriksa pasien {} di poliklinik {}{}, untuk perawatan yang dapat diberikan RS tersebut',
    any_value(facility_id), any_value(kode_dpjp), CASE WHEN min(days_after) = 0 THEN 'hari itu juga' ELSE format('{} hari sebelumnya', min(days_after)) END, array_to_string(list(DISTINCT visit_facility ORDER BY visit_facility), ', '),
    CASE WHEN bool_or(referred) THEN ' dan merujuknya dari sana' ELSE '' END)
FROM clinic GROUP BY nomor_sep
UNION ALL
SELECT * FROM (${referralLetterSql(t, sources)})
UNION ALL
SELECT * FROM (${primaryCareReferralSql(t, sources)})
UNION ALL
SELECT * FROM (${emergencyLabelSql(t)})
UNION ALL
SELECT * FROM (${internalReferralChainSql(t)})
UNION ALL
SELECT * FROM (${ownOperationReferralSql(t)})`,
});

/** fraud_referral_pairs with SELF_REFERRAL's transfer window, overrides applied (built before the detectors, published for arrival). */
export const referralPairsStepSql = (overrides: Readonly<Record<string, number>> = {}): string =>
  referralPairsSql(thresholdValues(SELF_REFERRAL_DETECTOR, overrides).transferWithinDays);
