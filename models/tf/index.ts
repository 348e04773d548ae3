// The tfjs runtime shared by the network families: backend choice, seeding, training loop.
export { PREFERRED_BACKEND, backendFor, backendHasKernel, initBackend, useBackend, withBackend } from './backend.js';
export type { TfBackendName } from './backend.js';
export { createRng, nextSeed, permutation, seededGlorot, seededHe } from './seed.js';
export type { Rng, SeededInitializer } from './seed.js';
export { evaluateLoss, trainWithEarlyStopping } from './train-loop.js';
export type { RowLoss, TrainLoopOptions, TrainLoopResult, TrainingRows } from './train-loop.js';
export { DEFAULT_TEST_SHARE, holdOut, learnTestSplit } from './split.js';
export type { RowSplit } from './split.js';
