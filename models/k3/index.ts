// Public face of K3 employer risk: tariff, experience rating, recommendation, explanation, validation.
export { MIN_LEVEL_CLAIMS, MIN_SECTOR_CLAIMS, SEVERITY_REFERENCE_WAGE, aprioriFrequency, expectedSeverity, fitK3Tariff, meanMonthlyWage } from './tariff.js';
export type { K3Tariff, Relativities } from './tariff.js';
export {
  COMPLIANT_ON_TIME_SHARE, FACTOR_LABELS, FACTOR_NAMES, POOR_ON_TIME_SHARE, REGION_BY_FIRST_DIGIT, complianceBand, groupPoolLevel, regionOf,
} from './rating-factors.js';
export type { ComplianceBand, EmployerAttributes, FactorName } from './rating-factors.js';
export { JKK_GROUPS, RATE_TABLE_NAMES, ROMAN_GROUP, groupBoundaries, rateTable, recommendUnder, recommendedGroup, statutoryRate } from './recommend.js';
export type { RateTableName, TableRecommendation } from './recommend.js';
export { factorSentences } from './explain.js';
export type { RatingFactor } from './explain.js';
export { PER_WORKER_YEARS, buildK3RatingModel, byEmployer, credibilityCells, rateEmployer, ratingInputOf } from './rating.js';
export type { EmployerRating, EmployerRatingInput, HistoryYear, K3RatingModel, UnderReportingSigns } from './rating.js';
export { DOUBLE_LIFT_BUCKETS, latentAgreement, validateK3 } from './validate.js';
export type { DoubleLiftBucket, K3Validation, LatentAgreement, ModelScore } from './validate.js';
export { EMPLOYER_YEARS_FILE, MODEL_FILE, PORTFOLIO_FILE, RATINGS_FILE, bookFrom, modelJson, rateBook, ratingRow, readK3Book } from './book.js';
export type { GroupShift, K3Book, PortfolioSummary, RatingRow } from './book.js';
export { syntheticBook } from './synthetic-book.js';
export type { SyntheticBook, SyntheticBookOptions } from './synthetic-book.js';
export { writeK3Report } from './report.js';
export { scoreCannChallenger } from './challenger.js';
export type { CannChallengerResult } from './challenger.js';
