// Loads the credit champion from the model registry and the published member features from
// the warehouse (opened read-only), for `telisik serve` and the bench.
import { CREDIT_FEATURES_TABLE } from '../../../features/credit/build.js';
import { openWarehouse } from '../../../features/warehouse/warehouse.js';
import { loadBundle } from '../../../models/bundle/bundle-io.js';
import { ModelRegistry } from '../../../models/bundle/registry.js';
import { CREDIT_PRODUCT } from '../../../models/credit/config.js';
import { creditScorer, tableFromRows } from '../../../models/credit/scorer.js';
import type { CreditModel, CreditScorer } from '../../../models/credit/scorer.js';
import type { DriftReference } from '../../../models/credit/drift.js';
import { classifierFromBundle } from '../../../models/families/classifier/bundle.js';
import { initBackend } from '../../../models/tf/backend.js';
import { scorecardFromBundle } from '../../../models/families/scorecard/tfjs-model.js';

export interface LoadCreditScorerOptions {
  readonly registryRoot: string;
  readonly warehousePath: string;
  /** Feature table to serve (default: the one the credit features stage publishes). */
  readonly table?: string;
}

export async function loadCreditScorer(o: LoadCreditScorerOptions): Promise<CreditScorer> {
  // Set the tfjs backend up before any model loads (wasm initialises asynchronously).
  await initBackend();
  const loaded = await loadBundle(await new ModelRegistry(o.registryRoot).bundleDir(CREDIT_PRODUCT, 'champion'));
  const version = loaded.manifest.version;
  const model: CreditModel =
    loaded.manifest.family === 'classifier'
      ? { family: 'classifier', version, classifier: classifierFromBundle(loaded) }
      : { family: 'scorecard', version, card: scorecardFromBundle(loaded) };
  const table = o.table ?? CREDIT_FEATURES_TABLE;
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`bad table name ${table}`);
  const w = await openWarehouse(o.warehousePath, { readOnly: true });
  try {
    const metrics = loaded.manifest.metrics as { driftReference?: DriftReference[] } | null;
    return creditScorer(model, tableFromRows(await w.query(`SELECT * FROM ${table}`)), metrics?.driftReference ?? []);
  } finally {
    await w.close();
  }
}
