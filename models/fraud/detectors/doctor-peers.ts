// A doctor's bill lines against his colleagues' at the same hospital (INFLATED_BILL, DOMAIN.md
// section 3): one doctor who prescribes branded drugs at retail price, or bills consumables,
// devices or laboratory work his patients did not need, inflates his own stays only. Judged
// against the whole CBG nationally his stays are a handful among many, and where his hospital
// holds a large part of the group the norm is half his own house's (red team RT-INFLATED-83: a
// pulmonologist's COPD stays with the drug line x3, 12 of the group's 31 claims the hospital's).
// Within one hospital the tariff (tarif RS) is the same for every doctor, so his stays are
// compared with his colleagues' stays of the same CBG severity level and procedures: the
// hospital's pricing cancels, what is left is the patients and the doctor's billing. The rows are
// built with the procedure peers (peers.ts, scope DOCTOR_PEER_SCOPE of fraud_procedure_peers) and
// published, so arrival reads what the batch judged (inflated-doctor.ts).
import { literal } from '../../../data-samples/sql/index.js';
import { drugTreatedDiagnosisSql } from './inflated-treatment.js';

/** `scope` of the fraud_procedure_peers rows per doctor, group and bill line. */
export const DOCTOR_PEER_SCOPE = 'doctor';

/**
 * Stays a doctor needs in a group before his median line is judged. Assumption: the median of
 * five stays is the middle one, so one or two unusual patients (the sickest of the month) cannot
 * carry it; and a rank test of five against five can reach one-sided p 0.004 (only when every
 * stay of his is above every colleague's, exact Mann-Whitney 1/252), fewer cannot reach 0.01.
 */
export const MIN_DOCTOR_STAYS = 5;
/**
 * Colleagues' stays (every other doctor's at the hospital, same group) the doctor is judged
 * against. Assumption, as MIN_DOCTOR_STAYS: five stays give a median that one colleague's odd
 * patient cannot move, and the rank test its power; a doctor alone in his group is not judged.
 */
export const MIN_COLLEAGUE_STAYS = 5;

/**
 * The bill lines judged per doctor, the lines the INFLATED_BILL detectors judge on their own
 * (inflated-bill.ts, inflated-supply.ts, inflated-device.ts): drugs inside the package (tarif_obat;
 * chronic and chemotherapy drugs are paid or judged apart), consumables (BMHP), devices (alkes)
 * and laboratory. Names are the evidence's words.
 */
export const DOCTOR_COMPONENTS = Object.freeze({
  drugs: { column: 'tarif_obat', en: 'Drugs', id: 'Obat' },
  consumables: { column: 'tarif_bmhp', en: 'Consumables', id: 'BMHP' },
  devices: { column: 'tarif_alkes', en: 'Devices', id: 'Alkes' },
  laboratory: { column: 'tarif_laboratorium', en: 'Laboratory', id: 'Laboratorium' },
} as const);
export type DoctorComponent = keyof typeof DOCTOR_COMPONENTS;
const COMPONENTS = Object.keys(DOCTOR_COMPONENTS) as DoctorComponent[];

/** SQL: a one-column relation `c(component)` of DOCTOR_COMPONENTS, to cross a claim with its lines. */
export const doctorComponentsRelationSql = (): string => `(VALUES ${COMPONENTS.map((c) => `(${literal(c)})`).join(', ')}) c(component)`;

/** SQL: the rupiah of line `component` (a DOCTOR_COMPONENTS key, as SQL) on claim `b`. */
export const componentAmountSql = (b: string, component: string): string =>
  `CASE ${component} ${COMPONENTS.map((c) => `WHEN ${literal(c)} THEN ${b}.${DOCTOR_COMPONENTS[c].column}`).join(' ')} END`;

/** Rupiah added to both sides of a line's log share so a zero line stays finite (peers.ts LOG_COST_SMOOTHING). */
const SMOOTHING = 1000;
/**
 * SQL: log of line `component` of claim `b` against the stay's services: the bill less the four
 * judged lines and the chronic-drug line. None of the judged lines is in the denominator, so one
 * raised line moves only its own share; a patient sicker in other ways (intensive care, imaging)
 * raises the services, not the share.
 */
export const componentShareLogSql = (b: string, component: string): string =>
  `ln((${componentAmountSql(b, component)} + ${SMOOTHING}) / (${b}.billed_cost - ${COMPONENTS.map((c) => `${b}.${DOCTOR_COMPONENTS[c].column}`).join(' - ')} - ${b}.tarif_obat_kronis + ${SMOOTHING}))`;

/**
 * SQL: the group of claim `b` a doctor is judged in: its hospital, CBG code (severity level
 * included: sicker patients are coded a level up), sorted procedures (`procedureKey`, peers.ts),
 * and for a diagnosis whose treatment is a costly drug its diagnosis category (inflated-treatment.ts:
 * the doctor who takes the snakebites is not the CBG's other poisonings' colleague).
 */
