// READMISSION's exemption for the second stage of an operation planned in stages, read off the two
// stays (red team RT-NM-READMIT-151: deep burns debrided on admission, brought back on the surgeon's
// clinic letter for the second debridement once the wound bed is ready).
import { emergencyAdmissionSql } from './emergency-admission.js';

/** INA-CBG case type (digit 2) of an inpatient procedure group (data-samples/reference/inacbg.ts). */
const INPATIENT_PROCEDURE_CASE_TYPE = '1';
/** SEP asal_rujukan of a hospital's letter (SCHEMA.md claims.asal_rujukan: 2, a transfer or an internal referral). */
const HOSPITAL_LETTER = 2;

/*
 * STAGED_OPERATION_NOTE. Some operations are done in stages by plan: a deep burn or a dirty wound is
 * debrided again when the wound bed is ready (serial excision of burns, WHO Management of burns 2007,
 * and a second look of necrotising soft-tissue infections within days), a colostomy is closed weeks
 * after the resection. The CMS Planned Readmission Algorithm (v4) counts a readmission for a planned
 * procedure as planned unless its primary diagnosis is acute; a burn is coded as an acute injury both
 * times, so the diagnosis cannot tell the stage from a relapse. The record can:
 * - the return was booked: its SEP carries the hospital's own letter (asal_rujukan 2, the referring
 *   PPK the hospital itself) dated after the first admission and before this one, and the patient did
 *   not come through the emergency department (emergency-admission.ts);
 * - both stays are operations (inpatient procedure groups, case type 1): the first stay operated and
 *   the second operates again.
 * A discharge cut short and booked back (RT-READMIT-61: cellulitis sent home on day three, readmitted
 * on the surgical clinic's letter) comes back to a medical group, its antibiotics continued, no
 * operation; a stay split into a work-up and its operation has no operation in the first part. Both
 * remain readmissions. A second operation that did not take place is the phantom detectors' to find.
 */

/** SQL: is readmission `b` the booked second stage of the operation of the first stay `o` (STAGED_OPERATION_NOTE)? */
export function stagedOperationSql(b: string, o: string): string {
  return `(split_part(${o}.kode_inacbg, '-', 2) = '${INPATIENT_PROCEDURE_CASE_TYPE}'
    AND split_part(${b}.kode_inacbg, '-', 2) = '${INPATIENT_PROCEDURE_CASE_TYPE}'
    AND coalesce(${b}.asal_rujukan = ${HOSPITAL_LETTER} AND ${b}.ppk_rujukan = ${b}.facility_id
      AND ${b}.tgl_rujukan >= ${o}.tgl_masuk AND ${b}.tgl_rujukan < ${b}.tgl_masuk, false)
    AND NOT ${emergencyAdmissionSql(b)})`;
}
