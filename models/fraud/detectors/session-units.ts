// Other units' price of a routine session, each unit one voice (INFLATED_BILL, inflated-session-price.ts).
// A haemodialysis session takes the same kit every time (a dialyser, a bloodline set, fistula
// needles, dialysate and heparin), so a unit's sessions carry one price: its protocol's and its
// tariff's (on the red team's warehouse the within-unit sd of the sessions' log share is 0.00-0.18,
// against 0.45 between units). Its hundreds of sessions are one observation of that price, not
// hundreds. Built with the procedure peers (peers.ts) and published with them, so arrival reads the
// batch's voices; this file imports nothing of peers.ts (it is imported by it).
import { literal } from '../../../data-samples/sql/index.js';
import { SINGLE_USE_INDICATIONS } from './inflated-single-use.js';

/** `scope` of the fraud_procedure_peers rows holding other units' median session price (sessionUnitRowsSql). */
export const SESSION_UNITS_SCOPE = 'session_units';
/** group_key suffix of the row with every unit's voice, for a unit the batch has no sessions of (arrival). */
export const EVERY_UNIT = '*';

/**
 * ICD-9-CM procedures that are a routine session priced per session: haemodialysis (39.95). Source:
 * PERNEFRI (Konsensus Dialisis 2003) and KDOQI Hemodialysis Adequacy (2015): two to three sessions a
 * week, each on one dialyser and bloodline set by the unit's protocol; INA-CBG pays the session as one
 * outpatient group (N-3-15, PMK 3/2023). Chemotherapy is left out: its agent, and so its price, differs
 * by regimen.
 */
export const ROUTINE_SESSION_PROCEDURES: readonly string[] = ['39.95'];

/** SQL: claim `b` is a routine session: an outpatient claim whose procedures are one routine-session procedure alone. */
export const routineSessionSql = (b: string): string =>
  `(${b}.jenis_rawat = 2 AND len(${b}.px_list) = 1 AND list_contains([${ROUTINE_SESSION_PROCEDURES.map(literal).join(', ')}], ${b}.px_list[1]))`;

/** SQL: claim `b` codes a condition that makes its session single use (inflated-single-use.ts): such sessions are no unit's price. */
const singleUseSql = (b: string): string =>
  `(${SINGLE_USE_INDICATIONS.map((s) => `len(list_filter(${b}.dx_list, d -> regexp_matches(d, ${literal(s.icd10.source)}))) > 0`).join(' OR ')})`;

/** SQL: the session group of claim `b` (CBG and sorted procedures, as the 'procedures' peer rows), from peers.ts's procedure key. */
export const sessionGroupSql = (b: string, procedureKey: (alias: string) => string): string =>
  `${b}.kode_inacbg || '|' || ${procedureKey(b)}`;

/**
 * The quantile of other units' prices that names the dearest of them (`units_p90_log`: the dearest tenth).
 * Assumption: a tariff a tenth of the units share is a tariff, not one unit's inflation (on the red team's
 * warehouse a quarter of the units bill the harness default session price).
 */
export const DEAREST_UNITS_QUANTILE = 0.9;

/**
 * SQL: the SESSION_UNITS_SCOPE rows of fraud_procedure_peers. Per session group and unit (group_key
 * `group|facility`): `n` the other units with sessions of the group, `ordinary_drug_log` the median of
 * their median ordinary-line log shares (`lineLog`, peers.ts ordinaryDrugLogSql), each unit one voice
 * and the unit itself left out, `units_p90_log` the DEAREST_UNITS_QUANTILE of those voices, and
 * `unit_drug_log` the unit's own median (its price); per group (`group|*`) the same over every unit,
 * without a unit price. Sessions coding a single-use condition are left out of a unit's price.
 */
export function sessionUnitRowsSql(procedureKey: (alias: string) => string, lineLog: (alias: string) => string): string {
  return `
WITH units AS (
  SELECT ${sessionGroupSql('b', procedureKey)} AS session_group, b.facility_id, median(${lineLog('b')}) AS unit_log
  FROM fraud_claim_base b WHERE ${routineSessionSql('b')} AND NOT ${singleUseSql('b')}
  GROUP BY ALL
)
SELECT ${literal(SESSION_UNITS_SCOPE)} AS scope, u.session_group || '|' || u.facility_id AS group_key, '*' AS hospital_class,
  count(*) AS n, median(o.unit_log) AS ordinary_drug_log, quantile_cont(o.unit_log, ${DEAREST_UNITS_QUANTILE}) AS units_p90_log,
  any_value(u.unit_log) AS unit_drug_log
FROM units u JOIN units o ON o.session_group = u.session_group AND o.facility_id <> u.facility_id
GROUP BY u.session_group, u.facility_id
UNION ALL
SELECT ${literal(SESSION_UNITS_SCOPE)}, session_group || ${literal(`|${EVERY_UNIT}`)}, '*', count(*), median(unit_log),
  quantile_cont(unit_log, ${DEAREST_UNITS_QUANTILE}), NULL
FROM units GROUP BY session_group`;
}
