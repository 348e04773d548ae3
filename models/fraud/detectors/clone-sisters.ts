// Which hospitals CLONING compares a claim's with beyond its own: the contract names no owner
// group, so the hospitals an owner could copy bills between are found from what the contract
// does record: the other hospitals of the regency (the first four characters of the kode PPK),
// a hospital where a doctor licensed at this one also holds a practice licence (the doctor
// registry, Permenkes 2052/2011: up to three places), and a hospital within a short distance
// (the facilities' coordinates: one owner's hospitals in one metropolitan area). Both the batch
// and arrival read the whole doctor registry, and the coordinates of the hospitals of the claims
// they compare, so both find the same links.
import { KM_PER_DEGREE, distanceKmSql } from '../../../features/fraud/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';

/** SQL: the regency of a facility (the first four characters of its kode PPK: SCHEMA.md facilities.facility_id). */
export const regencySql = (facility: string): string => `left(${facility}, 4)`;

/**
 * SELECT of the links between hospitals of different regencies (facility_id, other_facility, both
 * ways): shared_doctor, a doctor licensed at both (the smallest id; NULL when only near), and
 * km, their distance when within `nearKm` (NULL when only a doctor links them). `facilities` is a
 * table or subquery with facility_id, latitude and longitude.
 */
export function sisterLinksSql(facilities: string, doctors: string, nearKm: number): string {
  return `
SELECT facility_id, other_facility, min(shared_doctor) AS shared_doctor, min(km) AS km FROM (
  -- doctors with more than one licence, among the given hospitals
  SELECT x.facility_id, y.facility_id AS other_facility, x.doctor_id AS shared_doctor, NULL::DOUBLE AS km
  FROM (SELECT doctor_id, unnest(string_split(licensed_facilities, '#')) AS facility_id FROM ${doctors} WHERE contains(licensed_facilities, '#')) x
  JOIN (SELECT doctor_id, unnest(string_split(licensed_facilities, '#')) AS facility_id FROM ${doctors} WHERE contains(licensed_facilities, '#')) y
    ON y.doctor_id = x.doctor_id AND y.facility_id <> x.facility_id
  WHERE x.facility_id IN (SELECT facility_id FROM ${facilities}) AND y.facility_id IN (SELECT facility_id FROM ${facilities})
  UNION ALL
  SELECT f.facility_id, g.facility_id, NULL, ${distanceKmSql('f.latitude', 'f.longitude', 'g.latitude', 'g.longitude')}
  FROM ${facilities} f JOIN ${facilities} g ON g.facility_id <> f.facility_id
    AND g.latitude BETWEEN f.latitude - ${nearKm / KM_PER_DEGREE} AND f.latitude + ${nearKm / KM_PER_DEGREE}
  WHERE ${distanceKmSql('f.latitude', 'f.longitude', 'g.latitude', 'g.longitude')} <= ${nearKm}
)
WHERE ${regencySql('facility_id')} <> ${regencySql('other_facility')}
GROUP BY facility_id, other_facility`;
}

/** The hospitals of the claims in fraud_claim_base, with their coordinates (what CLONING measures distances on). */
export const CLAIM_FACILITIES = '(SELECT DISTINCT facility_id, latitude, longitude FROM fraud_claim_base)';

/**
 * SELECT of the hospitals whose claims CLONING compares with those of `facility` (a SQL
 * expression, e.g. a bound parameter): its regency's, those where a doctor licensed at it also
 * holds a licence, and those within `nearKm`, from the whole facility table and doctor registry of
 * `s`. Arrival loads the claims of these hospitals (of the CBG, within the clone window) for a new
 * claim: every hospital sisterLinksSql can link it to.
 */
export function clonedFacilitiesSql(facility: string, s: Pick<FraudSources, 'facilities' | 'doctors'>, nearKm: number): string {
  return `SELECT facility_id FROM ${s.facilities} WHERE ${regencySql('facility_id')} = ${regencySql(facility)}
  UNION SELECT unnest(string_split(licensed_facilities, '#')) FROM ${s.doctors}
    WHERE contains(licensed_facilities, '#') AND list_contains(string_split(licensed_facilities, '#'), ${facility})
  UNION SELECT g.facility_id FROM ${s.facilities} f JOIN ${s.facilities} g
    ON ${distanceKmSql('f.latitude', 'f.longitude', 'g.latitude', 'g.longitude')} <= ${nearKm} WHERE f.facility_id = ${facility}`;
}
