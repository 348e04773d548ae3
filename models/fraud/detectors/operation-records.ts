// What the record of an operation holds besides its fee (CANCELLED_SERVICE): the theatre
// materials and devices that the same operation's peers bill, and whether a facility records
// operation times at all (SCHEMA.md waktu_operasi is optional: an extract, or a hospital
// billing system, without it must not make every untimed operation look cancelled). Built in
// the batch and published, so arrival scoring reads what the batch read.
import { MIN_PEER_GROUP, operationsSql } from './peers.js';

export const OPERATION_RECORD_TABLE = 'fraud_operation_records';

/** SQL: a claim `b` whose CBG promises an operation: case type 1 (inpatient procedure) or 2 (outpatient major procedure: day surgery). */
export const procedureCbgSql = (b: string): string => `split_part(${b}.kode_inacbg, '-', 2) IN ('1', '2')`;
/** SQL: theatre materials of claim `b`: consumables (BMHP), devices (the implant, mesh or lens) and equipment rental. */
export const theatreMaterialsSql = (b: string): string => `(${b}.tarif_bmhp + ${b}.tarif_alkes + ${b}.tarif_sewa_alat)`;

/**
 * fraud_operation_records. `scope` 'operation' rows: per first operation (ICD-9-CM 01-86) of a
 * procedural CBG and hospital class ('*' for all classes), the median devices, theatre
 * materials, specialist fees and non-surgical procedure fees (groups under MIN_PEER_GROUP left out, as the procedure peers do). `scope` 'facility'
 * rows: per facility, its operations and those with an operation time recorded.
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
FROM ops WHERE code IS NOT NULL GROUP BY facility_id`;
}
