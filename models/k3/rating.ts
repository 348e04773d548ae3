// Rates one employer: a-priori frequency from the tariff, Bühlmann-Straub experience mod
// from its own KK/PAK history, expected cost, the multiplicative decomposition with its
// sentences, and the group recommendation under both JKK rate tables.
import type { EmployerYear } from '../../features/k3/index.js';
import { estimateBuhlmannStraub, experienceModification } from '../families/credibility/index.js';
import type { BuhlmannStraubParameters, CredibilityCell } from '../families/credibility/index.js';
import { factorSentences } from './explain.js';
import type { RatingFactor } from './explain.js';
import type { EmployerAttributes } from './rating-factors.js';
import { RATE_TABLE_NAMES, recommendUnder, statutoryRate } from './recommend.js';
import type { RateTableName, TableRecommendation } from './recommend.js';
import { aprioriFrequency, expectedSeverity, fitK3Tariff, meanMonthlyWage } from './tariff.js';
import type { K3Tariff } from './tariff.js';

/** Alternations of GLM fit and credibility estimation; Ohlsson (2008) finds a few enough to settle the relativities. */
export const GLM_CREDIBILITY_ROUNDS = 3;

/** Expected cases are reported per this many worker-years (the unit underwriters quote). */
export const PER_WORKER_YEARS = 1000;

/** Everything needed to rate any employer, JSON-safe: what the batch publishes and the API loads. */
export interface K3RatingModel {
  readonly version: 1;
  readonly asOf: string;
  readonly tariff: K3Tariff;
  readonly credibility: BuhlmannStraubParameters;
  /** Statutory premium over expected cost of the portfolio, per rate table. */
  readonly loading: Readonly<Record<RateTableName, number>>;
}

/** One past policy year of an employer, as the explanation shows it. */
export interface HistoryYear {
  readonly pyStart: string;
  readonly pyEnd: string;
  readonly workerYears: number;
  readonly kkCases: number;
  readonly pakCases: number;
  readonly highFatalityCases: number;
  readonly daysOff: number;
  readonly benefitCost: number;
  /** A-priori expected cases of that year. */
  readonly expectedCases: number;
}

export interface EmployerRatingInput {
  readonly employerId?: string;
  readonly attributes: EmployerAttributes;
  /** Exposure and wage bill of the year being priced. */
  readonly workerYears: number;
  readonly wageBill: number;
  /** Past policy years (empty for a prospective employer). */
  readonly history: readonly EmployerYear[];
}

export interface EmployerRating {
  readonly employerId?: string;
  readonly factors: readonly RatingFactor[];
  readonly aprioriFrequency: number;
  readonly credibility: number;
  readonly experienceMod: number;
  /** Expected KK/PAK per worker-year after experience. */
  readonly frequency: number;
  readonly expectedPerThousandWorkerYears: number;
  readonly relativeRiskToSector: number;
  readonly expectedCases: number;
  readonly expectedSeverity: number;
  readonly expectedCost: number;
  readonly recommendations: readonly TableRecommendation[];
  readonly history: readonly HistoryYear[];
  readonly historyObserved: number;
  readonly historyExpected: number;
  /** Signs of under-reported wages or workers, for the underwriter to follow up (not priced). */
  readonly underReporting: UnderReportingSigns;
}

export interface UnderReportingSigns {
  /** Latest year's median reported wage over the sector's median (null without history). */
  readonly wageRatioToSector: number | null;
  /** Policy years in which the median reported wage sat far below the sector's. */
  readonly lowWageYears: number;
  /** Cases whose worker was registered only days before the accident. */
  readonly registeredJustBeforeAccident: number;
}

function underReportingSigns(history: readonly EmployerYear[]): UnderReportingSigns {
  return {
    wageRatioToSector: history[0]?.wageRatioToSector ?? null,
    lowWageYears: history.filter((y) => y.lowWageFlag).length,
    registeredJustBeforeAccident: history.reduce((s, y) => s + y.registeredJustBeforeAccident, 0),
  };
}

