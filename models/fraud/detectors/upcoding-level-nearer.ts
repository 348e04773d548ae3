// UPCODING: which stays a provider's severity excess names as coded up. Honest stays of a level lie
// about 30% around its median bill (log sd 0.27, upcoding-resources.ts levelResourcesLogSd) and the
// INA-CBG levels step only 1.45x and 1.5x, so half of a level's honest stays are billed under its
// median: "below the median" names them as often as it names a coded-up stay. Read as two cost
// distributions of equal spread, a bill is better explained by the level below (likelihood ratio
// above 1) only when it is nearer the level below's norm than its own. A specialist's honest ward,
// every stay at its level and billed a few percent under the level's norm, is then named by no
// bill (red team RT-NM-REFER-41: five FKTP-referred severity-II pneumonias of a pulmonologist,
// log bills 0.02-0.08 under the norm where the level step is 0.37), while a stay coded up with
// the level below's care is still named (RT-UPCODE-51, -111). The level below's norm is read as
// the own level's is (other facilities only, the median of their medians where the provider billed
// the code itself); where it rests on too few stays, the INA-CBG tariff step stands in for it.
import { SEVERITY_TARIFF_FACTOR } from '../../../data-samples/reference/index.js';
import { OTHER_FACILITY_PEER_TABLE } from './other-facility-table.js';
import { CASEMIX_PEER_TABLE } from './peers.js';

/**
 * Stays of the level below at other facilities from which their median is its norm (as
 * LEVEL_NORM_MIN_STAYS in provider-excess-hits.ts, restated here so that file can import this one:
 * a median of fewer than five stays moves by a third with one stay).
 */
const LOWER_LEVEL_NORM_MIN_STAYS = 5;

/** SQL: the INA-CBG code one level below stay `b`'s (I under II, II under III). */
const lowerCodeSql = (b: string): string => `${b}.cbg_base || '-' || CASE ${b}.severity_rank WHEN 3 THEN 'II' ELSE 'I' END`;

/** SQL: the log tariff step from the level below to stay `b`'s level (SEVERITY_TARIFF_FACTOR). */
const tariffLogStepSql = (b: string): string =>
  `ln(CASE ${b}.severity_rank WHEN 3 THEN ${SEVERITY_TARIFF_FACTOR.III} / ${SEVERITY_TARIFF_FACTOR.II} ELSE ${SEVERITY_TARIFF_FACTOR.II} / ${SEVERITY_TARIFF_FACTOR.I} END)`;

/**
 * SQL: the median log bill (base tariff key) of the level below stay `b`'s at other facilities of its
 * class: the median of the other facilities' medians where the provider billed that code itself
 * (fraud_other_facility_peers), else the class's stays (fraud_casemix_peers, which then hold none of
 * the provider's); NULL under LOWER_LEVEL_NORM_MIN_STAYS stays. Read through min(): one row per key by
 * construction, and an aggregate keeps a duplicated key from failing the stage (a scalar subquery of two rows is an error).
 */
const lowerLevelNormSql = (b: string): string => {
  const lower = lowerCodeSql(b);
  const own = `lf.facility_id = ${b}.facility_id AND lf.kode_inacbg = ${lower}`;
  return `CASE WHEN EXISTS (SELECT 1 FROM ${OTHER_FACILITY_PEER_TABLE} lf WHERE ${own})
    THEN (SELECT min(lf.facility_log_cost) FROM ${OTHER_FACILITY_PEER_TABLE} lf WHERE ${own} AND lf.n >= ${LOWER_LEVEL_NORM_MIN_STAYS})
    ELSE (SELECT min(lc.base_log_cost) FROM ${CASEMIX_PEER_TABLE} lc
      WHERE lc.kode_inacbg = ${lower} AND lc.hospital_class = ${b}.hospital_class AND lc.n >= ${LOWER_LEVEL_NORM_MIN_STAYS}) END`;
};

/**
 * SQL: the level below's norm stay `b` is weighed against (a median log bill at the base tariff key):
 * lowerLevelNormSql, or, where that rests on too few stays, `ownNorm` less the INA-CBG tariff step.
 */
export const levelBelowNormSql = (b: string, ownNorm: string): string =>
  `coalesce(${lowerLevelNormSql(b)}, ${ownNorm} - ${tariffLogStepSql(b)})`;

/** SQL: the INA-CBG code one level below stay `b`'s, as the evidence names it. */
export const levelBelowCodeSql = (b: string): string => lowerCodeSql(b);

/**
 * SQL predicate: stay `b` (above severity I) is billed nearer the level below's norm than its own
 * level's norm `ownNorm` (an SQL expression of a median log bill at the base tariff key): under
 * their midpoint in logs (levelBelowNormSql).
 */
export const nearerLevelBelowSql = (b: string, ownNorm: string): string =>
  `${b}.base_log_cost < (${ownNorm} + ${levelBelowNormSql(b, ownNorm)}) / 2`;
