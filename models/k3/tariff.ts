// Fits the a-priori K3 tariff: a Poisson frequency GLM with offset log(worker-years) on
// sector, size, region and compliance by the toolkit's IRLS, flattened into relativity
// tables so that rating is a product of looked-up factors (exactly the GLM's exp(eta)), with
// the coefficients' covariance and the cases behind every level for intervals; and the
// severity in wage months (severity.ts).
// The workforce's gender mix (female_share) is deliberately not a rating factor: pricing an
// employer on its share of women is a discrimination risk (issue 6 names sector, size,
// region and compliance plus the experience mod), so it stays in the feature table for
// fairness monitoring only.
import type { EmployerYear } from '../../features/k3/index.js';
import { encodeCategorical, makeTable } from '../data/index.js';
import type { DataTable } from '../data/index.js';
import { POISSON_FAMILY, fitLogLinkGlm, logExposure } from '../families/poisson/index.js';
import type { LogLinkGlm } from '../families/poisson/index.js';
import { buildDesign } from '../spec/index.js';
import type { FeatureSpec } from '../spec/index.js';
import { complianceBand, groupPoolLevel, regionOf } from './rating-factors.js';
import { statutoryRate } from './recommend.js';
import { SEVERITY_REFERENCE_WAGE, expectedSeverityOf, fitSeverity, meanMonthlyWage } from './severity.js';
import type { SeverityModel } from './severity.js';
import { sectorPoolMap, selectTerms } from './term-selection.js';
import type { TermTest } from './term-selection.js';
import type { EmployerAttributes } from './rating-factors.js';

/** A sector rates on its own only with this many training cases; thinner ones pool into their statutory group (assumption: ~30 cases keep a relativity's standard error near 0.2). */
export const MIN_SECTOR_CLAIMS = 30;
/** Any level with fewer training cases merges into its term's reference, so every ML estimate is finite. */
export const MIN_LEVEL_CLAIMS = 3;
export { SEVERITY_REFERENCE_WAGE, meanMonthlyWage };

export type { TermTest } from './term-selection.js';
export type Relativities = Readonly<Record<string, number>>;

/** The fitted a-priori tariff, JSON-safe. */
export interface K3Tariff {
  /** exp(intercept): frequency per worker-year of group III at every reference level. */
  readonly baseFrequency: number;
  readonly sectorLevelOf: Readonly<Record<string, string>>;
  readonly sector: Relativities;
  readonly size: Relativities;
  readonly region: Relativities;
  readonly compliance: Relativities;
  /** Exposure-weighted mean a-priori frequency per sector, for relative risk against the sector. */
  readonly sectorMeanFrequency: Readonly<Record<string, number>>;
  /**
   * Per sector, d log(sector mean frequency) / d coefficient for the size, region and compliance
   * coefficients (keyed by column index): the sector's expected cases' share on each level. The
   * relativity to the sector divides by the sector mean, which moves with the same coefficients;
   * its interval needs this gradient. Absent in bundles published before it existed.
   */
  readonly sectorMeanGradient?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly severity: SeverityModel;
  /** The GLM's coefficient covariance (dispersion-scaled), intercept first, for intervals on relativities and frequencies. */
  readonly covariance: { readonly columns: readonly string[]; readonly matrix: readonly number[] };
  /** Per term and raw level: index of its GLM coefficient (1-based, after the intercept), 0 for the reference. */
  readonly columnOf: Readonly<Record<RatingTerm, Readonly<Record<string, number>>>>;
  /** Per term and raw level: training cases of the fitted level the raw level rates as (the cases behind its factor). */
  readonly casesBehind: Readonly<Record<RatingTerm, Readonly<Record<string, number>>>>;
  /** Median (worker-year weighted) of employers' mean monthly wage per sector: the norm wages are checked against. */
  readonly sectorMedianWage: Readonly<Record<string, number>>;
  readonly fit: { readonly rows: number; readonly claims: number; readonly workerYears: number; readonly frequencyDeviance: number };
  /** Backward elimination by likelihood-ratio test: every term tried, in the order decided. */
  readonly termTests: readonly TermTest[];
  /** Employer-level Pearson dispersion the term tests were scaled by. */
  readonly dispersion: number;
}

