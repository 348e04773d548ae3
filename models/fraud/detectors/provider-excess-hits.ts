// The hits of the provider patterns counted in provider-excess.ts: which claims of a provider in
// excess each names, with its evidence and amount at risk (claim-content.ts puts them in the
// UPCODING and PROLONGED_LOS detectors).
import { SEVERITY_TARIFF_FACTOR } from '../../../data-samples/reference/index.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { OTHER_FACILITY_PEER_TABLE, otherFacilityJoin, otherFacilityNorm } from './other-facility-peers.js';
import { excessSql } from './patterns.js';
import { binomialExcessSql, binomialVariance, heldOverNoRoundDaysSql, noRoundCalendarSql } from './provider-excess.js';
import type { ExcessThresholds } from './provider-excess.js';
import { treatedComplicationSql } from './treated-complication.js';
import { nearerLevelBelowSql } from './upcoding-level-nearer.js';
import { wardDaysSql } from './ward-days.js';

/** Tariff share lost when a stay of severity `rank` is paid one level lower (SEVERITY_TARIFF_FACTOR). */
export const severityStepShare = (rank: string): string =>
  `CASE ${rank} WHEN 3 THEN 1 - ${SEVERITY_TARIFF_FACTOR.II} / ${SEVERITY_TARIFF_FACTOR.III} WHEN 2 THEN 1 - ${SEVERITY_TARIFF_FACTOR.I} / ${SEVERITY_TARIFF_FACTOR.II} ELSE 0 END`;

/**
 * Days after a stay within which the patient's return for an operation on the same organ system
 * (another group of the same CMG, case type 1) shows the first illness was the complicated one
 * its severity says: a perforated appendix leaves the adhesions that obstruct the bowel weeks
 * later (red team RT-NM-ADHESION-71), a complicated fracture is re-operated. Assumption: 90 days,
 * the window of postoperative complications in surgical outcome registries (ACS NSQIP counts 30,
 * adhesive obstruction after appendectomy peaks in the first months).
 */
export const LATER_COMPLICATION_DAYS = 90;

/** SQL predicate: the patient of stay `b` came back within LATER_COMPLICATION_DAYS for an operation of the same CMG in another group. */
const laterComplicationSql = (b: string): string =>
  `EXISTS (SELECT 1 FROM fraud_claim_base l WHERE l.member_key = ${b}.member_key AND l.jenis_rawat = 1 AND l.nomor_sep <> ${b}.nomor_sep
    AND l.tgl_masuk >= ${b}.tgl_pulang AND l.tgl_masuk <= ${b}.tgl_pulang + INTERVAL ${LATER_COMPLICATION_DAYS} DAY
    AND split_part(l.kode_inacbg, '-', 2) = '1' AND l.cmg = ${b}.cmg AND l.cbg_base <> ${b}.cbg_base)`;

/**
 * Stays of a level at other facilities below which their median is no norm for a stay's bill
 * (assumption: a median of fewer than five stays moves by a third with one stay, honest stays lying
 * about 35% around it). Under it, a stay counts as billed below its level only when it is also
 * nearer the level below's tariff than its own (SEVERITY_TARIFF_FACTOR, half the log step): the
 * tariff says what the level costs where the peers cannot (red team RT-NM-READMIT-91: four severe
 * pre-eclampsias of a rare group billed at 95% of their level's tariff, against a median of two).
 */
export const LEVEL_NORM_MIN_STAYS = 5;

/**
 * Other facilities a level's cost norm needs before it is a norm on its own (each one voice: the
 * median of their medians, other-facility-peers.ts). With three, the norm is the middle one's
 * median, which no one facility moves beyond the other two; with two it is their midpoint, which
 * either moves by half its own distance; with one it is that facility's practice alone. Under it, as
 * under LEVEL_NORM_MIN_STAYS, a stay counts as billed below its level only when it is also nearer
 * the level below's tariff than its own.
 */
export const LEVEL_NORM_MIN_FACILITIES = 3;

/** SQL: the log of the INA-CBG base tariff of claim `b`'s code, less half the log step to the level below. */
const levelTariffMidpointSql = (b: string): string =>
  `((SELECT ln(r.base_tariff) FROM fraud_ref_cbg r WHERE r.code = ${b}.kode_inacbg)
    - ln(CASE ${b}.severity_rank WHEN 3 THEN ${SEVERITY_TARIFF_FACTOR.III} / ${SEVERITY_TARIFF_FACTOR.II} ELSE ${SEVERITY_TARIFF_FACTOR.II} / ${SEVERITY_TARIFF_FACTOR.I} END) / 2)`;

