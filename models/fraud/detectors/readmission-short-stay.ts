// READMISSION's return in the same organ system after a first stay cut short (red team RT-READMIT-151:
// children's pneumonia sent home on day three of a five-day norm, back through the emergency room eight to
// thirteen days later under the same paediatrician, coded as acute bronchitis, another group of the
// respiratory CMG). The clinical-group signals read the ICD-10 category or the CBG group; this one reads
// the organ system (readmission-organ.ts), and narrows it by what a relapse of a cut-short stay shows.
import { emergencyAdmissionSql } from './emergency-admission.js';
import { sameOrganSystemSql } from './readmission-organ.js';
import { stepUpSql } from './referral-pairs.js';

/*
 * SHORT_STAY_RELAPSE_NOTE. Honest care readmits in the same organ system for another condition (an
 * asthma attack weeks after a pneumonia, a gallstone after a gastritis), so the organ alone is weak. A
 * condition sent home unfinished and billed again under a neighbouring group shows four things together:
 * - the first stay was cut short: its length at most `shortStayRatio` of its INA-CBG norm at its severity
 *   (los_ratio; the norm is the group's expected course, the treatment a relapse interrupts);
 * - the return is unplanned, through the emergency department (emergency-admission.ts): the patient came
 *   back ill, not booked;
 * - the same DPJP treats both stays: the doctor who discharged is the one who admits again and codes the
 *   second group (another doctor's admission is a second opinion, not one hand's split);
 * - the return needs no care the first stay lacked (stepUpSql: an operation, ICU, a ventilator): a
 *   worsening that needs an operation or intensive care is a complication, not the same care billed twice.
 * Suspicious, as the clinical-group signal: one patient proves little; a provider's several such returns
 * stand above the rate of every other hospital (the case rule's excess, claim-scores.ts).
 */

/** SQL: claim `o`, the first stay, lasted at most `ratio` of its INA-CBG norm (SHORT_STAY_RELAPSE_NOTE). */
export function cutShortSql(o: string, ratio: number): string {
  return `(${o}.los_norm > 0 AND ${o}.los_ratio <= ${ratio})`;
}

/**
 * SQL: readmission `b` after the first stay `o` at the same hospital is a relapse of a stay cut short, in
 * the same organ system under another group and ICD-10 category (SHORT_STAY_RELAPSE_NOTE).
 */
export function shortStayRelapseSql(b: string, o: string, ratio: number): string {
  return `(${o}.cbg_base <> ${b}.cbg_base AND ${o}.dx_category <> ${b}.dx_category AND ${sameOrganSystemSql(o, b)}
    AND ${cutShortSql(o, ratio)} AND ${emergencyAdmissionSql(b)} AND ${o}.kode_dpjp = ${b}.kode_dpjp
    AND NOT ${stepUpSql(o, b)})`;
}