export type RatingTerm = 'sector' | 'size' | 'region' | 'compliance';
type Terms = Record<RatingTerm, string>;

export function levelsOf(a: EmployerAttributes, sectorLevelOf: Readonly<Record<string, string>>): Terms {
  return {
    sector: sectorLevelOf[a.sectorCode] ?? groupPoolLevel(a.statutoryGroup),
    size: a.sizeBand,
    region: regionOf(a.provinceCode),
    compliance: complianceBand(a.jkkOnTimeShare),
  };
}

/** Maps levels below `min` cases to the level with the most exposure. */
function mergeThin(levels: readonly string[], claims: readonly number[], exposure: readonly number[], min: number): Map<string, string> {
  const c = new Map<string, number>();
  const e = new Map<string, number>();
  levels.forEach((l, i) => {
    c.set(l, (c.get(l) ?? 0) + claims[i]!);
    e.set(l, (e.get(l) ?? 0) + exposure[i]!);
  });
  const ref = [...e.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return new Map([...c.keys()].map((l) => [l, (c.get(l) ?? 0) < min ? ref : l]));
}

function relativitiesOf(glm: LogLinkGlm, term: string, levels: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const level of levels) {
    const j = glm.columnNames.indexOf(`${term}=${level}`);
    out[level] = j < 0 ? 1 : Math.exp(glm.coefficients[j]!);
  }
  return out;
}

function frequencyTable(rows: readonly EmployerYear[], sectorLevelOf: Record<string, string>): { table: DataTable; terms: Terms[] } {
  const terms = rows.map((r) => levelsOf(r, sectorLevelOf));
  const table = makeTable({
    sector: encodeCategorical(terms.map((t) => t.sector)),
    size: encodeCategorical(terms.map((t) => t.size)),
    region: encodeCategorical(terms.map((t) => t.region)),
    compliance: encodeCategorical(terms.map((t) => t.compliance)),
  });
  return { table, terms };
}

const FREQUENCY_SPEC: FeatureSpec = {
  name: 'k3-apriori-frequency',
  features: [
    { kind: 'categorical', column: 'sector' },
    { kind: 'categorical', column: 'size' },
    { kind: 'categorical', column: 'region' },
    { kind: 'categorical', column: 'compliance' },
  ],
};

/** Sector levels: a sector alone when it has enough cases, else its statutory group's pool; thin pools merge further. */
function sectorLevels(rows: readonly EmployerYear[]): Record<string, string> {
  const claims = new Map<string, number>();
  for (const r of rows) claims.set(r.sectorCode, (claims.get(r.sectorCode) ?? 0) + r.claimCount);
  const first = new Map<string, string>();
  for (const r of rows)
    first.set(r.sectorCode, (claims.get(r.sectorCode) ?? 0) >= MIN_SECTOR_CLAIMS ? r.sectorCode : groupPoolLevel(r.statutoryGroup));
  const merged = mergeThin(
    rows.map((r) => first.get(r.sectorCode)!),
    rows.map((r) => r.claimCount),
    rows.map((r) => r.workerYears),
    MIN_LEVEL_CLAIMS,
  );
  return Object.fromEntries([...first.entries()].map(([s, l]) => [s, merged.get(l) ?? l]));
}

/** The statutory rate table whose group relativities are the tariff's prior (the one in force for wage earners outside JKP). */
export const PRIOR_RATE_TABLE = 'pp44_2015';
/** Group relativities are taken against group III, the medium-risk group. */
export const PRIOR_REFERENCE_GROUP = 3;

/** The statutory rate of a group over that of group III. */
export function statutoryRelativity(group: number): number {
  return statutoryRate(PRIOR_RATE_TABLE, group) / statutoryRate(PRIOR_RATE_TABLE, PRIOR_REFERENCE_GROUP);
}

