// The classifier family: seeded feed-forward network, class weights, early stopping,
// Platt or isotonic calibration, integrated-gradients explanations.
export { ISOTONIC_PROBABILITY_FLOOR, calibrate, fitCalibration } from './calibration.js';
export type { Calibration, CalibrationMethod, IsotonicCalibration, PlattCalibration } from './calibration.js';
export { DEFAULT_HIDDEN_UNITS, LOGIT_LAYER, buildClassifierNetwork, logitCrossEntropy } from './network.js';
export { CLASSIFIER_DEFAULTS, PREDICT_BATCH_ROWS, explainClassifier, networkLogits, predictClassifier, trainClassifier } from './train.js';
export type { Classifier, ClassifierFit, ClassifierOptions, ClassifierPreprocessing } from './train.js';
export { classifierBundleContents, classifierFromBundle } from './bundle.js';
