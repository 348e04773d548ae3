// The autoencoder family: reconstruction-error anomaly scores with per-feature error shares.
export { DEFAULT_ENCODER_UNITS, buildAutoencoder, reconstructionLoss } from './network.js';
export { AUTOENCODER_DEFAULTS, RECONSTRUCT_BATCH_ROWS, anomalyScores, explainAnomaly, reconstruct, trainAutoencoder } from './train.js';
export type { Autoencoder, AutoencoderFit, AutoencoderOptions, AutoencoderPreprocessing } from './train.js';
export { autoencoderBundleContents, autoencoderFromBundle } from './bundle.js';