/**
 * A stay above severity I whose resources do not show its level: no intensive care, not ending in
 * death, billed below its level's median at other facilities (`own`, otherFacilityJoin: the median
 * of their medians, each facility one voice, so no one provider sets it; where the level rests on
 * fewer than LEVEL_NORM_MIN_STAYS stays or LEVEL_NORM_MIN_FACILITIES facilities, also below
 * levelTariffMidpointSql), nearer the level below's norm than its own (upcoding-level-nearer.ts), and no
 * secondary diagnosis carrying its own treatment (treatedComplicationSql: a dialysed, transfused
 * complication shows the level whatever the bill). The stays a provider's severity excess names
 * (here, upcoding-mix.ts and the severity-III mix in claim-content.ts).
 */
export const resourcesBelowLevelSql = (b: string): string =>
  `${b}.jenis_rawat = 1 AND ${b}.severity_rank >= 2 AND ${b}.discharge_status <> 4 AND ${b}.icu_indikator = 0 AND ${b}.ventilator_hour = 0
  AND ${b}.base_log_cost < ${otherFacilityNorm('own', 'facility_log_cost')} AND ${nearerLevelBelowSql(b, otherFacilityNorm('own', 'facility_log_cost'))}
  AND ((coalesce(own.n, 0) >= ${LEVEL_NORM_MIN_STAYS} AND coalesce(own.cost_facilities, 0) >= ${LEVEL_NORM_MIN_FACILITIES})
    OR ${b}.base_log_cost < coalesce(${levelTariffMidpointSql(b)}, ${b}.base_log_cost + 1))
  AND NOT ${treatedComplicationSql(b)}`;

/**
 * A stay coded up that the resources would not flag otherwise (resourcesBelowLevelSql), with no
 * later operation for a complication of the course to say why (laterComplicationSql).
 */
const codedUpStaySql = (b: string): string => `${resourcesBelowLevelSql(b)} AND NOT ${laterComplicationSql(b)}`;

/**
 * UPCODING `group_severity_above_peers`: stays above severity I of a CBG group the provider codes
 * above severity I (or at III) beyond the rate of the group's other facilities of its class.
 */
export function groupSeverityHitsSql(t: ExcessThresholds): string {
  const upExp = 'g.group_stays * g.group_above_one_rate';
  const sevExp = 'g.group_stays * g.group_severe_rate';
  const up = binomialExcessSql('g.group_above_one_observed', upExp, binomialVariance('g.group_stays', 'g.group_above_one_rate'), t);
  const severe = binomialExcessSql('g.group_severe_observed', sevExp, binomialVariance('g.group_stays', 'g.group_severe_rate'), t);
  return `
SELECT b.nomor_sep, 'group_severity_above_peers' AS signal,
  round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')} * (1 - least(${upExp} / greatest(g.group_above_one_observed, 1), 1)), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Provider {} coded {:.1f} of its {:.1f} stays of group {} above severity I ({:.1f} at III; a family''s stays admitted together counted as one) where the group''s other facilities would give {:.1f} ({:.1f} at III); this stay {} is billed below the median of its level elsewhere, without intensive care',
    b.facility_id, g.group_above_one_observed, g.group_stays, b.cbg_base, g.group_severe_observed, ${upExp}, ${sevExp}, b.kode_inacbg) AS evidence_en,
  format('RS {} mengode {:.1f} dari {:.1f} rawat inap kelompok {} di atas severitas I ({:.1f} di III; rawat inap satu keluarga yang masuk bersama dihitung satu), sedangkan faskes lain kelompok ini memberi {:.1f} ({:.1f} di III); rawat ini {} ditagih di bawah median tingkatnya di faskes lain, tanpa perawatan intensif',
    b.facility_id, g.group_above_one_observed, g.group_stays, b.cbg_base, g.group_severe_observed, ${upExp}, ${sevExp}, b.kode_inacbg) AS evidence_id
FROM fraud_claim_base b ${otherFacilityJoin('b', 'own')}
JOIN ${OTHER_FACILITY_PEER_TABLE} g ON g.facility_id = b.facility_id AND g.kode_inacbg = b.kode_inacbg
WHERE ${codedUpStaySql('b')} AND (${up} OR (b.severity_rank = 3 AND ${severe}))`;
}

