// The participant-abuse detector: a card used by someone else (a diagnosis impossible for the
// card holder's sex or age, a diagnosis of early childhood on an adult's card, two deliveries closer
// than a pregnancy allows: participant-deliveries.ts) and chronic drugs
// collected ahead of need across facilities, refilled faster than taken at any facility
// (participant-refills.ts) or while the chronic programme still supplies them (DOMAIN.md section 3);
// a stay on a card whose holder was at his own doctor's clinic far away (participant-usual-clinic.ts).
import { ICD10_AGE_RULES } from '../../../data-samples/reference/index.js';
import { MEMBER_LOOKBACK_DAYS } from '../../../features/fraud/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { PARTICIPANT_AGE_SIGNALS, diseaseTreatedBelowItsAgeSql } from './participant-age.js';
import { deliveriesTooCloseSql } from './participant-deliveries.js';
import { deliveryPastChildbearingAgeSql, olderMotherCardsSql } from './participant-older-mothers.js';
import { chronicSupplySql } from './participant-supply.js';
import { HOUSEHOLD_AGE_SIGNALS, HOUSEHOLD_AGE_THRESHOLDS, laterLifeOperationOnHouseholdCardSql } from './participant-household-age.js';
import { explainedArthrosisSql } from './participant-secondary-arthrosis.js';
import { PAIR_SUSPECT_THRESHOLDS } from './pair-suspect.js';
import { refillsAheadOfUseSql } from './participant-refills.js';
import { USUAL_CLINIC_SIGNALS, USUAL_CLINIC_THRESHOLDS, stayWhileHolderAtUsualClinicSql } from './participant-usual-clinic.js';
import { chronicDrugsDuringPrbSupplySql } from './prb-supply.js';
import { certain, defineDetector, suspicious } from './types.js';

/**
 * Diagnoses of early childhood (regular expression on ICD-10): febrile convulsions (R56.0) occur
 * between 6 months and 5 years of age (American Academy of Pediatrics, febrile seizures clinical
 * practice guideline 2011; ILAE: a seizure in childhood with fever). On an adult's card the child
 * who was treated is someone else; an adult's seizure with fever is coded to its cause.
 */
const EARLY_CHILDHOOD_ICD10 = '^R56[.]0';

/**
 * Diagnoses of one stage of life (data-samples/reference ICD10_AGE_RULES, each with its source:
 * prostate disease from 40, senile cataract, COPD and primary osteoarthritis from 40, alcoholic
 * liver disease from 18), as SQL: the codes of `dx` outside their range at `age`. Perinatal,
 * obstetric and febrile-convulsion codes have their own signals and stay out, and so does an arthrosis the
 * claim codes as secondary or beside its cause (participant-secondary-arthrosis.ts): not primary osteoarthritis.
 */
