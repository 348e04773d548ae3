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
