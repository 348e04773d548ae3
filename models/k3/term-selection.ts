// Which a-priori terms earn their place: backward elimination by likelihood-ratio test.
// A rating factor stays only if dropping it raises the Poisson deviance by more than the
// chi-square critical value for its degrees of freedom; the sector keeps its own levels
// only if they beat the pooled statutory groups. Without this, sparse KK/PAK counts let
// region or size noise into the tariff and it loses to the statutory groups out of time.
import type { EmployerYear } from '../../features/k3/index.js';
import type { DataTable } from '../data/index.js';
import { fitPoissonGlm } from '../families/poisson/index.js';
import type { PoissonGlm } from '../families/poisson/index.js';
import { buildDesign } from '../spec/index.js';
import type { FeatureSpec } from '../spec/index.js';
import { groupPoolLevel } from './rating-factors.js';

/** Significance level of the term tests (conventional 5%). */
export const TERM_TEST_LEVEL = 0.05;
/** Standard normal quantile at 1 - TERM_TEST_LEVEL, for the Wilson-Hilferty chi-square approximation. */
const Z_AT_LEVEL = 1.6448536269514722;
/** Terms the selection may drop; the sector base always stays (it carries the statutory group). */
export const DROPPABLE_TERMS = Object.freeze(['size', 'region', 'compliance', 'female_share'] as const);
export const SECTOR_DETAIL = 'sector_detail';

export interface TermTest {
  readonly term: string;
  readonly df: number;
  /** Deviance increase when the term is dropped (or the sector pooled into groups). */
  readonly devianceIncrease: number;
  readonly critical: number;
  readonly kept: boolean;
}

/** Chi-square quantile at 1 - TERM_TEST_LEVEL (Wilson and Hilferty 1931; within 1% for df >= 1). */
export function chiSquareCritical(df: number): number {
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
  return Object.fromEntries([...exposure].map(([level, byGroup]) => [level, groupPoolLevel([...byGroup].reduce((a, b) => (b[1] > a[1] ? b : a))[0])]));
}

function withoutTerm(spec: FeatureSpec, term: string, sectorPools: Record<string, string>): FeatureSpec {
  if (term === SECTOR_DETAIL) {
    return { ...spec, features: spec.features.map((f) => (f.column === 'sector' && f.kind === 'categorical' ? { ...f, map: sectorPools } : f)) };
  }
  return { ...spec, features: spec.features.filter((f) => f.column !== term) };
}

function candidates(spec: FeatureSpec): string[] {
  const present = DROPPABLE_TERMS.filter((t) => spec.features.some((f) => f.column === t));
  const sector = spec.features.find((f) => f.column === 'sector');
  return sector && sector.kind === 'categorical' && !sector.map ? [...present, SECTOR_DETAIL] : [...present];
}

/** Fits the full spec, then drops the least significant term while one fails its test. */
export function selectTerms(
  table: DataTable, full: FeatureSpec, counts: Float64Array, exposure: Float64Array, sectorPools: Record<string, string>,
): { spec: FeatureSpec; glm: PoissonGlm; tests: TermTest[] } {
  const fit = (spec: FeatureSpec): PoissonGlm => fitPoissonGlm(buildDesign(table, spec), counts, { exposure });
  let spec = full;
  let glm = fit(spec);
  const tests: TermTest[] = [];
  for (;;) {
    let weakest: { term: string; spec: FeatureSpec; glm: PoissonGlm; test: TermTest; ratio: number } | undefined;
    for (const term of candidates(spec)) {
      const reducedSpec = withoutTerm(spec, term, sectorPools);
      const reduced = fit(reducedSpec);
      const df = glm.coefficients.length - reduced.coefficients.length;
      if (df <= 0) continue;
      const devianceIncrease = reduced.deviance - glm.deviance;
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
        if (df > 0) tests.push({ term, df, devianceIncrease: reduced.deviance - glm.deviance, critical: chiSquareCritical(df), kept: true });
      }
      return { spec, glm, tests };
    }
    tests.push(weakest.test);
    spec = weakest.spec;
    glm = weakest.glm;
  }
}