function outsideAgeRangeSql(dx: string, age: string): string {
  const rules = ICD10_AGE_RULES.filter((r) => !/^\^(R56|P|\(O)/.test(r.pattern.source));
  const outside = rules.map((r) => `(regexp_matches(x, ${literal(r.pattern.source)}) AND (${age} < ${r.min} OR ${age} >= ${r.max}))`);
  return `list_filter(${dx}, x -> (${outside.join(' OR ')}) AND NOT ${explainedArthrosisSql('x', dx)})`;
}

export const PARTICIPANT_ABUSE_DETECTOR = defineDetector({
  code: 'PARTICIPANT_ABUSE',
  nameId: 'Penyalahgunaan kartu oleh peserta',
  nameEn: 'Card used by someone else',
  thresholds: {
    chronicSupplyDays: {
      value: 30,
      source:
        'Chronic-disease drugs at a referral hospital are dispensed for up to 30 days per visit (Permenkes 28/2014; BPJS Kesehatan: 7 days in the INA-CBG tariff plus 23 days billed apart).',
    },
    refillWindowDays: {
      value: 60,
      source: 'Assumption: two supply periods; the fills before a fill within them are the supply the member still holds.',
    },
    earlyRefillDays: {
      value: 10,
      source:
        'Refill-too-soon edits of pharmacy benefit managers allow a refill once about 75-80% of a supply is used (a week early on 30 days); assumption: more than 10 days of supply still in hand at a fill is no travel or holiday reserve.',
    },
    minPrbDoubleSupplies: {
      value: 2,
      source:
        'Assumption: a PRB member returns to the hospital specialist for control months apart, and a regimen changed there may overlap the running PRB supply once; two such overlaps of one card and condition within refillWindowDays are a second monthly source of the same drugs (measured on a generated extract of 47,451 claims: 28 single overlaps at 11 hospitals, none repeated within 60 days).',
    },
    refillSeriesDays: {
      value: MEMBER_LOOKBACK_DAYS,
      source:
        'Assumption: three months either side of a fill hold three or more monthly supplies, enough to read a refill pace from; the card look-back (MEMBER_LOOKBACK_DAYS) that arrival loads, so batch and arrival read the same series.',
    },
    minSeriesFills: {
      value: 4,
      source:
        'Assumption: a first fill and three refills make a pace; one control brought forward (a regimen changed, a trip) is a single early fill, read by the fill-by-fill tolerance across facilities.',
    },
    maxRefillPace: {
      value: 1.25,
      source:
        'Refill-too-soon edits allow a refill once about 80% of a supply is used (earlyRefillDays): refilled at that point every time, 30-day supplies run at 30 / 24 = 1.25 supply-days a calendar day; a series faster than that is ahead of any refill tolerance, whatever each fill looks like alone.',
    },
    minRefillFacilities: {
      value: 2,
      source:
        'The scheme is collecting across facilities (each sees a normal monthly visit); at one facility its own pharmacy would see the repeat.',
    },
    childhoodCodeMinAge: {
      value: 18,
      source:
        "Febrile convulsions are a diagnosis of children aged 6 months to 5 years (AAP 2011); from adulthood (18, as for perinatal codes) the code is not the card holder's (an adult's seizure with fever is coded to its cause).",
    },
    sameBirthDays: {
      value: 14,
      source:
        "Assumption: two delivery claims of one card within two weeks are one birth (twins, a second twin's delayed delivery, a transfer in labour, a resubmission), not two pregnancies.",
    },
    minDeliveryIntervalDays: {
      value: 165,
      source:
        'Ovulation returns at the earliest 25 days after a birth (Jackson & Glasier, Obstet Gynecol 2011, systematic review) and a birth needs 22 completed weeks of gestation, 140 days after conception (WHO ICD-10: earlier is an abortion, O00-O08): no woman delivers twice less than 165 days apart.',
    },
    pastChildbearingAge: {
      value: 50,
      source:
        'Reproductive age is 15-49 (WHO, BKKBN); births to women aged 50 and over are about 0.03% of births even where assisted reproduction is common (US NCHS, Births: final data for 2019, NVSR 70(2): 1,116 of 3.75 million).',
    },
    chronicCareWindowDays: {
      value: MEMBER_LOOKBACK_DAYS,
      source:
        "Assumption: three months either side of an obstetric claim lie inside the pregnancy or its puerperium, when a pregnant woman's hypertension or diabetes is coded as of pregnancy (O10, O24); the card look-back (MEMBER_LOOKBACK_DAYS) arrival loads.",
    },
    minOlderMotherCards: {
      value: 3,
      source:
        "At 0.03% of births (pastChildbearingAge), a hospital of 1,000 deliveries a year expects 0.3 mothers of 50 or more: three over a data period of up to two years (0.6 expected, Poisson p = 0.02), each card also billed for an older woman's chronic care, is a practice.",
    },
    // which fill of a whole supply paid twice is the suspect (pair-suspect.ts)
    ...PAIR_SUSPECT_THRESHOLDS,
    ...USUAL_CLINIC_THRESHOLDS,
    // an operation of later life on a young card holder with a relative of its age on the family card (participant-household-age.ts)
    ...HOUSEHOLD_AGE_THRESHOLDS,
    minInconsistentCodes: {
      value: 1,
      source:
        'ICD-10 sex- and age-specific categories (WHO ICD-10 volume 2, 4.2.5; obstetric codes outside ages 10-60, perinatal codes on adults: features/fraud/claim-sql.ts): one code impossible for the card holder means another person used the card.',
    },
  },
  signals: {
    diagnosis_inconsistent_with_sex: certain(
      "Diagnosis impossible for the card holder's sex",
      'Diagnosis mustahil untuk jenis kelamin pemilik kartu',
    ),
    diagnosis_inconsistent_with_age: certain("Diagnosis impossible at the card holder's age", 'Diagnosis mustahil pada usia pemilik kartu'),
    // certain since honest generated care stopped coding R56.0 on adults (issue 11: 44 of 49
    // honest hits per 20k members were that artefact; none remain)
    childhood_diagnosis_on_adult: certain(
      "Diagnosis of early childhood on an adult's card",
      'Diagnosis anak usia dini pada kartu orang dewasa',
    ),
    // suspicious: a coder may pick the age-related code for a younger patient's like condition
    diagnosis_outside_its_age_range: suspicious(
      "Diagnosis of another stage of life than the card holder's",
      'Diagnosis tahap usia lain dari usia pemilik kartu',
    ),
    // certain: an operation for a disease below the age it is found at (participant-age.ts says why)
    ...PARTICIPANT_AGE_SIGNALS,
    // suspicious: an older relative's joint replacement on a young member's card (participant-household-age.ts)
    ...HOUSEHOLD_AGE_SIGNALS,
    // the card's holder at his own doctor's clinic far away while a stay at a hospital new to the card runs (participant-usual-clinic.ts)
    ...USUAL_CLINIC_SIGNALS,
    // certain: the body's calendar; two births of one woman cannot be that close (participant-deliveries.ts)
    // suspicious: a late pregnancy with hypertension is possible once; three cards of 50+ women at one hospital,
    // each billed for an older woman's chronic care around it, are cards lent (participant-older-mothers.ts)
    obstetric_care_on_older_chronic_card: suspicious(
      "Pregnancy care on the card of a woman past childbearing age who is treated for an older woman's chronic disease",
      'Perawatan kehamilan pada kartu perempuan lewat usia subur yang dirawat untuk penyakit kronis usia lanjut',
    ),
    // suspicious: a delivery on the card of a woman of 50 or more, chronic care or not (RT-ABUSE-121); one late
    // mother after donor eggs is honest, so the provider's excess of the signal opens the case (participant-older-mothers.ts)
    delivery_past_childbearing_age: suspicious(
      'A delivery on the card of a woman past childbearing age',
      'Persalinan pada kartu perempuan yang sudah lewat usia subur',
    ),
    deliveries_too_close_on_one_card: certain(
      'A second delivery on the card sooner than a pregnancy allows',
      'Persalinan kedua pada kartu lebih cepat dari yang dimungkinkan kehamilan',
    ),
    chronic_drugs_collected_too_often: suspicious(
      'Chronic drugs collected more often than their supply allows',
      'Obat kronis diambil lebih sering dari masa persediaannya',
    ),
    // suspicious: a series of fills faster than the supply is taken, at any facility (participant-refills.ts); the
    // audit reads the prescriptions (a dose raised mid-month needs a new supply once, not every three weeks)
    chronic_refills_ahead_of_use: suspicious(
      'Chronic drugs for one condition refilled faster than the supply is taken',
      'Obat kronis untuk satu kondisi diambil lebih cepat dari persediaannya habis',
    ),
    // a whole supply still in hand means one fill paid for drug-days already paid: certain by the
    // rules (generated honest members hold one supply at a time since issue 18); named on the suspect
    // fill (participant-supply.ts: beyond reach of home, the facility the card uses least, the later, the
    // one billed after the other was paid), the other fills as its related claims; every fill where nothing tells
    chronic_supply_paid_twice: certain(
      'Chronic drugs collected with a whole supply still in hand',
      'Obat kronis diambil padahal persediaan sebulan masih ada',
    ),
    // suspicious, not certain, whatever the supply in hand: a PRB patient whose condition no longer
    // holds steady is referred back to the hospital, whose specialist may change the regimen before
    // the PRB supply runs out (which of the two supplies should not have been paid is the audit's
    // question); the same overlap at one hospital, patient after patient, is the scheme
    chronic_drugs_during_prb_supply: suspicious(
      'Hospital chronic drugs while a chronic-programme (PRB) supply of the same condition still runs',
      'Obat kronis RS saat persediaan Program Rujuk Balik untuk kondisi yang sama masih berjalan',
    ),
  },
  sql: (t, src) => `
SELECT nomor_sep, 'diagnosis_inconsistent_with_sex' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Card holder is {} but the claim carries {}', CASE sex WHEN 'L' THEN 'male' ELSE 'female' END, array_to_string(sex_inconsistent_codes, ', ')) AS evidence_en,
  format('Pemilik kartu {} tetapi klaim memuat {}', CASE sex WHEN 'L' THEN 'laki-laki' ELSE 'perempuan' END, array_to_string(sex_inconsistent_codes, ', ')) AS evidence_id
FROM fraud_claim_base WHERE len(sex_inconsistent_codes) >= ${t.minInconsistentCodes}
UNION ALL
SELECT nomor_sep, 'diagnosis_inconsistent_with_age', paid_amount, []::VARCHAR[],
  format('Card holder is {:.0f} years old but the claim carries {}', floor(age), array_to_string(age_inconsistent_codes, ', ')),
  format('Pemilik kartu berusia {:.0f} tahun tetapi klaim memuat {}', floor(age), array_to_string(age_inconsistent_codes, ', '))
FROM fraud_claim_base WHERE len(age_inconsistent_codes) >= ${t.minInconsistentCodes} AND len(sex_inconsistent_codes) < ${t.minInconsistentCodes}
UNION ALL
SELECT nomor_sep, 'childhood_diagnosis_on_adult', paid_amount, []::VARCHAR[],
  format('Card holder is {:.0f} years old but the claim carries {}, a diagnosis of early childhood', floor(age), array_to_string(list_filter(dx_list, x -> regexp_matches(x, ${literal(EARLY_CHILDHOOD_ICD10)})), ', ')),
  format('Pemilik kartu berusia {:.0f} tahun tetapi klaim memuat {}, diagnosis anak usia dini', floor(age), array_to_string(list_filter(dx_list, x -> regexp_matches(x, ${literal(EARLY_CHILDHOOD_ICD10)})), ', '))
FROM fraud_claim_base WHERE age >= ${t.childhoodCodeMinAge} AND list_bool_or(list_transform(dx_list, x -> regexp_matches(x, ${literal(EARLY_CHILDHOOD_ICD10)})))
  AND len(age_inconsistent_codes) < ${t.minInconsistentCodes} AND len(sex_inconsistent_codes) < ${t.minInconsistentCodes}
UNION ALL
SELECT nomor_sep, 'diagnosis_outside_its_age_range', paid_amount, []::VARCHAR[],
  format('Card holder is {:.0f} years old but the claim carries {}, a diagnosis of another stage of life', floor(age), array_to_string(${outsideAgeRangeSql('dx_list', 'age')}, ', ')),
  format('Pemilik kartu berusia {:.0f} tahun tetapi klaim memuat {}, diagnosis tahap usia lain', floor(age), array_to_string(${outsideAgeRangeSql('dx_list', 'age')}, ', '))
FROM fraud_claim_base WHERE len(${outsideAgeRangeSql('dx_list', 'age')}) > 0
  AND len(age_inconsistent_codes) < ${t.minInconsistentCodes} AND len(sex_inconsistent_codes) < ${t.minInconsistentCodes}
UNION ALL
-- chronic drugs collected ahead of need across facilities, and the suspect fill of a whole supply paid twice
SELECT * FROM (${chronicSupplySql(t, src)})
UNION ALL
SELECT * FROM (${diseaseTreatedBelowItsAgeSql()})
UNION ALL
SELECT * FROM (${laterLifeOperationOnHouseholdCardSql(t, src.members)})
UNION ALL
SELECT * FROM (${deliveriesTooCloseSql(t)})
UNION ALL
SELECT * FROM (${olderMotherCardsSql(t)})
UNION ALL
SELECT * FROM (${deliveryPastChildbearingAgeSql(t)})
UNION ALL
SELECT * FROM (${refillsAheadOfUseSql(t)})
UNION ALL
SELECT * FROM (${chronicDrugsDuringPrbSupplySql(src, t)})
UNION ALL
${stayWhileHolderAtUsualClinicSql(t)}`,
});
