// Admitted through the emergency department: the SEP's service type, or the night shift's hours
// where the extract lacks it. Read by the one-night stays (care-norms.ts), the LOS rules on
// operations' waits (los-preoperative.ts) and unnecessary-treatment.ts; apart from care-norms.ts,
// so that the LOS files read it without an import cycle through the provider distribution.

/**
 * The night in hospital: the night nursing shift, 21:00 to 07:00 (assumption: Indonesian hospital
 * wards commonly run three shifts, 07-14, 14-21 and 21-07; no regulation fixes them). A patient
 * who reaches the emergency department at 02:00 and goes home the next morning has spent two
 * nights there, though the calendar counts one day; one admitted at 19:00 and home by 07:30 has
 * spent one.
 */
export const NIGHT_SHIFT = Object.freeze({ startHour: 21, endHour: 7 });

/**
 * SQL predicate on fraud_claim_base `b`: admitted through the emergency department, the SEP's
 * service IGD (SCHEMA.md claims jenis_pelayanan: admitted without a referral) or, where the
 * extract lacks the service type, arriving in the night shift, when no ward takes planned
 * admissions (assumption, as NIGHT_SHIFT). An emergency is admitted for what the patient brings
 * at whatever hour: its short stays are a population of their own, never compared with planned ones.
 */
export const emergencyAdmissionSql = (b: string): string =>
  `coalesce(${b}.jenis_pelayanan = 'IGD' OR (${b}.jenis_pelayanan IS NULL
    AND (hour(${b}.waktu_masuk) >= ${NIGHT_SHIFT.startHour} OR hour(${b}.waktu_masuk) < ${NIGHT_SHIFT.endHour})), false)`;
