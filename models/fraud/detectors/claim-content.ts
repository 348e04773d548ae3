// UPCODING: one claim read against its member, its CBG and its peers (DOMAIN.md section 3), with
// the diagnosis's own evidence in upcoding-evidence.ts and the signals in upcoding-signals.ts; room
// class is in room-class.ts, prolonged stays in los-detector.ts, inflated bills in inflated-bill.ts,
// participant abuse in participant.ts.
import { SEVERITY_TARIFF_FACTOR } from '../../../data-samples/reference/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { excessSql, unsupportedSeveritySql } from './patterns.js';
import { CASEMIX_PEER_TABLE } from './peers.js';
import { otherFacilityJoin } from './other-facility-peers.js';
import { coderSeverityHitsSql, groupSeverityHitsSql, resourcesBelowLevelSql, severityStepShare } from './provider-excess-hits.js';
import { defineDetector } from './types.js';
import { complicationHitsSql, dxEvidenceHitsSql } from './upcoding-evidence-hits.js';
import { UPCODING_SIGNALS } from './upcoding-signals.js';
import { SEVERITY_ACROSS_GROUPS_THRESHOLDS, severityAcrossGroupsHitsSql } from './upcoding-mix.js';
import { siblingGroupHitsSql } from './upcoding-sibling.js';
import { SWAP_THRESHOLDS, swapHitsSql } from './upcoding-swap.js';
import { INDICATION_THRESHOLDS, indicationHitsSql } from './upcoding-indication.js';
import { PROCEDURE_BILL_THRESHOLDS, procedureBillHitsSql } from './upcoding-procedure-bill.js';
import { PROCEDURE_GROUP_FEE_THRESHOLDS, procedureGroupFeeHitsSql } from './upcoding-procedure-fee.js';
import { CHRONIC_RECORD_THRESHOLDS, chronicRecordHitsSql } from './upcoding-chronic-record.js';
import { ONCE_COMORBIDITY_THRESHOLDS, onceComorbidityHitsSql } from './upcoding-once-comorbidity.js';
import { SEVERITY_STEP_THRESHOLDS, severityStepHitsSql } from './upcoding-severity-step.js';
import { FOLLOW_UP_TYPE_THRESHOLDS, followUpTypeHitsSql } from './upcoding-follow-up-type.js';
import { FLAT_SEVERITY_THRESHOLDS, flatSeverityHitsSql } from './upcoding-flat-severity.js';
import { COMPLICATION_COST_THRESHOLDS, complicationCostHitsSql } from './upcoding-complication-cost.js';
import { COMORBIDITY_CARE_THRESHOLDS, comorbidityCareHitsSql } from './upcoding-comorbidity-care.js';
import { LEVEL_RESOURCES_THRESHOLDS, levelResourcesHitsSql } from './upcoding-resources.js';
import { documentedComorbidityStaysSql } from './upcoding-resources-fit.js';
import type { LevelResourcesSources } from './upcoding-resources-fit.js';
import { rupiahSql } from './evidence-rupiah.js';

/** Primary diagnoses of a severe condition that cannot be treated in a short, cheap stay: sepsis, shock, acute respiratory failure (regular expression on ICD-10). */
export const SEVERE_PRIMARY_ICD10 = '^(A40|A41|R57|J96)';

/**
 * Amount at risk of a stay whose resources fit a cheaper grouping (unsupportedSeveritySql row `u`): a
 * severity coded up loses the tariff share of one level (SEVERITY_TARIFF_FACTOR); a diagnosis coded
 * into a dearer group loses the share by which the cheaper group's tariff is lower (by which its
 * peers cost less, for a group the code set does not price).
 */
/**
 * SQL: the hits of `hitsSql` less the stays raised only by comorbidities the card's primary-care
 * record shows (documentedComorbidityStaysSql, as stays_cost_as_level_below_at_provider leaves them):
 * a provider's severity excess names the stays billed like the level below, and a documented
 * diabetes or hypertension, managed with the usual tablets, costs little more than the level below
 * (red team RT-NM-CODER-91: coders who start coding the comorbidities the resumes always named).
 */
