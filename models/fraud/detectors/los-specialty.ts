// Specialty hospitals and the length of their stays (PROLONGED_LOS). A specialty hospital (RSK:
// SCHEMA.md facilities facility_type) that admits mostly one kind of patient, a mental hospital's
// acute psychoses, keeps them as its speciality needs: weeks where a general hospital's psychiatric
// bed keeps a patient days before referring on (APA schizophrenia guideline 2020: response to an
// antipsychotic is judged after two to four weeks at an adequate dose). Its stays of its speciality
// are judged against its own kind, the other hospitals whose inpatient care is mostly the same
// CMG, never against general hospitals' norms or the INA-CBG norm those set. Which facilities
// are of a kind is counted here, once per batch, into the provider distribution (care-norms.ts),
// so arrival reads what the batch judged by.
import { MIN_PEER_GROUP } from './peers.js';

/**
 * Share of a facility's inpatient stays in one CMG that makes it a hospital of that speciality.
 * Assumption, measured on the committed generated sample: no hospital with ten stays or more has
 * more than 39% of them in one CMG (general hospitals spread over every organ system); a mental,
 * maternity or heart hospital has most of its own.
 */
export const SPECIALTY_MIN_SHARE = 0.5;
/** Inpatient stays a facility needs before its case mix says what it is (assumption: fewer than five tell nothing). */
export const SPECIALTY_MIN_STAYS = 5;

/**
 * Provider distribution CTEs `specialty` (per facility: the CMG holding at least SPECIALTY_MIN_SHARE of
 * its inpatient stays, or NULL) and, for such a facility, its kind's norms per INA-CBG code of that
 * CMG: the stays at the other facilities of the same speciality (never its own) and their median
 * length of stay. Stays ending in death are left out, as for every other LOS norm.
 */
export function specialtyCtesSql(): string {
  const stay = (b: string): string => `${b}.jenis_rawat = 1 AND ${b}.severity_rank > 0`;
  return `spec_mix AS (
  SELECT facility_id, arg_max(cmg, n) AS top_cmg, max(n) / sum(n) AS top_share, sum(n) AS stays
  FROM (SELECT facility_id, cmg, count(*) AS n FROM fraud_claim_base b WHERE ${stay('b')} GROUP BY ALL) GROUP BY facility_id
), spec_fac AS (
  SELECT facility_id, top_cmg FROM spec_mix WHERE top_share >= ${SPECIALTY_MIN_SHARE} AND stays >= ${SPECIALTY_MIN_STAYS}
), spec_stays AS (
  SELECT s.facility_id, s.top_cmg, b.kode_inacbg, b.los FROM fraud_claim_base b JOIN spec_fac s ON s.facility_id = b.facility_id AND s.top_cmg = b.cmg
  WHERE ${stay('b')} AND b.discharge_status <> 4
), spec_kind AS (
  SELECT f.facility_id, list({'kode_inacbg': k.kode_inacbg, 'kind_stays': k.n, 'kind_los_median': k.los_median} ORDER BY k.kode_inacbg) AS specialty_kind
  FROM spec_fac f JOIN (
    SELECT a.facility_id, o.kode_inacbg, count(*) AS n, median(o.los) AS los_median
    FROM spec_fac a JOIN spec_stays o ON o.top_cmg = a.top_cmg AND o.facility_id <> a.facility_id GROUP BY ALL
  ) k USING (facility_id) GROUP BY f.facility_id
), specialty AS (
  SELECT f.facility_id, f.top_cmg AS specialty_cmg, k.specialty_kind FROM spec_fac f LEFT JOIN spec_kind k USING (facility_id)
)`;
}

export const SPECIALTY_COLUMNS = 'specialty.specialty_cmg, specialty.specialty_kind';
export const SPECIALTY_JOINS = 'LEFT JOIN specialty USING (facility_id)';

/** Stays of the kind a code needs before a specialty stay is judged against them (as peers.ts MIN_PEER_GROUP). */
export const MIN_KIND_STAYS = MIN_PEER_GROUP;
