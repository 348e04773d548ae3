// The published K3 book: the rating model, every employer's policy-year history and the
// portfolio summary, as files a batch run writes and the API loads read-only. A flat
// rating row per employer goes to the warehouse table beside them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmployerYear } from '../../features/k3/index.js';
import { byEmployer, rateEmployer, ratingInputOf } from './rating.js';
import type { EmployerRating, K3RatingModel } from './rating.js';
import { RATE_TABLE_NAMES } from './recommend.js';
import type { RateTableName } from './recommend.js';
import type { ModelScore } from './validate.js';

export const MODEL_FILE = 'rating-model.json';
export const EMPLOYER_YEARS_FILE = 'employer-years.json';
export const PORTFOLIO_FILE = 'portfolio.json';
export const RATINGS_FILE = 'employer-ratings.ndjson';

export interface GroupShift {
  readonly rateTable: RateTableName;
  /** Employers whose recommended group is below, equal to, above their statutory group. */
  readonly lower: number;
  readonly same: number;
  readonly higher: number;
  readonly statutoryPremium: number;
  readonly recommendedPremium: number;
}

export interface PortfolioSummary {
  readonly asOf: string;
  readonly employers: number;
  readonly workerYears: number;
  readonly observedCases: number;
  readonly expectedCases: number;
  readonly expectedPerThousandWorkerYears: number;
  readonly credibility: { readonly k: number; readonly withinVariance: number; readonly betweenVariance: number };
  readonly groupShifts: readonly GroupShift[];
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
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

export function ratingRow(r: EmployerRating, input: EmployerYear): RatingRow {
  const [p44, p49] = r.recommendations;
  return {
    employer_id: input.employerId, sector_code: input.sectorCode, statutory_group: input.statutoryGroup,
    worker_years: input.workerYears, wage_bill: input.wageBill,
    apriori_per_1000: r.aprioriFrequency * 1000, credibility: r.credibility, experience_mod: r.experienceMod,
    expected_per_1000: r.expectedPerThousandWorkerYears, relative_risk_to_sector: r.relativeRiskToSector, expected_cost: r.expectedCost,
    pp44_recommended_group: p44!.recommendedGroup, pp44_recommended_rate: p44!.recommendedRate, pp44_premium: p44!.recommendedPremium,
    pp49_recommended_group: p49!.recommendedGroup, pp49_recommended_rate: p49!.recommendedRate, pp49_premium: p49!.recommendedPremium,
  };
}

/** Rates every employer of the book for the year after its history; returns the flat rows and the summary. */
export function rateBook(model: K3RatingModel, years: readonly EmployerYear[], validation?: readonly ModelScore[]): { rows: RatingRow[]; summary: PortfolioSummary } {
  const rows: RatingRow[] = [];
  const shifts = RATE_TABLE_NAMES.map((t) => ({ rateTable: t, lower: 0, same: 0, higher: 0, statutoryPremium: 0, recommendedPremium: 0 }));
  let workerYears = 0;
  let expected = 0;
  let observed = 0;
  for (const history of byEmployer(years).values()) {
    const input = ratingInputOf(history);
    const r = rateEmployer(model, input);
    rows.push(ratingRow(r, history[0]!));
    workerYears += input.workerYears;
    expected += r.expectedCases;
    observed += r.historyObserved;
    r.recommendations.forEach((rec, i) => {
      const s = shifts[i]!;
      const d = ROMAN.indexOf(rec.recommendedGroup) - ROMAN.indexOf(rec.statutoryGroup);
      if (d < 0) s.lower++;
      else if (d > 0) s.higher++;
      else s.same++;
      s.statutoryPremium += rec.statutoryPremium;
      s.recommendedPremium += rec.recommendedPremium;
    });
  }
  const { k, withinVariance, betweenVariance } = model.credibility;
  return {
    rows,
    summary: {
      asOf: model.asOf, employers: rows.length, workerYears, observedCases: observed, expectedCases: expected,
      expectedPerThousandWorkerYears: workerYears > 0 ? (expected / workerYears) * 1000 : 0,
      // JSON has no Infinity: an undetectable heterogeneity publishes k as null-like -1.
      credibility: { k: Number.isFinite(k) ? k : -1, withinVariance, betweenVariance },
      groupShifts: shifts,
      ...(validation ? { validation: validation.map(({ lorenz: _lorenz, ...s }) => s) } : {}),
    },
  };
}

/** What the API reads: the model, employer histories by id, and the summary. */
export interface K3Book {
  readonly model: K3RatingModel;
  readonly summary: PortfolioSummary;
  history(employerId: string): readonly EmployerYear[] | undefined;
}

export function bookFrom(model: K3RatingModel, years: readonly EmployerYear[], summary: PortfolioSummary): K3Book {
  const histories = byEmployer(years);
  return { model, summary, history: (id) => histories.get(id) };
}

/** Loads a published book from its directory. */
export async function readK3Book(dir: string): Promise<K3Book> {
  const read = async <T>(name: string): Promise<T> => JSON.parse(await readFile(join(dir, name), 'utf8')) as T;
  const model = await read<K3RatingModel>(MODEL_FILE);
  // Infinity does not survive JSON: k was published as -1 when no heterogeneity was found.
  const credibility = model.credibility.k < 0 ? { ...model.credibility, k: Number.POSITIVE_INFINITY } : model.credibility;
  return bookFrom({ ...model, credibility }, await read<EmployerYear[]>(EMPLOYER_YEARS_FILE), await read<PortfolioSummary>(PORTFOLIO_FILE));
}

/** JSON of a model with an infinite k written as -1. */
export function modelJson(model: K3RatingModel): string {
  const k = Number.isFinite(model.credibility.k) ? model.credibility.k : -1;
  return JSON.stringify({ ...model, credibility: { ...model.credibility, k } });
}
