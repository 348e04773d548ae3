// UPCODING by secondary codes that raise a stay's INA-CBG level without its care: the stay is the
// care of the level below (its bill lines, days, no ICU, no treatment of the complication) recorded
// with a code (or several) that moves it up one or two levels (I to II, II to III, I to III). One
// such stay looks like a cheap honest stay of its level: honest stays of a code lie about 30%
// around their median (log sd 0.27) and the levels step only 1.45x and 1.5x (SEVERITY_TARIFF_FACTOR),
// so a stay at 0.78 of its level's bill is at 0.9 sd, above the level below's median half the time
// (severity_without_resource_use asks for a bill and a stay no greater than the level below's median,
// and misses those). Over the provider's stays the evidence adds up: each stay's bill is read as
// drawn from its own level at other facilities or from the level below there (fraud_other_facility_peers,
// never the provider itself), and a mixture likelihood ratio asks whether some share of the
// provider's stays above severity I come from the level below. A provider whose every level is
// cheap is read at its own price: its severity-I stays against the same codes at other facilities
// set an offset that lifts its dearer levels (never lowers them: a dear severity I, a longer stay or
// an inflated bill, must not make its honest higher levels look cheap). A stay whose complication
// carries its own treatment (treated-complication.ts), or that lasted longer than its level's median
// stay elsewhere, is never named. DOMAIN.md section 3, UPCODING: "secondary diagnoses that raise
// severity with no supporting procedure or tariff component", read over the provider's stays.
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { LEVEL_NORM_MIN_STAYS, severityStepShare } from './provider-excess-hits.js';
import { treatedComplicationSql } from './treated-complication.js';
import { documentedComorbidityStaysSql, judgedStaysSql } from './upcoding-resources-fit.js';
import type { LevelResourcesFitThresholds, LevelResourcesSources } from './upcoding-resources-fit.js';
import type { DetectorThreshold } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** UPCODING thresholds of stays_cost_as_level_below_at_provider (claim-content.ts spreads them into the detector). */
export const LEVEL_RESOURCES_THRESHOLDS = Object.freeze({
  levelResourcesLogSd: {
    value: 0.27,
    source:
      "Measured on the 150,000-member generated warehouse: honest stays (no ICU or ventilation, home) around their code's median bill in their hospital class, at the base tariff key, have an interquartile range of 0.35 in logs at every severity level and case type (log sd 0.26-0.30 at levels I and II; 5th and 95th percentiles at -0.44 and +0.44), as for real hospital costs, roughly log-normal (Jones, Health Econometrics 2000). The sd both levels' bills are read with.",
  },
  levelResourcesLosLogSd: {
    value: 0.37,
    source:
      "Measured on the 150,000-member generated warehouse: honest stays' days around their code's median in their hospital class have an interquartile range of 0.51 in logs at levels I and II (log sd 0.37), nearly independent of the bill (correlation 0.03). Used only to name a stay at a provider the bills already judged: its days and its bill together sit nearer the level below.",
  },
  levelResourcesStayCap: {
    value: 20,
    source:
      "Assumption: one stay weighs at most 20:1 for the level below (about 3 sd), so a few very cheap stays (a transfer out, a stay cut short by discharge against advice) cannot make a provider's pattern; the heavier lower tail of honest bills (severity III's 5th percentile at -0.51) stays within it.",
  },
  levelResourcesLikelihoodRatio: {
    value: 1000,
    source:
      "A likelihood ratio of 1000:1 (2 ln LR = 13.8, chi-square on the boundary: one-sided p ~ 1e-4) for a share of the provider's stays above severity I drawn from the level below, against none; among a few hundred providers chance fires about once in fifty runs. Measured on the generated warehouse (a provider offset from its severity-I stays, no lower than zero): 6 providers at or above it (ln LR 9.5-330), the next at ln LR 4.2.",
  },
  levelResourcesMinPeerStays: {
    value: LEVEL_NORM_MIN_STAYS,
    source:
      "As LEVEL_NORM_MIN_STAYS (provider-excess-hits.ts): a level's median at other facilities is a norm for a stay's bill from five stays on.",
  },
  levelResourcesRecordDays: {
    value: 365,
    source:
      'As chronicRecordDays (upcoding-chronic-record.ts): a year of the card before admission holds about twelve PRB fills and four specialist reviews of a followed chronic condition (Panduan Praktis PRB 2014).',
  },
  levelResourcesMinStep: {
    value: 1.3,
    source:
      "As minSeverityCostStep: where a CBG group's levels cost less than 30% apart at the other facilities, a bill cannot tell them apart, and the group's stays are not read.",
  },
} satisfies Record<string, DetectorThreshold>);

export interface LevelResourcesThresholds extends LevelResourcesFitThresholds {
  readonly levelResourcesLosLogSd: number;
  readonly levelResourcesLikelihoodRatio: number;
}

/** Likelihood ratios beyond a million to one are written as such: the digits past it say nothing more. */
const RATIO_SHOWN_UP_TO = 1_000_000;

