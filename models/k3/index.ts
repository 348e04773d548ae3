// Public face of K3 employer risk: tariff, experience rating, recommendation, explanation, validation.
export {
  MIN_LEVEL_CLAIMS,
  MIN_SECTOR_CLAIMS,
  SEVERITY_REFERENCE_WAGE,
  aprioriFrequency,
  expectedSeverity,
  fitK3Tariff,
  logRelativityVariance,
  meanMonthlyWage,
  relativeToSectorLogVariance,
} from './tariff.js';
export type { K3Tariff, RatingTerm, Relativities } from './tariff.js';
export { PER_CLAIM_LIMIT_WAGE_MONTHS, SPLIT_POINT_WAGE_MONTHS, fitSeverity, splitClaim } from './severity.js';
export type { SeverityModel } from './severity.js';
export {
  COMPLIANT_ON_TIME_SHARE,
  FACTOR_LABELS,
  FACTOR_NAMES,
  POOR_ON_TIME_SHARE,
  PREMIUM_FACTOR_NAMES,
  REGION_BY_FIRST_DIGIT,
  SIZE_BAND_MIN_WORKERS,
  complianceBand,
  groupPoolLevel,
  regionOf,
  sizeBandOf,
} from './rating-factors.js';
export type { ComplianceBand, EmployerAttributes, FactorName, SizeBand } from './rating-factors.js';
export {
  GROUP_REASONS,
  JKK_GROUPS,
  MAX_AUTOMATIC_MOVE,
  MOVE_CONFIDENCE,
  RATE_TABLE_NAMES,
  ROMAN_GROUP,
  groupBoundaries,
  rateTable,
  recommendUnder,
  recommendedGroup,
  statutoryRate,
} from './recommend.js';
export type { GroupEvidence, GroupReason, RateTableName, TableRecommendation } from './recommend.js';
export { INTERVAL_LEVEL, gammaQuantile, logNormalInterval, normalCdf, normalQuantile, twoSidedZ } from './confidence.js';
export type { Interval } from './confidence.js';
export { factorSentences, premiumFactors, sectorPhrase } from './explain.js';
export type { RatingFactor } from './explain.js';
export {
  ELIGIBILITY_MIN_EXPECTED_CASES,
  EXCESS_CREDIBILITY_SHARE,
  EXCLUDE_LATEST_YEAR,
  EXPERIENCE_YEARS,
  experienceWorksheet,
} from './worksheet.js';
export type { ExperienceWorksheet, WorksheetClaim, WorksheetTotals, WorksheetYear } from './worksheet.js';
export {
  MAX_INTERVAL_BETWEEN_VARIANCE,
  PER_WORKER_YEARS,
  buildK3RatingModel,
  intervalBetweenVariance,
  byEmployer,
  claimWageMonths,
  claimsByEmployer,
  credibilityCells,
  rateEmployer,
  ratingInputOf,
} from './rating.js';
export type { EmployerRating, EmployerRatingInput, HistoryYear, K3RatingModel, UnderReportingSigns } from './rating.js';
export { DOUBLE_LIFT_BUCKETS, latentAgreement, validateK3 } from './validate.js';
export type { DoubleLiftBucket, K3Validation, LatentAgreement, ModelScore } from './validate.js';
export {
  CLAIMS_FILE,
  EMPLOYER_YEARS_FILE,
  MODEL_FILE,
  PORTFOLIO_FILE,
  RATINGS_FILE,
  bookFrom,
  modelJson,
  rateBook,
  ratingRow,
  readK3Book,
} from './book.js';
export type { GroupShift, K3Book, PortfolioSummary, RatingRow, SegmentAe } from './book.js';
export {
  POISSON_LOGNORMAL_ML,
  estimateK3Credibility,
  estimatePoissonLognormalCredibility,
  thetaPosteriorInterval,
} from './lognormal-credibility.js';
export type { K3Credibility } from './lognormal-credibility.js';
export { syntheticBook } from './synthetic-book.js';
export type { SyntheticBook, SyntheticBookOptions } from './synthetic-book.js';
export { writeK3Report } from './report.js';
export type { K3ReportBook } from './report.js';
export { scoreCannChallenger } from './challenger.js';
export type { CannChallengerResult } from './challenger.js';
