// The credit product's models: champion scorecard, challenger sequence network, their
// evaluation, fairness and drift, and the serving scorer.
export {
  CREDIT_SCORECARD_SPEC,
  CREDIT_TARGET,
  MIN_INFORMATION_VALUE,
  historyMonths,
  scoreWithScorecard,
  thinFileScore,
  trainCreditScorecard,
} from './champion.js';
export type { CreditReason, CreditScore, CreditScorecardFit } from './champion.js';
export {
  CHALLENGER_MISSING_FILL,
  CREDIT_CHALLENGER_SPEC,
  challengerTable,
  pointsFromPd,
  predictChallenger,
  scoreWithChallenger,
  trainCreditChallenger,
} from './challenger.js';
export {
  CREDIT_BANDS,
  CREDIT_PRODUCT,
  CREDIT_SCALING,
  CREDIT_SCORE_RANGE,
  FAIRNESS_APPROVAL_MIN_SCORE,
  PROMOTION_MIN_AUC_GAIN,
  bandOf,
  clampScore,
} from './config.js';
export { evaluateCredit } from './evaluation.js';
export type { BandCalibration, CreditEvaluation } from './evaluation.js';
export {
  DISPARATE_IMPACT_MIN,
  EQUAL_OPPORTUNITY_MAX_GAP,
  MIN_GROUP_ROWS,
  PSI_ACT,
  PSI_WATCH,
  attributeFairness,
  psiLevel,
  variableDrift,
} from './fairness.js';
export type { AttributeFairness, DriftRow, FairnessRow, GroupRates, PsiLevel } from './fairness.js';
export { creditScorer, tableFromRows } from './scorer.js';
export type { CreditModel, CreditScorer } from './scorer.js';
export { DRIFT_BINS, MIN_RECENT_VALUES, driftAgainst, driftReference } from './drift.js';
export type { DriftReference } from './drift.js';
