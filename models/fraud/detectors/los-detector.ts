// PROLONGED_LOS (DOMAIN.md section 3: "LOS above the 90th percentile for the CBG and severity"):
// one stay far beyond its norm, a provider's stays beyond the peers' percentile or past the
// INA-CBG norm, discharges held over days without rounds, a specialty hospital's stays judged
// against its own kind (los-specialty.ts), and what the extra days held: a bill whose room and
// nursing grew with them while the care did not (los-idle-days.ts), nights before a planned
// operation (los-preoperative.ts). Split from claim-content.ts, which re-exports it.
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { groupNormJudgesSql } from './los-condition.js';
import { farReferenceStaysSql } from './los-far-reference.js';
import { idleDayHitsSql } from './los-idle-days-hits.js';
import { MAX_EMERGENCY_WAIT_NIGHTS, emergencyWaitNightsSql, preoperativeHitsSql } from './los-preoperative.js';
import { specialtyStayHitsSql, specialtyStaySql } from './los-specialty-hits.js';
import { excessSql, stayAboveP90Sql } from './patterns.js';
import { OTHER_FACILITY_PEER_TABLE } from './other-facility-peers.js';
import { heldDischargeHitsSql, pastNormHitsSql } from './provider-excess-hits.js';
import { defineDetector, suspicious } from './types.js';

