// Public face of the CANN family: GLM skip connection plus a tfjs network.
export type { CannArchitecture, CannInputs, CannLayout } from './network.js';
export { CANN_EMBEDDING_DIM, CANN_EMBEDDING_MIN_LEVELS, CANN_HIDDEN_UNITS, CANN_OUTPUT_LAYER, buildCannNetwork, cannInputs, cannLayout } from './network.js';
export type { CannBalance, CannEpoch, CannFit, CannOptions, CannTrainingData } from './train.js';
export {
  CANN_BALANCE_TOLERANCE,
  CANN_BATCH_SIZE,
  CANN_LEARNING_RATE,
  CANN_MAX_EPOCHS,
  CANN_PATIENCE,
  CANN_PLATEAU_DECAY,
  CANN_PLATEAU_PATIENCE,
  CANN_VALIDATION_SHARE,
  cannBalanceRatio,
  fitCann,
  predictCann,
  restoreBalance,
} from './train.js';
