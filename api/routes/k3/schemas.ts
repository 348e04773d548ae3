// TypeBox schemas of the K3 underwriter routes: the employer rating with its factors,
// recommendations under both JKK rate tables and claim history, the quote request, and
// the portfolio summary.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { PROVINCES } from '../../../data-samples/reference/index.js';

/**
 * Lowest mean monthly wage a quote accepts (rupiah; assumption): under every provincial and
 * regency minimum wage (the lowest near Rp2.1M in 2025), leaving room for micro and small
 * enterprises, whose wages may be agreed below it (PP 36/2021 art. 36). Below it the figure is
 * more likely a daily or weekly wage, or an under-report, than a monthly one.
 */
export const QUOTE_WAGE_FLOOR = 1_000_000;
/** Highest mean monthly wage a quote accepts (rupiah; assumption): far above any workforce's mean; beyond it a figure is an annual wage or a typo. */
export const QUOTE_WAGE_CEILING = 500_000_000;
/** Largest workforce a quote accepts (the largest Indonesian employers have a few hundred thousand). */
export const QUOTE_MAX_WORKERS = 1_000_000;

export const EmployerParams = Type.Object({
  employerId: Type.String({ pattern: '^[0-9]{8}$', description: 'Employer registration number (NPP, 8 digits).' }),
});

const Interval = Type.Object({ lower: Type.Number(), upper: Type.Number(), level: Type.Number() });

const Factor = Type.Object({
  factor: Type.String(),
  labelId: Type.String(),
  labelEn: Type.String(),
  level: Type.String(),
  value: Type.Number(),
  sentenceId: Type.String(),
  sentenceEn: Type.String(),
  interval: Type.Optional(Interval),
  cases: Type.Optional(Type.Number()),
});

const Recommendation = Type.Object({
  rateTable: Type.String(),
  regulation: Type.String(),
  statutoryGroup: Type.String(),
  statutoryRate: Type.Number(),
  riskRate: Type.Number(),
  riskRateInterval: Interval,
  indicatedGroup: Type.String(),
  recommendedGroup: Type.String(),
  recommendedRate: Type.Number(),
  reason: Type.String({ description: 'SAME_GROUP, MOVED, THIN_EVIDENCE, MOVE_TOO_LARGE, NO_OWN_EXPERIENCE or WAGE_OUTSIDE_SECTOR_NORM.' }),
  moveProbability: Type.Number(),
  nearestBoundary: Type.Object({ between: Type.String(), rate: Type.Number(), relativeDistance: Type.Number() }),
  sentenceId: Type.String(),
  sentenceEn: Type.String(),
  statutoryPremium: Type.Number(),
  recommendedPremium: Type.Number(),
  riskPremium: Type.Number(),
  riskPremiumInterval: Interval,
});

const WorksheetYear = Type.Object({
  policyYear: Type.Integer(),
  pyStart: Type.String(),
  pyEnd: Type.String(),
  included: Type.Boolean(),
  note: Type.String(),
  wageBill: Type.Number(),
  workerYears: Type.Number(),
  monthlyWage: Type.Number(),
  expectedCases: Type.Number(),
  actualCases: Type.Number(),
  expectedLosses: Type.Number(),
  expectedPrimary: Type.Number(),
  expectedExcess: Type.Number(),
  actualLosses: Type.Number(),
  actualUnlimitedLosses: Type.Number(),
  actualPrimary: Type.Number(),
  actualExcess: Type.Number(),
});

const WorksheetClaim = Type.Object({
  policyYear: Type.Integer(),
  caseRef: Type.String(),
  memberRef: Type.String(),
  accidentDate: Type.String(),
  caseType: Type.String(),
  outcome: Type.String(),
  daysOff: Type.Number(),
  cost: Type.Number(),
  wageMonths: Type.Number(),
  limited: Type.Number(),
  primary: Type.Number(),
  excess: Type.Number(),
  itemised: Type.Boolean(),
});

export const Worksheet = Type.Object({
  splitPointWageMonths: Type.Number(),
  perClaimLimitWageMonths: Type.Number(),
  eligibilityMinExpectedCases: Type.Number(),
  eligible: Type.Boolean(),
  latestYearTreatment: Type.String(),
  ballast: Type.Number(),
  primaryCredibility: Type.Number(),
  excessWeight: Type.Number(),
  years: Type.Array(WorksheetYear),
  claims: Type.Array(WorksheetClaim),
  totals: Type.Object({
    expectedCases: Type.Number(),
    actualCases: Type.Number(),
    expectedLosses: Type.Number(),
    expectedPrimary: Type.Number(),
    expectedExcess: Type.Number(),
    actualPrimary: Type.Number(),
    actualExcess: Type.Number(),
  }),
  numerator: Type.Number(),
  denominator: Type.Number(),
  mod: Type.Number(),
  sentenceId: Type.String(),
  sentenceEn: Type.String(),
});

