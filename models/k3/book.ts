// The published K3 book: the rating model, every employer's policy-year history and claim
// listing, and the portfolio summary (group shifts with their reasons, actual vs expected by
// sector, size and region over the same history years), as files a batch run writes and the
// API loads read-only. A flat rating row per employer goes to the warehouse table beside them.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmployerYear, K3Claim } from '../../features/k3/index.js';
import { regionOf } from './rating-factors.js';
import { byEmployer, claimsByEmployer, rateEmployer, ratingInputOf } from './rating.js';
import type { EmployerRating, K3RatingModel } from './rating.js';
import { GROUP_REASONS, RATE_TABLE_NAMES } from './recommend.js';
import type { GroupReason, RateTableName } from './recommend.js';
import { aprioriFrequency } from './tariff.js';
import type { ModelScore } from './validate.js';

export const MODEL_FILE = 'rating-model.json';
export const EMPLOYER_YEARS_FILE = 'employer-years.json';
export const PORTFOLIO_FILE = 'portfolio.json';
export const RATINGS_FILE = 'employer-ratings.ndjson';
export const CLAIMS_FILE = 'claims.json';

export interface GroupShift {
  readonly rateTable: RateTableName;
  /** Employers whose recommended group is below, equal to, above their statutory group. */
  readonly lower: number;
  readonly same: number;
  readonly higher: number;
  readonly statutoryPremium: number;
  readonly recommendedPremium: number;
  /** Employers per reason of the rule (recommend.ts GROUP_REASONS). */
  readonly reasons: Readonly<Record<GroupReason, number>>;
  /** Employers with no case in their history whose indicated group is two or more above the statutory one (all held, with MOVE_TOO_LARGE). */
  readonly zeroClaimTwoUpIndicated: number;
}

/** Actual vs a-priori expected cases of one segment over the same history years. */
export interface SegmentAe {
  readonly segment: string;
  readonly employerYears: number;
  readonly workerYears: number;
  readonly actual: number;
  readonly expected: number;
  readonly ratio: number;
}

export interface PortfolioSummary {
  readonly asOf: string;
  readonly employers: number;
  readonly workerYears: number;
  /** Cases observed over the book's history years, and the a-priori expectation of the same years (comparable periods). */
  readonly history: {
    readonly policyYears: number;
    readonly workerYears: number;
    readonly observedCases: number;
    readonly expectedCases: number;
    readonly ratio: number;
  };
  /** The rated year ahead: exposure as the latest year, after experience. */
  readonly observedCases: number;
  readonly expectedCases: number;
  readonly expectedPerThousandWorkerYears: number;
  readonly credibility: {
    readonly estimator: string;
    readonly k: number;
    readonly withinVariance: number;
    readonly betweenVariance: number;
    readonly betweenVarianceInterval: readonly [number, number];
    readonly experienceRated: number;
  };
  readonly groupShifts: readonly GroupShift[];
  /** Actual vs a-priori expected over the history years, by segment. */
  readonly actualExpected: {
    readonly sector: readonly SegmentAe[];
    readonly size: readonly SegmentAe[];
    readonly region: readonly SegmentAe[];
  };
  /** Out-of-time scores of the batch's validation, when it ran. */
  readonly validation?: readonly Omit<ModelScore, 'lorenz'>[];
}

