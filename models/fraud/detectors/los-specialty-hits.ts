// PROLONGED_LOS at specialty hospitals (los-specialty.ts): which stays are a specialty hospital's
// stays of its speciality (the general LOS signals leave them out), and the signal that judges
// them against their own kind instead.
import type { FraudSources } from '../../../features/fraud/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { MIN_KIND_STAYS } from './los-specialty.js';

/** facility_type of a specialty hospital (SCHEMA.md facilities: RSK rumah sakit khusus). */
const SPECIALTY_FACILITY_TYPE = 'RSK';

/** SQL predicate on fraud_claim_base `b`: a stay of its hospital's speciality at a specialty hospital (RSK whose inpatient care is mostly this CMG). */
export function specialtyStaySql(b: string, src: FraudSources): string {
  return `EXISTS (SELECT 1 FROM ${PROVIDER_DISTRIBUTION_TABLE} sd JOIN ${src.facilities} sf ON sf.facility_id = sd.facility_id
    WHERE sd.facility_id = ${b}.facility_id AND sd.specialty_cmg = ${b}.cmg AND sf.facility_type = ${literal(SPECIALTY_FACILITY_TYPE)})`;
}

/**
 * PROLONGED_LOS `stay_far_beyond_specialty_norm`: a specialty stay whose ward days exceed `ratio`
 * times the median stay of its code at the other hospitals of its kind, when those hold at least
 * MIN_KIND_STAYS stays of it (too few, and the kind has no norm to judge by).
 */
export function specialtyStayHitsSql(ratio: number, src: FraudSources): string {
  return `
SELECT b.nomor_sep, 'stay_far_beyond_specialty_norm' AS signal,
  round((b.tarif_kamar + b.tarif_keperawatan) * (1 - k.kind_los_median / b.los), -2)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Stay of {} days at specialty hospital {} ({} care): {:.1f}x the median of {} days of {} stays of {} at other hospitals of its kind',
    b.los, b.facility_id, b.cmg, b.los / k.kind_los_median, k.kind_los_median, k.kind_stays, b.kode_inacbg) AS evidence_en,
  format('Lama rawat {} hari di RS khusus {} (layanan {}): {:.1f}x median {} hari dari {} rawat inap {} di RS sejenis lain',
    b.los, b.facility_id, b.cmg, b.los / k.kind_los_median, k.kind_los_median, k.kind_stays, b.kode_inacbg) AS evidence_id
FROM fraud_claim_base b
JOIN (SELECT facility_id, specialty_cmg, unnest(specialty_kind, recursive := true) FROM ${PROVIDER_DISTRIBUTION_TABLE}) k
  ON k.facility_id = b.facility_id AND k.kode_inacbg = b.kode_inacbg AND k.specialty_cmg = b.cmg
WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND ${specialtyStaySql('b', src)} AND k.kind_stays >= ${MIN_KIND_STAYS}
  AND k.kind_los_median > 0 AND b.los - coalesce(b.icu_los, 0) > ${ratio} * k.kind_los_median`;
}