const undocumentedSql = (hitsSql: string, src: LevelResourcesSources, recordDays: number): string =>
  `SELECT * FROM (${hitsSql}) WHERE nomor_sep NOT IN (${documentedComorbidityStaysSql(src, recordDays)})`;

const groupingShareAmount = (u: string): string =>
  `round(${u}.tarif_inacbg * CASE WHEN ${u}.same_group THEN ${severityStepShare(`${u}.severity_rank`)} ELSE 1 - coalesce(${u}.lower_tariff_share, exp(${u}.lower_log_cost - ${u}.own_log_cost)) END, -2)::BIGINT`;

/** SQL: rupiah of a median log bill at the base tariff key (`logCost`), at the tariff key of claim row `c`. */
const atClaimTariff = (logCost: string, c: string): string => `(exp(${logCost}) * ${c}.tariff_key_factor)::BIGINT`;

export const UPCODING_DETECTOR = defineDetector({
  code: 'UPCODING',
  nameId: 'Upcoding: diagnosis penaik keparahan tanpa dukungan',
  nameEn: 'Upcoding: severity raised without support',
  thresholds: {
    minSeverityRaisingDx: {
      value: 2,
      source:
        'One major complication already makes severity III; two or more with no ICU stay or ventilation is the DOMAIN.md signal "secondary diagnoses that raise severity with no supporting procedure or tariff component".',
    },
    severityMixRatio: {
      value: 1.5,
      source:
        'Assumption: a provider coding half again as many severity-III stays as case-mix-matched peers (same CBG groups at other facilities of its hospital class) would has a coding pattern, not sicker patients.',
    },
    severityMixZ: {
      value: 3,
      source:
        'Poisson test of observed against expected severity-III stays: z >= 3 (one-sided p ~ 0.001), so that among hundreds of providers chance rarely fires.',
    },
    minSeverityCostStep: {
      value: 1.3,
      source:
        "Assumption: where a CBG group's severity levels cost less than 30% apart at the peers, resource use cannot tell them apart, so no stay of that group is judged on it (INA-CBG severity tariffs step about 1.45x and 1.5x).",
    },
    minGroupCostRatio: {
      value: 2,
      source:
        "Assumption: honest stays vary about 35% (log sd) around their group's median, so a stay billed no more than the median of a group of the same CMG and case type costing half as much is over two standard deviations below its own: a diagnosis coded into a dearer group (angina as infarction), not a cheap honest stay.",
    },
    providerExcessRatio: {
      value: 2,
      source: 'Assumption: twice the unsupported-severity rate of every other facility is a coding pattern, not chance or case mix.',
    },
    providerExcessZ: { value: 3, source: 'Poisson test of observed against expected unsupported stays: z >= 3 (one-sided p ~ 0.001).' },
    minProviderClaims: { value: 3, source: 'Assumption: fewer than three stays is no pattern to judge.' },
    severePrimaryMaxStayDays: {
      value: 4,
      source:
        'Sepsis needs intravenous antibiotics for 7-10 days, 5 at the shortest (Surviving Sepsis Campaign 2021); shock and respiratory failure need intensive care: a stay shorter than the shortest course (4 days or less), discharged home, without ICU, is no such episode. A stay no longer than the median of its CBG at hospitals of the class is judged too (a primary sequenced to the dearer group keeps the lesser illness\'s ordinary stay, brief: "sepsis or respiratory failure first"): with a bill under severePrimaryCostShare of the median it carries none of the episode\'s resources (measured on a 94,472-claim generated extract: 9 of 563 severe-primary stays discharged home without ICU, 3 with the 4-day bound alone).',
    },
    severePrimaryCostShare: {
      value: 0.5,
      source:
        'Assumption: a bill below half the median of the CBG at hospitals of the same class has none of the resources the severe diagnosis needs.',
    },
    groupExcessRatio: {
      value: 1.5,
      source:
        "DOMAIN.md: severity-III share vs peers of the same hospital class and CBG. Assumption: half again the share of the group's other facilities of the class, within one group, is a coding pattern (as severityMixRatio for the whole mix).",
    },
    groupExcessZ: {
      value: 3,
      source:
        "Binomial test of the group's stays above severity I (or at III) against the rate of its other facilities: z >= 3 (one-sided p ~ 0.001), so that among thousands of provider groups chance rarely fires.",
    },
    minGroupClaims: { value: 3, source: 'Assumption: fewer than three stays coded up in a group is no pattern to judge.' },
    coderExcessRatio: {
      value: 1.5,
      source:
        'Assumption (brief: "a coder whose claims are systematically higher"): colleagues at the same hospital code the same CBG groups for the same patients\' mix; a coder at half again their rate above severity I has a pattern. Colleagues are shrunk towards the group\'s other facilities (CODER_PEER_SMOOTHING).',
    },
    coderExcessZ: { value: 3, source: "Binomial test of the coder's stays above severity I against the colleagues' rate: z >= 3." },
    minCoderClaims: { value: 3, source: 'Assumption: fewer than three stays coded up is no pattern to judge.' },
    minPeerEvidenceShare: {
      value: 0.9,
      source:
        "What a diagnosis, or a severity-raising complication, needs (data-samples/reference/diagnosis-evidence.ts, clinical guidelines) is judged on one claim only where at least nine in ten of the other facilities' stays with it carry it: its absence is then no ordinary practice, and an honest stay lacks it at most one time in ten (assumption). Where coding practice records it less (the committed generated sample codes oxygen or ventilation on a fifth of its stays with respiratory failure), only the provider pattern judges.",
    },
    minEvidencePeerStays: {
      value: 20,
      source: 'As MIN_PEER_GROUP (peers.ts): 20 stays put a share within about a tenth of the truth.',
    },
    evidenceExcessRatio: {
      value: 2,
      source: "Assumption: twice the other facilities' rate of stays of a diagnosis without its evidence is a coding pattern, not chance.",
    },
    evidenceExcessZ: {
      value: 3,
      source: 'Binomial test of the stays lacking the evidence against the rate of other facilities: z >= 3 (one-sided p ~ 0.001).',
    },
    ...SEVERITY_ACROSS_GROUPS_THRESHOLDS,
    ...SWAP_THRESHOLDS,
    ...INDICATION_THRESHOLDS,
    ...PROCEDURE_BILL_THRESHOLDS,
    ...PROCEDURE_GROUP_FEE_THRESHOLDS,
    ...CHRONIC_RECORD_THRESHOLDS,
    ...ONCE_COMORBIDITY_THRESHOLDS,
    ...SEVERITY_STEP_THRESHOLDS,
    ...FOLLOW_UP_TYPE_THRESHOLDS,
    ...FLAT_SEVERITY_THRESHOLDS,
    ...COMPLICATION_COST_THRESHOLDS,
    ...COMORBIDITY_CARE_THRESHOLDS,
    ...LEVEL_RESOURCES_THRESHOLDS,
  },
  signals: UPCODING_SIGNALS,
  sql: (t, src) => `
SELECT nomor_sep, 'severity_without_support' AS signal,
  round(tarif_inacbg * (1 - ${SEVERITY_TARIFF_FACTOR.II} / ${SEVERITY_TARIFF_FACTOR.III}), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Severity III ({}) with {} severity-raising secondary diagnoses, no ICU stay and no ventilation', kode_inacbg, severity_raising_dx) AS evidence_en,
  format('Severitas III ({}) dengan {} diagnosis sekunder penaik keparahan, tanpa ICU dan tanpa ventilator', kode_inacbg, severity_raising_dx) AS evidence_id
FROM fraud_claim_base
WHERE severity_rank = 3 AND severity_raising_dx >= ${t.minSeverityRaisingDx} AND icu_indikator = 0 AND ventilator_hour = 0
UNION ALL
SELECT b.nomor_sep, 'severity_mix_above_peers',
  round(b.tarif_inacbg * (1 - ${SEVERITY_TARIFF_FACTOR.II} / ${SEVERITY_TARIFF_FACTOR.III}) * (1 - d.expected_severity3 / d.observed_severity3), -2)::BIGINT,
  []::VARCHAR[],
  format('Provider {} coded {} severity-III stays where case-mix-matched peers of class {} would code {:.1f} ({:.1f}x)', b.facility_id, d.observed_severity3, b.hospital_class, d.expected_severity3, d.observed_severity3 / d.expected_severity3),
  format('RS {} mengode {} rawat inap severitas III, pembanding sekelompok CBG kelas {} {:.1f} ({:.1f}x)', b.facility_id, d.observed_severity3, b.hospital_class, d.expected_severity3, d.observed_severity3 / d.expected_severity3)
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id) ${otherFacilityJoin('b', 'own')}
-- the provider's mix names its severity-III stays whose resources do not show their level (no intensive care, a bill
-- below the group's at other facilities), as the group, coder and across-groups signals do: a unit whose severe
-- stays carry the dialysis, blood and therapy days of their level is a case mix, not a coding pattern
WHERE b.severity_rank = 3 AND ${resourcesBelowLevelSql('b')} AND d.expected_severity3 > 0 AND d.observed_severity3 >= ${t.severityMixRatio} * d.expected_severity3
  AND (d.observed_severity3 - d.expected_severity3) / sqrt(d.expected_severity3) >= ${t.severityMixZ}
  AND b.nomor_sep NOT IN (${documentedComorbidityStaysSql(src, t.levelResourcesRecordDays)})
UNION ALL
-- resource use: the bill and the stay of the level below at hospitals of the same class (peers: fraud_casemix_peers)
SELECT u.nomor_sep, 'severity_without_resource_use', ${groupingShareAmount('u')}, []::VARCHAR[],
  format('{} coded, but billed {} over {} days: at most {} ({} at this claim''s tariff region and class), whose stays last {} days at the median; no ICU, no ventilation',
    u.kode_inacbg, ${rupiahSql('u.billed_cost')}, u.los,
    CASE WHEN u.lower_tariff_bound THEN 'the INA-CBG tariff of ' || u.lower_cbg ELSE 'the median of ' || u.lower_cbg || ' at other class ' || u.hospital_class || ' hospitals' END,
    ${rupiahSql(atClaimTariff('u.lower_log_cost', 'u'))}, u.lower_los),
  format('{} dikode, tetapi tagihan {} selama {} hari: tidak lebih dari {} ({} pada regional dan kelas tarif klaim ini), dengan median lama rawat {} hari; tanpa ICU dan ventilator',
    u.kode_inacbg, ${rupiahSql('u.billed_cost')}, u.los,
    CASE WHEN u.lower_tariff_bound THEN 'tarif INA-CBG ' || u.lower_cbg ELSE 'median ' || u.lower_cbg || ' di RS kelas ' || u.hospital_class || ' lain' END,
    ${rupiahSql(atClaimTariff('u.lower_log_cost', 'u'))}, u.lower_los)
FROM (${unsupportedSeveritySql(t)}) u
UNION ALL
SELECT u.nomor_sep, 'severity_unsupported_at_provider', ${groupingShareAmount('u')}, []::VARCHAR[],
  format('Provider {} billed {} stays whose grouping the resources do not support, where the rate of other facilities gives {:.1f}; this one: {} at {} over {} days, the resources of {}',
    u.facility_id, d.unsupported_observed, d.unsupported_expected, u.kode_inacbg, ${rupiahSql('u.billed_cost')}, u.los, u.lower_cbg),
  format('RS {} menagih {} rawat inap dengan pengelompokan tanpa dukungan sumber daya, sedangkan laju faskes lain memberi {:.1f}; klaim ini: {} {} selama {} hari, sumber daya {}',
    u.facility_id, d.unsupported_observed, d.unsupported_expected, u.kode_inacbg, ${rupiahSql('u.billed_cost')}, u.los, u.lower_cbg)
FROM (${unsupportedSeveritySql(t)}) u JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE ${excessSql('d.unsupported_observed', 'd.unsupported_expected', { minClaims: t.minProviderClaims, ratio: t.providerExcessRatio, z: t.providerExcessZ })}
UNION ALL
-- the tariff share the resources do not justify: 1 - bill / peers' median bill
SELECT b.nomor_sep, 'severe_primary_short_cheap_stay', round(b.tarif_inacbg * (1 - exp(b.base_log_cost - p.base_log_cost)), -2)::BIGINT, []::VARCHAR[],
  format('Primary diagnosis {} on a {}-day stay discharged home without ICU, billed {} against a median of {} for {} at class {} hospitals (at this claim''s tariff region and class)',
    b.dx_primary, b.los, ${rupiahSql('b.billed_cost')}, ${rupiahSql(atClaimTariff('p.base_log_cost', 'b'))}, b.kode_inacbg, b.hospital_class),
  format('Diagnosis utama {} pada rawat {} hari, pulang tanpa ICU, tagihan {} dibanding median {} untuk {} di RS kelas {} (pada regional dan kelas tarif klaim ini)',
    b.dx_primary, b.los, ${rupiahSql('b.billed_cost')}, ${rupiahSql(atClaimTariff('p.base_log_cost', 'b'))}, b.kode_inacbg, b.hospital_class)
FROM fraud_claim_base b JOIN ${CASEMIX_PEER_TABLE} p ON p.kode_inacbg = b.kode_inacbg AND p.hospital_class = b.hospital_class
WHERE b.jenis_rawat = 1 AND regexp_matches(b.dx_primary, ${literal(SEVERE_PRIMARY_ICD10)}) AND b.los <= greatest(${t.severePrimaryMaxStayDays}, p.los_median)
  AND b.discharge_status = 1 AND b.icu_indikator = 0 AND b.ventilator_hour = 0
  AND b.base_log_cost < p.base_log_cost + ln(${t.severePrimaryCostShare})
UNION ALL
-- a provider's severity excess in one group, by one coder, over all its groups at once (upcoding-mix.ts), each at its
-- other facilities' (colleagues') rate; the documented stays read once for the three
${undocumentedSql(
  [
    groupSeverityHitsSql({ minClaims: t.minGroupClaims, ratio: t.groupExcessRatio, z: t.groupExcessZ }),
    coderSeverityHitsSql({ minClaims: t.minCoderClaims, ratio: t.coderExcessRatio, z: t.coderExcessZ }),
    severityAcrossGroupsHitsSql({ minClaims: t.minProviderClaims, ratio: t.acrossGroupsExcessRatio, z: t.acrossGroupsExcessZ }),
  ].join('\nUNION ALL\n'),
  src,
  t.levelResourcesRecordDays,
)}
UNION ALL
${dxEvidenceHitsSql({
  minPeerStays: t.minEvidencePeerStays,
  minPeerEvidenceShare: t.minPeerEvidenceShare,
  provider: { minClaims: t.minProviderClaims, ratio: t.evidenceExcessRatio, z: t.evidenceExcessZ },
})}
UNION ALL
${complicationHitsSql({
  minPeerStays: t.minEvidencePeerStays,
  minPeerEvidenceShare: t.minPeerEvidenceShare,
  provider: { minClaims: t.minProviderClaims, ratio: t.evidenceExcessRatio, z: t.evidenceExcessZ },
})}
UNION ALL
-- a dear procedure coded where the diagnoses indicate a cheaper treatment of its site (upcoding-indication.ts)
${indicationHitsSql({
  minPeerStays: t.indicationMinPeerStays,
  provider: { minClaims: t.indicationMinPatients, ratio: t.indicationExcessRatio, z: t.indicationExcessZ },
})}
UNION ALL
-- a procedure with a device top-up whose bill holds a cheaper procedure's devices (upcoding-procedure-bill.ts)
${procedureBillHitsSql({ deviceFloor: t.procedureDeviceFloor })}
UNION ALL
-- an operation that moves the stay into a procedure group, its fee a minor procedure's (upcoding-procedure-fee.ts)
${procedureGroupFeeHitsSql({ feeShare: t.minorProcedureFeeShare })}
UNION ALL
-- the look-alike in another CMG whose diagnoses share the primary's ICD-10 category, at most 1 / minGroupCostRatio as dear
${siblingGroupHitsSql(t.minGroupCostRatio, t.swapTariffRatio)}
UNION ALL
-- the stay treated for a secondary diagnosis of a cheaper group, the dearer one coded first (upcoding-swap.ts)
${swapHitsSql({ minTariffRatio: t.swapTariffRatio })}
UNION ALL
-- the card's chronic record (PRB, P-Care) shows a cheaper condition of the organ system, never the coded one (upcoding-chronic-record.ts)
${chronicRecordHitsSql(src, { recordDays: t.chronicRecordDays, minRecords: t.minChronicRecords, minTariffRatio: t.chronicRecordTariffRatio })}
UNION ALL
-- a lasting comorbidity coded once: the card's record around the stay, followed up, never shows it (upcoding-once-comorbidity.ts)
${onceComorbidityHitsSql(src, {
  recordDaysBefore: t.onceRecordDaysBefore,
  followUpDays: t.onceFollowUpDays,
  minFollowUps: t.onceMinFollowUps,
  providerMinFollowUps: t.onceProviderMinFollowUps,
  provider: { minClaims: t.minProviderClaims, ratio: t.onceProviderExcessRatio, z: t.onceProviderExcessZ },
})}
UNION ALL
-- the provider's severity mix, standardised by its groups' monthly rates at class peers, stepped up and stayed (upcoding-severity-step.ts)
${severityStepHitsSql({
  minMonthStays: t.stepMinMonthStays,
  minMonths: t.stepMinMonths,
  likelihoodRatio: t.stepLikelihoodRatio,
  minRatio: t.stepMinRatio,
  abovePeersRatio: t.stepAbovePeersRatio,
  confirmDays: t.stepConfirmDays,
})}
UNION ALL
-- the follow-up after discharge names the other, cheaper form of the coded condition (upcoding-follow-up-type.ts)
${followUpTypeHitsSql(src, { followUpDays: t.followUpTypeDays, minTariffRatio: t.followUpTypeTariffRatio })}
UNION ALL
-- the provider's severity-III stays, over all its groups, cost what severity I costs elsewhere (upcoding-flat-severity.ts)
${flatSeverityHitsSql({ maxStep: t.flatSeverityMaxStep, minStays: t.flatSeverityMinStays })}
UNION ALL
-- the provider's stays raised by complications cost what its own severity-I stays cost (upcoding-complication-cost.ts)
${complicationCostHitsSql({
  maxStep: t.complicationCostMaxStep,
  minStays: t.complicationCostMinStays,
  minOwnStays: t.complicationCostMinOwnStays,
  fewStays: t.complicationCostFewStays,
  minZ: t.complicationCostMinZ,
  minSpread: t.complicationCostMinSpread,
  spreadOwnStays: t.complicationCostSpreadOwnStays,
})}
UNION ALL
-- a stay raised by a comorbidity without the chronic drugs the provider bills for it on its other patients (upcoding-comorbidity-care.ts)
${comorbidityCareHitsSql(src, {
  minPatients: t.comorbidityCareMinPatients,
  practiceShare: t.comorbidityCarePracticeShare,
  recordDays: t.comorbidityCareRecordDays,
})}
UNION ALL
-- the provider's stays above severity I whose bills read, together, as partly the level below's at other facilities (upcoding-resources.ts)
${levelResourcesHitsSql(src, {
  levelResourcesLogSd: t.levelResourcesLogSd,
  levelResourcesLosLogSd: t.levelResourcesLosLogSd,
  levelResourcesStayCap: t.levelResourcesStayCap,
  levelResourcesLikelihoodRatio: t.levelResourcesLikelihoodRatio,
  levelResourcesMinStep: t.levelResourcesMinStep,
  levelResourcesMinPeerStays: t.levelResourcesMinPeerStays,
  levelResourcesRecordDays: t.levelResourcesRecordDays,
})}`,
});
