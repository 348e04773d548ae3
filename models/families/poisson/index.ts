// Public face of the Poisson frequency family (and the Gamma severity GLM beside it).
export type { IrlsOptions, IrlsResult, LogLinkFamily } from './irls.js';
export { IRLS_DEFAULT_MAX_ITERATIONS, IRLS_DEFAULT_TOLERANCE, fitLogLinkGlm } from './irls.js';
export type { LogLinkGlm, PoissonFitOptions, PoissonGlm, RowContributions } from './glm.js';
export { POISSON_FAMILY, fitPoissonGlm, glmContributions, glmLinearPredictor, logExposure, predictPoissonGlm } from './glm.js';
export type { GammaGlm } from './gamma.js';
export { GAMMA_FAMILY, fitGammaGlm } from './gamma.js';
export { GLM_REFERENCE_MEMBER, glmExplanation, referenceValue } from './explain.js';
export { glmLayersModel } from './tfjs-model.js';