export function rateEmployer(model: K3RatingModel, input: EmployerRatingInput): EmployerRating {
  const { tariff } = model;
  const a = input.attributes;
  const history = input.history.map((y) => ({
    pyStart: y.pyStart, pyEnd: y.pyEnd, workerYears: y.workerYears, kkCases: y.kkCases, pakCases: y.pakCases,
    highFatalityCases: y.highFatalityCases, daysOff: y.daysOff, benefitCost: y.benefitCost,
    expectedCases: aprioriFrequency(tariff, y) * y.workerYears,
  }));
  const historyExpected = history.reduce((s, h) => s + h.expectedCases, 0);
  const historyObserved = history.reduce((s, h) => s + h.kkCases + h.pakCases, 0);
  const exp = experienceModification(historyExpected, historyObserved, model.credibility);
  const apriori = aprioriFrequency(tariff, a);
  const frequency = apriori * exp.mod;
  const meanWage = meanMonthlyWage({ wageBill: input.wageBill, workerYears: input.workerYears });
  const severity = expectedSeverity(tariff, a.statutoryGroup, meanWage);
  const expectedCases = frequency * input.workerYears;
  const expectedCost = expectedCases * severity;
  const sectorMean = tariff.sectorMeanFrequency[a.sectorCode] ?? apriori;
  return {
    ...(input.employerId !== undefined ? { employerId: input.employerId } : {}),
    factors: factorSentences(tariff, a, exp, { observed: historyObserved, expected: historyExpected, years: history.length }),
    aprioriFrequency: apriori,
    credibility: exp.credibility,
    experienceMod: exp.mod,
    frequency,
    expectedPerThousandWorkerYears: frequency * PER_WORKER_YEARS,
    relativeRiskToSector: frequency / sectorMean,
    expectedCases,
    expectedSeverity: severity,
    expectedCost,
    recommendations: RATE_TABLE_NAMES.map((t) => recommendUnder(t, a.statutoryGroup, expectedCost, input.wageBill, model.loading[t])),
    history,
    historyObserved,
    historyExpected,
    underReporting: underReportingSigns(input.history),
  };
}

/** Bühlmann-Straub cells: one per employer-year, observed against the tariff's expectation. */
export function credibilityCells(tariff: K3Tariff, years: readonly EmployerYear[]): CredibilityCell[] {
  return years.map((y) => ({ risk: y.employerId, expected: aprioriFrequency(tariff, y) * y.workerYears, observed: y.claimCount }));
}

/** Groups employer-years by employer, each list ordered latest year first. */
export function byEmployer(years: readonly EmployerYear[]): Map<string, EmployerYear[]> {
  const out = new Map<string, EmployerYear[]>();
  for (const y of years) {
    const list = out.get(y.employerId);
    if (list) list.push(y);
    else out.set(y.employerId, [y]);
  }
  for (const list of out.values()) list.sort((p, q) => p.policyYear - q.policyYear);
  return out;
}

/** The rating input of an employer priced for the year after its history (exposure and wages as its latest year). */
export function ratingInputOf(history: readonly EmployerYear[]): EmployerRatingInput {
  const latest = history[0];
  if (!latest) throw new Error('an employer needs at least one policy year to be rated from the book');
  return { employerId: latest.employerId, attributes: latest, workerYears: latest.workerYears, wageBill: latest.wageBill, history };
}

/**
 * Fits the tariff and the credibility parameters on `years` and sets the per-table
 * loading so the latest year's statutory premium equals its expected cost x loading.
 */
export function buildK3RatingModel(years: readonly EmployerYear[], asOf: string): K3RatingModel {
  // GLM and credibility in turn (Ohlsson 2008, "Combining generalized linear models and
  // credibility models in practice"): without it a few large employers' own safety records
  // pass for a size or region effect and leak into every small employer's a-priori rate.
  let tariff = fitK3Tariff(years);
  let credibility = estimateBuhlmannStraub(credibilityCells(tariff, years));
  for (let round = 1; round < GLM_CREDIBILITY_ROUNDS; round++) {
    const effects = new Map<string, number>();
    for (const [id, history] of byEmployer(years)) {
      const expected = history.reduce((s, y) => s + aprioriFrequency(tariff, y) * y.workerYears, 0);
      const observed = history.reduce((s, y) => s + y.claimCount, 0);
      effects.set(id, experienceModification(expected, observed, credibility).mod);
    }
    // Middle rounds reuse the first round's term tests (speed); the last one tests the terms
    // again net of the employer effects, where a few large employers can no longer pass for a factor.
    tariff = fitK3Tariff(years, effects, round < GLM_CREDIBILITY_ROUNDS - 1 ? tariff : undefined);
    credibility = estimateBuhlmannStraub(credibilityCells(tariff, years));
  }
  // A loop, not Math.min(...spread): books run to millions of rows.
  const latestYear = years.reduce((m, y) => Math.min(m, y.policyYear), Number.POSITIVE_INFINITY);
  const latest = years.filter((y) => y.policyYear === latestYear && y.wageBill > 0);
  let cost = 0;
  const premium: Record<RateTableName, number> = { pp44_2015: 0, pp49_2023: 0 };
  for (const y of latest) {
    cost += aprioriFrequency(tariff, y) * y.workerYears * expectedSeverity(tariff, y.statutoryGroup, meanMonthlyWage(y));
    for (const t of Object.keys(premium) as RateTableName[]) premium[t] += statutoryRate(t, y.statutoryGroup) * y.wageBill;
  }
  if (!(cost > 0)) throw new Error('the latest policy year has no expected cost: cannot set the loading');
  return { version: 1, asOf, tariff, credibility, loading: { pp44_2015: premium.pp44_2015 / cost, pp49_2023: premium.pp49_2023 / cost } };
}
