// Fraud scoring for audit teams (issue 7): detectors per taxonomy code, the fraud networks,
// the batch that scores every claim and publishes the worklist, arrival scoring and triage,
// explanations, feedback and evaluation against generated ground truth.
export { DETECTED_FRAUD_TYPES, FRAUD_DETECTORS, detector, detectorHitsSql, thresholdValues } from './detectors/index.js';
export type { DetectorOverrides, DetectorThreshold, FraudDetector } from './detectors/index.js';
export { HIT_FLAG_COLUMNS, INVESTIGATOR_OUTCOMES_DDL, buildFraudTables, hitColumn, modelInputSql, queryTable } from './tables.js';
export { ANOMALY_COLUMN, AUTOENCODER_SPEC, CLASSIFIER_SPEC, InsufficientOutcomesError, MIN_LABELLED_CLAIMS, scoreFraud, trainFraudModels } from './model.js';
export type { FraudModels, FraudScores, FraudTraining } from './model.js';
export { DEFAULT_MODEL_ONLY_RISK_SHARE, UNCLASSIFIED_TYPE, claimScoresSql, writeModelScores } from './claim-scores.js';
export { MIN_CASE_PROBABILITY, caseIdOf, worklistClaimsSql } from './worklist.js';
export type { WorklistFilter, WorklistOptions } from './worklist.js';
export { DEFAULT_INVESTIGATION_COST, DEFAULT_REVIEW_COST, deriveTriagePolicy, triageRoute } from './triage.js';
export type { TriageCapacity, TriageCosts, TriagePolicy, TriageRoute } from './triage.js';
export { TOP_CONTRIBUTIONS, contributionSentence, detectorReason, explainClaim } from './explain.js';
export type { ClaimExplanation, DetectorReason, FraudReason, ModelReason } from './explain.js';
export { DEFAULT_WORKLIST_SHARE, EXPLAINED_CLAIMS_PER_CASE, runFraudBatch } from './batch.js';
export type { FraudBatchOptions, FraudBatchResult } from './batch.js';
export { FRAUD_FILES, publishFraudBatch } from './publish.js';
export { FraudArrivalScorer } from './arrival.js';
export type { ArrivalClaim, ArrivalScore } from './arrival.js';
export { FraudWorklistService } from './service.js';
export type { CaseDetail, ExportFormat, WorklistCase } from './service.js';
export { caseFraudType, precisionByPeriodAndType } from './feedback.js';
export type { OutcomeForPrecision, PrecisionRow } from './feedback.js';
export { TOP_SHARES, evaluateFraud } from './evaluate.js';
export type { FraudEvaluation } from './evaluate.js';
export { WORKLIST_TOP_CASES, formatWorklistTop, fraudWorklistTop } from './worklist-text.js';
