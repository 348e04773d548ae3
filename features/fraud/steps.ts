// The fraud SQL steps of the feature layer as data: what each reads and writes, so the path
// sources -> claim features -> (detectors, in models/fraud) -> provider features -> model input
// is as visible as the imports and a test can check it (models/fraud/tables.ts adds its steps).
import type { FraudSources } from './claim-sql.js';
import { cardPairsSql, cbgPeerSql, claimBaseSql, claimFeaturesSql } from './claim-sql.js';
import type { ProviderPhaseInputs } from './provider-sql.js';
import { claimFeatureTableSql, providerMonthSql } from './provider-sql.js';
import { referenceTablesSql } from './reference-sql.js';

/** Layers in the order a run builds them; a step reads only sources and tables of its own or earlier layers. */
export type FraudLayer = 'reference' | 'claim features' | 'detectors' | 'provider features' | 'model input';

export interface FraudSqlStep {
  readonly layer: FraudLayer;
  /** Tables (or source tables) the statement reads. */
  readonly reads: readonly string[];
  /** The one table it (re)creates. */
  readonly writes: string;
  readonly sql: string;
}

const step = (layer: FraudLayer, reads: readonly string[], writes: string, sql: string): FraudSqlStep =>
  Object.freeze({ layer, reads: Object.freeze([...reads]), writes, sql });

const REFERENCE_TABLES = ['fraud_ref_cbg', 'fraud_ref_icd10_sex', 'fraud_ref_topup', 'fraud_ref_severity_raising'] as const;

/** Steps before the detectors: reference tables, claim base, CBG peers, card pairs, claim-level features. */
export function claimPhaseSteps(src: FraudSources): FraudSqlStep[] {
  const reference = referenceTablesSql().map((sql, i) => step('reference', [], REFERENCE_TABLES[i] as string, sql));
  return [
    ...reference,
    step('claim features', [src.claims, src.members, src.facilities, src.deaths, 'fraud_ref_cbg'], 'fraud_claim_base', claimBaseSql(src)),
    step('claim features', ['fraud_claim_base'], 'fraud_cbg_peer_month', cbgPeerSql()),
    step('claim features', ['fraud_claim_base'], 'fraud_card_pairs', cardPairsSql()),
    step('claim features', ['fraud_card_pairs', 'fraud_claim_base', 'fraud_cbg_peer_month'], 'fraud_claim_level', claimFeaturesSql()),
  ];
}

/** Steps after the detectors: provider features as of each month (reading the named detector hits), then the claim feature table. */
export function providerPhaseSteps(src: FraudSources, inputs: ProviderPhaseInputs): FraudSqlStep[] {
  return [
    step(
      'provider features',
      [inputs.detectorHits, 'fraud_card_pairs', 'fraud_claim_base', src.audits, src.facilities],
      'fraud_provider_month',
      providerMonthSql(src, inputs),
    ),
    step('provider features', ['fraud_claim_level', 'fraud_provider_month'], 'fraud_claim_features', claimFeatureTableSql()),
  ];
}
