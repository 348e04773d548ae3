// Fairness and drift of the credit score. Fairness (DOMAIN.md 5): per attribute (sex,
// province, sector, segment) the disparate impact ratio = lowest group's approval rate /
// highest, and the equal-opportunity difference = largest gap in true-positive rate, where
// a "positive" is a member who repaid and was approved. Drift: PSI of the score and of each
// characteristic between the development sample and recent requests.
import type { FairnessAttribute } from '../../features/credit/registry.js';
import { populationStabilityIndex } from '../metrics/index.js';

/** DOMAIN.md 5 (four-fifths rule): a disparate impact ratio below 0.8 is a red flag. */
export const DISPARATE_IMPACT_MIN = 0.8;
/**
 * Equal-opportunity gap flagged above 0.1 (assumption: DOMAIN.md 5 asks for equal true-positive
 * rates without a number; 0.1 is the tolerance commonly used with the four-fifths rule).
 */
export const EQUAL_OPPORTUNITY_MAX_GAP = 0.1;
/** DOMAIN.md 5: PSI below 0.1 stable, 0.1-0.25 watch, 0.25 and above act. */
export const PSI_WATCH = 0.1;
export const PSI_ACT = 0.25;
/** Groups smaller than this are reported but not flagged: their rates are noise (assumption). */
export const MIN_GROUP_ROWS = 100;

export interface GroupRates {
  readonly group: string;
  readonly rows: number;
  readonly approvalRate: number;
  /** Approval rate among members who repaid (null without outcomes). */
  readonly truePositiveRate: number | null;
}

export interface AttributeFairness<A extends string = FairnessAttribute> {
  readonly attribute: A;
  readonly groups: readonly GroupRates[];
  readonly disparateImpactRatio: number | null;
  readonly equalOpportunityDifference: number | null;
  readonly flags: readonly string[];
}

/** One scored row for fairness; `A` is the attribute columns (the credit product's, or any a bank names). */
export interface FairnessRow<A extends string = FairnessAttribute> {
  readonly approved: boolean;
  /** 1 defaulted, 0 repaid, null unknown (recent requests). */
  readonly defaulted: number | null;
  readonly attributes: Readonly<Record<A, string>>;
}

export function attributeFairness<A extends string = FairnessAttribute>(
  attribute: A,
  rows: readonly FairnessRow<A>[],
): AttributeFairness<A> {
  const by = new Map<string, { rows: number; approved: number; goods: number; goodsApproved: number }>();
  for (const r of rows) {
    const key = r.attributes[attribute];
    const g = by.get(key) ?? { rows: 0, approved: 0, goods: 0, goodsApproved: 0 };
    g.rows++;
    if (r.approved) g.approved++;
    if (r.defaulted === 0) {
      g.goods++;
      if (r.approved) g.goodsApproved++;
    }
    by.set(key, g);
  }
  const groups = [...by.entries()]
    .map(([group, g]) => ({
      group,
      rows: g.rows,
      approvalRate: g.approved / g.rows,
      truePositiveRate: g.goods > 0 ? g.goodsApproved / g.goods : null,
    }))
    .sort((a, b) => a.group.localeCompare(b.group));
  const judged = groups.filter((g) => g.rows >= MIN_GROUP_ROWS);
  const rates = judged.map((g) => g.approvalRate);
  const tprs = judged.map((g) => g.truePositiveRate).filter((t): t is number => t !== null);
  const maxRate = Math.max(...rates);
  const dir = judged.length >= 2 && maxRate > 0 ? Math.min(...rates) / maxRate : null;
  const eod = tprs.length >= 2 ? Math.max(...tprs) - Math.min(...tprs) : null;
  const flags: string[] = [];
  if (dir !== null && dir < DISPARATE_IMPACT_MIN) flags.push(`disparate impact ratio ${dir.toFixed(3)} < ${DISPARATE_IMPACT_MIN}`);
  if (eod !== null && eod > EQUAL_OPPORTUNITY_MAX_GAP)
    flags.push(`equal-opportunity difference ${eod.toFixed(3)} > ${EQUAL_OPPORTUNITY_MAX_GAP}`);
  return { attribute, groups, disparateImpactRatio: dir, equalOpportunityDifference: eod, flags };
}

export type PsiLevel = 'stable' | 'watch' | 'act';

export interface DriftRow {
  readonly variable: string;
  readonly psi: number;
  readonly level: PsiLevel;
}

export function psiLevel(psi: number): PsiLevel {
  return psi >= PSI_ACT ? 'act' : psi >= PSI_WATCH ? 'watch' : 'stable';
}

/**
 * PSI of one variable. Missing values (NaN) are a bin of their own, placed below every
 * value, so a characteristic that goes missing more often shows as drift.
 */
export function variableDrift(variable: string, development: Float64Array, recent: Float64Array): DriftRow {
  const MISSING = Number.NEGATIVE_INFINITY;
  const fill = (a: Float64Array) => a.map((v) => (Number.isNaN(v) ? MISSING : v));
  const dev = fill(development);
  const rec = fill(recent);
  const psi = populationStabilityIndex(dev, rec).psi;
  return { variable, psi, level: psiLevel(psi) };
}