/** Variance of the sum of the given terms' log-relativities for an employer (the GLM's covariance, dispersion-scaled). */
export function logRelativityVariance(t: K3Tariff, a: EmployerAttributes, terms: readonly RatingTerm[], withIntercept = false): number {
  const l = levelsOf(a, t.sectorLevelOf);
  const idx = terms.map((term) => t.columnOf[term]?.[l[term]] ?? 0).filter((j) => j > 0);
  if (withIntercept) idx.push(0);
  const p = t.covariance.columns.length;
  let v = 0;
  for (const i of idx) for (const j of idx) v += t.covariance.matrix[i * p + j] ?? 0;
  return Math.max(0, v);
}

/** The terms that make an employer's a-priori frequency differ from its sector's mean. */
export const WITHIN_SECTOR_TERMS: readonly RatingTerm[] = Object.freeze(['size', 'region', 'compliance']);

/** GLM coefficient indices (1-based after the intercept, references left out) of an employer's within-sector levels. */
function withinSectorColumns(t: K3Tariff, a: EmployerAttributes): number[] {
  const l = levelsOf(a, t.sectorLevelOf);
  return WITHIN_SECTOR_TERMS.map((term) => t.columnOf[term]?.[l[term]] ?? 0).filter((j) => j > 0);
}

/**
 * Variance of log(a-priori frequency / sector mean frequency), the relativity to the sector, by
 * the delta method: the gradient is the employer's own level indicators minus the sector
 * mean's gradient, since the mean is a function of the same coefficients (the sector and
 * intercept cancel: every employer of a sector shares them). Falls back to the employer's
 * own levels alone for a bundle without the gradient.
 */
export function relativeToSectorLogVariance(t: K3Tariff, a: EmployerAttributes): number {
  const mean = t.sectorMeanGradient?.[a.sectorCode];
  if (!mean) return logRelativityVariance(t, a, WITHIN_SECTOR_TERMS);
  const d = new Map<number, number>();
  for (const j of withinSectorColumns(t, a)) d.set(j, (d.get(j) ?? 0) + 1);
  for (const [j, g] of Object.entries(mean)) d.set(Number(j), (d.get(Number(j)) ?? 0) - g);
  const p = t.covariance.columns.length;
  let v = 0;
  for (const [i, di] of d) for (const [j, dj] of d) v += di * dj * (t.covariance.matrix[i * p + j] ?? 0);
  return Math.max(0, v);
}

/** The a-priori frequency per worker-year of one employer, as a product of relativities. */
export function aprioriFrequency(t: K3Tariff, a: EmployerAttributes): number {
  const l = levelsOf(a, t.sectorLevelOf);
  return (
    t.baseFrequency *
    statutoryRelativity(a.statutoryGroup) *
    (t.sector[l.sector] ?? 1) *
    (t.size[l.size] ?? 1) *
    (t.region[l.region] ?? 1) *
    (t.compliance[l.compliance] ?? 1)
  );
}

/** Expected benefit cost per case (rupiah), given the statutory group and the mean monthly wage: proportional to the wage. */
export function expectedSeverity(t: K3Tariff, statutoryGroup: number, monthlyWage: number): number {
  return expectedSeverityOf(t.severity, statutoryGroup, monthlyWage);
}

/**
 * Employer-clustered sandwich covariance of the GLM's coefficients, U M U with U = (X'WX)^-1
 * and M the sum over employers of their score vectors' outer products, times G / (G - 1).
 * An employer's own safety makes its years' counts move together; the model-based covariance
 * (even scaled by a dispersion) treats them as independent and understated how far a region or
 * size relativity moves between two books of the same size (group changes disagreed).
 */