const History = Type.Object({
  pyStart: Type.String(),
  pyEnd: Type.String(),
  workerYears: Type.Number(),
  kkCases: Type.Integer(),
  pakCases: Type.Integer(),
  highFatalityCases: Type.Integer(),
  daysOff: Type.Number(),
  benefitCost: Type.Number(),
  expectedCases: Type.Number(),
});

export const EmployerRatingResponse = Type.Object({
  employerId: Type.Optional(Type.String()),
  asOf: Type.String(),
  factors: Type.Array(Factor),
  premiumFactors: Type.Array(Factor),
  frequencyInterval: Interval,
  credibilityEstimator: Type.String(),
  worksheet: Worksheet,
  aprioriFrequency: Type.Number(),
  credibility: Type.Number(),
  experienceMod: Type.Number(),
  frequency: Type.Number(),
  expectedPerThousandWorkerYears: Type.Number(),
  relativeRiskToSector: Type.Number(),
  expectedCases: Type.Number(),
  expectedSeverity: Type.Number(),
  expectedCost: Type.Number(),
  recommendations: Type.Array(Recommendation),
  history: Type.Array(History),
  historyObserved: Type.Number(),
  historyExpected: Type.Number(),
  underReporting: Type.Object({
    wageRatioToSector: Type.Union([Type.Number(), Type.Null()]),
    ratedWageRatioToSectorNorm: Type.Union([Type.Number(), Type.Null()]),
    wageBelowSectorNorm: Type.Boolean(),
    lowWageYears: Type.Integer(),
    registeredJustBeforeAccident: Type.Integer(),
  }),
});

export const QuoteBody = Type.Object(
  {
    sectorCode: Type.String({ pattern: '^[A-U]$', description: 'KBLI 2020 section letter.' }),
    provinceCode: Type.Union(
      PROVINCES.map((p) => Type.Literal(p.code)),
      { description: 'BPS province code: one of the 38 provinces (BPS master file 2023).' },
    ),
    sizeBand: Type.Optional(
      Type.Union([Type.Literal('MIKRO'), Type.Literal('KECIL'), Type.Literal('MENENGAH'), Type.Literal('BESAR')], {
        description:
          'Optional: derived from the number of workers (mikro <5, kecil 5-19, menengah 20-99, besar 100+); when sent it must match.',
      }),
    ),
    workers: Type.Integer({ minimum: 1, maximum: QUOTE_MAX_WORKERS }),
    averageMonthlyWage: Type.Number({
      minimum: QUOTE_WAGE_FLOOR,
      maximum: QUOTE_WAGE_CEILING,
      description: 'Mean reported wage, rupiah per worker per month.',
    }),
  },
  { additionalProperties: false },
);
export type QuoteBody = Static<typeof QuoteBody>;

const Shift = Type.Object({
  rateTable: Type.String(),
  lower: Type.Integer(),
  same: Type.Integer(),
  higher: Type.Integer(),
  statutoryPremium: Type.Number(),
  recommendedPremium: Type.Number(),
  reasons: Type.Record(Type.String(), Type.Integer()),
  zeroClaimTwoUpIndicated: Type.Integer(),
});

const SegmentAe = Type.Object({
  segment: Type.String(),
  employerYears: Type.Integer(),
  workerYears: Type.Number(),
  actual: Type.Number(),
  expected: Type.Number(),
  ratio: Type.Number(),
});

const Score = Type.Object({
  model: Type.String(),
  deviance: Type.Number(),
  gini: Type.Number(),
  giniVsStatutory: Type.Number(),
  predicted: Type.Number(),
});

export const PortfolioResponse = Type.Object({
  asOf: Type.String(),
  employers: Type.Integer(),
  workerYears: Type.Number(),
  history: Type.Object(
    {
      policyYears: Type.Integer(),
      workerYears: Type.Number(),
      observedCases: Type.Number(),
      expectedCases: Type.Number(),
      ratio: Type.Number(),
    },
    {
      description: 'Observed cases of the history years beside the a-priori expectation of the same years (comparable periods).',
    },
  ),
  observedCases: Type.Number(),
  expectedCases: Type.Number({ description: 'Expected cases of the rated year ahead (exposure as the latest year, after experience).' }),
  expectedPerThousandWorkerYears: Type.Number(),
  credibility: Type.Object({
    estimator: Type.String(),
    k: Type.Number(),
    withinVariance: Type.Number(),
    betweenVariance: Type.Number(),
    betweenVarianceInterval: Type.Array(Type.Number()),
    experienceRated: Type.Integer(),
  }),
  groupShifts: Type.Array(Shift),
  actualExpected: Type.Object({ sector: Type.Array(SegmentAe), size: Type.Array(SegmentAe), region: Type.Array(SegmentAe) }),
  validation: Type.Optional(Type.Array(Score)),
});