/** One flat row per employer for the warehouse table. */
export interface RatingRow {
  readonly employer_id: string;
  readonly sector_code: string;
  readonly statutory_group: number;
  readonly worker_years: number;
  readonly wage_bill: number;
  readonly apriori_per_1000: number;
  readonly credibility: number;
  readonly experience_mod: number;
  readonly expected_per_1000: number;
  readonly relative_risk_to_sector: number;
  readonly expected_cost: number;
  readonly pp44_recommended_group: string;
  readonly pp44_recommended_rate: number;
  readonly pp44_premium: number;
  readonly pp49_recommended_group: string;
  readonly pp49_recommended_rate: number;
  readonly pp49_premium: number;
  readonly pp44_reason: string;
  readonly pp44_risk_rate: number;
  readonly experience_eligible: boolean;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

export function ratingRow(r: EmployerRating, input: EmployerYear): RatingRow {
  const [p44, p49] = r.recommendations;
  return {
    employer_id: input.employerId,
    sector_code: input.sectorCode,
    statutory_group: input.statutoryGroup,
    worker_years: input.workerYears,
    wage_bill: input.wageBill,
    apriori_per_1000: r.aprioriFrequency * 1000,
    credibility: r.credibility,
    experience_mod: r.experienceMod,
    expected_per_1000: r.expectedPerThousandWorkerYears,
    relative_risk_to_sector: r.relativeRiskToSector,
    expected_cost: r.expectedCost,
    pp44_recommended_group: p44!.recommendedGroup,
    pp44_recommended_rate: p44!.recommendedRate,
    pp44_premium: p44!.recommendedPremium,
    pp49_recommended_group: p49!.recommendedGroup,
    pp49_recommended_rate: p49!.recommendedRate,
    pp49_premium: p49!.recommendedPremium,
    pp44_reason: p44!.reason,
    pp44_risk_rate: p44!.riskRate,
    experience_eligible: r.worksheet.eligible,
  };
}

function segmentAe(years: readonly EmployerYear[], expected: Float64Array, key: (y: EmployerYear) => string): SegmentAe[] {
  const acc = new Map<string, { n: number; w: number; a: number; e: number }>();
  years.forEach((y, i) => {
    const k = key(y);
    const x = acc.get(k) ?? { n: 0, w: 0, a: 0, e: 0 };
    x.n++;
    x.w += y.workerYears;
    x.a += y.claimCount;
    x.e += expected[i]!;
    acc.set(k, x);
  });
  return [...acc]
    .sort((p, q) => (p[0] < q[0] ? -1 : 1))
    .map(([segment, x]) => ({
      segment,
      employerYears: x.n,
      workerYears: x.w,
      actual: x.a,
      expected: x.e,
      ratio: x.e > 0 ? x.a / x.e : 0,
    }));
}

const zeroReasons = (): Record<GroupReason, number> =>
  Object.fromEntries(Object.keys(GROUP_REASONS).map((k) => [k, 0])) as Record<GroupReason, number>;

/** Rates every employer of the book for the year after its history; returns the flat rows and the summary. */
export function rateBook(
  model: K3RatingModel,
  years: readonly EmployerYear[],
  validation?: readonly ModelScore[],
  claims: readonly K3Claim[] = [],
): { rows: RatingRow[]; summary: PortfolioSummary } {
  const rows: RatingRow[] = [];
  const shifts = RATE_TABLE_NAMES.map((t) => ({
    rateTable: t,
    lower: 0,
    same: 0,
    higher: 0,
    statutoryPremium: 0,
    recommendedPremium: 0,
    reasons: zeroReasons(),
    zeroClaimTwoUpIndicated: 0,
  }));
  const listed = claimsByEmployer(claims);
  let workerYears = 0;
  let expected = 0;
  let observed = 0;
  let rated = 0;
  for (const history of byEmployer(years).values()) {
    const input = ratingInputOf(history, listed.get(history[0]!.employerId) ?? []);
    const r = rateEmployer(model, input);
    rows.push(ratingRow(r, history[0]!));
    workerYears += input.workerYears;
    expected += r.expectedCases;
    observed += r.historyObserved;
    if (r.worksheet.eligible) rated++;
    r.recommendations.forEach((rec, i) => {
      const s = shifts[i]!;
      const d = ROMAN.indexOf(rec.recommendedGroup) - ROMAN.indexOf(rec.statutoryGroup);
      if (d < 0) s.lower++;
      else if (d > 0) s.higher++;
      else s.same++;
      s.reasons[rec.reason]++;
      if (r.historyObserved === 0 && ROMAN.indexOf(rec.indicatedGroup) - ROMAN.indexOf(rec.statutoryGroup) >= 2)
        s.zeroClaimTwoUpIndicated++;
      s.statutoryPremium += rec.statutoryPremium;
      s.recommendedPremium += rec.recommendedPremium;
    });
  }
  const aprioriExpected = Float64Array.from(years, (y) => (y.workerYears > 0 ? aprioriFrequency(model.tariff, y) * y.workerYears : 0));
  const histExpected = aprioriExpected.reduce((s, v) => s + v, 0);
  const histWorkerYears = years.reduce((s, y) => s + y.workerYears, 0);
  const c = model.credibility;
  return {
    rows,
    summary: {
      asOf: model.asOf,
      employers: rows.length,
      workerYears,
      history: {
        policyYears: new Set(years.map((y) => y.policyYear)).size,
        workerYears: histWorkerYears,
        observedCases: observed,
        expectedCases: histExpected,
        ratio: histExpected > 0 ? observed / histExpected : 0,
      },
      observedCases: observed,
      expectedCases: expected,
      expectedPerThousandWorkerYears: workerYears > 0 ? (expected / workerYears) * 1000 : 0,
      // JSON has no Infinity: an undetectable heterogeneity publishes k as -1.
      credibility: {
        estimator: c.estimator,
        k: Number.isFinite(c.k) ? c.k : -1,
        withinVariance: c.withinVariance,
        betweenVariance: c.betweenVariance,
        betweenVarianceInterval: c.betweenVarianceInterval,
        experienceRated: rated,
      },
      groupShifts: shifts,
      actualExpected: {
        sector: segmentAe(years, aprioriExpected, (y) => y.sectorCode),
        size: segmentAe(years, aprioriExpected, (y) => y.sizeBand),
        region: segmentAe(years, aprioriExpected, (y) => regionOf(y.provinceCode)),
      },
      ...(validation ? { validation: validation.map(({ lorenz: _lorenz, ...s }) => s) } : {}),
    },
  };
}

/** What the API reads: the model, employer histories by id, and the summary. */
export interface K3Book {
  readonly model: K3RatingModel;
  readonly summary: PortfolioSummary;
  history(employerId: string): readonly EmployerYear[] | undefined;
  claims(employerId: string): readonly K3Claim[];
  /** Every employer of the book, for exports. */
  employerIds(): readonly string[];
}

export function bookFrom(
  model: K3RatingModel,
  years: readonly EmployerYear[],
  summary: PortfolioSummary,
  claims: readonly K3Claim[] = [],
): K3Book {
  const histories = byEmployer(years);
  const listed = claimsByEmployer(claims);
  return {
    model,
    summary,
    history: (id) => histories.get(id),
    claims: (id) => listed.get(id) ?? [],
    employerIds: () => [...histories.keys()],
  };
}

/** Loads a published book from its directory. */
export async function readK3Book(dir: string): Promise<K3Book> {
  const read = async <T>(name: string): Promise<T> => JSON.parse(await readFile(join(dir, name), 'utf8')) as T;
  const model = await read<K3RatingModel>(MODEL_FILE);
  // Infinity does not survive JSON: k was published as -1 when no heterogeneity was found.
  const credibility = model.credibility.k < 0 ? { ...model.credibility, k: Number.POSITIVE_INFINITY } : model.credibility;
  // A book published before claim listings existed has none: worksheets then spread each year's cost over its cases.
  const claims = existsSync(join(dir, CLAIMS_FILE)) ? await read<K3Claim[]>(CLAIMS_FILE) : [];
  return bookFrom(
    { ...model, credibility },
    await read<EmployerYear[]>(EMPLOYER_YEARS_FILE),
    await read<PortfolioSummary>(PORTFOLIO_FILE),
    claims,
  );
}

/** JSON of a model with an infinite k written as -1. */
export function modelJson(model: K3RatingModel): string {
  const k = Number.isFinite(model.credibility.k) ? model.credibility.k : -1;
  return JSON.stringify({ ...model, credibility: { ...model.credibility, k } });
}
