// Fits the a-priori K3 tariff: a Poisson frequency GLM with offset log(worker-years) on
// sector, size, region and compliance, and a Gamma severity GLM on benefit cost, both by
// the toolkit's IRLS; then flattens them into relativity tables so that rating is a product
// of looked-up factors (exactly the GLM's exp(eta)).
// The workforce's gender mix (female_share) is deliberately not a rating factor: pricing an
// employer on its share of women is a discrimination risk (issue 6 names sector, size,
// region and compliance plus the experience mod), so it stays in the feature table for
// fairness monitoring only.
import type { EmployerYear } from '../../features/k3/index.js';
import { encodeCategorical, makeTable } from '../data/index.js';
import type { DataTable } from '../data/index.js';
import { fitGammaGlm } from '../families/poisson/index.js';
import type { LogLinkGlm } from '../families/poisson/index.js';
import { buildDesign } from '../spec/index.js';
import type { FeatureSpec } from '../spec/index.js';
import { complianceBand, groupPoolLevel, regionOf } from './rating-factors.js';
import { statutoryRate } from './recommend.js';
import { sectorPoolMap, selectTerms } from './term-selection.js';
import type { TermTest } from './term-selection.js';
import type { EmployerAttributes } from './rating-factors.js';

/** A sector rates on its own only with this many training cases; thinner ones pool into their statutory group (assumption: ~30 cases keep a relativity's standard error near 0.2). */
export const MIN_SECTOR_CLAIMS = 30;
/** Any level with fewer training cases merges into its term's reference, so every ML estimate is finite. */
export const MIN_LEVEL_CLAIMS = 3;
/** Severity relativities are relative to this monthly wage (rupiah; DOMAIN.md section 1 mean wage 1-5 years tenure). */
export const SEVERITY_REFERENCE_WAGE = 4_200_000;
/** Months in a year: wage bill is annual, wages monthly. */
const MONTHS = 12;

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
  readonly severity: { readonly base: number; readonly group: Relativities; readonly logWageCoefficient: number };
  readonly fit: { readonly rows: number; readonly claims: number; readonly workerYears: number; readonly frequencyDeviance: number };
  /** Backward elimination by likelihood-ratio test: every term tried, in the order decided. */
  readonly termTests: readonly TermTest[];
  /** Employer-level Pearson dispersion the term tests were scaled by. */
  readonly dispersion: number;
}

type Terms = Record<'sector' | 'size' | 'region' | 'compliance', string>;

