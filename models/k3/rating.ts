// Rates one employer: a-priori frequency from the tariff, the experience mod from its
// worksheet (worksheet.ts), the expected frequency with its interval, the group
// recommendation under both JKK rate tables by the rule of recommend.ts, and every driver
// of the group and premium as a factor with its sentences (explain.ts).
import type { EmployerYear, K3Claim } from '../../features/k3/index.js';
import { LOW_WAGE_RATIO } from '../../features/k3/index.js';
import { estimateNegativeBinomialCredibility, experienceModification } from '../families/credibility/index.js';
import type { CredibilityCell } from '../families/credibility/index.js';
import { INTERVAL_LEVEL, twoSidedZ } from './confidence.js';
import type { Interval } from './confidence.js';
import { factorSentences, premiumFactors } from './explain.js';
import type { RatingFactor } from './explain.js';
import type { EmployerAttributes } from './rating-factors.js';
import { RATE_TABLE_NAMES, recommendUnder, statutoryRate } from './recommend.js';
import type { RateTableName, TableRecommendation } from './recommend.js';
import { meanMonthlyWage } from './severity.js';
import { aprioriFrequency, expectedSeverity, fitK3Tariff, logRelativityVariance, relativeToSectorLogVariance } from './tariff.js';
import type { K3Tariff } from './tariff.js';
import { estimateK3Credibility, thetaPosteriorInterval } from './lognormal-credibility.js';
import type { K3Credibility } from './lognormal-credibility.js';
import { experienceWorksheet } from './worksheet.js';
import type { ExperienceWorksheet } from './worksheet.js';

/** Alternations of GLM fit and credibility estimation; Ohlsson (2008) finds a few enough to settle the relativities. */
export const GLM_CREDIBILITY_ROUNDS = 3;

/** Expected cases are reported per this many worker-years (the unit underwriters quote). */
export const PER_WORKER_YEARS = 1000;

export interface K3RatingModel {
  readonly version: 2;
  readonly asOf: string;
  readonly tariff: K3Tariff;
  /** Between-employer variance by maximum likelihood (gamma or log-normal mixing, the likelier), with its interval and the estimator's name. */
  readonly credibility: K3Credibility;
  /** Statutory premium over the premium at risk rates before loading, per rate table (the latest year's book). */
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
  /** The history's claim listing, when the book has one (else each case carries its year's mean cost). */
  readonly claims?: readonly K3Claim[];
}

export interface EmployerRating {
  readonly employerId?: string;
  /** The frequency decomposition: the values multiply to `frequency`. */
  readonly factors: readonly RatingFactor[];
  /** Drivers of the group and premium under PP 44/2015: the values multiply to its risk rate. */
  readonly premiumFactors: readonly RatingFactor[];
  /** Interval for the employer's true expected frequency per worker-year (count posterior and tariff error). */
  readonly frequencyInterval: Interval;
  readonly credibilityEstimator: string;
  readonly worksheet: ExperienceWorksheet;
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
  /** The rated mean monthly wage over the sector's median in the book (null when the sector has none). */
  readonly ratedWageRatioToSectorNorm: number | null;
  /** The rated wage is below LOW_WAGE_RATIO of the sector's median: the group is held at statutory. */
  readonly wageBelowSectorNorm: boolean;
  /** Policy years in which the median reported wage sat far below the sector's. */
  readonly lowWageYears: number;
  /** Cases whose worker was registered only days before the accident. */
  readonly registeredJustBeforeAccident: number;
}

function underReportingSigns(history: readonly EmployerYear[], ratedRatio: number | null): UnderReportingSigns {
  return {
    wageRatioToSector: history[0]?.wageRatioToSector ?? null,
    ratedWageRatioToSectorNorm: ratedRatio,
    wageBelowSectorNorm: ratedRatio !== null && ratedRatio < LOW_WAGE_RATIO,
    lowWageYears: history.filter((y) => y.lowWageFlag).length,
    registeredJustBeforeAccident: history.reduce((s, y) => s + y.registeredJustBeforeAccident, 0),
  };
}

/**
 * Highest variance the intervals take from the upper end: a prior shape 1/a of at least 1 keeps
 * the gamma quantiles accurate (confidence.ts); a small book whose data cannot bound a from
 * above (the upper end at the search limit, e^4) would otherwise give unbounded intervals.
 */
export const MAX_INTERVAL_BETWEEN_VARIANCE = 1;

/**
 * The between-employer variance the intervals use: the upper end of its 95% profile-likelihood
 * interval, not the point estimate the mods use. The point estimate is poorly identified (on
 * 1M-member generated books [0.16, 0.41] around 0.28) and biased low there (the generator draws
 * at most one case per employment spell, so counts vary less than the latent), and an interval
 * that treats it as known covered the true frequency of 89.5% of employers at 95% (seed 6); at
 * the upper end it covered 94.9% and 97.2% on seeds 6 and 7 (README, K3 validation).
 */
export function intervalBetweenVariance(c: K3RatingModel['credibility']): number {
  const upper = Math.min(c.betweenVarianceInterval[1], MAX_INTERVAL_BETWEEN_VARIANCE);
  return Number.isFinite(upper) && upper > c.betweenVariance ? upper : c.betweenVariance;
}

