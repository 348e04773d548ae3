// READMISSION's exemption for the treated bleeding of an operation: what tells a complication of
// care from a discharge cut short, read off the two stays (RT-NM-CLOTRETENTION-111).
import { varcharList } from '../../../data-samples/sql/index.js';
import { emergencyAdmissionSql } from './emergency-admission.js';

/**
 * Transfusions (ICD-9-CM): whole blood 99.03, packed cells 99.04, platelets 99.05. A transfusion is
 * given on a measured fall of haemoglobin and is billed beside the blood service line (the blood
 * bags the hospital obtains from the blood bank, PMI/UTD): the record of a bleed that was treated.
 */
const TRANSFUSION_ICD9CM = ['99.03', '99.04', '99.05'];

/** INA-CBG case type (digit 2) of an inpatient procedure: the first stay was an operation. */
const INPATIENT_PROCEDURE_CASE_TYPE = '1';

/*
 * POSTOPERATIVE_BLEEDING_NOTE. An operation's wound can bleed again days after the patient went home
 * (secondary haemorrhage, when the scab over the raw surface separates: 2-5% of transurethral
 * prostatectomies one to two weeks later, EAU guidelines on non-neurogenic male LUTS 2023; the same
 * after tonsillectomy, haemorrhoidectomy, polypectomy). The man comes back in clot retention and is
 * irrigated and transfused. An auditor tells that complication from a premature discharge by three
 * things on the record, all of which a discharge cut short lacks:
 * - the first stay lasted at least its group's norm (los_norm): the patient was not sent home early;
 * - the return came through the emergency department, unplanned (a split stay is booked back);
 * - the return treats a new event, a bleed: a transfusion with its blood service line, where the
 *   first stay transfused none (had it, the return would be the same anaemia not yet corrected).
 * The readmission is then care of a complication, not a second bill for one episode: the hospital's
 * complication rate is a quality question, not a fraud type. A premature discharge of an operated
 * patient shows a first stay under its norm, or a return by appointment, or no bleed treated.
 */

/** SQL: is readmission `b` the treated bleeding of the operation of the first stay `o` (POSTOPERATIVE_BLEEDING_NOTE)? */
export function treatedPostoperativeBleedingSql(b: string, o: string): string {
  const transfusions = varcharList(TRANSFUSION_ICD9CM);
  return `(split_part(${o}.kode_inacbg, '-', 2) = '${INPATIENT_PROCEDURE_CASE_TYPE}'
    AND ${o}.los_norm > 0 AND ${o}.tgl_pulang - ${o}.tgl_masuk >= ${o}.los_norm
    AND NOT list_has_any(${o}.px_list, ${transfusions})
    AND ${emergencyAdmissionSql(b)}
    AND list_has_any(${b}.px_list, ${transfusions}) AND coalesce(${b}.tarif_pelayanan_darah, 0) > 0)`;
}
