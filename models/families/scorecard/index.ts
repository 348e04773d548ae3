// The scorecard family: monotone optimal binning, WoE logistic regression, PDO points,
// reason codes and exact additive explanations.
export { DEFAULT_FINE_CLASSES, DEFAULT_MAX_BINS, DEFAULT_MIN_BIN_SHARE, WOE_SMOOTHING, binCategorical, binNumeric } from './binning.js';
export type { BinningOptions, BinningRows } from './binning.js';
export { binWoe, findBin } from './binning-types.js';
export type { BinKind, CharacteristicBinning, ScorecardBin } from './binning-types.js';
export { DEFAULT_L2, fitLogistic, solveSpd } from './logistic.js';
export type { LogisticFit, LogisticOptions } from './logistic.js';
export { DEFAULT_SCALING, MAX_REASON_CODES, pointsFactor, pointsOffset, scoreApplicant, woeVector } from './scorecard.js';
export type {
  ApplicantRow,
  CharacteristicPoints,
  PointsScaling,
  ReasonCode,
  Scorecard,
  ScorecardCharacteristic,
  ScorecardResult,
} from './scorecard.js';
export { applicantReader, applicantRow, buildCharacteristic, scoreTable, trainScorecard } from './train.js';
export type { ScorecardFit, ScorecardOptions } from './train.js';
export { scorecardFromBundle, scorecardFromModel, scorecardLayersModel, scorecardPreprocessing, woeMatrix } from './tfjs-model.js';
export type { ScorecardPreprocessing } from './tfjs-model.js';