/**
 * The interval of the employer's true frequency: theta's posterior under the kept mixing
 * (Gamma(1/a + n, 1/a + m), or the log-normal's by quadrature), a at intervalBetweenVariance,
 * on the worksheet's counts (the prior alone when not experience rated), rescaled to the rated
 * mod, widened in quadrature on the log scale by the tariff's estimation error.
 */
function frequencyIntervalOf(
  model: K3RatingModel,
  a: EmployerAttributes,
  frequency: number,
  mod: number,
  ws: ExperienceWorksheet,
): Interval {
  const glmLogVariance = logRelativityVariance(model.tariff, a, ['sector', 'size', 'region', 'compliance'], true);
  const z = twoSidedZ();
  const between = intervalBetweenVariance(model.credibility);
  if (!(between > 0))
    return {
      lower: frequency * Math.exp(-z * Math.sqrt(glmLogVariance)),
      upper: frequency * Math.exp(z * Math.sqrt(glmLogVariance)),
      level: INTERVAL_LEVEL,
    };
  const n = ws.eligible ? ws.totals.actualCases : 0;
  const m = ws.eligible ? ws.totals.expectedCases : 0;
  const prior = { ...model.credibility, betweenVariance: between, logSigma: Math.sqrt(Math.log1p(between)) };
  const { mean, lower, upper } = thetaPosteriorInterval(prior, n, m, INTERVAL_LEVEL);
  const lo = Math.log(mean / lower);
  const hi = Math.log(upper / mean);
  const g = z * z * glmLogVariance;
  // The posterior is centred on the count mod; the rated frequency uses the loss mod: carry its spread over.
  const centre = (frequency / mod) * mean;
  return { lower: centre * Math.exp(-Math.sqrt(lo * lo + g)), upper: centre * Math.exp(Math.sqrt(hi * hi + g)), level: INTERVAL_LEVEL };
}