function levelsOf(a: EmployerAttributes, sectorLevelOf: Readonly<Record<string, string>>): Terms {
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
  for (const r of rows) first.set(r.sectorCode, (claims.get(r.sectorCode) ?? 0) >= MIN_SECTOR_CLAIMS ? r.sectorCode : groupPoolLevel(r.statutoryGroup));
  const merged = mergeThin(rows.map((r) => first.get(r.sectorCode)!), rows.map((r) => r.claimCount), rows.map((r) => r.workerYears), MIN_LEVEL_CLAIMS);
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

/** The a-priori frequency per worker-year of one employer, as a product of relativities. */
export function aprioriFrequency(t: K3Tariff, a: EmployerAttributes): number {
  const l = levelsOf(a, t.sectorLevelOf);
  return t.baseFrequency * statutoryRelativity(a.statutoryGroup) * (t.sector[l.sector] ?? 1) * (t.size[l.size] ?? 1) * (t.region[l.region] ?? 1)
    * (t.compliance[l.compliance] ?? 1);
}

/** Expected benefit cost per case, given the statutory group and the mean monthly wage. */
export function expectedSeverity(t: K3Tariff, statutoryGroup: number, meanMonthlyWage: number): number {
  const s = t.severity;
  return s.base * (s.group[String(statutoryGroup)] ?? 1) * Math.exp(s.logWageCoefficient * Math.log(Math.max(meanMonthlyWage, 1) / SEVERITY_REFERENCE_WAGE));
}

export function meanMonthlyWage(r: Pick<EmployerYear, 'wageBill' | 'workerYears'>): number {
  return r.workerYears > 0 ? r.wageBill / r.workerYears / MONTHS : SEVERITY_REFERENCE_WAGE;
}

function fitSeverity(rows: readonly EmployerYear[]): K3Tariff['severity'] {
  const withCases = rows.filter((r) => r.claimCount > 0 && r.benefitCost > 0);
  const groupMap = mergeThin(withCases.map((r) => String(r.statutoryGroup)), withCases.map((r) => r.claimCount), withCases.map((r) => r.claimCount), MIN_LEVEL_CLAIMS);
  const table = makeTable({
    group: encodeCategorical(withCases.map((r) => groupMap.get(String(r.statutoryGroup))!)),
    log_wage: { kind: 'numeric', values: Float64Array.from(withCases, (r) => Math.log(meanMonthlyWage(r) / SEVERITY_REFERENCE_WAGE)) },
  });
  const spec: FeatureSpec = { name: 'k3-severity', features: [{ kind: 'categorical', column: 'group' }, { kind: 'numeric', column: 'log_wage' }] };
  const design = buildDesign(table, spec);
  const glm = fitGammaGlm(design, Float64Array.from(withCases, (r) => r.benefitCost / r.claimCount), {
    weights: Float64Array.from(withCases, (r) => r.claimCount),
  });
  const rel = relativitiesOf(glm, 'group', groupMap.values());
  const group = Object.fromEntries([...groupMap.entries()].map(([g, l]) => [g, rel[l] ?? 1]));
  const j = glm.columnNames.indexOf('log_wage');
  return { base: Math.exp(glm.intercept), group, logWageCoefficient: j < 0 ? 0 : glm.coefficients[j]! };
}

/**
 * Fits the tariff on employer-years (those with positive exposure), optionally net of known
 * employer effects and with the term tests of an earlier round reused (`decided`).
 */
export function fitK3Tariff(input: readonly EmployerYear[], employerEffect?: ReadonlyMap<string, number>, decided?: Pick<K3Tariff, 'termTests' | 'dispersion'>): K3Tariff {
  const rows = input.filter((r) => r.workerYears > 0);
  if (rows.length === 0) throw new Error('no employer-years with exposure to fit the K3 tariff on');
  const sectorLevelOf = sectorLevels(rows);
  const { table, terms } = frequencyTable(rows, sectorLevelOf);
  // With employer effects (credibility estimates), each row's offset carries its employer's
  // own safety, so the rating factors are fitted net of it (Ohlsson 2008).
  // The statutory tariff's relativity between groups is the prior: the sector term fits only
  // deviations from it, and the term tests drop those when the data cannot support them.
  const exposure = Float64Array.from(rows, (r) => r.workerYears * statutoryRelativity(r.statutoryGroup) * (employerEffect?.get(r.employerId) ?? 1));
  const counts = Float64Array.from(rows, (r) => r.claimCount);
  // Thin size, region and compliance levels fold into the reference before fitting.
  let spec: FeatureSpec = {
    ...FREQUENCY_SPEC,
    features: FREQUENCY_SPEC.features.map((f) => {
      if (f.kind !== 'categorical' || f.column === 'sector') return f;
      const key = f.column as keyof Terms;
      const m = mergeThin(terms.map((t) => t[key]), rows.map((r) => r.claimCount), rows.map((r) => r.workerYears), MIN_LEVEL_CLAIMS);
      return { ...f, map: Object.fromEntries(m) };
    }),
  };
  const selection = selectTerms(table, spec, counts, exposure, sectorPoolMap(rows, sectorLevelOf), rows.map((r) => r.employerId), decided?.termTests);
  const { glm } = selection;
  spec = selection.spec;
  const mapOf = (column: string): Readonly<Record<string, string>> => {
    const f = spec.features.find((x) => x.column === column);
    return f && f.kind === 'categorical' && f.map ? f.map : {};
  };
  const expand = (column: keyof Terms): Record<string, number> => {
    const map = mapOf(column);
    const seen = new Set(terms.map((t) => t[column]));
    const rel = relativitiesOf(glm, column, [...seen].map((l) => map[l] ?? l));
    return Object.fromEntries([...seen].map((l) => [l, rel[map[l] ?? l] ?? 1]));
  };
  const ey = rows.reduce((s, r) => s + r.workerYears, 0);
  const tariff: K3Tariff = {
    baseFrequency: Math.exp(glm.intercept),
    sectorLevelOf,
    sector: expand('sector'),
    size: expand('size'),
    region: expand('region'),
    compliance: expand('compliance'),
    sectorMeanFrequency: {},
    severity: fitSeverity(rows),
    fit: { rows: rows.length, claims: counts.reduce((a, b) => a + b, 0), workerYears: ey, frequencyDeviance: glm.deviance },
    termTests: selection.tests,
    dispersion: decided?.dispersion ?? selection.dispersion,
  };
  const bySector = new Map<string, { f: number; e: number }>();
  for (const r of rows) {
    const a = bySector.get(r.sectorCode) ?? { f: 0, e: 0 };
    a.f += aprioriFrequency(tariff, r) * r.workerYears;
    a.e += r.workerYears;
    bySector.set(r.sectorCode, a);
  }
  return { ...tariff, sectorMeanFrequency: Object.fromEntries([...bySector].map(([s, a]) => [s, a.f / a.e])) };
}