export const PROLONGED_LOS_DETECTOR = defineDetector({
  code: 'PROLONGED_LOS',
  nameId: 'Memperpanjang lama perawatan',
  nameEn: 'Prolonged length of stay',
  thresholds: {
    losToNormRatio: {
      value: 2.15,
      source:
        'Stays vary log-normally around the INA-CBG norm (sd ~0.35): 2.15x the norm is about the 98.5th percentile, so a P90 rule (DOMAIN.md) would flag one honest stay in ten; deaths are excluded.',
    },
    providerExcessRatio: {
      value: 2,
      source:
        'DOMAIN.md: LOS above the 90th percentile for the CBG and severity; one honest stay in ten is there by definition, so a provider with twice the rate of every other facility has a pattern.',
    },
    providerExcessZ: {
      value: 3,
      source:
        "Poisson test of the provider's stays above the peers' 90th percentile against the rate elsewhere: z >= 3 (one-sided p ~ 0.001).",
    },
    minProviderClaims: { value: 3, source: 'Assumption: fewer than three long stays is no pattern to judge.' },
    pastNormRatio: {
      value: 1.5,
      source:
        'Assumption (brief: "LOS just past a norm"): a third of honest stays end past the INA-CBG norm of their code (measured on a generated extract: 36%); a provider keeping half again the rate of every other facility past it, on one code, stretches stays by a day or two that no percentile line shows.',
    },
    pastNormZ: {
      value: 3,
      source: 'Binomial test of the stays past the norm against the rate of every other facility: z >= 3 (one-sided p ~ 0.001).',
    },
    minPastNormClaims: { value: 4, source: 'Assumption: fewer than four stays past the norm of one code is no pattern to judge.' },
    providerPastNormRatio: {
      value: 1.2,
      source:
        "Assumption: over all its codes, a provider at a fifth above the rate of other facilities past the norm, with z >= pastNormZ, stretches stays across conditions; the binomial test over hundreds of stays carries the certainty, the ratio keeps a large hospital's trifling excess out.",
    },
    idleStretchRatio: {
      value: 1.5,
      source:
        "Assumption: half again the reference stay (the INA-CBG norm or the other facilities' median of the code, the longer) is days enough to read in the bill; INA-CBG norms are means, and an honest stay of a day or two past them is common (a third of stays).",
    },
    idleMinExtraDays: {
      value: 2,
      source:
        'Assumption: with idleStretchRatio, at least two days past the INA-CBG norm (a one-day stretch of a two-day norm is a morning discharge moved to the next).',
    },
    idleHotelGrowthShare: {
      value: 0.7,
      source:
        "Room and nursing are billed per day, the rest of the bill follows the course: had the extra days held ordinary care, the ratio of room and nursing to the rest would not move; had they held none, it grows as the stay (log scale). 0.7 of that growth leaves a daily review and oral drugs in the extra days. Measured on a 20k-member generated run (no labels): the ratio's spread within a code is 0.33 (log), so at the least stretch (1.5x) the excess asked is about 0.9 of a spread.",
    },
    maxPreoperativeNights: {
      value: 2,
      source:
        'ERAS Society guidelines (Gustafsson et al., World J Surg 2019): the work-up of an elective operation is done before admission, and the patient admitted on the day (or the day before); two nights allow a day of preparation in hospital. Measured on a 20k-member generated run: 1 of 1,097 planned (non-IGD) operations started three or more days after admission.',
    },
    maxEmergencyWaitNights: {
      value: MAX_EMERGENCY_WAIT_NIGHTS,
      source:
        "NICE CG124 (hip fracture): operate on the day of or the day after admission; AAOS 2021: within 24-48 hours. Nights an emergency surgical stay waited for its operation beyond two (implant, theatre, optimisation: red team RT-NM-IMPLANT-71) held the condition's care: los_above_norm judges the days after them, and the idle days' reference grows by them (los-preoperative.ts emergencyWaitNightsSql).",
    },
  },
  signals: {
    los_above_norm: suspicious('Stay far beyond the CBG norm', 'Lama rawat jauh di atas norma CBG'),
    stays_above_p90_at_provider: suspicious(
      "Stays beyond the peers' 90th percentile repeated at the provider",
      'Lama rawat di atas persentil 90 pembanding berulang di RS',
    ),
    condition_stays_above_p90_at_provider: suspicious(
      "One condition's stays beyond the peers' 90th percentile repeated at the provider",
      'Lama rawat satu kondisi di atas persentil 90 pembanding berulang di RS',
    ),
    condition_stays_past_norm_at_provider: suspicious(
      "One condition's stays past the INA-CBG norm beyond other facilities' rate",
      'Lama rawat satu kondisi melewati LOS normatif melebihi laju faskes lain',
    ),
    stays_past_norm_at_provider: suspicious(
      "Stays past the INA-CBG norm beyond other facilities' rate",
      'Lama rawat melewati LOS normatif melebihi laju faskes lain',
    ),
    discharges_held_over_no_round_days_at_provider: suspicious(
      'Patients kept over weekends or holidays for the round, repeated at the provider',
      'Pasien ditahan melewati akhir pekan atau hari libur menunggu visite, berulang di RS',
    ),
    days_without_care: suspicious(
      'Days past the reference stay billed as room and nursing only',
      'Hari di atas acuan lama rawat hanya ditagih kamar dan keperawatan',
    ),
    stays_without_care_at_provider: suspicious(
      'Stays whose extra days were billed as room and nursing only, repeated at the provider',
      'Rawat dengan hari tambahan yang hanya ditagih kamar dan keperawatan, berulang di RS',
    ),
    condition_stays_without_care_at_provider: suspicious(
      "One condition's stays whose extra days were billed as room and nursing only, repeated at the provider",
      'Rawat satu kondisi dengan hari tambahan yang hanya ditagih kamar dan keperawatan, berulang di RS',
    ),
    admitted_days_before_planned_operation: suspicious(
      'Planned patient admitted days before the operation',
      'Pasien elektif dirawat beberapa hari sebelum operasi',
    ),
    stay_far_beyond_specialty_norm: suspicious(
      'Stay far beyond the norm of hospitals of its kind (specialty hospital)',
      'Lama rawat jauh di atas norma RS sejenis (RS khusus)',
    ),
  },
  // a specialty hospital's stays of its speciality are judged against its own kind (los-specialty.ts),
  // never against the general hospitals that set the peers' percentiles and the INA-CBG norm
  sql: (t, src) => `
SELECT nomor_sep, 'los_above_norm' AS signal,
  round((tarif_kamar + tarif_keperawatan) * (1 - far_reference / los), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  CASE WHEN far_reference > los_norm
    THEN format('Stay of {} days = {:.1f}x the INA-CBG norm of {} days for {}, {:.1f}x the median of {:.1f} days at other facilities', los, los_ratio, los_norm, kode_inacbg, los / far_reference, far_reference)
    ELSE format('Stay of {} days = {:.1f}x the INA-CBG norm of {} days for {}', los, los_ratio, los_norm, kode_inacbg) END AS evidence_en,
  CASE WHEN far_reference > los_norm
    THEN format('Lama rawat {} hari = {:.1f}x LOS normatif {} hari untuk {}, {:.1f}x median {:.1f} hari di faskes lain', los, los_ratio, los_norm, kode_inacbg, los / far_reference, far_reference)
    ELSE format('Lama rawat {} hari = {:.1f}x LOS normatif {} hari untuk {}', los, los_ratio, los_norm, kode_inacbg) END AS evidence_id
FROM (${farReferenceStaysSql(t.losToNormRatio)}) fraud_claim_base
-- a stretched stay adds ward days: days in intensive care are care the patient needed (and billed,
-- and audited, as such), so the ward days alone must exceed the reference's multiple
-- and so must the days after an emergency operation's wait beyond its allowance (los-preoperative.ts)
WHERE los - coalesce(icu_los, 0) - ${emergencyWaitNightsSql('fraud_claim_base', t.maxEmergencyWaitNights)} > ${t.losToNormRatio} * far_reference
  AND NOT ${specialtyStaySql('fraud_claim_base', src)} AND ${groupNormJudgesSql('fraud_claim_base', PROVIDER_DISTRIBUTION_TABLE)}
UNION ALL
-- a distribution against peers: the provider's share of stays beyond the case-mix peers' 90th percentile
SELECT s.nomor_sep, 'stays_above_p90_at_provider', round((s.tarif_kamar + s.tarif_keperawatan) * (1 - s.los_p90 / s.los), -2)::BIGINT, []::VARCHAR[],
  format('Stay of {} days beyond the 90th percentile ({:.1f} days) of {} at other class {} hospitals; provider {} has {} such stays where the rate of other facilities gives {:.1f}',
    s.los, s.los_p90, s.kode_inacbg, s.hospital_class, s.facility_id, d.long_stay_observed, d.long_stay_expected),
  format('Lama rawat {} hari di atas persentil 90 ({:.1f} hari) {} di RS kelas {} lain; RS {} memiliki {} rawat seperti ini, sedangkan laju faskes lain memberi {:.1f}',
    s.los, s.los_p90, s.kode_inacbg, s.hospital_class, s.facility_id, d.long_stay_observed, d.long_stay_expected)
FROM (${stayAboveP90Sql()}) s JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE ${excessSql('d.long_stay_observed', 'd.long_stay_expected', { minClaims: t.minProviderClaims, ratio: t.providerExcessRatio, z: t.providerExcessZ })}
  AND NOT ${specialtyStaySql('s', src)} AND ${groupNormJudgesSql('s', PROVIDER_DISTRIBUTION_TABLE)}
UNION ALL
-- the same distribution within one CBG: a hospital that keeps every patient of one condition
-- long hides in its overall rate; its stays of that CBG against the CBG's rate at every other facility
-- (counted once in fraud_other_facility_peers, so arrival reads the batch's counts)
SELECT s.nomor_sep, 'condition_stays_above_p90_at_provider', round((s.tarif_kamar + s.tarif_keperawatan) * (1 - s.los_p90 / s.los), -2)::BIGINT, []::VARCHAR[],
  format('Stay of {} days beyond the 90th percentile ({:.1f} days) of {} at other hospitals; provider {} kept {} of its {} stays of this CBG that long where the rate of other facilities gives {:.1f}',
    s.los, s.los_p90, s.kode_inacbg, s.facility_id, g.long_stays_observed, g.long_stays, g.long_stays_expected),
  format('Lama rawat {} hari di atas persentil 90 ({:.1f} hari) {} di RS lain; RS {} merawat {} dari {} pasien CBG ini selama itu, sedangkan laju faskes lain memberi {:.1f}',
    s.los, s.los_p90, s.kode_inacbg, s.facility_id, g.long_stays_observed, g.long_stays, g.long_stays_expected)
FROM (${stayAboveP90Sql()}) s JOIN ${OTHER_FACILITY_PEER_TABLE} g USING (facility_id, kode_inacbg)
WHERE ${excessSql('g.long_stays_observed', 'g.long_stays_expected', { minClaims: t.minProviderClaims, ratio: t.providerExcessRatio, z: t.providerExcessZ })}
  AND NOT ${specialtyStaySql('s', src)} AND ${groupNormJudgesSql('s', PROVIDER_DISTRIBUTION_TABLE)}
UNION ALL
${pastNormHitsSql(
  { minClaims: t.minPastNormClaims, ratio: t.pastNormRatio, z: t.pastNormZ },
  { minClaims: t.minPastNormClaims, ratio: t.providerPastNormRatio, z: t.pastNormZ },
  (b) => `NOT ${specialtyStaySql(b, src)} AND ${groupNormJudgesSql(b, PROVIDER_DISTRIBUTION_TABLE)}`,
)}
UNION ALL
${specialtyStayHitsSql(t.losToNormRatio, src)}
UNION ALL
${idleDayHitsSql(t, src)}
UNION ALL
${preoperativeHitsSql(t)}
UNION ALL
${heldDischargeHitsSql({ minClaims: t.minProviderClaims, ratio: t.providerExcessRatio, z: t.providerExcessZ })}`,
});
