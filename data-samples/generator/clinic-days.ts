// The days a hospital's outpatient clinics (poliklinik) see planned patients. Referred and
// follow-up visits (rawat jalan tingkat lanjut: physiotherapy, chronic refills, check-ups) are
// booked on working days; the emergency department (IGD) and admissions run every day.
//
// Closed: Sundays and national holidays (libur nasional of the SKB 3 Menteri, reference
// holidays.ts). Open: Saturdays (DOMAIN.md says nothing of clinic days; Indonesian hospital
// clinics commonly hold Saturday morning sessions) and collective-leave days (cuti bersama is
// leave of civil servants counted against annual leave, not a public holiday: many clinics run
// a reduced schedule), so only the days every clinic is closed are closed here.
import { HOLIDAYS } from '../reference/index.js';
import { varcharList } from '../sql/index.js';
import type { RunPlan } from './options.js';

/** Outpatient visits to the emergency department (assumption); the rest are clinic visits. */
export const EMERGENCY_OUTPATIENT_SHARE = 0.08;
/**
 * The outpatient INA-CBG groups an emergency department visit is billed in: acute illness and
 * injuries. Planned care (physiotherapy, dialysis, chemotherapy, cataract surgery, chronic
 * refills, follow-ups) is booked at a clinic, never seen by the IGD.
 */
export const EMERGENCY_OUTPATIENT_GROUPS: readonly string[] = Object.freeze(['Q-5-42', 'S-5-12', 'S-3-13']);

/** National holidays on which clinics are closed (cuti bersama excluded, see above). */
export const CLINIC_CLOSED_HOLIDAYS: readonly string[] = Object.freeze(
  HOLIDAYS.filter((h) => h.kind === 'LIBUR_NASIONAL').map((h) => h.date),
);

/** SQL: whether day `d` (a DATE) is a clinic day. */
function clinicOpenSql(d: string): string {
  return `(dayofweek(${d}) <> 0 AND NOT list_contains(${varcharList(CLINIC_CLOSED_HOLIDAYS)}::DATE[], ${d}))`;
}

/**
 * clinic_day(d, closed, next_open, prev_open): every day of the ledger with a margin, and the
 * nearest clinic days on or after and on or before it, so a visit drawn on a closed day moves
 * to the next clinic day (as a patient whose clinic is shut comes back when it opens).
 */
export function clinicCalendarSql(plan: RunPlan): string {
  return `
CREATE OR REPLACE TABLE clinic_day AS
WITH d AS (
  SELECT unnest(generate_series(DATE '${plan.ledgerStart}' - 30, DATE '${plan.ledgerEnd}' + 30, INTERVAL 1 DAY))::DATE AS d
), c AS (SELECT d, NOT ${clinicOpenSql('d')} AS closed FROM d)
SELECT d, closed,
  min(CASE WHEN NOT closed THEN d END) OVER (ORDER BY d ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS next_open,
  max(CASE WHEN NOT closed THEN d END) OVER (ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS prev_open
FROM c ORDER BY d`;
}