export function rateEmployer(model: K3RatingModel, input: EmployerRatingInput): EmployerRating {
  const { tariff } = model;
  const a = input.attributes;
  const history = input.history.map((y) => ({
    pyStart: y.pyStart,
    pyEnd: y.pyEnd,
    workerYears: y.workerYears,
    kkCases: y.kkCases,
    pakCases: y.pakCases,
    highFatalityCases: y.highFatalityCases,
    daysOff: y.daysOff,
    benefitCost: y.benefitCost,
    expectedCases: aprioriFrequency(tariff, y) * y.workerYears,
  }));
  const historyExpected = history.reduce((s, h) => s + h.expectedCases, 0);
  const historyObserved = history.reduce((s, h) => s + h.kkCases + h.pakCases, 0);
  const ws = experienceWorksheet(tariff, model.credibility.k, input.history, input.claims ?? []);
  const mod = ws.mod;
  const apriori = aprioriFrequency(tariff, a);
  const frequency = apriori * mod;
  const meanWage = meanMonthlyWage({ wageBill: input.wageBill, workerYears: input.workerYears });
  const severity = expectedSeverity(tariff, a.statutoryGroup, meanWage);
  const expectedCases = frequency * input.workerYears;
  const expectedCost = expectedCases * severity;
  const sectorMean = tariff.sectorMeanFrequency[a.sectorCode] ?? apriori;
  const relativeRisk = frequency / sectorMean;
  const sectorWage = tariff.sectorMedianWage[a.sectorCode];
  const ratedRatio = sectorWage && sectorWage > 0 ? meanWage / sectorWage : null;
  const underReporting = underReportingSigns(input.history, ratedRatio);
  // Decision variance: the tariff's error on the employer's relativity to its sector (employer-
  // clustered, with the sector mean's covariance), and the sampling error of its mod
  // (Z^2 Var(N/m) / mod^2, N Poisson with mean m x mod).
  const m = ws.totals.expectedCases;
  const modVariance = ws.eligible && m > 0 ? ws.primaryCredibility ** 2 / (m * Math.max(mod, 1e-6)) : 0;
  const logVariance = relativeToSectorLogVariance(tariff, a) + modVariance;
  const recommendations = RATE_TABLE_NAMES.map((t) =>
    recommendUnder(t, a.statutoryGroup, relativeRisk, input.wageBill, model.loading[t], {
      logVariance,
      wageBelowSectorNorm: underReporting.wageBelowSectorNorm,
      experienceRated: ws.eligible,
    }),
  );
  const frequencyInterval = frequencyIntervalOf(model, a, frequency, mod, ws);
  return {
    ...(input.employerId !== undefined ? { employerId: input.employerId } : {}),
    factors: factorSentences(
      tariff,
      a,
      ws,
      frequencyInterval,
      model.credibility.betweenVariance,
      intervalBetweenVariance(model.credibility),
    ),
    premiumFactors: premiumFactors(tariff, a, {
      relativeRisk,
      mod,
      loading: model.loading,
      wage: meanWage,
      underReporting,
      worksheet: ws,
      recommendations,
    }),
    frequencyInterval,
    credibilityEstimator: model.credibility.estimator,
    worksheet: ws,
    aprioriFrequency: apriori,
    credibility: ws.primaryCredibility,
    experienceMod: mod,
    frequency,
    expectedPerThousandWorkerYears: frequency * PER_WORKER_YEARS,
    relativeRiskToSector: relativeRisk,
    expectedCases,
    expectedSeverity: severity,
    expectedCost,
    recommendations,
    history,
    historyObserved,
    historyExpected,
    underReporting,
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
export function ratingInputOf(history: readonly EmployerYear[], claims?: readonly K3Claim[]): EmployerRatingInput {
  const latest = history[0];
  if (!latest) throw new Error('an employer needs at least one policy year to be rated from the book');
  return {
    employerId: latest.employerId,
    attributes: latest,
    workerYears: latest.workerYears,
    wageBill: latest.wageBill,
    history,
    ...(claims ? { claims } : {}),
  };
}

/** Each listed claim's cost in months of its employer-year's mean wage (for the severity's primary/excess means). */
export function claimWageMonths(years: readonly EmployerYear[], claims: readonly K3Claim[]): number[] {
  const wage = new Map(years.map((y) => [`${y.employerId}|${y.policyYear}`, meanMonthlyWage(y)]));
  const out: number[] = [];
  for (const c of claims) {
    const w = wage.get(`${c.employerId}|${c.policyYear}`);
    if (w) out.push(c.benefitCost / w);
  }
  return out;
}

/** Claims grouped by employer. */
export function claimsByEmployer(claims: readonly K3Claim[]): Map<string, K3Claim[]> {
  const out = new Map<string, K3Claim[]>();
  for (const c of claims) {
    const list = out.get(c.employerId);
    if (list) list.push(c);
    else out.set(c.employerId, [c]);
  }
  return out;
}

/**
 * Fits the tariff and the credibility parameters on `years` (with the claim listing when the
 * book has one) and sets the per-table loading so the latest year's book collects the
 * statutory premium at the risk rates.
 */
export function buildK3RatingModel(years: readonly EmployerYear[], asOf: string, claims?: readonly K3Claim[]): K3RatingModel {
  const sevClaims = claims && claims.length > 0 ? claimWageMonths(years, claims) : undefined;
  // GLM and credibility in turn (Ohlsson 2008, "Combining generalized linear models and
  // credibility models in practice"): without it a few large employers' own safety records
  // pass for a size or region effect and leak into every small employer's a-priori rate.
  // The rounds' employer effects use the negative binomial's k (fast); the final credibility
  // chooses between gamma and log-normal mixing on the last tariff (lognormal-credibility.ts).
  let tariff = fitK3Tariff(years, undefined, undefined, sevClaims);
  let roundCredibility = estimateNegativeBinomialCredibility(credibilityCells(tariff, years));
  for (let round = 1; round < GLM_CREDIBILITY_ROUNDS; round++) {
    const effects = new Map<string, number>();
    for (const [id, history] of byEmployer(years)) {
      const expected = history.reduce((s, y) => s + aprioriFrequency(tariff, y) * y.workerYears, 0);
      const observed = history.reduce((s, y) => s + y.claimCount, 0);
      effects.set(id, experienceModification(expected, observed, roundCredibility).mod);
    }
    // Middle rounds reuse the first round's term tests (speed); the last one tests the terms
    // again net of the employer effects, where a few large employers can no longer pass for a factor.
    tariff = fitK3Tariff(years, effects, round < GLM_CREDIBILITY_ROUNDS - 1 ? tariff : undefined, sevClaims);
    if (round < GLM_CREDIBILITY_ROUNDS - 1) roundCredibility = estimateNegativeBinomialCredibility(credibilityCells(tariff, years));
  }
  const credibility = estimateK3Credibility(credibilityCells(tariff, years));
  // A loop, not Math.min(...spread): books run to millions of rows.
  const latestYear = years.reduce((m, y) => Math.min(m, y.policyYear), Number.POSITIVE_INFINITY);
  const latest = years.filter((y) => y.policyYear === latestYear && y.wageBill > 0 && y.workerYears > 0);
  const atRisk: Record<RateTableName, number> = { pp44_2015: 0, pp49_2023: 0 };
  const premium: Record<RateTableName, number> = { pp44_2015: 0, pp49_2023: 0 };
  for (const y of latest) {
    const relative = aprioriFrequency(tariff, y) / (tariff.sectorMeanFrequency[y.sectorCode] ?? aprioriFrequency(tariff, y));
    for (const t of RATE_TABLE_NAMES) {
      premium[t] += statutoryRate(t, y.statutoryGroup) * y.wageBill;
      atRisk[t] += statutoryRate(t, y.statutoryGroup) * relative * y.wageBill;
    }
  }
  if (!(atRisk.pp44_2015 > 0)) throw new Error('the latest policy year has no wage bill: cannot set the loading');
  return {
    version: 2,
    asOf,
    tariff,
    credibility,
    loading: { pp44_2015: premium.pp44_2015 / atRisk.pp44_2015, pp49_2023: premium.pp49_2023 / atRisk.pp49_2023 },
  };
}
