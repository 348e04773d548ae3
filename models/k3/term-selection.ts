// Which a-priori terms earn their place: backward elimination by likelihood-ratio test.
// A rating factor stays only if dropping it raises the Poisson deviance by more than the
// chi-square critical value for its degrees of freedom; the sector keeps its own levels
// only if they beat the pooled statutory groups, and the pooled groups only if they beat
// the statutory rate relativities (the offset). Without this, sparse KK/PAK counts let
// region or size noise into the tariff and it loses to the statutory groups out of time.
// The deviance is scaled by an employer-level dispersion (quasi-Poisson): an employer's
// own safety makes its years' counts move together, so a handful of large employers can
// look like a size effect to a test that treats every employer-year as independent.
import type { EmployerYear } from '../../features/k3/index.js';
import type { DataTable } from '../data/index.js';
import { fitPoissonGlm, predictPoissonGlm } from '../families/poisson/index.js';
import type { PoissonGlm } from '../families/poisson/index.js';
import { buildDesign } from '../spec/index.js';
import type { FeatureSpec } from '../spec/index.js';
import { groupPoolLevel } from './rating-factors.js';

/** Significance level of the term tests (conventional 5%). */
export const TERM_TEST_LEVEL = 0.05;
/** Standard normal quantile at 1 - TERM_TEST_LEVEL, for the Wilson-Hilferty chi-square approximation. */
const Z_AT_LEVEL = 1.6448536269514722;
/** Terms the selection may drop outright; the sector is tested in two steps (SECTOR_DETAIL, then 'sector'). */
export const DROPPABLE_TERMS = Object.freeze(['size', 'region', 'compliance'] as const);
/** The sector's own levels, tested against its statutory group's pool. */
export const SECTOR_DETAIL = 'sector_detail';

export interface TermTest {
  readonly term: string;
  readonly df: number;
  /** Deviance increase when the term is dropped (or the sector pooled into groups), over the dispersion. */
  readonly devianceIncrease: number;
  readonly critical: number;
  readonly kept: boolean;
}

/** Standard normal quantile at 1 - TERM_TEST_LEVEL / 2: its square is the df-1 chi-square quantile. */
const Z_AT_HALF_LEVEL = 1.959963984540054;

/**
 * Chi-square quantile at 1 - TERM_TEST_LEVEL: exact for df 1 (z squared) and df 2
 * (-2 ln level), Wilson and Hilferty (1931) beyond, within 0.5% of the tables for df >= 3.
 */
export function chiSquareCritical(df: number): number {
  if (df === 1) return Z_AT_HALF_LEVEL * Z_AT_HALF_LEVEL;
  if (df === 2) return -2 * Math.log(TERM_TEST_LEVEL);
  const a = 2 / (9 * df);
  return df * (1 - a + Z_AT_LEVEL * Math.sqrt(a)) ** 3;
}

/** Sector level -> its statutory group's pool (the group with most exposure if a level mixes groups). */
export function sectorPoolMap(rows: readonly EmployerYear[], sectorLevelOf: Readonly<Record<string, string>>): Record<string, string> {
  const exposure = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const level = sectorLevelOf[r.sectorCode] ?? groupPoolLevel(r.statutoryGroup);
    const byGroup = exposure.get(level) ?? new Map<number, number>();
    byGroup.set(r.statutoryGroup, (byGroup.get(r.statutoryGroup) ?? 0) + r.workerYears);
    exposure.set(level, byGroup);
  }
  return Object.fromEntries(
    [...exposure].map(([level, byGroup]) => [level, groupPoolLevel([...byGroup].reduce((a, b) => (b[1] > a[1] ? b : a))[0])]),
  );
}

