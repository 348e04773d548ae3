// Public face of the CANN family: GLM skip connection plus a tfjs network.
export type { CannArchitecture, CannInputs, CannLayout } from './network.js';
export {
  CANN_EMBEDDING_DIM,
  CANN_EMBEDDING_MIN_LEVELS,
  CANN_HIDDEN_UNITS,
  CANN_OUTPUT_LAYER,
  buildCannEnsemble,
  buildCannNetwork,
  cannInputs,
  cannLayout,
} from './network.js';
export type { CannBalance, CannEpoch, CannFit, CannMemberFit, CannOptions, CannTrainingData } from './train.js';
export {
  CANN_BALANCE_TOLERANCE,
  CANN_BATCH_SIZE,
  CANN_LEARNING_RATE,
  CANN_MAX_EPOCHS,
  CANN_MEMBERS,
  CANN_PATIENCE,
  CANN_PLATEAU_DECAY,
  CANN_PLATEAU_PATIENCE,
  CANN_VALIDATION_SHARE,
  CANN_WEIGHT_AVERAGING,
  cannBalanceRatio,
  fitCann,
  predictCann,
  predictEta,
  restoreBalance,
} from './train.js';
export type { Cann, CannDesigns, CannPrediction, CannPreprocessing } from './model.js';
export { assembleCann, cannDesigns, predictCannTable, predictFromDesigns } from './model.js';
export { CANN_GLM_PART, CANN_NETWORK_PART, adjustmentFunction, cannColumnOrder, explainCann } from './explain.js';
export { cannBundleContents, cannFromBundle } from './bundle.js';
