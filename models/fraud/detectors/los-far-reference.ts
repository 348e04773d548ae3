// PROLONGED_LOS `los_above_norm`: the length a single stay is judged far beyond. The INA-CBG norm is
// the tariff's, set once for the whole country. A stay of severity II or III codes a complication or
// comorbidity whose own course has days of its own (los-care-carried.ts MIN_CARRIED_SEVERITY): where
// other facilities keep the code's complicated patients longer than the norm (a referral centre's
// tuberculosis that does not go home, drained effusions, spinal abscesses), their median stay is what
// such a course takes, and a stay is far beyond it only when it is far beyond that too. The idle-day
// signals read the same reference (los-idle-days.ts referenceLosSql), and so does the test of a bill
// that carries its days (los-care-carried.ts): judged against the norm alone while its care was read
// against other facilities' long stays, one hospital's honest long tuberculosis stays made another's
// look prolonged (red team RT-NM-LOS-151 against RT-NM-TBLONG-105 and RT-NM-EFFUSION-141: the other
// facilities' median of A-4-12-II rose from about the norm of 6.8 days to 12, so the care of a 16-day
// stay no longer stood a quarter above theirs, while its days still stood 2.35x the norm). A
// severity-I stay codes no complication: its course is its condition's, which the norm is, whatever
// other facilities do (a general hospital keeping psychoses weeks is not excused by mental hospitals'
// stays in the pool: los-specialty.test.ts).
import { MIN_CARRIED_SEVERITY } from './los-care-carried.js';
import { OTHER_FACILITY_PEER_TABLE } from './other-facility-table.js';

/**
 * SQL: the inpatient stays of fraud_claim_base at least `ratio` times their INA-CBG norm, not referred
 * on, each with `far_reference`: its norm, or for a stay of severity MIN_CARRIED_SEVERITY or above the
 * norm or the median stay of its code at every other facility (the leave-out row of
 * fraud_other_facility_peers, copied from fraud_other_facility_norms), the longer. The facility's own
 * stays never set it: a provider alone in billing a code (n = 0) and a pair new on arrival (no row)
 * are judged against the norm, so a provider that keeps every patient of a code long cannot lift its
 * own line.
 */
export const farReferenceStaysSql = (ratio: number): string => `
SELECT b.*, CASE WHEN b.severity_rank >= ${MIN_CARRIED_SEVERITY} AND o.n > 0 THEN greatest(b.los_norm, coalesce(o.los_median, 0)) ELSE b.los_norm END AS far_reference
FROM fraud_claim_base b
LEFT JOIN ${OTHER_FACILITY_PEER_TABLE} o ON o.facility_id = b.facility_id AND o.kode_inacbg = b.kode_inacbg
WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND b.los_ratio > ${ratio}`;