/** Pearson dispersion of counts summed per employer (at least 1: never sharpen the test). */
export function employerDispersion(expected: Float64Array, counts: Float64Array, employers: readonly string[], parameters: number): number {
  const sums = new Map<string, { n: number; mu: number }>();
  employers.forEach((e, i) => {
    const s = sums.get(e) ?? { n: 0, mu: 0 };
    s.n += counts[i]!;
    s.mu += expected[i]!;
    sums.set(e, s);
  });
  let pearson = 0;
  for (const s of sums.values()) if (s.mu > 0) pearson += (s.n - s.mu) ** 2 / s.mu;
  return Math.max(1, pearson / Math.max(1, sums.size - parameters));
}

function withoutTerm(spec: FeatureSpec, term: string, sectorPools: Record<string, string>): FeatureSpec {
  if (term === SECTOR_DETAIL) {
    return {
      ...spec,
      features: spec.features.map((f) => (f.column === 'sector' && f.kind === 'categorical' ? { ...f, map: sectorPools } : f)),
    };
  }
  return { ...spec, features: spec.features.filter((f) => f.column !== term) };
}

/** Droppable now: the optional terms present, the sector's own levels, and once pooled, the groups' deviation from the statutory relativities. */
function candidates(spec: FeatureSpec): string[] {
  const present: string[] = DROPPABLE_TERMS.filter((t) => spec.features.some((f) => f.column === t));
  const sector = spec.features.find((f) => f.column === 'sector');
  if (sector && sector.kind === 'categorical') present.push(sector.map ? 'sector' : SECTOR_DETAIL);
  return present;
}

/** Fits the full spec, then drops the least significant term while one fails its test. */
export function selectTerms(
  table: DataTable,
  full: FeatureSpec,
  counts: Float64Array,
  exposure: Float64Array,
  sectorPools: Record<string, string>,
  employers: readonly string[],
  decided?: readonly TermTest[],
): { spec: FeatureSpec; glm: PoissonGlm; tests: TermTest[]; dispersion: number } {
  const fit = (spec: FeatureSpec): PoissonGlm => fitPoissonGlm(buildDesign(table, spec), counts, { exposure });
  if (decided) {
    // Terms already decided (an earlier GLM-credibility round): apply the same drops, fit once.
    const spec = decided.filter((t) => !t.kept).reduce((acc, t) => withoutTerm(acc, t.term, sectorPools), full);
    return { spec, glm: fit(spec), tests: [...decided], dispersion: 1 };
  }
  let spec = full;
  let glm = fit(spec);
  const dispersion = employerDispersion(
    predictPoissonGlm(glm, buildDesign(table, spec), exposure),
    counts,
    employers,
    glm.coefficients.length + 1,
  );
  const tests: TermTest[] = [];
  for (;;) {
    let weakest: { term: string; spec: FeatureSpec; glm: PoissonGlm; test: TermTest; ratio: number } | undefined;
    for (const term of candidates(spec)) {
      const reducedSpec = withoutTerm(spec, term, sectorPools);
      const reduced = fit(reducedSpec);
      const df = glm.coefficients.length - reduced.coefficients.length;
      if (df <= 0) continue;
      const devianceIncrease = (reduced.deviance - glm.deviance) / dispersion;
      const critical = chiSquareCritical(df);
      const ratio = devianceIncrease / critical;
      if (!weakest || ratio < weakest.ratio) {
        weakest = { term, spec: reducedSpec, glm: reduced, ratio, test: { term, df, devianceIncrease, critical, kept: ratio >= 1 } };
      }
    }
    if (!weakest || weakest.test.kept) {
      // Every remaining term is significant: record their final tests.
      for (const term of candidates(spec)) {
        const reduced = fit(withoutTerm(spec, term, sectorPools));
        const df = glm.coefficients.length - reduced.coefficients.length;
        if (df > 0)
          tests.push({
            term,
            df,
            devianceIncrease: (reduced.deviance - glm.deviance) / dispersion,
            critical: chiSquareCritical(df),
            kept: true,
          });
      }
      return { spec, glm, tests, dispersion };
    }
    tests.push(weakest.test);
    spec = weakest.spec;
    glm = weakest.glm;
  }
}
