// UNNECESSARY_TREATMENT, imaging in mild care (unnecessary-treatment.ts imaging_above_casemix_peers):
// a CT or MRI the claim's own diagnoses call for is no scan without need, however mild the CBG. A
// verifier reads the diagnosis before the scan: a head injury or a stroke is scanned on arrival and
// again when it may evolve; a patient kept in intensive care was not mild care, whatever the group.
import { literal } from '../../../data-samples/sql/index.js';

/**
 * ICD-10 diagnoses for which CT or MRI is the standard investigation: intracranial injury S06 and
 * skull or facial fracture S02 (NICE NG232 head injury: CT within an hour for the criteria, a repeat
 * CT when the patient does not improve; Brain Trauma Foundation 2016), stroke and transient ischaemic
 * attack I60-I64, G45 (PERDOSSI stroke guideline 2011, AHA/ASA 2019: imaging before treatment),
 * spinal cord injury S14, S24, S34 and vertebral fracture S12, S22, S32 (NICE NG41), pulmonary
 * embolism I26 and aortic dissection or aneurysm I71 (CT angiography, ESC 2019 and 2014), and
 * malignant neoplasms C00-C97 (staging and response, PNPK oncology guidelines).
 */
export const IMAGING_INDICATION_ICD10 = '^(S06|S02|I6[0-4]|G45|S1[24]|S2[24]|S3[24]|I26|I71|C[0-9])';

/**
 * SQL predicate on fraud_claim_base `b`: the scan is what the record calls for, a diagnosis of
 * IMAGING_INDICATION_ICD10 in any position or days in intensive care (icu_los).
 */
export const imagingIndicatedSql = (b: string): string =>
  `(coalesce(${b}.icu_los, 0) > 0 OR coalesce(list_bool_or(list_transform(${b}.dx_list, x -> regexp_matches(x, ${literal(IMAGING_INDICATION_ICD10)}))), false))`;
