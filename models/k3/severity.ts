// Expected benefit cost per KK/PAK case, in months of the worker's wage. JKK benefits are
// multiples of the wage (PP 82/2019: income replacement, 48 x wage at death, 56 x for total
// disability, % x 80 x for partial), so the wage elasticity of severity is fixed at 1 rather
// than estimated: an estimated elasticity below 1 (0.66, s.e. 0.49, on ~300 cases) made the
// rate fall as the declared wage rose, rewarding under-reported wages. Group factors are kept
// only when a likelihood-ratio test on the Gamma deviance supports them; otherwise one pooled
// multiple serves every group. The primary/excess split and per-claim limit of the experience
// worksheet are stated in the same unit, so a death weighs more than a sprain at any wage.
import type { EmployerYear } from '../../features/k3/index.js';
import { chiSquareCritical } from './term-selection.js';

/** Months in a year: wage bills are annual, wages monthly. */
export const MONTHS = 12;
/** Mean monthly wage used when an employer-year has no exposure (DOMAIN.md section 1, 1-5 years tenure). */
export const SEVERITY_REFERENCE_WAGE = 4_200_000;
/** Group severity factors need this many cases per group to be tested at all (thinner groups pool). */
export const MIN_SEVERITY_GROUP_CASES = 30;
/**
 * Primary/excess split point in wage months: a claim's first 6 months of wage are primary.
 * A sprain or fracture (care plus a few weeks of income replacement) stays below it; a death
 * (48 months) or disability puts most of its cost in excess (NCCI's split serves the same end).
 */
export const SPLIT_POINT_WAGE_MONTHS = 6;
/** Per-claim limit in wage months: total disability (56) plus care; one catastrophe cannot swamp a mod. */
export const PER_CLAIM_LIMIT_WAGE_MONTHS = 60;

export interface SeverityModel {
  /** Wage elasticity of the cost per case: fixed, not estimated (benefits are multiples of wages). */
  readonly wageElasticity: 1;
  /** Expected cost per case in months of the worker's monthly wage, all groups pooled. */
  readonly wageMonths: number;
  /** Group multipliers of wageMonths: all 1 unless the test kept them. */
  readonly group: Readonly<Record<string, number>>;
  readonly groupTest: {
    readonly df: number;
    readonly devianceIncrease: number;
    readonly critical: number;
    readonly kept: boolean;
    readonly dispersion: number;
  };
  /** Cases behind the pooled multiple and each group's. */
  readonly cases: number;
  readonly casesByGroup: Readonly<Record<string, number>>;
  /** Standard error of log(wageMonths x group factor), per group. */
  readonly logStandardError: Readonly<Record<string, number>>;
  /** Portfolio means per case, in wage months, of the limited cost and its primary part (for the worksheet's expected split). */
  readonly limitedWageMonths: number;
  readonly primaryWageMonths: number;
}

export function meanMonthlyWage(r: Pick<EmployerYear, 'wageBill' | 'workerYears'>): number {
  return r.workerYears > 0 && r.wageBill > 0 ? r.wageBill / r.workerYears / MONTHS : SEVERITY_REFERENCE_WAGE;
}

/** A claim's cost in wage months split into primary and excess after the per-claim limit. */
export function splitClaim(wageMonths: number): { limited: number; primary: number; excess: number } {
  const limited = Math.min(Math.max(wageMonths, 0), PER_CLAIM_LIMIT_WAGE_MONTHS);
  const primary = Math.min(limited, SPLIT_POINT_WAGE_MONTHS);
  return { limited, primary, excess: limited - primary };
}

interface SeverityObservation {
  readonly group: string;
  readonly cases: number;
  /** Mean cost per case of the row in wage months. */
  readonly y: number;
}

/** Gamma deviance of weighted means y around mu per row. */
function gammaDeviance(rows: readonly SeverityObservation[], mu: (r: SeverityObservation) => number): number {
  let d = 0;
  for (const r of rows) if (r.y > 0) d += 2 * r.cases * (-Math.log(r.y / mu(r)) + (r.y - mu(r)) / mu(r));
  return d;
}

