// PARTICIPANT_ABUSE: arthrosis a coded cause explains at a young age (red team RT-NM-RHEUMATOID-132).
// The age rule of M15-M17 (data-samples/reference ICD10_AGE_RULES, from 40) is the age of primary
// osteoarthritis, the wear of later life; a knee replaced at 42 under a daughter's card for her
// mother's worn knee is the scheme it finds (RT-ABUSE-131). Secondary arthrosis has no such age:
// joints destroyed by rheumatoid arthritis, gout or an old fracture are replaced in the thirties
// (knee replacement below 55 is done for "advanced inflammatory and degenerative knee arthritis":
// Keeney et al., Clin Orthop Relat Res 2011, systematic review; patients with rheumatoid arthritis
// come to it younger than those with osteoarthritis in Taiwan's national claims 1996-2010, Singapore
// Med J; the ACR/AAHKS 2022 guideline on antirheumatic drugs around hip and knee replacement is
// written for them). ICD-10 says which it is: the block M15-M19 takes
// "primary" in its clinical sense and gives secondary and post-traumatic arthrosis codes of their
// own (M15.3; M16.2-M16.7; M17.2-M17.5), and a cause coded beside an unspecified arthrosis (M17.9
// with M06.9) says the same. Such a code is not a diagnosis of another stage of life.
import { literal } from '../../../data-samples/sql/index.js';

/** ICD-10 arthrosis codes the age rule of primary osteoarthritis covers: M15-M17 (polyarthrosis, hip, knee). */
const ARTHROSIS_ICD10 = '^M1[5-7]';

/**
 * ICD-10 arthrosis codes secondary by definition (WHO ICD-10, block M15-M19): M15.3 secondary
 * multiple arthrosis; M16.2-M16.3 dysplastic, M16.4-M16.5 post-traumatic, M16.6-M16.7 other
 * secondary coxarthrosis; M17.2-M17.3 post-traumatic, M17.4-M17.5 other secondary gonarthrosis.
 */
const SECONDARY_ARTHROSIS_ICD10 = '^(M15[.]3|M16[.][2-7]|M17[.][2-5])';

/**
 * ICD-10 causes of secondary arthrosis that, coded on the same claim, explain an arthrosis before
 * primary osteoarthritis's age: M05-M14 inflammatory polyarthropathies (rheumatoid, juvenile,
 * psoriatic and enteropathic arthritis, gout and other crystal arthropathies), M87 osteonecrosis,
 * Q65 congenital deformities of the hip (dysplasia), T93 sequelae of injuries of the lower limb.
 */
const ARTHROSIS_CAUSE_ICD10 = '^(M0[5-9]|M1[0-4]|M87|Q65|T93)';

/**
 * SQL: is the code `x` of the claim's diagnosis list `dx` an arthrosis the claim itself explains
 * at any age: coded secondary or post-traumatic, or coded beside a cause of secondary arthrosis.
 * FALSE for every other code, so that the other age rules are untouched.
 */
export function explainedArthrosisSql(x: string, dx: string): string {
  return `(regexp_matches(${x}, ${literal(ARTHROSIS_ICD10)}) AND (regexp_matches(${x}, ${literal(SECONDARY_ARTHROSIS_ICD10)})
    OR coalesce(list_bool_or(list_transform(${dx}, c -> regexp_matches(c, ${literal(ARTHROSIS_CAUSE_ICD10)}))), false)))`;
}