/** UPCODING `coder_severity_above_colleagues`: stays above severity I coded by a coder who codes above severity I beyond colleagues on the same groups. */
export function coderSeverityHitsSql(t: ExcessThresholds): string {
  return `
SELECT b.nomor_sep, 'coder_severity_above_colleagues' AS signal,
  round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')} * (1 - least(c.expected / greatest(c.observed, 1), 1)), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Coder {} at provider {} coded {:.1f} stays above severity I (a family''s stays admitted together counted as one) where colleagues coding the same CBG groups would give {:.1f}; this stay {} is billed below the median of its level elsewhere, without intensive care',
    b.coder_id, b.facility_id, c.observed, c.expected, b.kode_inacbg) AS evidence_en,
  format('Koder {} di RS {} mengode {:.1f} rawat inap di atas severitas I (rawat inap satu keluarga yang masuk bersama dihitung satu) sedangkan rekan pada kelompok CBG yang sama memberi {:.1f}; rawat ini {} ditagih di bawah median tingkatnya di faskes lain, tanpa perawatan intensif',
    b.coder_id, b.facility_id, c.observed, c.expected, b.kode_inacbg) AS evidence_id
FROM fraud_claim_base b ${otherFacilityJoin('b', 'own')}
JOIN (SELECT facility_id, unnest(coder_severity, recursive := true) FROM ${PROVIDER_DISTRIBUTION_TABLE}) c
  ON c.facility_id = b.facility_id AND c.coder_id = b.coder_id
WHERE ${codedUpStaySql('b')} AND ${binomialExcessSql('c.observed', 'c.expected', 'c.variance', t)}`;
}

/**
 * A stay one day past its INA-CBG norm, and a provider's count of stays past it large enough to
 * name such a stay. The norm is a mean in days and the day count (discharge date less admission
 * date) moves by one with the hour of admission (a night admission counts a day more for the same
 * care), so one day past a norm is within the count's resolution unless it is a quarter of a short
 * norm (a day past three or four). A handful of such stays at a clean provider is chance (red team
 * RT-NM-ADHESION-71: four laparotomies of 8 days, norm 7, a later operation's course); many are a
 * practice (the day-past stretch this signal was built for). Assumption: twice the minimum count
 * (minPastNormClaims, 4) before a day's excess names the stays; a longer stretch names them at the minimum.
 */
export const PAST_NORM_ONE_DAY = Object.freeze({ maxExtraDays: 1, maxExtraShare: 0.25, minClaims: 8 });

/**
 * A stay past the INA-CBG norm of its code by its ward days (wardDaysSql: ICU days are care needed, as
 * peers.ts counts past_norm_observed), not ending in death; the room and nursing of the days past it are at risk.
 */
const pastNormStaySql = (b: string): string =>
  `${b}.jenis_rawat = 1 AND ${b}.discharge_status <> 4 AND ${b}.los_norm > 0 AND ${wardDaysSql(b)} > ${b}.los_norm`;
/** SQL predicate: stay `b` past its norm by more than a day's resolution (PAST_NORM_ONE_DAY), or named by a provider count `observed` of at least its minimum. */
const pastNormNamedSql = (b: string, observed: string): string =>
  `(${wardDaysSql(b)} - ${b}.los_norm > ${PAST_NORM_ONE_DAY.maxExtraDays} OR ${wardDaysSql(b)} >= ${1 + PAST_NORM_ONE_DAY.maxExtraShare} * ${b}.los_norm
    OR ${observed} >= ${PAST_NORM_ONE_DAY.minClaims})`;
const pastNormAmount = (b: string): string =>
  `round((${b}.tarif_kamar + ${b}.tarif_keperawatan) * (1 - ${b}.los_norm / ${b}.los), -2)::BIGINT`;

/**
 * PROLONGED_LOS `condition_stays_past_norm_at_provider` (the code's stays past its norm beyond
 * every other facility's rate of the code) and `stays_past_norm_at_provider` (all its codes
 * together, `provider` thresholds: a stretch spread over many conditions, too few stays of each to
 * judge alone; it names the stays of the codes the provider keeps past the norm more often than
 * other facilities, not every long stay of the provider). `judged` says which stays these judge
 * (claim-content.ts leaves a specialty hospital's stays of its speciality to its own kind).
 */