function clusteredCovariance(
  design: { readonly nRows: number; readonly nCols: number; readonly x: Float64Array },
  beta: Float64Array,
  offset: Float64Array,
  counts: Float64Array,
  clusters: readonly string[],
  unscaled: Float64Array,
): number[] {
  const p = design.nCols + 1;
  const scores = new Map<string, Float64Array>();
  for (let i = 0; i < design.nRows; i++) {
    let eta = offset[i]! + beta[0]!;
    for (let j = 0; j < design.nCols; j++) eta += design.x[i * design.nCols + j]! * beta[j + 1]!;
    const r = counts[i]! - Math.exp(eta);
    let s = scores.get(clusters[i]!);
    if (!s) scores.set(clusters[i]!, (s = new Float64Array(p)));
    s[0]! += r;
    for (let j = 0; j < design.nCols; j++) s[j + 1]! += design.x[i * design.nCols + j]! * r;
  }
  const meat = new Float64Array(p * p);
  for (const s of scores.values())
    for (let a = 0; a < p; a++) if (s[a] !== 0) for (let b = 0; b < p; b++) meat[a * p + b]! += s[a]! * s[b]!;
  const g = scores.size;
  const correction = g > 1 ? g / (g - 1) : 1;
  const um = new Float64Array(p * p);
  for (let a = 0; a < p; a++)
    for (let k = 0; k < p; k++) {
      const u = unscaled[a * p + k]!;
      if (u !== 0) for (let b = 0; b < p; b++) um[a * p + b]! += u * meat[k * p + b]!;
    }
  const out = new Array<number>(p * p).fill(0);
  for (let a = 0; a < p; a++)
    for (let k = 0; k < p; k++) {
      const v = um[a * p + k]!;
      if (v !== 0) for (let b = 0; b < p; b++) out[a * p + b]! += v * unscaled[k * p + b]! * correction;
    }
  return out;
}

/** Weighted median of (value, weight) pairs. */
function weightedMedian(pairs: { v: number; w: number }[]): number {
  pairs.sort((p, q) => p.v - q.v);
  const half = pairs.reduce((s, p) => s + p.w, 0) / 2;
  let acc = 0;
  for (const p of pairs) {
    acc += p.w;
    if (acc >= half) return p.v;
  }
  return pairs[pairs.length - 1]?.v ?? SEVERITY_REFERENCE_WAGE;
}

function sectorMedianWages(rows: readonly EmployerYear[]): Record<string, number> {
  const by = new Map<string, { v: number; w: number }[]>();
  for (const r of rows) {
    if (!(r.wageBill > 0)) continue;
    const list = by.get(r.sectorCode) ?? [];
    list.push({ v: meanMonthlyWage(r), w: r.workerYears });
    by.set(r.sectorCode, list);
  }
  return Object.fromEntries([...by].map(([s, pairs]) => [s, weightedMedian(pairs)]));
}

/**
 * Fits the tariff on employer-years (those with positive exposure), optionally net of known
 * employer effects and with the term tests of an earlier round reused (`decided`).
 */
