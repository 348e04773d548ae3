// UNNECESSARY_TREATMENT: a one-night stay the stone calls for (red team RT-NM-COLIC-134), the pain
// emergency beside the respiratory one (acute-respiratory-night.ts). The scheme admits for the tariff
// what a clinic treats: a dyspepsia kept one night with a drip. Renal colic is the other way round:
// a patient whose colic the emergency room's analgesia did not relieve is admitted for parenteral
// analgesia and fluids until the stone passes or the pain settles, and typically goes home the next
// morning; the short stay is the condition's course, not an admission habit. The record shows it:
// the emergency route, a urinary stone or renal colic as the primary diagnosis, the imaging of the
// urinary tract that confirms it, and the drugs on the bill. Such a night is not named a one-night
// stay of the provider's admission habit, nor counted in it.
import { literal } from '../../../data-samples/sql/index.js';
import { emergencyAdmissionSql } from './emergency-admission.js';

/**
 * ICD-10 renal colic (primary diagnosis): N20 calculus of kidney and ureter, N23 unspecified renal
 * colic. Admission criteria: pain not controlled by analgesia in the emergency department (NICE
 * NG118, Renal and ureteric stones, 2019, and NICE CKS renal colic: admit when pain persists despite
 * analgesia); EAU Guidelines on Urolithiasis (2023): NSAIDs, then opioids, for the acute episode, with
 * hospital care for refractory pain, fever or a solitary kidney. Most stones under 5 mm pass.
 */
const RENAL_COLIC_ICD10 = '^(N20|N23)';

/**
 * ICD-9-CM imaging of the urinary tract that confirms a stone in acute flank pain (EAU 2023:
 * ultrasound first, non-contrast CT the standard): 88.75 ultrasound of the urinary system, 88.76
 * ultrasound of abdomen and retroperitoneum, 87.73-87.79 X-ray of the urinary system (intravenous
 * pyelogram, KUB), 88.01 CT of the abdomen. A colic coded with no look at the tract is not enough.
 */
const URINARY_IMAGING_ICD9 = '^(88[.]7[56]|87[.]7[3-9]|88[.]01)';

/**
 * SQL predicate on fraud_claim_base `b`: a renal colic treated as its guideline says: admitted through
 * the emergency department (emergency-admission.ts), its primary diagnosis one of RENAL_COLIC_ICD10,
 * imaging of the urinary tract coded (URINARY_IMAGING_ICD9), and drugs on the bill (the parenteral
 * analgesia). A stone code on a planned admission, or with neither imaging nor drugs, is not enough.
 */
export function renalColicNightSql(b: string): string {
  return `(${emergencyAdmissionSql(b)} AND coalesce(regexp_matches(${b}.dx_primary, ${literal(RENAL_COLIC_ICD10)}), false)
    AND coalesce(list_bool_or(list_transform(${b}.px_list, x -> regexp_matches(x, ${literal(URINARY_IMAGING_ICD9)}))), false)
    AND coalesce(${b}.tarif_obat, 0) > 0)`;
}
