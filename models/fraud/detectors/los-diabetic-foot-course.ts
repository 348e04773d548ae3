// PROLONGED_LOS: the course of an infected diabetic foot (red team RT-NM-DIABFOOT-121). A diabetes
// group's length-of-stay norm is its usual stays': a hyperglycaemia brought under control in days. An
// infected diabetic foot in the same group has a course of its own in clinical guidance: weeks of
// antibiotics, started intravenously, with debridement (often repeated) and dressings, and the glucose
// brought under control for the wound to heal. A verifier reads such a stay against that course when the
// record shows the foot (diabetes with its complication, the infection) and its surgery, and the bill
// shows more care than the code's stays elsewhere: within the course, the stay is the foot's, not days
// added to a diabetes admission. A stay kept past the course, or coding the foot with no care on the
// bill, is judged as any other. Read beside los-complication-course.ts, with the same care gate.
import { literal } from '../../../data-samples/sql/index.js';
import { MIN_COURSE_CARE_LOG } from './los-complication-course.js';

/**
 * An infected diabetic foot treated in hospital. The course: the IWGDF/IDSA guideline on the diagnosis
 * and treatment of diabetes-related foot infections (Senneville et al., Clin Infect Dis 2023 and Diabetes
 * Metab Res Rev 2024) gives antibiotics for 1-2 weeks in a soft-tissue infection, continued to 3-4 weeks
 * when it is extensive, resolves slowly or the foot is ischaemic, and 3 weeks after a resection for
 * osteomyelitis; a severe infection is treated in hospital, parenterally at first, with urgent surgical
 * debridement. Four weeks: the longest soft-tissue course, or a resection's three weeks after a week of
 * work-up and debridement.
 */
export const DIABETIC_FOOT_COURSE = Object.freeze({
  condition: 'infected diabetic foot with debridement or amputation',
  courseDays: 28,
  source:
    'IWGDF/IDSA guideline on diabetes-related foot infections (Senneville et al., Clin Infect Dis 2023; Diabetes Metab Res Rev 2024): soft tissue 1-2 weeks, up to 3-4 weeks when extensive, slow or ischaemic; osteomyelitis 3 weeks after resection; severe infection admitted, parenteral antibiotics, urgent debridement',
});

/**
 * ICD-10 diabetes with the complication a diabetic foot is coded as: E10-E14 (type 1, type 2,
 * malnutrition-related, other, unspecified) with peripheral circulatory (.5), other specified (.6) or
 * multiple (.7) complications. Diabetes without complications (.9) is no diabetic foot.
 */
const DIABETES_FOOT_ICD10 = '^E1[0-4][.][5-7]';
/** ICD-10 infection of the foot: L02 abscess, L03 cellulitis, L08 other local skin infection, L97 ulcer of the lower limb, M86 osteomyelitis, R02 gangrene, A48.0 gas gangrene. */
const FOOT_INFECTION_ICD10 = '^(L02|L03|L08|L97|M86|R02|A48[.]0)';
/** ICD-9-CM surgery of the infected foot: 86.22 excisional and 86.28 non-excisional debridement, 84.1x amputation of the lower limb, 77.6x local excision of bone (a resection for osteomyelitis). */
const FOOT_SURGERY_ICD9 = '^(86[.]2[28]|84[.]1|77[.]6)';

const anyCode = (list: string, pattern: string): string =>
  `coalesce(list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)}))), false)`;

/**
 * SQL predicate on a fraud_claim_base row `b`: an infected diabetic foot (DIABETES_FOOT_ICD10 and
 * FOOT_INFECTION_ICD10, any position) with its surgery coded (FOOT_SURGERY_ICD9), no longer than
 * DIABETIC_FOOT_COURSE, whose care excess (`careExcess`: its care against the code's at other
 * facilities, over the provider's price level, los-care-carried.ts) is at least MIN_COURSE_CARE_LOG.
 * The severity the foot raises is asked by the caller (a level-II or III stay).
 */
export function diabeticFootCourseSql(b: string, careExcess: string): string {
  return `(${anyCode(`${b}.dx_list`, DIABETES_FOOT_ICD10)} AND ${anyCode(`${b}.dx_list`, FOOT_INFECTION_ICD10)}
      AND ${anyCode(`${b}.px_list`, FOOT_SURGERY_ICD9)}
      AND ${b}.los <= ${DIABETIC_FOOT_COURSE.courseDays} AND ${careExcess} >= ${MIN_COURSE_CARE_LOG})`;
}