/** SQL: a likelihood ratio (from its log) as evidence text, '1,234' or 'over 1,000,000'. */
const likelihoodRatioText = (logRatio: string): string =>
  `CASE WHEN ${logRatio} > ln(${RATIO_SHOWN_UP_TO}) THEN 'over ${RATIO_SHOWN_UP_TO.toLocaleString('en-US')}' ELSE format('{:,.0f}', exp(${logRatio})) END`;

/**
 * UPCODING `stays_cost_as_level_below_at_provider`: at a provider whose stays above severity I
 * (groups whose level below costs at least `levelResourcesMinStep` less at other facilities, both levels' medians
 * resting on levelResourcesMinPeerStays stays) are better read, at a likelihood ratio of at least
 * `levelResourcesLikelihoodRatio`, as a mixture of their level and the level below than as their level alone
 * (each stay's bill, after the provider's own severity-I offset, normal in logs with sd `levelResourcesLogSd`
 * around each level's median at other facilities, its ratio capped at `levelResourcesStayCap`: fraud_provider_distribution),
 * the stays whose bill alone sits nearer the level below than their own (the bill carries the days: room,
 * nursing and drugs are billed by the day, so a stay kept a day longer than the level below's is no
 * reason to spare a bill of the level below's resources; 16 of the 50 stays a generated extract's
 * one-step upcoding left unnamed were 0.5 day over their level's median stay, for 42 honest stays
 * more at 150k members), or whose bill and days together (days normal in logs with sd
 * `levelResourcesLosLogSd` around each level's median stay) sit nearer the level below and which lasted
 * no longer than their level's median stay there; their complication untreated, not raised only by
 * comorbidities the card's record shows (documentedComorbidityStaysSql). One level's tariff step is at risk.
 */
export function levelResourcesHitsSql(src: LevelResourcesSources, t: LevelResourcesThresholds): string {
  const from = `(SELECT s.*, d.level_price_offset, d.level_below_share, d.level_below_log_ratio, d.level_judged_stays
    FROM fraud_claim_base s JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
    WHERE d.level_below_log_ratio >= ln(${t.levelResourcesLikelihoodRatio}) AND s.jenis_rawat = 1 AND s.severity_rank >= 2 AND s.discharge_status <> 4
      AND s.icu_indikator = 0 AND s.ventilator_hour = 0) b`;
  const days = `(pow(ln(b.los) - ln(b.own_los), 2) - pow(ln(b.los) - ln(b.low_los), 2)) / ${2 * t.levelResourcesLosLogSd * t.levelResourcesLosLogSd}`;
  return `
SELECT b.nomor_sep, 'stays_cost_as_level_below_at_provider' AS signal, round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')}, -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Provider {} billed its {:.0f} stays above severity I as if about {:.0f}% were stays of the level below (likelihood ratio {}:1 against none, each bill read against both levels at other facilities, at its own severity-I price); this one: {} billed {} over {} days, nearer the median of {} ({}, {:g} days) than of its own level ({}, {:g} days), at this claim''s tariff region and class; no ICU, no ventilation',
    b.facility_id, b.level_judged_stays, 100 * b.level_below_share, ${likelihoodRatioText('b.level_below_log_ratio')}, b.kode_inacbg, ${rupiahSql('b.billed_cost')}, b.los, b.lower_cbg,
    ${rupiahSql('(exp(b.low_log_cost) * b.tariff_key_factor)')}, b.low_los, ${rupiahSql('(exp(b.own_log_cost) * b.tariff_key_factor)')}, b.own_los) AS evidence_en,
  format('RS {} menagih {:.0f} rawat inap di atas severitas I seolah sekitar {:.0f}% adalah rawat tingkat di bawahnya (rasio kemungkinan {}:1 terhadap tidak ada, tiap tagihan dibaca terhadap kedua tingkat di faskes lain, pada harga severitas I RS sendiri); klaim ini: {} tagihan {} selama {} hari, lebih dekat ke median {} ({}, {:g} hari) daripada tingkatnya sendiri ({}, {:g} hari), pada regional dan kelas tarif klaim ini; tanpa ICU dan ventilator',
    b.facility_id, b.level_judged_stays, 100 * b.level_below_share, ${likelihoodRatioText('b.level_below_log_ratio')}, b.kode_inacbg, ${rupiahSql('b.billed_cost')}, b.los, b.lower_cbg,
    ${rupiahSql('(exp(b.low_log_cost) * b.tariff_key_factor)')}, b.low_los, ${rupiahSql('(exp(b.own_log_cost) * b.tariff_key_factor)')}, b.own_los) AS evidence_id
FROM (${judgedStaysSql(from, 'b.level_price_offset', t)}) b
WHERE b.jenis_rawat = 1 AND b.severity_rank >= 2 AND (ln(b.stay_ratio) > 0 OR (b.los <= b.own_los AND ln(b.stay_ratio) + ${days} > 0))
  AND NOT ${treatedComplicationSql('b')}
  AND b.nomor_sep NOT IN (${documentedComorbidityStaysSql(src, t.levelResourcesRecordDays)})`;
}
