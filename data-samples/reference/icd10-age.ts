// Ages at which a diagnosis can be the card holder's own. ICD-10 itself carries no age limits
// for most codes (WHO ICD-10 volume 2, 4.2.5 names only the sex- and age-specific categories
// in general terms), so the ranges below are a small named table, each with its source. They
// constrain the generator's honest care: a synthetic child never gets prostate surgery and an
// adult never febrile convulsions, so a detector that flags these codes meets real misuse only.

export interface Icd10AgeRule {
  /** Codes the rule covers (regular expression on the ICD-10 code). */
  readonly pattern: RegExp;
  /** The codes in words, for the documentation. */
  readonly label: string;
  /** Youngest age in years at which the code is the holder's own (inclusive). */
  readonly min: number;
  /** Age in years from which it no longer is (exclusive). */
  readonly max: number;
  readonly source: string;
}

/** No upper limit. */
const ANY = 200;

export const ICD10_AGE_RULES: readonly Icd10AgeRule[] = Object.freeze([
  {
    pattern: /^R56\.0/,
    label: 'R56.0 febrile convulsions',
    min: 0.5,
    max: 6,
    source:
      'Febrile seizures occur between 6 and 60 months of age (American Academy of Pediatrics, Febrile Seizures clinical practice guideline, Pediatrics 2011); up to the sixth birthday for a late first seizure.',
  },
  {
    pattern: /^P/,
    label: 'P00-P96 perinatal conditions',
    min: 0,
    max: 28 / 365.25,
    source:
      'Chapter XVI, conditions originating in the perinatal period: the neonatal period is the first 28 days of life (WHO); a stay coded with them begins within it.',
  },
  {
    pattern: /^(O|Z3[2-7]|Z39)/,
    label: 'O00-O99, Z32-Z37, Z39 pregnancy and delivery',
    min: 15,
    max: 50,
    source:
      'Pregnancy, delivery and antenatal care: women of reproductive age 15-49 (WHO, BKKBN), the ages the generator has always given mothers; the detector allows 10-60.',
  },
  {
    pattern: /^(N40|C61)/,
    label: 'N40 prostatic hyperplasia, C61 prostate cancer',
    min: 40,
    max: ANY,
    source:
      'Benign prostatic hyperplasia is absent before 30 and rare before 40 (Berry et al., J Urol 1984, autopsy prevalence by age; AUA LUTS/BPH guideline 2021 addresses men over 45); prostate cancer is rarer still before 50.',
  },
  {
    pattern: /^H25/,
    label: 'H25 senile cataract',
    min: 40,
    max: ANY,
    source: 'H25 is age-related (senile) cataract; cataract in younger people is coded elsewhere (H26, Q12).',
  },
  {
    pattern: /^J44/,
    label: 'J44 COPD',
    min: 40,
    max: ANY,
    source: 'COPD develops after decades of exposure: GOLD 2023 considers the diagnosis from age 40.',
  },
  {
    pattern: /^M1[5-7]/,
    label: 'M15-M17 primary osteoarthritis',
    min: 40,
    max: ANY,
    source:
      'Primary osteoarthritis of hip and knee: NICE CG177 (2014) diagnoses it clinically from 45; 40 leaves room for early primary disease (knee trauma in the young is coded to the injury).',
  },
  {
    pattern: /^K70/,
    label: 'K70 alcoholic liver disease',
    min: 18,
    max: ANY,
    source: 'Alcoholic liver disease needs years of heavy drinking (EASL clinical practice guidelines 2018): not a diagnosis of children.',
  },
]);

/** The age rule of a code, if it has one. */
export function ageRuleOf(code: string): Icd10AgeRule | undefined {
  return ICD10_AGE_RULES.find((r) => r.pattern.test(code));
}

/**
 * A disease of later life with an age below which it is not found at all (not merely rare), and
 * the operations that treat it. An operation for it on the claim of a card holder below that age
 * treats a body the card holder does not have (models/fraud/detectors/participant-age.ts).
 */
export interface Icd10AgeFloor {
  /** Codes of the disease (regular expression on the ICD-10 code). */
  readonly pattern: RegExp;
  /** The codes in words, for the documentation and the evidence. */
  readonly label: string;
  /** Age in years below which the disease is not found (exclusive: a card holder of this age may have it). */
  readonly absentBefore: number;
  /** ICD-9-CM codes of the operations that treat the disease (regular expression). */
  readonly treatedBy: RegExp;
  /** Where the floor comes from. */
  readonly source: string;
  /** Why the operations are the disease's own (a younger patient's like condition gets another one). */
  readonly treatmentSource: string;
}

/**
 * Floors, one per disease, each with its source. Left out on purpose (their range rules above
 * stay): C61, whose code also takes a child's prostatic rhabdomyosarcoma; H25, whose cataract
 * extraction is the same operation a young person's own cataract (H26, Q12) gets, so a
 * miscoded young patient's operation is paid the same group and the record alone cannot tell a
 * lent card; J44, since COPD is found in young adults (Colak et al., Lancet Respir Med 2020:
 * COPD in 3% of 20-50 year-olds); M15-M17, since osteoarthritis follows a young knee's injury or
 * a dysplastic hip; K70, since heavy drinking starts in adolescence.
 */
export const ICD10_AGE_FLOORS: readonly Icd10AgeFloor[] = Object.freeze([
  {
    pattern: /^N40/,
    label: 'N40 prostatic hyperplasia',
    absentBefore: 30,
    // 60.2 transurethral, 60.3 suprapubic, 60.4 retropubic, 60.62 perineal, 60.69 other (enucleation)
    // prostatectomy; 60.95-60.97 transurethral dilation and thermal destruction of prostate tissue
    treatedBy: /^60\.(2|3|4|6[29]|9[5-7])/,
    source:
      'Berry, Coffey, Walsh & Ewing, The development of human benign prostatic hyperplasia with age, J Urol 1984;132:474-9: in pooled autopsy series no histological hyperplasia was found in men under 30 (8% at 31-40, 50% at 51-60, 88% in the ninth decade).',
    treatmentSource:
      'AUA guideline on surgical management of LUTS attributed to BPH (2021): resection, enucleation, simple prostatectomy and transurethral thermal therapies remove or destroy hyperplastic tissue; a young man obstructed at the bladder neck has it incised (57.91), not his prostate resected.',
  },
]);