export const doctorGroupKeySql = (b: string, procedureKey: (alias: string) => string): string =>
  `${b}.facility_id || '|' || ${b}.kode_inacbg || '|' || ${procedureKey(b)} || CASE WHEN ${drugTreatedDiagnosisSql(b)} THEN '|' || ${b}.dx_category ELSE '' END`;

/** SQL: the rupiah per day of line `component` (SQL) on claim `b` (a day case counts one day). */
export const componentDailySql = (b: string, component: string): string => `(${componentAmountSql(b, component)} / greatest(${b}.los, 1))`;

/** SQL: the group_key of claim `b`'s doctor row for line `component` (SQL) in fraud_procedure_peers. */
export const doctorRowKeySql = (b: string, component: string, procedureKey: (alias: string) => string): string =>
  `${component} || '|' || ${doctorGroupKeySql(b, procedureKey)} || '|' || ${b}.kode_dpjp`;

/**
 * SQL: the DOCTOR_PEER_SCOPE rows of fraud_procedure_peers (columns by name: UNION ALL BY NAME),
 * one per doctor, group and line where the doctor has MIN_DOCTOR_STAYS stays and his colleagues
 * MIN_COLLEAGUE_STAYS: inpatient stays not ending in death (dying patients receive the most drugs).
 * `n` the doctor's stays, `colleague_n` the colleagues'; the medians of the line's log share
 * (`doctor_share_log`, `colleague_share_log`), rupiah (`doctor_amount`, `colleague_amount`) and
 * rupiah per day (`doctor_daily`, `colleague_daily`), of age and length of stay (shown to the auditor); `rank_z` the Mann-Whitney z of the doctor's
 * shares against the colleagues' (normal approximation, ties counted half: U from the ranks in
 * the group less the ranks among his own).
 */
export function doctorPeerRowsSql(procedureKey: (alias: string) => string): string {
  return `
WITH s AS (
  SELECT ${doctorGroupKeySql('b', procedureKey)} AS grp, c.component, b.kode_dpjp AS doctor, b.los, b.age,
    ${componentAmountSql('b', 'c.component')} AS amount, ${componentDailySql('b', 'c.component')} AS daily,
    ${componentShareLogSql('b', 'c.component')} AS share_log
  FROM fraud_claim_base b CROSS JOIN ${doctorComponentsRelationSql()}
  WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND coalesce(b.kode_dpjp, '') <> ''
), ranked AS (
  SELECT *, count(*) OVER g AS group_n, count(*) OVER d AS doctor_n,
    rank() OVER (g ORDER BY share_log) - rank() OVER (d ORDER BY share_log) AS colleagues_below,
    count(*) OVER (PARTITION BY grp, component, share_log) - count(*) OVER (PARTITION BY grp, component, doctor, share_log) AS colleagues_level
  FROM s WINDOW g AS (PARTITION BY grp, component), d AS (PARTITION BY grp, component, doctor)
), doctors AS (
  SELECT grp, component, doctor, count(*) AS n, any_value(group_n) - count(*) AS colleague_n,
    sum(colleagues_below + colleagues_level / 2.0) AS u, median(share_log) AS doctor_share_log, median(amount) AS doctor_amount,
    median(daily) AS doctor_daily, median(age) AS doctor_age, median(los) AS doctor_los
  FROM ranked WHERE doctor_n >= ${MIN_DOCTOR_STAYS} AND group_n - doctor_n >= ${MIN_COLLEAGUE_STAYS}
  GROUP BY grp, component, doctor
)
SELECT ${literal(DOCTOR_PEER_SCOPE)} AS scope, d.component || '|' || d.grp || '|' || d.doctor AS group_key, '*' AS hospital_class, d.n,
  d.colleague_n, d.doctor_share_log, median(o.share_log) AS colleague_share_log, d.doctor_amount::DOUBLE AS doctor_amount,
  median(o.amount)::DOUBLE AS colleague_amount, d.doctor_daily::DOUBLE AS doctor_daily, median(o.daily)::DOUBLE AS colleague_daily, d.doctor_age, median(o.age) AS colleague_age, d.doctor_los::DOUBLE AS doctor_los,
  median(o.los)::DOUBLE AS colleague_los,
  (d.u - d.n * d.colleague_n / 2.0) / sqrt(d.n * d.colleague_n * (d.n + d.colleague_n + 1) / 12.0) AS rank_z
FROM doctors d JOIN s o ON o.grp = d.grp AND o.component = d.component AND o.doctor <> d.doctor
GROUP BY d.grp, d.component, d.doctor, d.n, d.colleague_n, d.u, d.doctor_share_log, d.doctor_amount, d.doctor_daily, d.doctor_age, d.doctor_los`;
}
