// Public face of the credibility family: Bühlmann-Straub estimation and experience mods,
// and the between-risk variance by negative-binomial maximum likelihood.
export { credibilityWeight, estimateBuhlmannStraub, experienceModification } from './buhlmann-straub.js';
export type { BuhlmannStraubParameters, CredibilityCell, ExperienceModification } from './buhlmann-straub.js';
export { NEGATIVE_BINOMIAL_ML, estimateNegativeBinomialCredibility, thetaPosterior } from './negative-binomial.js';
export type { NegativeBinomialCredibility } from './negative-binomial.js';
