// Fraud scoring for audit teams (issues 7 and 11): detectors per taxonomy code with signals of
// stated strength, the fraud networks, the batch that scores every claim and ranks cases
// (certain evidence first, capacity in cases, a cap per provider), arrival scoring that gives
// the batch's score, triage, explanations, feedback and evaluation against generated ground truth.
export {
  DETECTED_FRAUD_TYPES,
  FRAUD_DETECTORS,
  FRAUD_SIGNALS,
  SIGNAL_PRECISION_PRIOR,
  detector,
  detectorHitsSql,
  fraudSignal,
  thresholdValues,
} from './detectors/index.js';
export type {
  DetectorOverrides,
  DetectorSignal,
  DetectorThreshold,
  EvidenceStrength,
  FraudDetector,
  FraudSignal,
} from './detectors/index.js';
export {
  HIT_FLAG_COLUMNS,
  INVESTIGATOR_OUTCOMES_DDL,
  buildFraudTables,
  claimLabelsSql,
  fraudSqlSteps,
  hitColumn,
  modelInputSql,
  queryTable,
  signalPrecisionSql,
} from './tables.js';
export {
  ANOMALY_COLUMN,
  AUTOENCODER_SPEC,
  CLASSIFIER_SPEC,
  InsufficientOutcomesError,
  MIN_LABELLED_CLAIMS,
  scoreFraud,
  trainFraudModels,
} from './model.js';
export type { FraudModels, FraudScores, FraudTraining } from './model.js';
export {
  DEFAULT_MODEL_ONLY_RISK_SHARE,
  MIN_CASE_PROBABILITY,
  UNCLASSIFIED_TYPE,
  claimScoresSelect,
  claimScoresSql,
  riskShareSql,
  writeModelScores,
} from './claim-scores.js';
export {
  DEFAULT_CASE_CAPACITY,
  DEFAULT_CASES_PER_PROVIDER,
  WorklistFilterError,
  caseIdOf,
  monthStart,
  worklistClaimsSql,
} from './worklist.js';
export type { WorklistFilter, WorklistOptions } from './worklist.js';
export { DEFAULT_INVESTIGATION_COST, DEFAULT_REVIEW_COST, REVIEW_PROBABILITY, deriveTriagePolicy, triageRoute } from './triage.js';
export type { TriageCapacity, TriageCosts, TriageInput, TriagePolicy, TriageRoute } from './triage.js';
export { TOP_CONTRIBUTIONS, TOP_LOWERING_CONTRIBUTIONS, contributionSentence, detectorReason, explainClaim } from './explain.js';
export type { ClaimEvidence, ClaimExplanation, DetectorReason, FraudReason, ModelReason } from './explain.js';
export { EXPLAINED_CLAIMS_PER_CASE, runFraudBatch } from './batch.js';
export type { FraudBatchOptions, FraudBatchResult } from './batch.js';
export { FRAUD_FILES } from './files.js';
export type { FraudManifest } from './files.js';
export { publishFraudBatch } from './publish.js';
export { ArrivalClaimError, FraudArrivalScorer, validateArrivalClaim } from './arrival.js';
export type { ArrivalClaim, ArrivalScore } from './arrival.js';
export { FraudWorklistService } from './service.js';
export type { CaseDetail, ExportFormat, ProviderScore, SignalPrecisionRow, WorklistCase, WorklistClaim } from './service.js';
export { PublishedFraudRun } from './published.js';
export type { ModelReasonRow, WorklistClaimRow } from './published.js';
export { assembleCases, detectorReasons, modelReasons } from './cases.js';
export { caseFraudType, precisionByPeriodAndType } from './feedback.js';
export type { OutcomeForPrecision, PrecisionRow } from './feedback.js';
export { TOP_SHARES, evaluateFraud } from './evaluate.js';
export type { FraudEvaluation } from './evaluate.js';
export { WORKLIST_TOP_CASES, formatWorklistTop, fraudWorklistTop } from './worklist-text.js';
