// PROLONGED_LOS `days_without_care`, `stays_without_care_at_provider` and
// `condition_stays_without_care_at_provider` (los-idle-days.ts): the stays whose extra days the bill
// shows as room and nursing only, one far enough to name alone, or a provider's many smaller ones
// (over all its codes, or of one code), against the norms the provider distribution holds.
import type { FraudSources } from '../../../features/fraud/index.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { groupNormJudgesSql } from './los-condition.js';
import { hotelCareLogSql } from './hotel-care.js';
import { PROVIDER_IDLE_STAY, idleJudgedStaySql, idleStaySql, referenceLosSql } from './los-idle-days.js';
import type { IdleStayRule } from './los-idle-days.js';
import { specialtyStaySql } from './los-specialty-hits.js';
import { excessSql } from './patterns.js';
import { otherFacilityJoin, otherFacilityNorm } from './other-facility-peers.js';

/** PROLONGED_LOS thresholds these signals read (los-detector.ts: the single stay's rule and the provider excess test). */
export interface IdleDayThresholds {
  readonly idleStretchRatio: number;
  readonly idleMinExtraDays: number;
  readonly idleHotelGrowthShare: number;
  readonly minProviderClaims: number;
  readonly providerExcessRatio: number;
  readonly providerExcessZ: number;
}

/** The stays judged, with their reference length, the bill's ratio and the code's ratio elsewhere. */
function judgedStaysSql(src: FraudSources): string {
  return `
  SELECT b.*, ${referenceLosSql('b', 'ref')} AS ref_los, ${otherFacilityNorm('ref', 'los_median')} AS peer_median,
    exp(${hotelCareLogSql('b')}) AS hotel_care, exp(k.hotel_care_log) AS peer_hotel_care, k.hotel_care_log, k.rehab_mean,
    k.idle_code_observed, k.idle_code_expected
  FROM fraud_claim_base b ${otherFacilityJoin('b', 'ref')}
  JOIN (SELECT facility_id, unnest(hotel_care_norms, recursive := true) FROM ${PROVIDER_DISTRIBUTION_TABLE}) k
    ON k.facility_id = b.facility_id AND k.kode_inacbg = b.kode_inacbg
  WHERE ${idleJudgedStaySql('b', 'k')} AND NOT ${specialtyStaySql('b', src)} AND ${groupNormJudgesSql('b', PROVIDER_DISTRIBUTION_TABLE)}`;
}

const stayEvidence = {
  en: `'Stay of {} days = {:.1f}x its reference of {:.1f} days for {} (INA-CBG norm {}, median at other facilities {:.1f}); room and nursing billed {:.2f}x the rest of the bill where the stays of {} at other facilities bill {:.2f}x: the days past the reference added room and nursing, not care'`,
  id: `'Lama rawat {} hari = {:.1f}x acuan {:.1f} hari untuk {} (LOS normatif {}, median faskes lain {:.1f}); kamar dan keperawatan {:.2f}x sisa tagihan, sedangkan rawat {} di faskes lain {:.2f}x: hari di atas acuan hanya menambah kamar dan keperawatan, bukan perawatan'`,
  args: 's.los, s.los / s.ref_los, s.ref_los, s.kode_inacbg, s.los_norm, s.peer_median, s.hotel_care, s.kode_inacbg, s.peer_hotel_care',
};
/** The same, with the provider's count of the code against the code's rate at every other facility. */
const conditionEvidence = {
  en: `${stayEvidence.en.slice(0, -1)}; provider {} billed {} such stays of {} where the rate of other facilities for the code gives {:.1f}'`,
  id: `${stayEvidence.id.slice(0, -1)}; RS {} menagih {} rawat {} seperti ini, sedangkan laju faskes lain untuk kode ini memberi {:.1f}'`,
  args: `${stayEvidence.args}, s.facility_id, s.idle_code_observed, s.kode_inacbg, s.idle_code_expected`,
};
/** The same, with the provider's count against every other facility's rate. */
const providerEvidence = {
  en: `${stayEvidence.en.slice(0, -1)}; provider {} billed {} such stays where the rate of other facilities gives {:.1f}'`,
  id: `${stayEvidence.id.slice(0, -1)}; RS {} menagih {} rawat seperti ini, sedangkan laju faskes lain memberi {:.1f}'`,
  args: `${stayEvidence.args}, s.facility_id, d.idle_stay_observed, d.idle_stay_expected`,
};

