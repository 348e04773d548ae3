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
export const ARTHROSIS_ICD10 = '^M1[5-7]';

/**
 * ICD-10 arthrosis codes secondary by definition (WHO ICD-10, block M15-M19): M15.3 secondary
 * multiple arthrosis; M16.2-M16.3 dysplastic, M16.4-M16.5 post-traumatic, M16.6-M16.7 other
 * secondary coxarthrosis; M17.2-M17.3 post-traumatic, M17.4-M17.5 other secondary gonarthrosis.
 */
const SECONDARY_ARTHROSIS_ICD10 = '^(M15[.]3|M16[.][2-7]|M17[.][2-5])';

/**
 * ICD-10 causes of secondary arthrosis of the hip and knee: coded on the claim, they make an
 * arthrosis of M15-M17 secondary, whatever its age, and so neither primary osteoarthritis's age rule
 * (participant.ts) nor an operation of later life (participant-household-age.ts) reads it. WHO ICD-10
 * (2019), block M15-M19, gives the causes its secondary codes name: dysplasia (M16.2-M16.3), trauma
 * (M16.4-M16.5, M17.2-M17.3) and other secondary arthrosis (M16.6-M16.7, M17.4-M17.5), such as
 * after inflammatory arthritis or osteonecrosis. The codes of each cause:
 * - M05-M14: inflammatory polyarthropathies (rheumatoid, juvenile, psoriatic and enteropathic
 *   arthritis, gout and other crystal arthropathies);
 * - M87: osteonecrosis (of the femoral head or the knee's condyles, the joint collapsing under it);
 * - Q65: congenital deformities of the hip (developmental dysplasia); M91 juvenile osteochondrosis
 *   of the hip and pelvis (Legg-Calve-Perthes disease, coxa plana) and M93.0 slipped upper femoral
 *   epiphysis, the childhood hip disorders that, with dysplasia, wear the hip out in early adult life;
 * - injury of the joint or of the limb it carries: S32.4 fracture of the acetabulum (the hip's
 *   socket), S70-S79 injuries of the hip and thigh, S80-S89 of the knee and lower leg (a meniscus
 *   or ligament torn, a tibial plateau fractured), T12-T13 injuries of the lower limb at a level
 *   not given, and T93 sequelae of injuries of the lower limb (the old fracture of a young
 *   replacement).
 * An injury elsewhere (a head wound, a fractured wrist, an ankle; a poisoning in the T chapter)
 * explains no hip or knee, so it makes no arthrosis of theirs secondary.
 */
export const SECONDARY_ARTHROSIS_CAUSE_ICD10 = '^(M0[5-9]|M1[0-4]|M87|M91|M93[.]0|Q65|S32[.]4|S[78][0-9]|T1[23]|T93)';

/**
 * SQL: is the code `x` of the claim's diagnosis list `dx` an arthrosis the claim itself explains
 * at any age: coded secondary or post-traumatic, or coded beside a cause of secondary arthrosis.
 * FALSE for every other code, so that the other age rules are untouched.
 */
export function explainedArthrosisSql(x: string, dx: string): string {
  return `(regexp_matches(${x}, ${literal(ARTHROSIS_ICD10)}) AND (regexp_matches(${x}, ${literal(SECONDARY_ARTHROSIS_ICD10)})
    OR coalesce(list_bool_or(list_transform(${dx}, c -> regexp_matches(c, ${literal(SECONDARY_ARTHROSIS_CAUSE_ICD10)}))), false)))`;
}
