// Public face of the metrics: every function takes Float64Arrays and returns plain numbers or rows.
export { POISSON_DEVIANCE_REPORT_SCALE, averageGammaDeviance, averagePoissonDeviance, balanceRatio } from './deviance.js';
export { LOG_LOSS_EPSILON, auc, brierScore, gini, ksStatistic, logLoss, precisionAtK, recallAtK } from './classification.js';
export type { CalibrationBin, SegmentActualExpected } from './calibration.js';
export { DEFAULT_CALIBRATION_BINS, actualExpectedBySegment, calibrationTable } from './calibration.js';
export type { LorenzPoint } from './lorenz.js';
export { lorenzGini, orderedLorenzCurve } from './lorenz.js';
export type { PsiBin, PsiResult } from './stability.js';
export { DEFAULT_PSI_BINS, PSI_MIN_SHARE, PSI_SHIFT_THRESHOLDS, populationStabilityIndex, quantileCuts } from './stability.js';
