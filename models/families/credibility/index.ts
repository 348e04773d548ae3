// Public face of the credibility family: Bühlmann-Straub estimation and experience mods.
export { credibilityWeight, estimateBuhlmannStraub, experienceModification } from './buhlmann-straub.js';
export type { BuhlmannStraubParameters, CredibilityCell, ExperienceModification } from './buhlmann-straub.js';
