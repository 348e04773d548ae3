// PROLONGED_LOS: a stay whose raising complication has a course of its own in clinical guidance (red
// team RT-NM-PREECLAMPSIA-101). An INA-CBG group's length-of-stay norms are its usual stays': a
// caesarean's are an ordinary caesarean's, home in two or three days. A complication that sets the
// stay's severity level and is too rare in the group to move those norms (severe pre-eclampsia is a
// few per cent of caesareans) has days the guideline gives it, whatever the group's mix: magnesium
// sulphate until 24 hours after the birth, and the blood pressure watched in hospital for days after
// it. A verifier reads such a stay against that course, when the bill shows the course's care (the
// magnesium, the antihypertensives, the repeated liver, kidney and clotting tests): within it, the
// stay is the complication's, not days added to a caesarean. A stay coding the complication without
// its care on the bill (a code added for the severity level, RT-UPCODE-107's kind) is judged as any
// other, and so is a treated stay kept past the course.
import { literal } from '../../../data-samples/sql/index.js';

/** A complication with a guideline course, the deliveries it applies to, and how long its course keeps the mother. */
export interface ComplicationCourse {
  readonly complication: string;
  /** ICD-10 of the complication, in any position of the claim's diagnoses. */
  readonly icd10: string;
  /** Days of stay the course fills, admission to discharge. */
  readonly courseDays: number;
  readonly source: string;
}

/**
 * Severe pre-eclampsia (O14.1), HELLP syndrome (O14.2) and eclampsia (O15) at a delivery. The course:
 * a day to stabilise the mother before the birth (magnesium loading, blood pressure brought down:
 * delivery "after maternal stabilisation", ACOG Practice Bulletin 222, 2020), magnesium sulphate
 * until 24 hours after the birth (ACOG PB 222; WHO recommendations for prevention and treatment of
 * pre-eclampsia and eclampsia, 2011; POGI's national guideline, PNPK pre-eklampsia 2016, the same),
 * then the blood pressure watched in hospital for at least 72 hours after the birth (ACOG PB 222),
 * through the days postpartum hypertension peaks, 3 to 6 days after the birth (ACOG PB 222), until
 * it is under 150/100 (NICE NG133, 2019, transfer to community care). One day before and six after:
 * seven days. Mild pre-eclampsia (O14.0) and gestational hypertension (O13) get no magnesium and no
 * course of their own.
 */
export const SEVERE_PREECLAMPSIA_COURSE: ComplicationCourse = Object.freeze({
  complication: 'severe pre-eclampsia, HELLP or eclampsia at delivery',
  icd10: '^O1(4[.][12]|5)',
  courseDays: 7,
  source:
    'ACOG Practice Bulletin 222 (2020): deliver after stabilisation, magnesium sulphate 24 h postpartum, blood pressure monitored 72 h postpartum, peaking 3-6 days after birth; WHO 2011; NICE NG133 (2019)',
});

/**
 * The least care above the code's care at other facilities (log, over the provider's own price
 * level) that shows the course was given: a tenth. Assumption: 24 hours of magnesium sulphate with
 * its infusion and monitoring, an antihypertensive, and two or more sets of liver, kidney, platelet
 * and clotting tests add more than a tenth to a caesarean's drugs, tests and procedures; a stay whose
 * care is no more than its group's shows none of it.
 */
export const MIN_COURSE_CARE_LOG = Math.log(1.1);

/**
 * A delivery: ICD-10 O80-O84 (method of delivery) or an ICD-9-CM delivery procedure (72 forceps and
 * vacuum, 73 assisted delivery, a caesarean), as care-norms.ts deliverySql; not imported, since
 * care-norms.ts reads this module through los-care-carried.ts.
 */
const DELIVERY_ICD10 = '^O8[0-4]';
const DELIVERY_ICD9 = '^(72\\.|73\\.|74\\.(0|1|2|4|99))';

