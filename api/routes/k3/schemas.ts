// TypeBox schemas of the K3 underwriter routes: the employer rating with its factors,
// recommendations under both JKK rate tables and claim history, the quote request, and
// the portfolio summary.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

export const EmployerParams = Type.Object({ employerId: Type.String({ pattern: '^[0-9]{8}$', description: 'Employer registration number (NPP, 8 digits).' }) });

const Factor = Type.Object({
  factor: Type.String(), labelId: Type.String(), labelEn: Type.String(), level: Type.String(), value: Type.Number(),
  sentenceId: Type.String(), sentenceEn: Type.String(),
});

const Recommendation = Type.Object({
  rateTable: Type.String(), regulation: Type.String(), statutoryGroup: Type.String(), statutoryRate: Type.Number(),
  riskRate: Type.Number(), recommendedGroup: Type.String(), recommendedRate: Type.Number(),
  statutoryPremium: Type.Number(), recommendedPremium: Type.Number(),
});

const History = Type.Object({
  pyStart: Type.String(), pyEnd: Type.String(), workerYears: Type.Number(), kkCases: Type.Integer(), pakCases: Type.Integer(),
  highFatalityCases: Type.Integer(), daysOff: Type.Number(), benefitCost: Type.Number(), expectedCases: Type.Number(),
});

export const EmployerRatingResponse = Type.Object({
  employerId: Type.Optional(Type.String()),
  asOf: Type.String(),
  factors: Type.Array(Factor),
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
    lowWageYears: Type.Integer(),
    registeredJustBeforeAccident: Type.Integer(),
  }),
});

export const QuoteBody = Type.Object({
  sectorCode: Type.String({ pattern: '^[A-U]$', description: 'KBLI 2020 section letter.' }),
  provinceCode: Type.String({ pattern: '^[0-9]{2}$', description: 'BPS province code.' }),
  sizeBand: Type.Union([Type.Literal('MIKRO'), Type.Literal('KECIL'), Type.Literal('MENENGAH'), Type.Literal('BESAR')]),
  workers: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  averageMonthlyWage: Type.Number({ minimum: 0, description: 'Rupiah per worker per month.' }),
}, { additionalProperties: false });
export type QuoteBody = Static<typeof QuoteBody>;

const Shift = Type.Object({
  rateTable: Type.String(), lower: Type.Integer(), same: Type.Integer(), higher: Type.Integer(),
  statutoryPremium: Type.Number(), recommendedPremium: Type.Number(),
});

const Score = Type.Object({ model: Type.String(), deviance: Type.Number(), gini: Type.Number(), giniVsStatutory: Type.Number(), predicted: Type.Number() });

export const PortfolioResponse = Type.Object({
  asOf: Type.String(),
  employers: Type.Integer(),
  workerYears: Type.Number(),
  observedCases: Type.Number(),
  expectedCases: Type.Number(),
  expectedPerThousandWorkerYears: Type.Number(),
  credibility: Type.Object({ k: Type.Number(), withinVariance: Type.Number(), betweenVariance: Type.Number() }),
  groupShifts: Type.Array(Shift),
  validation: Type.Optional(Type.Array(Score)),
});