export function pastNormHitsSql(
  condition: ExcessThresholds,
  provider: ExcessThresholds,
  judged: (b: string) => string = () => 'true',
): string {
  const exp = 'g.past_norm_stays * g.past_norm_rate';
  return `
SELECT b.nomor_sep, 'condition_stays_past_norm_at_provider' AS signal, ${pastNormAmount('b')} AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Stay of {} days past the INA-CBG norm of {} days for {}; provider {} kept {} of its {} stays of this code past the norm where other facilities'' rates for the same diagnoses give {:.1f}',
    b.los, b.los_norm, b.kode_inacbg, b.facility_id, g.past_norm_observed, g.past_norm_stays, ${exp}) AS evidence_en,
  format('Lama rawat {} hari melewati LOS normatif {} hari untuk {}; RS {} merawat {} dari {} pasien kode ini melewati norma, sedangkan laju faskes lain untuk diagnosis yang sama memberi {:.1f}',
    b.los, b.los_norm, b.kode_inacbg, b.facility_id, g.past_norm_observed, g.past_norm_stays, ${exp}) AS evidence_id
FROM fraud_claim_base b JOIN ${OTHER_FACILITY_PEER_TABLE} g ON g.facility_id = b.facility_id AND g.kode_inacbg = b.kode_inacbg
WHERE ${pastNormStaySql('b')} AND ${judged('b')} AND ${pastNormNamedSql('b', 'g.past_norm_observed')} AND ${binomialExcessSql('g.past_norm_observed', exp, binomialVariance('g.past_norm_stays', 'g.past_norm_rate'), condition)}
UNION ALL
SELECT b.nomor_sep, 'stays_past_norm_at_provider', ${pastNormAmount('b')}, []::VARCHAR[],
  format('Stay of {} days past the INA-CBG norm of {} days for {}; provider {} kept {} stays past their norm where other facilities'' rates for the same codes and diagnoses give {:.1f}',
    b.los, b.los_norm, b.kode_inacbg, b.facility_id, d.past_norm_observed, d.past_norm_expected),
  format('Lama rawat {} hari melewati LOS normatif {} hari untuk {}; RS {} merawat {} pasien melewati norma, sedangkan laju faskes lain untuk kode dan diagnosis yang sama memberi {:.1f}',
    b.los, b.los_norm, b.kode_inacbg, b.facility_id, d.past_norm_observed, d.past_norm_expected)
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
JOIN ${OTHER_FACILITY_PEER_TABLE} g ON g.facility_id = b.facility_id AND g.kode_inacbg = b.kode_inacbg
-- the codes that carry the provider's excess: those it keeps past the norm more often than other facilities do
WHERE ${pastNormStaySql('b')} AND ${judged('b')} AND ${pastNormNamedSql('b', 'd.past_norm_observed')} AND ${binomialExcessSql('d.past_norm_observed', 'd.past_norm_expected', 'd.past_norm_variance', provider)}
  AND g.past_norm_observed > ${exp}`;
}

/** PROLONGED_LOS `discharges_held_over_no_round_days_at_provider`: stays held over a weekend or holiday for the round, at a provider discharging far more of them than other facilities. */
export function heldDischargeHitsSql(t: ExcessThresholds): string {
  const span = 'c.no_round_span';
  return `
SELECT b.nomor_sep, 'discharges_held_over_no_round_days_at_provider' AS signal,
  round((b.tarif_kamar + b.tarif_keperawatan) * least(${span} + 1, b.los - b.los_norm) / b.los, -2)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Discharged on {} after {} day(s) without rounds: {} days where the INA-CBG norm of {} is {:.1f}, within it by the last round day before; provider {} discharged {} stays so where the rate of other facilities gives {:.1f}',
    strftime(b.tgl_pulang, '%A %Y-%m-%d'), ${span}, b.los, b.kode_inacbg, b.los_norm, b.facility_id, d.held_discharge_observed, d.held_discharge_expected) AS evidence_en,
  format('Pulang {} setelah {} hari tanpa visite: {} hari, LOS normatif {} {:.1f}, masih dalam norma pada hari visite terakhir; RS {} memulangkan {} pasien seperti ini, sedangkan laju faskes lain memberi {:.1f}',
    strftime(b.tgl_pulang, '%Y-%m-%d'), ${span}, b.los, b.kode_inacbg, b.los_norm, b.facility_id, d.held_discharge_observed, d.held_discharge_expected) AS evidence_id
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id) JOIN ${noRoundCalendarSql()} c ON c.day = b.tgl_pulang
WHERE ${heldOverNoRoundDaysSql('b', 'c')} AND ${excessSql('d.held_discharge_observed', 'd.held_discharge_expected', t)}`;
}