/**
 * Fits the severity in wage months on employer-years with cases. `claimWageMonths`, when
 * given, are the individual claims' costs in wage months (for the primary/excess means);
 * without it each case carries its year's mean cost.
 */
export function fitSeverity(rows: readonly EmployerYear[], claimWageMonths?: readonly number[]): SeverityModel {
  const obs: SeverityObservation[] = rows
    .filter((r) => r.claimCount > 0 && r.workerYears > 0)
    .map((r) => ({ group: String(r.statutoryGroup), cases: r.claimCount, y: r.benefitCost / r.claimCount / meanMonthlyWage(r) }));
  const sum = (xs: readonly SeverityObservation[], f: (r: SeverityObservation) => number): number => xs.reduce((s, r) => s + f(r), 0);
  const cases = sum(obs, (r) => r.cases);
  if (!(cases > 0)) throw new Error('no KK/PAK case with exposure to fit the severity on');
  const pooled = sum(obs, (r) => r.cases * r.y) / cases;
  const byGroup = new Map<string, { n: number; s: number }>();
  for (const r of obs) {
    const g = byGroup.get(r.group) ?? { n: 0, s: 0 };
    g.n += r.cases;
    g.s += r.cases * r.y;
    byGroup.set(r.group, g);
  }
  // Thin groups take the pooled mean: their own would be mostly noise.
  const groupMean = (g: string): number => {
    const x = byGroup.get(g);
    return x && x.n >= MIN_SEVERITY_GROUP_CASES ? x.s / x.n : pooled;
  };
  const tested = [...byGroup.entries()].filter(([, x]) => x.n >= MIN_SEVERITY_GROUP_CASES).length;
  const df = Math.max(0, tested - 1);
  const positive = obs.filter((r) => r.y > 0);
  const pearson = positive.reduce((s, r) => s + (r.cases * (r.y - groupMean(r.group)) ** 2) / groupMean(r.group) ** 2, 0);
  const dispersion = Math.max(1e-9, pearson / Math.max(1, positive.length - tested));
  const devianceIncrease =
    df > 0 ? (gammaDeviance(positive, () => pooled) - gammaDeviance(positive, (r) => groupMean(r.group))) / dispersion : 0;
  const critical = df > 0 ? chiSquareCritical(df) : Number.POSITIVE_INFINITY;
  const kept = df > 0 && devianceIncrease >= critical;
  const group: Record<string, number> = {};
  const casesByGroup: Record<string, number> = {};
  const logStandardError: Record<string, number> = {};
  for (const g of ['1', '2', '3', '4', '5']) {
    const n = byGroup.get(g)?.n ?? 0;
    casesByGroup[g] = n;
    group[g] = kept ? groupMean(g) / pooled : 1;
    const behind = kept && n >= MIN_SEVERITY_GROUP_CASES ? n : cases;
    logStandardError[g] = Math.sqrt(dispersion / behind);
  }
  const claims = claimWageMonths ?? obs.flatMap((r) => Array.from({ length: r.cases }, () => r.y));
  let limited = 0;
  let primary = 0;
  for (const c of claims) {
    const s = splitClaim(c);
    limited += s.limited;
    primary += s.primary;
  }
  return {
    wageElasticity: 1,
    wageMonths: pooled,
    group,
    groupTest: { df, devianceIncrease, critical: Number.isFinite(critical) ? critical : 0, kept, dispersion },
    cases,
    casesByGroup,
    logStandardError,
    limitedWageMonths: claims.length > 0 ? limited / claims.length : pooled,
    primaryWageMonths: claims.length > 0 ? primary / claims.length : Math.min(pooled, SPLIT_POINT_WAGE_MONTHS),
  };
}

/** Expected cost per case (rupiah) at a mean monthly wage: proportional to the wage. */
export function expectedSeverityOf(s: SeverityModel, statutoryGroup: number, monthlyWage: number): number {
  return s.wageMonths * (s.group[String(statutoryGroup)] ?? 1) * monthlyWage;
}
