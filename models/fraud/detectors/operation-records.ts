// What the record of an operation holds besides its fee (CANCELLED_SERVICE): the theatre
// materials and devices that the same operation's peers bill, and whether a facility records
// operation times at all (SCHEMA.md waktu_operasi is optional: an extract, or a hospital
// billing system, without it must not make every untimed operation look cancelled). Built in
// the batch and published, so arrival scoring reads what the batch read.
import { literal } from '../../../data-samples/sql/index.js';
import { MIN_PEER_GROUP, operationsSql } from './peers.js';

export const OPERATION_RECORD_TABLE = 'fraud_operation_records';
/** `scope` of the rows per operation and facility whose bills of it carry no surgical fee (cancelled-fee-line.ts). */
export const NON_SURGICAL_LINE_SCOPE = 'non_surgical_line';

/**
 * ICD-9-CM 74: caesarean section and removal of fetus (74.0-74.4, 74.9x), an operation in theatre
 * under spinal or general anaesthesia that INA-CBG groups with the deliveries, under the inpatient
 * obstetric case type 6 (O-6-10), not under a procedural one (PMK 26/2021 case types).
 */
export const CAESAREAN_ICD9CM = /^74\./;
/** INA-CBG case type of an inpatient obstetric group (O-6-xx: deliveries, caesarean or vaginal). */
export const OBSTETRIC_CASE_TYPE = '6';

/**
 * SQL: a claim `b` whose CBG promises an operation: case type 1 (inpatient procedure) or 2
 * (outpatient major procedure: day surgery), or a caesarean coded under an obstetric group (case
 * type 6): a caesarean billed for a mother delivered on the ward (red team RT-CANCEL-131) is an
 * operation billed and not done like any other. Vaginal deliveries (73.x, a midwife's or
 * obstetrician's procedure on the ward, no surgical fee) stay out.
 */
export const procedureCbgSql = (b: string): string =>
  `(split_part(${b}.kode_inacbg, '-', 2) IN ('1', '2') OR (split_part(${b}.kode_inacbg, '-', 2) = ${literal(OBSTETRIC_CASE_TYPE)} AND list_bool_or(list_transform(${b}.px_list, x -> regexp_matches(x, ${literal(CAESAREAN_ICD9CM.source)})))))`;
/** SQL: theatre materials of claim `b`: consumables (BMHP), devices (the implant, mesh or lens) and equipment rental. */
export const theatreMaterialsSql = (b: string): string => `(${b}.tarif_bmhp + ${b}.tarif_alkes + ${b}.tarif_sewa_alat)`;

/**
 * fraud_operation_records. `scope` 'operation' rows: per first operation (ICD-9-CM 01-86) of a
 * procedural CBG and hospital class ('*' for all classes), the median devices, theatre
 * materials, specialist fees and non-surgical procedure fees (groups under MIN_PEER_GROUP left out, as the procedure peers do). `scope` 'facility'
 * rows: per facility, its operations and those with an operation time recorded. NON_SURGICAL_LINE_SCOPE rows: per
 * operation (anywhere on the claim) and `facility_id` whose claims of it mostly bill no surgical fee, its claims and
 * their median non-surgical fee (where the facility puts the operation's money: cancelled-fee-line.ts).
 */
export function operationRecordsSql(): string {
  return `
CREATE OR REPLACE TABLE ${OPERATION_RECORD_TABLE} AS
WITH ops AS (
  SELECT (${operationsSql('b')})[1] AS code, b.hospital_class, b.facility_id, b.tarif_alkes AS devices,
    ${theatreMaterialsSql('b')} AS theatre_materials, b.tarif_tenaga_ahli AS specialist_fees, b.tarif_prosedur_non_bedah AS non_surgical_fees,
    b.waktu_operasi IS NOT NULL AS timed
  FROM fraud_claim_base b WHERE ${procedureCbgSql('b')}
)
SELECT 'operation' AS scope, code AS group_key, CASE WHEN grouping(hospital_class) = 1 THEN '*' ELSE hospital_class END AS hospital_class,
  count(*) AS n, median(devices)::DOUBLE AS devices, median(theatre_materials)::DOUBLE AS theatre_materials,
  median(specialist_fees)::DOUBLE AS specialist_fees, median(non_surgical_fees)::DOUBLE AS non_surgical_fees, NULL::BIGINT AS timed_operations
FROM ops WHERE code IS NOT NULL GROUP BY GROUPING SETS ((code, hospital_class), (code)) HAVING count(*) >= ${MIN_PEER_GROUP}
UNION ALL
SELECT 'facility', facility_id, '*', count(*), NULL, NULL, NULL, NULL, count(*) FILTER (WHERE timed)
FROM ops WHERE code IS NOT NULL GROUP BY facility_id
UNION ALL BY NAME
SELECT ${literal(NON_SURGICAL_LINE_SCOPE)} AS scope, code AS group_key, '*' AS hospital_class, facility_id, count(*) AS n,
  median(non_surgical_fees)::DOUBLE AS non_surgical_fees
FROM (
  SELECT unnest(list_distinct(${operationsSql('b')})) AS code, b.facility_id, b.tarif_prosedur_bedah AS surgical_fee, b.tarif_prosedur_non_bedah AS non_surgical_fees
  FROM fraud_claim_base b WHERE ${procedureCbgSql('b')}
)
GROUP BY code, facility_id HAVING median(surgical_fee) = 0`;
}
