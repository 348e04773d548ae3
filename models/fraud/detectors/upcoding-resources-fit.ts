// UPCODING by codes that raise a stay's level without its care (upcoding-resources.ts): the
// provider's side, built into fraud_provider_distribution (distributions.ts) and published, so a
// claim on arrival is judged against the same provider verdict as in the batch. Each stay above
// severity I (no ICU or ventilation, not ending in death) is read against its own level and the
// level below at other facilities (fraud_other_facility_peers, never the provider itself; the
// class's stays of a level the provider billed none of), at the provider's own price (its
// severity-I stays against the same codes elsewhere, never above zero), and the provider's stays
// are fitted as a mixture of the two levels.
import { SECONDARY_BY_NATURE } from '../../../data-samples/reference/secondary-conditions.js';
import { varcharList } from '../../../data-samples/sql/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';
import { OTHER_FACILITY_PEER_TABLE } from './other-facility-peers.js';
import { CASEMIX_PEER_TABLE } from './peers.js';
import { stayEventWeightSql } from './stay-events.js';

/** The thresholds of the fit (UPCODING's, upcoding-resources.ts LEVEL_RESOURCES_THRESHOLDS). */
export interface LevelResourcesFitThresholds {
  readonly levelResourcesLogSd: number;
  readonly levelResourcesStayCap: number;
  readonly levelResourcesMinStep: number;
  readonly levelResourcesMinPeerStays: number;
  readonly levelResourcesRecordDays: number;
}

/** The card's primary-care record: PRB fills and P-Care sick visits (their diagnoses), as SOURCE tables name them. */
export type LevelResourcesSources = Pick<FraudSources, 'prbClaims' | 'fktpVisits'>;

/** ICD-10 categories of lasting comorbidities (SECONDARY_BY_NATURE): carried into the stay and managed with the usual tablets. */
const COMORBIDITY_CATEGORIES = SECONDARY_BY_NATURE.filter((c) => c.kind === 'comorbidity').map((c) => c.category);

/**
 * SQL: nomor_sep of the stays of fraud_claim_base raised only by lasting comorbidities, each of them
 * on the card's primary-care record (PRB fills, P-Care sick visits) in the `days` up to admission:
 * a documented comorbidity raises the level honestly, and is managed with the usual tablets, so the
 * stay may cost little more than the level below (red team RT-NM-CODER-91: coders who start coding
 * the diabetes and hypertension the resumes always named). Only rows dated up to admission are read,
 * so a claim on arrival sees what the batch sees.
 */
export function documentedComorbidityStaysSql(src: LevelResourcesSources, days: number): string {
  return `
  SELECT d.nomor_sep FROM (
    SELECT b.nomor_sep, b.card_key, b.tgl_masuk, left(unnest(b.dx_list[2:]), 3) AS category FROM fraud_claim_base b
    WHERE b.jenis_rawat = 1 AND b.severity_rank >= 2 AND len(b.dx_list) > 1
  ) d
  LEFT JOIN (
    SELECT DISTINCT card_key, tgl_resep AS tgl, left(diagnosa, 3) AS category FROM ${src.prbClaims}
    UNION
    SELECT DISTINCT card_key, tgl_kunjungan, left(unnest(string_split(diagnosa, '#')), 3) FROM ${src.fktpVisits}
    WHERE jenis_kunjungan = 'SAKIT' AND diagnosa IS NOT NULL
  ) r ON r.card_key = d.card_key AND r.category = d.category AND r.tgl BETWEEN d.tgl_masuk - ${days} AND d.tgl_masuk
  GROUP BY d.nomor_sep
  HAVING bool_and(list_contains(${varcharList(COMORBIDITY_CATEGORIES)}, d.category)) AND count(DISTINCT d.category) = count(DISTINCT r.category)`;
}

/** Shares of the provider's stays from the level below the mixture likelihood is profiled over: 5% to 95% in steps of 5%. */
const MIXTURE_SHARES = 'SELECT unnest(range(1, 20)) / 20.0 AS share';

/** SQL predicate: a stay the signal reads (inpatient, not ending in death, no ICU or ventilation). */
const readStaySql = (b: string): string =>
  `${b}.jenis_rawat = 1 AND ${b}.discharge_status <> 4 AND ${b}.severity_rank > 0 AND ${b}.icu_indikator = 0 AND ${b}.ventilator_hour = 0`;

/** SQL: norm `col` of code `code` at the other facilities of stay `b`: its leave-out row (alias `x`), or its class's stays (`xc`) when the provider billed none of the code. */
const levelNorm = (x: string, col: 'n' | 'base_log_cost' | 'los_median'): string =>
  `CASE WHEN ${x}.facility_id IS NULL THEN ${x}c.${col} ELSE ${x}.${col} END`;
const levelJoin = (b: string, x: string, code: string): string => `
JOIN ${CASEMIX_PEER_TABLE} ${x}c ON ${x}c.kode_inacbg = ${code} AND ${x}c.hospital_class = ${b}.hospital_class
LEFT JOIN ${OTHER_FACILITY_PEER_TABLE} ${x} ON ${x}.facility_id = ${b}.facility_id AND ${x}.kode_inacbg = ${code}`;