export function fitK3Tariff(
  input: readonly EmployerYear[],
  employerEffect?: ReadonlyMap<string, number>,
  decided?: Pick<K3Tariff, 'termTests' | 'dispersion'>,
  claimWageMonths?: readonly number[],
): K3Tariff {
  const rows = input.filter((r) => r.workerYears > 0);
  if (rows.length === 0) throw new Error('no employer-years with exposure to fit the K3 tariff on');
  const sectorLevelOf = sectorLevels(rows);
  const { table, terms } = frequencyTable(rows, sectorLevelOf);
  // With employer effects (credibility estimates), each row's offset carries its employer's
  // own safety, so the rating factors are fitted net of it (Ohlsson 2008).
  // The statutory tariff's relativity between groups is the prior: the sector term fits only
  // deviations from it, and the term tests drop those when the data cannot support them.
  const exposure = Float64Array.from(
    rows,
    (r) => r.workerYears * statutoryRelativity(r.statutoryGroup) * (employerEffect?.get(r.employerId) ?? 1),
  );
  const counts = Float64Array.from(rows, (r) => r.claimCount);
  // Thin size, region and compliance levels fold into the reference before fitting.
  let spec: FeatureSpec = {
    ...FREQUENCY_SPEC,
    features: FREQUENCY_SPEC.features.map((f) => {
      if (f.kind !== 'categorical' || f.column === 'sector') return f;
      const key = f.column as keyof Terms;
      const m = mergeThin(
        terms.map((t) => t[key]),
        rows.map((r) => r.claimCount),
        rows.map((r) => r.workerYears),
        MIN_LEVEL_CLAIMS,
      );
      return { ...f, map: Object.fromEntries(m) };
    }),
  };
  const selection = selectTerms(
    table,
    spec,
    counts,
    exposure,
    sectorPoolMap(rows, sectorLevelOf),
    rows.map((r) => r.employerId),
    decided?.termTests,
  );
  const { glm } = selection;
  spec = selection.spec;
  const mapOf = (column: string): Readonly<Record<string, string>> => {
    const f = spec.features.find((x) => x.column === column);
    return f && f.kind === 'categorical' && f.map ? f.map : {};
  };
  const expand = (column: keyof Terms): Record<string, number> => {
    const map = mapOf(column);
    const seen = new Set(terms.map((t) => t[column]));
    const rel = relativitiesOf(
      glm,
      column,
      [...seen].map((l) => map[l] ?? l),
    );
    return Object.fromEntries([...seen].map((l) => [l, rel[map[l] ?? l] ?? 1]));
  };
  const ey = rows.reduce((s, r) => s + r.workerYears, 0);
  const dispersion = decided?.dispersion ?? selection.dispersion;
  // The selected model once more for its covariance (the selection keeps only standard errors).
  const design = buildDesign(table, spec);
  const offset = logExposure(exposure);
  const full = fitLogLinkGlm(design, counts, POISSON_FAMILY, { offset });
  const columns = ['(intercept)', ...design.columnNames];
  const columnOf = {} as Record<RatingTerm, Record<string, number>>;
  const casesBehind = {} as Record<RatingTerm, Record<string, number>>;
  for (const term of ['sector', 'size', 'region', 'compliance'] as const) {
    const map = mapOf(term);
    const fitted = new Map<string, number>();
    terms.forEach((t, i) => {
      const l = map[t[term]] ?? t[term];
      fitted.set(l, (fitted.get(l) ?? 0) + counts[i]!);
    });
    const raw = new Set(terms.map((t) => t[term]));
    columnOf[term] = Object.fromEntries([...raw].map((l) => [l, Math.max(0, columns.indexOf(`${term}=${map[l] ?? l}`))]));
    casesBehind[term] = Object.fromEntries([...raw].map((l) => [l, fitted.get(map[l] ?? l) ?? 0]));
  }
  const tariff: K3Tariff = {
    baseFrequency: Math.exp(glm.intercept),
    sectorLevelOf,
    sector: expand('sector'),
    size: expand('size'),
    region: expand('region'),
    compliance: expand('compliance'),
    sectorMeanFrequency: {},
    severity: fitSeverity(rows, claimWageMonths),
    covariance: {
      columns,
      matrix: clusteredCovariance(
        design,
        full.beta,
        offset,
        counts,
        rows.map((r) => r.employerId),
        full.unscaledCovariance,
      ),
    },
    columnOf,
    casesBehind,
    sectorMedianWage: sectorMedianWages(rows),
    fit: { rows: rows.length, claims: counts.reduce((a, b) => a + b, 0), workerYears: ey, frequencyDeviance: glm.deviance },
    termTests: selection.tests,
    dispersion,
  };
  const bySector = new Map<string, { f: number; e: number; byColumn: Map<number, number> }>();
  for (const r of rows) {
    const a = bySector.get(r.sectorCode) ?? { f: 0, e: 0, byColumn: new Map<number, number>() };
    const expected = aprioriFrequency(tariff, r) * r.workerYears;
    a.f += expected;
    a.e += r.workerYears;
    for (const j of withinSectorColumns(tariff, r)) a.byColumn.set(j, (a.byColumn.get(j) ?? 0) + expected);
    bySector.set(r.sectorCode, a);
  }
  return {
    ...tariff,
    sectorMeanFrequency: Object.fromEntries([...bySector].map(([s, a]) => [s, a.f / a.e])),
    sectorMeanGradient: Object.fromEntries(
      [...bySector].map(([s, a]) => [s, Object.fromEntries([...a.byColumn].map(([j, f]) => [String(j), f / a.f]))]),
    ),
  };
}