const anyCode = (list: string, pattern: string): string =>
  `coalesce(list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)}))), false)`;

/**
 * SQL predicate on a fraud_claim_base row `b`: a delivery coding the complication of `course`, no
 * longer than its course, whose care excess (`careExcess`: its care against the code's at other
 * facilities, over the provider's price level, los-care-carried.ts) is at least MIN_COURSE_CARE_LOG.
 * The severity the complication raises is asked by the caller (a level-II or III stay).
 */
export function complicationCourseSql(b: string, careExcess: string, course: ComplicationCourse = SEVERE_PREECLAMPSIA_COURSE): string {
  return `(${anyCode(`${b}.dx_list`, course.icd10)} AND (${anyCode(`${b}.dx_list`, DELIVERY_ICD10)} OR ${anyCode(`${b}.px_list`, DELIVERY_ICD9)})
      AND ${b}.los <= ${course.courseDays} AND ${careExcess} >= ${MIN_COURSE_CARE_LOG})`;
}

/**
 * Tuberculous meningitis: ICD-10 A17.0, or a meningitis (G00-G03) coded on one stay with tuberculosis
 * (A15-A19), its cerebrospinal fluid taken (lumbar puncture, ICD-9-CM 03.31). Its course in hospital is
 * the condition's, not its group's (G-4-15 holds seizures and acute meningitis, home in days): four
 * weeks of intravenous dexamethasone in grade II-III disease (Thwaites et al., N Engl J Med 2004;
 * 351:1741-51, the adjunctive corticosteroid WHO recommends, consolidated TB guidelines module 4, 2022),
 * the intensive-phase drugs by nasogastric tube or injection to a drowsy patient, repeated lumbar
 * punctures and the watch for hydrocephalus (Kemenkes PNPK Tuberkulosis 2020). Its daily care is cheap
 * (oral or tube drugs, a steroid), so its bill grows less with its days than an acute illness's would.
 */
export const TUBERCULOUS_MENINGITIS_COURSE = Object.freeze({
  condition: 'tuberculous meningitis',
  courseDays: 28,
  source:
    'Thwaites et al., NEJM 2004 (dexamethasone IV 4 weeks for grade II-III, then oral taper); WHO consolidated guidelines on tuberculosis, module 4, 2022 (adjunctive corticosteroids in TB meningitis); Kemenkes PNPK Tuberkulosis 2020',
});

/** ICD-10 tuberculous meningitis (A17.0); or meningitis (G00-G03) and tuberculosis (A15-A19) coded together; the lumbar puncture (ICD-9-CM). */
const TB_MENINGITIS_ICD10 = '^A17[.]0';
const MENINGITIS_ICD10 = '^G0[0-3]';
const TUBERCULOSIS_ICD10 = '^A1[5-9]';
const LUMBAR_PUNCTURE_ICD9 = '03.31';

/**
 * SQL predicate on a fraud_claim_base row `b`: a stay of tuberculous meningitis (TUBERCULOUS_MENINGITIS_COURSE)
 * with its lumbar puncture, no longer than the course, whose care excess (`careExcess`, los-care-carried.ts) is at
 * least MIN_COURSE_CARE_LOG: the course given, not a code added to a short meningitis.
 */
export function tuberculousMeningitisCourseSql(b: string, careExcess: string): string {
  return `((${anyCode(`${b}.dx_list`, TB_MENINGITIS_ICD10)} OR (${anyCode(`${b}.dx_list`, MENINGITIS_ICD10)} AND ${anyCode(`${b}.dx_list`, TUBERCULOSIS_ICD10)}))
      AND list_contains(${b}.px_list, ${literal(LUMBAR_PUNCTURE_ICD9)})
      AND ${b}.los <= ${TUBERCULOUS_MENINGITIS_COURSE.courseDays} AND ${careExcess} >= ${MIN_COURSE_CARE_LOG})`;
}
