// Fraud features: the registry, and the DuckDB SQL that builds the point-in-time claim,
// member and provider feature tables (fraud_claim_base, fraud_card_pairs, fraud_cbg_peer_month,
// fraud_claim_level, fraud_provider_month, fraud_claim_features).
export { FRAUD_FEATURES, FRAUD_FEATURE_NAMES, fraudFeature } from './registry.js';
export type { FraudFeature, FraudFeatureEntity } from './registry.js';
export { SEVERITY_RAISING_DX, referenceTablesSql } from './reference-sql.js';
export {
  KM_PER_DEGREE,
  MEMBER_LOOKBACK_DAYS,
  MIN_PEER_CLAIMS,
  NO_PRIOR_DISCHARGE_DAYS,
  RAW_SOURCES,
  cardPairsSql,
  cbgPeerSql,
  claimBaseSql,
  claimFeaturesSql,
  distanceKmSql,
} from './claim-sql.js';
export type { FraudSources } from './claim-sql.js';
export {
  PROVIDER_SMOOTHING_AUDITS,
  PROVIDER_SMOOTHING_CLAIMS,
  READMISSION_WINDOW_DAYS,
  claimFeatureTableSql,
  providerMonthSql,
} from './provider-sql.js';
export type { ProviderPhaseInputs } from './provider-sql.js';
export { FEMALE_ONLY_ICD10, MALE_ONLY_ICD10, OBSTETRIC_AGE, OBSTETRIC_ICD10, PERINATAL_ICD10, PERINATAL_MAX_AGE } from './claim-sql.js';
export { claimPhaseSteps, providerPhaseSteps } from './steps.js';
export type { FraudSqlStep, FraudLayer } from './steps.js';

import type { FraudSources } from './claim-sql.js';
import type { ProviderPhaseInputs } from './provider-sql.js';
import { claimPhaseSteps, providerPhaseSteps } from './steps.js';

/** Statements before the detectors run: reference tables, claim base, CBG peers, card pairs, claim features. */
export function claimPhaseSql(src: FraudSources): string[] {
  return claimPhaseSteps(src).map((s) => s.sql);
}

/** Statements after the detectors: provider features (they use detector hits) and the model input table. */
export function providerPhaseSql(src: FraudSources, inputs: ProviderPhaseInputs): string[] {
  return providerPhaseSteps(src, inputs).map((s) => s.sql);
}
