// SELF_REFERRAL (DOMAIN.md section 3: "sham referral"): an FKTP that refers the conditions primary
// care must treat itself. KMK HK.01.07/MENKES/1186/2022 (Panduan Praktik Klinis dokter di FKTP,
// before it PMK 5/2014) lists the diagnoses an FKTP handles in full; one is referred only under a
// TACC exception (time, age, complication, comorbidity), and BPJS Kesehatan pays capitation by
// performance on the FKTP's ratio of such non-specialist referrals (KBK indicator RRNS). Per FKTP,
// from its P-Care visits (SCHEMA.md fktp_visits: "referral ratios per FKTP"): its sick visits for
// such a diagnosis alone, those it referred, and what the share of every other FKTP gives. Built
// in the batch and published, so arrival reads the FKTP's ratio the batch read.
import type { FraudSources } from '../../../features/fraud/index.js';
import { varcharList } from '../../../data-samples/sql/index.js';
import { excessSql } from './patterns.js';
import { careNoHigherSql } from './referral-letters.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';

export const FKTP_REFERRAL_TABLE = 'fraud_fktp_referrals';

/**
 * ICD-10 prefixes of diagnoses of the FKTP list (KMK HK.01.07/MENKES/1186/2022, competence 4A of the
 * Standar Kompetensi Dokter Indonesia: diagnosed and treated in full by a general practitioner),
 * those whose code names the uncomplicated condition: acute upper respiratory infections J00-J04,
 * J06, acute bronchitis J20, gastritis and dyspepsia K29-K30, non-infective gastroenteritis K52.9
 * and diarrhoea A09, constipation K59.0, essential hypertension I10, myalgia M79.1, low back pain
 * M54.5, tension-type headache G44.2 and headache R51, dermatitis L30, impetigo L01, tinea B35-B36,
 * scabies B86, conjunctivitis H10, hordeolum H00.0, otitis externa H60, urinary tract infection
 * N39.0, unspecified viral infection B34. Type 2 diabetes (E11), though on the list, stays out: its
 * guideline sends the patient to a specialist for the yearly eye examination and the complication
 * screening an FKTP cannot do (PERKENI 2021), so an FKTP referring all its diabetics is doing its job.
 */
export const PRIMARY_CARE_DIAGNOSIS_PREFIXES: readonly string[] = Object.freeze([
  'J00',
  'J01',
  'J02',
  'J03',
  'J04',
  'J06',
  'J20',
  'K29',
  'K30',
  'K52.9',
  'A09',
  'K59.0',
  'I10',
  'M79.1',
  'M54.5',
  'G44.2',
  'R51',
  'L30',
  'L01',
  'B35',
  'B36',
  'B86',
  'H10',
  'H00.0',
  'H60',
  'N39.0',
  'B34',
]);

export const PRIMARY_CARE_REFERRAL_THRESHOLDS = Object.freeze({
  nonSpecialistReferralTarget: Object.freeze<DetectorThreshold>({
    value: 0.05,
    source:
      'BPJS Kesehatan capitation by performance (KBK): the non-specialist referral ratio (RRNS) is to stay under 5% (the looser of its published targets; later rules ask 2%). An FKTP referring a larger share of its sick visits for an FKTP-list diagnosis alone is outside it.',
  }),
  minNonSpecialistReferrals: Object.freeze<DetectorThreshold>({
    value: 3,
    source: 'Assumption: fewer than three referrals of FKTP-list diagnoses at an FKTP is no habit to judge.',
  }),
  nonSpecialistExcessRatio: Object.freeze<DetectorThreshold>({
    value: 3,
    source: 'Assumption: three times the share of other FKTPs is a referral policy, not the TACC exceptions an FKTP meets now and then.',
  }),
  nonSpecialistExcessZ: Object.freeze<DetectorThreshold>({
    value: 3,
    source: "Poisson test of the FKTP's referrals of FKTP-list diagnoses against what the share of other FKTPs gives: z >= 3.",
  }),
});

type Thresholds = Readonly<Record<keyof typeof PRIMARY_CARE_REFERRAL_THRESHOLDS, number>>;

export const PRIMARY_CARE_REFERRAL_SIGNALS = Object.freeze({
  // suspicious: a TACC exception (a patient who cannot wait, an age, a complication or comorbidity
  // the visit did not code) is the FKTP doctor's call; the FKTP's ratio, far above its peers and the
  // BPJS target, says the exceptions are its rule
  referred_primary_care_diagnosis: suspicious(
    'Referred by an FKTP that refers the diagnoses primary care must treat far above other FKTPs',
    'Dirujuk oleh FKTP yang merujuk diagnosis yang wajib ditangani FKTP jauh di atas FKTP lain',
  ),
});

