// UNBUNDLING: an adjacent-day readmission that is a new episode, not a stay split in two (red team
// RT-NM-FALL-136, RT-NM-APS-137). The scheme closes a stay on paper and opens a second SEP for the
// same patient, who never left the ward (the night between in neither claim, an "other" discharge
// to the cardiac ward, a planned operation after its own work-up). Two honest patterns look alike
// on the dates and differ on the record: the patient really went home, a night at least, and came
// back through the emergency department, either
// - having left at their own request against advice (discharge status 3, pulang atas permintaan
//   sendiri): the hospital did not choose to end the stay, and the return is a new admission
//   (the "cut short and resumed" rule already reads only doctor-approved discharges, status 1); or
// - with a new injury the first stay does not code (a fall at home the day after discharge): an
//   injury is an event with its own date (ICD-10 chapter XIX), a new episode whoever treats it.
// A same-day return, a planned or internally referred admission, or an injury the first stay
// already coded (a fracture kept a night, then operated on under a new SEP) stays a split.
import { literal } from '../../../data-samples/sql/index.js';
import { emergencyAdmissionSql } from './emergency-admission.js';

/**
 * Hours the patient must have been away between the two SEPs, where the claims carry the times
 * (SCHEMA.md claims waktu_pulang, waktu_masuk): assumption, a night at home; a "discharge" at 20:00
 * and an admission before midnight is the split of RT-UNBUND-131, not a return.
 */
export const MIN_HOURS_AWAY = 12;

/** Discharge status 3: home at the patient's own request (SCHEMA.md claims discharge_status; DOMAIN.md section 2). */
const OWN_REQUEST_DISCHARGE = 3;

/**
 * ICD-10 injuries and other effects of external causes that happen on a day of their own (as a
 * regular expression): injuries S00-T14, foreign bodies, burns and frostbite T15-T35, toxic effects
 * of non-medicinal substances T51-T65, other external causes T66-T75. Not complications of care
 * (T80-T88: the first stay's own course) nor sequelae (T90-T98).
 */
const NEW_INJURY_ICD10 = '^(S|T0|T1|T2|T3[0-5]|T5[1-9]|T6|T7[0-5])';

/**
 * SQL predicate on fraud_claim_base `b` (the later stay) and `o` (the stay before it at the same
 * facility): a new episode, not a continuation. `b` began on a later calendar day than `o` ended,
 * MIN_HOURS_AWAY or more after it where both times are known, through the emergency department
 * (emergency-admission.ts), and either `o` ended at the patient's own request or `b`'s primary
 * diagnosis is an injury whose ICD-10 category none of `o`'s diagnoses carries.
 */
export function newEpisodeAfterDischargeSql(b: string, o: string): string {
  const awayNight = `(${b}.tgl_masuk > ${o}.tgl_pulang
    AND coalesce(${b}.waktu_masuk >= ${o}.waktu_pulang + INTERVAL ${MIN_HOURS_AWAY} HOUR, true))`;
  const newInjury = `(regexp_matches(${b}.dx_primary, ${literal(NEW_INJURY_ICD10)})
    AND NOT list_contains(list_transform(${o}.dx_list, x -> left(x, 3)), left(${b}.dx_primary, 3)))`;
  return `coalesce(${awayNight} AND ${emergencyAdmissionSql(b)}
    AND (${o}.discharge_status = ${OWN_REQUEST_DISCHARGE} OR ${newInjury}), false)`;
}
