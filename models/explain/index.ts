// Explanations: the shared `Explanation` type and integrated gradients for networks.
// Exact additive contributions of the linear families live with those families.
export { EXACT_COMPLETENESS_TOLERANCE, checkCompleteness, topContributions } from './types.js';
export type {
  Completeness,
  Explanation,
  ExplanationMethod,
  ExplanationPart,
  ExplanationSpace,
  FeatureContribution,
  FeatureValue,
} from './types.js';
export {
  DEFAULT_IG_MAX_STEPS,
  DEFAULT_IG_RULE,
  DEFAULT_IG_STEPS,
  IG_ABSOLUTE_TOLERANCE,
  IG_RELATIVE_TOLERANCE,
  explainNetwork,
  integratedGradients,
  quadrature,
} from './integrated-gradients.js';
export type {
  ColumnAttributions,
  IntegratedGradientsOptions,
  IntegrationRule,
  LinkFunction,
  NetworkExplanationInput,
} from './integrated-gradients.js';
export { columnTerms, designRow, rowFeatureValues } from './feature-values.js';
export { TYPICAL_MEMBER_DESCRIPTION, typicalMember } from './baseline.js';
export type { Baseline } from './baseline.js';