/**
 * PROLONGED_LOS `days_without_care`: a stay at least idleStretchRatio times its reference length and
 * idleMinExtraDays past the INA-CBG norm, whose room and nursing against the rest of the bill exceed
 * the code's stays at other facilities by at least idleHotelGrowthShare of its length against the
 * reference (log scale): the days were billed, the care was that of a stay of ordinary length.
 * `stays_without_care_at_provider`: the stays without care under PROVIDER_IDLE_STAY of a provider
 * billing them beyond every other facility's rate (Poisson excess, the detector's provider
 * thresholds). `condition_stays_without_care_at_provider`: the same within one INA-CBG code, against
 * the code's rate at every other facility: a hospital that keeps the patients of one condition past
 * their course hides in its overall rate, as for the percentile and past-norm counts (red team
 * RT-LOS-151: four of a small hospital's 23 diabetics held eight or nine days, 4 such stays where its
 * overall rate gives 1.2 and the code's 0.33; one of them a little under the line one stay is named
 * at alone). All leave a specialty hospital's stays of its speciality to its own kind and judge
 * only the stays the group's norm judges (los-condition.ts). The room and nursing of the days past
 * the reference are at risk.
 */
export function idleDayHitsSql(t: IdleDayThresholds, src: FraudSources): string {
  const single: IdleStayRule = {
    stretchRatio: t.idleStretchRatio,
    minExtraDays: t.idleMinExtraDays,
    hotelGrowthShare: t.idleHotelGrowthShare,
  };
  const amount = 'round((s.tarif_kamar + s.tarif_keperawatan) * (1 - s.ref_los / s.los), -2)::BIGINT';
  return `
SELECT s.nomor_sep, 'days_without_care' AS signal, ${amount} AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format(${stayEvidence.en}, ${stayEvidence.args}) AS evidence_en, format(${stayEvidence.id}, ${stayEvidence.args}) AS evidence_id
FROM (${judgedStaysSql(src)}) s
WHERE ${idleStaySql('s', 's.ref_los', 's', single)}
UNION ALL
SELECT s.nomor_sep, 'stays_without_care_at_provider', ${amount}, []::VARCHAR[],
  format(${providerEvidence.en}, ${providerEvidence.args}), format(${providerEvidence.id}, ${providerEvidence.args})
FROM (${judgedStaysSql(src)}) s JOIN ${PROVIDER_DISTRIBUTION_TABLE} d ON d.facility_id = s.facility_id
WHERE ${idleStaySql('s', 's.ref_los', 's', PROVIDER_IDLE_STAY)}
  AND ${excessSql('d.idle_stay_observed', 'd.idle_stay_expected', { minClaims: t.minProviderClaims, ratio: t.providerExcessRatio, z: t.providerExcessZ })}
UNION ALL
SELECT s.nomor_sep, 'condition_stays_without_care_at_provider', ${amount}, []::VARCHAR[],
  format(${conditionEvidence.en}, ${conditionEvidence.args}), format(${conditionEvidence.id}, ${conditionEvidence.args})
FROM (${judgedStaysSql(src)}) s
WHERE ${idleStaySql('s', 's.ref_los', 's', PROVIDER_IDLE_STAY)}
  AND ${excessSql('s.idle_code_observed', 's.idle_code_expected', { minClaims: t.minProviderClaims, ratio: t.providerExcessRatio, z: t.providerExcessZ })}`;
}
