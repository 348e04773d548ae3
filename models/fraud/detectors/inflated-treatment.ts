// Diagnoses whose treatment is itself a costly drug (INFLATED_BILL): a drug line many times the
// CBG's usual is the treatment there, not inflation, and the CBG's other diagnoses (iron
// deficiency beside aplastic anaemia, other poisonings beside a snakebite) are no norm for it.
// Such a claim is judged against claims of its own diagnosis only (fraud_procedure_peers scope
// 'diagnosis'); with too few of those nationally, its drug line is not judged by share at all.
import { literal } from '../../../data-samples/sql/index.js';

/** A diagnosis (primary ICD-10) whose guideline treatment is a costly drug, with the guideline. */
interface DrugTreatment {
  readonly icd10: RegExp;
  readonly drug: string;
  readonly source: string;
}

export const DRUG_TREATED_DIAGNOSES: readonly DrugTreatment[] = [
  {
    icd10: /^D61/,
    drug: 'anti-thymocyte globulin and ciclosporin',
    source:
      'British Society for Haematology guideline on aplastic anaemia (Killick et al. 2016): severe aplastic anaemia without a matched donor is treated with horse ATG and ciclosporin, given in hospital over days with transfusion support.',
  },
  {
    icd10: /^T63\.0/,
    drug: 'snake antivenom (SABU)',
    source:
      'WHO SEARO Guidelines for the management of snakebites (2nd ed. 2016): antivenom, repeated until coagulopathy or neurotoxicity resolve, is the only specific treatment of envenoming.',
  },
  {
    icd10: /^G61\.0/,
    drug: 'intravenous immunoglobulin',
    source: 'AAN practice parameter (Hughes et al. 2003): IVIG 0.4 g/kg for five days (or plasma exchange) in Guillain-Barré syndrome.',
  },
  {
    icd10: /^A3[35]/,
    drug: 'human tetanus immunoglobulin',
    source:
      'WHO position paper on tetanus vaccines (2017) and clinical management: tetanus immunoglobulin with metronidazole and sedation in intensive care.',
  },
];

/** The primary diagnoses of DRUG_TREATED_DIAGNOSES as one regular expression (their alternation). */
const DRUG_TREATED_ICD10 = DRUG_TREATED_DIAGNOSES.map((d) => `(${d.icd10.source})`).join('|');

/** SQL: claim `b`'s primary diagnosis is one whose treatment is a costly drug. */
export const drugTreatedDiagnosisSql = (b: string): string =>
  `regexp_matches(coalesce(${b}.dx_list[1], ''), ${literal(DRUG_TREATED_ICD10)})`;