/**
 * SQL: stays above severity I of `from` (alias `b`, with `offset`, the provider's price offset in
 * logs) judged against their level and the level below at other facilities: own_log_cost, own_los,
 * lower_cbg, low_log_cost, low_los and stay_ratio (the bill's likelihood under the level below over
 * its own level, capped), for groups whose levels are told apart by the bill.
 */
export function judgedStaysSql(from: string, offset: string, t: LevelResourcesFitThresholds): string {
  const lower = `b.cbg_base || '-' || CASE b.severity_rank WHEN 3 THEN 'II' ELSE 'I' END`;
  const own = (col: 'n' | 'base_log_cost' | 'los_median'): string => levelNorm('own', col);
  const low = (col: 'n' | 'base_log_cost' | 'los_median'): string => levelNorm('low', col);
  const priced = `b.base_log_cost - ${offset}`;
  return `
  SELECT b.*, ${own('base_log_cost')} AS own_log_cost, ${own('los_median')} AS own_los, lowc.kode_inacbg AS lower_cbg,
    ${low('base_log_cost')} AS low_log_cost, ${low('los_median')} AS low_los,
    least(exp((pow(${priced} - ${own('base_log_cost')}, 2) - pow(${priced} - ${low('base_log_cost')}, 2)) / ${2 * t.levelResourcesLogSd * t.levelResourcesLogSd}), ${t.levelResourcesStayCap}) AS stay_ratio
  FROM ${from} ${levelJoin('b', 'own', 'b.kode_inacbg')} ${levelJoin('b', 'low', lower)}
  WHERE b.severity_rank >= 2 AND ${own('n')} >= ${t.levelResourcesMinPeerStays} AND ${low('n')} >= ${t.levelResourcesMinPeerStays}
    AND ${own('base_log_cost')} - ${low('base_log_cost')} >= ln(${t.levelResourcesMinStep})`;
}

/**
 * CTEs of fraud_provider_distribution (distributions.ts): per facility, its price offset (the median
 * of its severity-I stays' bills against the same codes at other facilities, both resting on
 * levelResourcesMinPeerStays stays, never above zero) and the mixture fit of its stays above severity I:
 * the share from the level below that fits best and its log likelihood ratio against none (a
 * family's stays admitted together weigh one). Published, so a claim on arrival is judged against
 * the same provider verdict as in the batch.
 */
export function levelResourcesCtesSql(src: LevelResourcesSources, t: LevelResourcesFitThresholds): string {
  return `lr_documented AS MATERIALIZED (${documentedComorbidityStaysSql(src, t.levelResourcesRecordDays)}
), lr_stays AS MATERIALIZED (
  SELECT b.*, ${stayEventWeightSql('b')} AS w FROM fraud_claim_base b WHERE ${readStaySql('b')}
), lr_price AS (
  SELECT b.facility_id, least(median(b.base_log_cost - ${levelNorm('own', 'base_log_cost')}), 0) AS level_price_offset
  FROM lr_stays b ${levelJoin('b', 'own', 'b.kode_inacbg')}
  WHERE b.severity_rank = 1 AND ${levelNorm('own', 'n')} >= ${t.levelResourcesMinPeerStays}
  GROUP BY b.facility_id HAVING count(*) >= ${t.levelResourcesMinPeerStays}
), lr_judged AS MATERIALIZED (
  ${judgedStaysSql('(SELECT s.*, coalesce(p.level_price_offset, 0) AS price_offset FROM lr_stays s LEFT JOIN lr_price p USING (facility_id) WHERE s.nomor_sep NOT IN (SELECT nomor_sep FROM lr_documented)) b', 'b.price_offset', t)}
), lr_fit AS (
  SELECT j.facility_id, m.share, sum(j.w * ln(m.share * j.stay_ratio + 1 - m.share)) AS log_ratio, sum(j.w) AS stays
  FROM lr_judged j CROSS JOIN (${MIXTURE_SHARES}) m GROUP BY j.facility_id, m.share
), level_resources AS (
  SELECT f.facility_id, coalesce(any_value(p.level_price_offset), 0) AS level_price_offset, arg_max(f.share, f.log_ratio) AS level_below_share,
    max(f.log_ratio) AS level_below_log_ratio, any_value(f.stays) AS level_judged_stays
  FROM lr_fit f LEFT JOIN lr_price p USING (facility_id) GROUP BY f.facility_id
)`;
}

/** Columns and join of fraud_provider_distribution for levelResourcesCtesSql (a provider without stays above severity I: no fit, ratio 0). */
export const LEVEL_RESOURCES_COLUMNS = `coalesce(level_resources.level_price_offset, 0)::DOUBLE AS level_price_offset,
  coalesce(level_resources.level_below_share, 0)::DOUBLE AS level_below_share, coalesce(level_resources.level_below_log_ratio, 0)::DOUBLE AS level_below_log_ratio,
  coalesce(level_resources.level_judged_stays, 0)::DOUBLE AS level_judged_stays`;
export const LEVEL_RESOURCES_JOINS = 'LEFT JOIN level_resources USING (facility_id)';
