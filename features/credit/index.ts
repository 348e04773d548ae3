// Credit features: the registry (names, units, directions, descriptions and reason sentences
// in Indonesian and English) and the point-in-time SQL at an observation date.
export {
  CREDIT_FEATURES,
  FAIRNESS_ATTRIBUTES,
  PAYMENT_HISTORY_REASON,
  PAYMENT_STATUS,
  SEQUENCE_MONTHS,
  THIN_FILE_MIN_MONTHS,
  THIN_FILE_REASON,
  creditFeature,
} from './registry.js';
export type { CreditFeature, FairnessAttribute, Sentence } from './registry.js';
export { HISTORY_WINDOW_MONTHS, creditFeaturesSql, sequenceColumns } from './features-sql.js';
export type { CreditFeatureSqlOptions } from './features-sql.js';
export { CREDIT_FEATURES_TABLE, buildCreditFeatures } from './build.js';
