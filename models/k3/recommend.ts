// From expected cost to a JKK risk group: the revenue-neutral risk rate of an employer and
// the statutory group whose rate is nearest to it, under either rate table of DOMAIN.md
// section 6 (PP 44/2015 or PP 49/2023).
import { JKK_RATES } from '../../data-samples/reference/index.js';
import type { JkkRateTable } from '../../data-samples/reference/index.js';

export type RateTableName = 'pp44_2015' | 'pp49_2023';
export const RATE_TABLE_NAMES: readonly RateTableName[] = Object.freeze(['pp44_2015', 'pp49_2023']);
export const JKK_GROUPS = Object.freeze([1, 2, 3, 4, 5] as const);
export const ROMAN_GROUP = Object.freeze({ 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V' } as const);

export function rateTable(name: RateTableName): JkkRateTable {
  return JKK_RATES[name];
}

export function statutoryRate(name: RateTableName, group: number): number {
  const r = rateTable(name).rateByGroup[group as 1];
  if (r === undefined) throw new Error(`no JKK risk group ${group}`);
  return r;
}

/**
 * Upper bounds of groups I-IV: the geometric midpoint of adjacent statutory rates, so an
 * employer lands in the group whose rate is nearest on the relative (log) scale that
 * premiums multiply on.
 */
export function groupBoundaries(name: RateTableName): readonly number[] {
  return [1, 2, 3, 4].map((g) => Math.sqrt(statutoryRate(name, g) * statutoryRate(name, g + 1)));
}

/** The recommended group 1-5 for a risk-based rate (fraction of wage). */
export function recommendedGroup(name: RateTableName, riskRate: number): number {
  const bounds = groupBoundaries(name);
  let g = 1;
  while (g <= bounds.length && riskRate >= bounds[g - 1]!) g++;
  return g;
}

export interface TableRecommendation {
  readonly rateTable: RateTableName;
  readonly regulation: string;
  readonly statutoryGroup: string;
  readonly statutoryRate: number;
  /** Revenue-neutral rate from the employer's expected cost: loading x expected cost / wage bill. */
  readonly riskRate: number;
  readonly recommendedGroup: string;
  readonly recommendedRate: number;
  /** Premium per year at the wage bill (rupiah). */
  readonly statutoryPremium: number;
  readonly recommendedPremium: number;
}

/**
 * The recommendation under one table. `loading` is the portfolio's statutory premium over
 * its expected cost, so that rating every employer this way collects what the tariff does.
 */
export function recommendUnder(name: RateTableName, statutoryGroup: number, expectedCost: number, wageBill: number, loading: number): TableRecommendation {
  const riskRate = wageBill > 0 ? (loading * expectedCost) / wageBill : 0;
  const group = recommendedGroup(name, riskRate);
  const sRate = statutoryRate(name, statutoryGroup);
  const rRate = statutoryRate(name, group);
  return {
    rateTable: name,
    regulation: rateTable(name).regulation,
    statutoryGroup: ROMAN_GROUP[statutoryGroup as 1],
    statutoryRate: sRate,
    riskRate,
    recommendedGroup: ROMAN_GROUP[group as 1],
    recommendedRate: rRate,
    statutoryPremium: sRate * wageBill,
    recommendedPremium: rRate * wageBill,
  };
}
