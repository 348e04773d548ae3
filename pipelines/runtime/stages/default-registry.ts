// The stages of a telisik run, in order. This module is what `telisik run`, `telisik
// worker` and the sandbox threads load (see registry-module.ts).
//
// How a product issue adds its work: write its StageProcessor(s) and add one line to
// PRODUCT_EXTENSIONS, e.g.
//   (registry) => registry.addProcessor('train', fraudClaimClassifierTraining),
//   (registry) => registry.register(fraudRuleStage, { after: 'features' }),
import { FEATURES_STAGE } from './foundation/features-stage.js';
import { GENERATE_STAGE } from './foundation/generate-stage.js';
import { INGEST_STAGE } from './foundation/ingest-stage.js';
import { SCORE_STAGE, TRAIN_STAGE } from './foundation/model-stages.js';
import { REPORT_STAGE } from './foundation/report-stage.js';
import { registerCreditStages } from './credit/credit-stages.js';
import { K3_BOOK_STAGE } from './k3/k3-book-stage.js';
import { K3_STAGE } from './k3/k3-stage.js';
import { FRAUD_STAGE } from './fraud/fraud-stage.js';
import { FRAUD_BASE_STAGE, FRAUD_DETECTORS_STAGE } from './fraud/fraud-partitions.js';
import { StageRegistry } from './stage-registry.js';

/** Each product issue appends its registrations here. */
const PRODUCT_EXTENSIONS: ReadonlyArray<(registry: StageRegistry) => void> = [
  (registry) => registry.register(K3_BOOK_STAGE, { after: 'features' }).register(K3_STAGE, { after: 'k3-book' }),
  registerCreditStages,
  (registry) =>
    registry
      .register(FRAUD_STAGE, { after: 'features' })
      .register(FRAUD_BASE_STAGE, { before: 'fraud' })
      .register(FRAUD_DETECTORS_STAGE, { before: 'fraud' }),
];

/** The foundation stages: generate (synthetic runs), ingest, features, train, score, report. */
export function foundationRegistry(): StageRegistry {
  return new StageRegistry()
    .register(GENERATE_STAGE)
    .register(INGEST_STAGE)
    .register(FEATURES_STAGE)
    .register(TRAIN_STAGE)
    .register(SCORE_STAGE)
    .register(REPORT_STAGE);
}

export function createStageRegistry(): StageRegistry {
  const registry = foundationRegistry();
  for (const extend of PRODUCT_EXTENSIONS) extend(registry);
  return registry;
}
