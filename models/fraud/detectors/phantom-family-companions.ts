// PHANTOM_BILLING from the family card and P-Care (DOMAIN.md section 3, "a claim for a service never
// given"; red team RT-PHANTOM-111): members of a family card billed beside a family member who was
// really referred and seen, on referral letters of the same FKTP that no P-Care visit wrote. The family
// card supplies the names, the genuine visit the day.
//
// Why phantom patients and not a sham referral (SELF_REFERRAL, referral_letter_without_visit): a sham
// referral is a patient who came to the hospital without a letter, and the letter was made up. Here
// P-Care itself records the family at its puskesmas that day (the seen member's visit wrote a letter
// to this hospital) and records no visit of the others: had they been ill and referred, the same
// puskesmas at the same visit would have written their letters too. The letter is not the only thing
// missing: the member's presence is. Once could be a parent who brought an unreferred child along (a
// real patient on a made-up letter); the same member added again on another of the family's visits is
// the card used as a list of names (minCompanionDays). An honest household ill together (hepatitis A,
// dengue) has each member's own P-Care visit behind each letter (red team RT-NM-HEPATITIS-111).
import type { FraudSources } from '../../../features/fraud/claim-sql.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';

export const FAMILY_COMPANION_THRESHOLDS = {
  minCompanionDays: {
    value: 2,
    source:
      "Assumption: a member billed once beside a family member's referred visit on a letter no visit wrote may have come along without a referral (a sham referral of a real patient, SELF_REFERRAL); added again on another day of the family's visits, the card is a list of names. Two days is the least recurrence; measured on the red-team base extract and scenarios: no member outside RT-PHANTOM-111 is billed so on even one day.",
  },
} satisfies Record<string, DetectorThreshold>;

export const FAMILY_COMPANION_SIGNALS = {
  family_member_billed_beside_referred_visit: suspicious(
    "Family-card member billed beside a family member's referred visit, on a letter of the same FKTP that no P-Care visit wrote, on several days",
    'Anggota KK ditagihkan bersama kunjungan rujukan anggota keluarga lain, dengan surat rujukan FKTP yang sama yang tidak ditulis kunjungan P-Care, pada beberapa hari',
  ),
};

type FamilyCompanionThresholds = { readonly [K in keyof typeof FAMILY_COMPANION_THRESHOLDS]: number };

/**
 * SQL: the claims on a primary-care letter of FKTP `ppk_rujukan` that no P-Care visit wrote, billed at the hospital
 * on the day a member of the same family card is billed there on a letter the same FKTP wrote for that member
 * (columns nomor_sep, card_key, tgl_masuk, paid_amount, no_rujukan, ppk_rujukan, seen_sep). Read by the phantom
 * branch below and by SELF_REFERRAL's referral_letter_without_visit, which leaves these letters to it.
 */
function familyCompanionClaimsSql(src: Pick<FraudSources, 'fktpVisits'>): string {
  return `
SELECT u.nomor_sep, any_value(u.card_key) AS card_key, any_value(u.tgl_masuk) AS tgl_masuk, any_value(u.paid_amount) AS paid_amount,
  any_value(u.no_rujukan) AS no_rujukan, any_value(u.ppk_rujukan) AS ppk_rujukan, min(s.nomor_sep) AS seen_sep
FROM fraud_claim_base u
  JOIN fraud_claim_base s ON s.family_key = u.family_key AND s.card_key <> u.card_key AND s.facility_id = u.facility_id
    AND s.tgl_masuk = u.tgl_masuk AND s.asal_rujukan = 1 AND s.ppk_rujukan = u.ppk_rujukan
  JOIN ${src.fktpVisits} sv ON sv.no_rujukan = s.no_rujukan AND sv.card_key = s.card_key AND sv.facility_id = s.ppk_rujukan
WHERE u.asal_rujukan = 1 AND coalesce(u.no_rujukan, '') <> '' AND u.family_key IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ${src.fktpVisits} v WHERE v.no_rujukan = u.no_rujukan)
GROUP BY u.nomor_sep`;
}

/** SQL: the companion claims (familyCompanionClaimsSql) of cards billed so on `minCompanionDays` days or more, with companion_days. */
export function recurringFamilyCompanionsSql(src: Pick<FraudSources, 'fktpVisits'>, minCompanionDays: number): string {
  return `SELECT * FROM (
  SELECT *, count(DISTINCT tgl_masuk) OVER (PARTITION BY card_key) AS companion_days FROM (${familyCompanionClaimsSql(src)})
) WHERE companion_days >= ${minCompanionDays}`;
}

/** SQL: the hit rows of family_member_billed_beside_referred_visit (a branch of PHANTOM_BILLING). */
export function familyCompanionsSql(t: FamilyCompanionThresholds, src: Pick<FraudSources, 'fktpVisits'>): string {
  return `
SELECT nomor_sep, 'family_member_billed_beside_referred_visit' AS signal, paid_amount AS amount_at_risk, [seen_sep] AS related_sep,
  format('Billed on {} beside {}, a member of the same family card referred here that day by a P-Care visit at {}; this card''s letter {} of {} was written by no P-Care visit, and the card was billed so on {} days',
    tgl_masuk, seen_sep, ppk_rujukan, no_rujukan, ppk_rujukan, companion_days) AS evidence_en,
  format('Ditagihkan pada {} bersama {}, anggota KK yang sama yang hari itu dirujuk ke sini oleh kunjungan P-Care di {}; surat rujukan {} dari {} kartu ini tidak ditulis kunjungan P-Care mana pun, dan kartu ini ditagihkan begitu pada {} hari',
    tgl_masuk, seen_sep, ppk_rujukan, no_rujukan, ppk_rujukan, companion_days) AS evidence_id
FROM (${recurringFamilyCompanionsSql(src, t.minCompanionDays)})`;
}