/** SQL: the ICD-10 codes of a P-Care visit row `v` (diagnosa, #-separated). */
const visitDiagnosesSql = (v: string): string => `list_filter(string_split(coalesce(${v}.diagnosa, ''), '#'), x -> x <> '')`;

/** SQL: is the P-Care visit `v` a sick visit for one diagnosis of the FKTP list alone (no comorbidity or complication coded)? */
export function primaryCareVisitSql(v: string): string {
  return `(${v}.jenis_kunjungan = 'SAKIT' AND len(${visitDiagnosesSql(v)}) = 1
    AND list_bool_or(list_transform(${varcharList(PRIMARY_CARE_DIAGNOSIS_PREFIXES)}, p -> starts_with(${visitDiagnosesSql(v)}[1], p))))`;
}

/**
 * fraud_fktp_referrals: per FKTP with a sick visit for an FKTP-list diagnosis alone, those visits,
 * those it referred, and the referrals the share of every other FKTP gives (half a referral of prior).
 */
export function fktpReferralsSql(s: Pick<FraudSources, 'fktpVisits'>): string {
  return `
CREATE OR REPLACE TABLE ${FKTP_REFERRAL_TABLE} AS
WITH f AS (
  SELECT v.facility_id, count(*) AS primary_care_visits, count(*) FILTER (WHERE coalesce(v.no_rujukan, '') <> '') AS primary_care_referrals
  FROM ${s.fktpVisits} v WHERE ${primaryCareVisitSql('v')} GROUP BY v.facility_id
)
SELECT facility_id, primary_care_visits, primary_care_referrals,
  primary_care_visits * (sum(primary_care_referrals) OVER () - primary_care_referrals + 0.5) / (sum(primary_care_visits) OVER () - primary_care_visits + 1) AS primary_care_referrals_expected
FROM f`;
}

/**
 * SELECT of SELF_REFERRAL hits (HIT_COLUMNS): a hospital claim on a primary-care letter written at a
 * visit for an FKTP-list diagnosis alone, by an FKTP above the RRNS target and far above other FKTPs,
 * for care at the hospital no higher than primary care sends (no operation, ICU, ventilator or
 * severe illness: what the hospital found did not make the referral a specialist's).
 */
export function primaryCareReferralSql(t: Thresholds, s: Pick<FraudSources, 'fktpVisits'>): string {
  return `
SELECT b.nomor_sep, 'referred_primary_care_diagnosis' AS signal, any_value(b.paid_amount) AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Referred by {} on {} for {} alone, a diagnosis of the FKTP list (KMK 1186/2022), and treated here with no operation, ICU or severe illness; {} referred {} of its {} sick visits for such diagnoses ({:.0f}%, BPJS target under {:.0f}%) where the share of other FKTPs gives {:.1f}',
    any_value(v.facility_id), any_value(v.tgl_kunjungan), any_value(v.diagnosa), any_value(v.facility_id), any_value(r.primary_care_referrals), any_value(r.primary_care_visits),
    100.0 * any_value(r.primary_care_referrals) / any_value(r.primary_care_visits), 100 * ${t.nonSpecialistReferralTarget}, any_value(r.primary_care_referrals_expected)) AS evidence_en,
  format('Dirujuk oleh {} pada {} untuk {} saja, diagnosis daftar FKTP (KMK 1186/2022), dan dirawat di sini tanpa operasi, ICU atau penyakit berat; {} merujuk {} dari {} kunjungan sakit untuk diagnosis seperti ini ({:.0f}%, target BPJS di bawah {:.0f}%), sedangkan porsi FKTP lain memberi {:.1f}',
    any_value(v.facility_id), any_value(v.tgl_kunjungan), any_value(v.diagnosa), any_value(v.facility_id), any_value(r.primary_care_referrals), any_value(r.primary_care_visits),
    100.0 * any_value(r.primary_care_referrals) / any_value(r.primary_care_visits), 100 * ${t.nonSpecialistReferralTarget}, any_value(r.primary_care_referrals_expected)) AS evidence_id
FROM fraud_claim_base b JOIN ${s.fktpVisits} v ON v.no_rujukan = b.no_rujukan AND v.card_key = b.card_key
JOIN ${FKTP_REFERRAL_TABLE} r ON r.facility_id = v.facility_id
WHERE b.asal_rujukan = 1 AND coalesce(b.no_rujukan, '') <> '' AND ${primaryCareVisitSql('v')} AND ${careNoHigherSql('b')}
  AND r.primary_care_referrals > ${t.nonSpecialistReferralTarget} * r.primary_care_visits
  AND ${excessSql('r.primary_care_referrals', 'r.primary_care_referrals_expected', { minClaims: t.minNonSpecialistReferrals, ratio: t.nonSpecialistExcessRatio, z: t.nonSpecialistExcessZ })}
GROUP BY b.nomor_sep`;
}
