// The credit product's stage work: a `features` processor publishing every member's credit
// features as of the latest ledger month (the table the score API serves), and a `train`
// processor that, on a synthetic run with ground truth, develops champion and challenger,
// writes the comparison report and registers both bundles in the run's model registry.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CREDIT_FEATURES_TABLE } from '../../../../features/credit/build.js';
import { LATEST_OBSERVATION, creditFeaturesSql } from '../../../../features/credit/features-sql.js';
import { resolvePseudonymKey } from '../../../../features/ingest/pseudonym.js';
import { withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import type { RunSpec, StageProcessor } from '../stage-definition.js';
import type { StageRegistry } from '../stage-registry.js';
import { featureTableProcessor } from '../foundation/features-stage.js';
import type { FeatureTableDef } from '../foundation/feature-tables.js';
import { memberPartitions } from '../foundation/member-buckets.js';
import { extractDir } from '../foundation/run-paths.js';
import { developCreditModels } from '../../../../models/credit/develop.js';

/** Published credit features at the latest ledger month, one row per member. */
export const CREDIT_FEATURE_TABLE: FeatureTableDef = Object.freeze({
  kind: 'feature-table' as const,
  name: CREDIT_FEATURES_TABLE,
  entity: 'member' as const,
  description: 'Credit features per member as of the month after the last ledger month (see features/credit/registry.ts).',
  // Every figure is the member's own (the observation date is the ledger's, the same for all).
  partitions: memberPartitions,
  sources: Object.freeze(['raw_members', 'raw_contributions', 'raw_employment_spells', 'raw_employers', 'raw_claims', 'raw_kkpak_cases']),
  sql: (where: string) => creditFeaturesSql(LATEST_OBSERVATION, { memberWhere: where }),
});

/** Where a run keeps its credit models (the registry the API serves from) and report. */
export function creditOutDir(run: RunSpec): string {
  return join(run.outDir, 'credit');
}

function truthPath(run: RunSpec): string | null {
  const base = join(extractDir(run), 'truth', 'credit_outcome');
  for (const ext of ['parquet', 'csv']) if (existsSync(`${base}.${ext}`)) return `${base}.${ext}`;
  return null;
}

/** Seed of the challenger network unless the run names one (params.creditSeed). */
const DEFAULT_CREDIT_SEED = 20_240_701;

export const CREDIT_TRAINING: StageProcessor = {
  name: 'credit-models',
  description:
    'Champion scorecard and challenger network on the ground truth, out-of-time comparison, fairness and drift report, registry.',
  async process(task) {
    const truth = truthPath(task.run);
    // Only synthetic runs carry ground truth; a bank's own data goes through `telisik train --family scorecard`.
    if (!truth) return { outputs: [] };
    const key = resolvePseudonymKey({ demoKey: task.run.synthetic !== undefined }).key;
    const seed = Number(task.run.params?.['creditSeed'] ?? DEFAULT_CREDIT_SEED);
    const out = creditOutDir(task.run);
    const result = await withTelisikWarehouse(task.run.warehousePath, { readOnly: true }, (warehouse) =>
      developCreditModels({
        warehouse,
        truthPath: truth,
        pseudonymKey: key,
        outDir: out,
        registryRoot: join(out, 'registry'),
        seed,
        // Synthetic runs sign with the demo key when TELISIK_BUNDLE_KEY is unset, as they pseudonymise with the demo key.
        ...(task.run.synthetic !== undefined ? { signing: { demo: true } } : {}),
      }),
    );
    await task.reportProgress(100, `champion AUC ${result.champion.auc.toFixed(3)}, challenger ${result.challenger.auc.toFixed(3)}`);
    return {
      outputs: [
        {
          kind: 'report',
          name: result.reportPath,
          detail: {
            championAuc: result.champion.auc,
            challengerAuc: result.challenger.auc,
            promoted: result.promoted,
            champion: result.registry.champion,
          },
        },
      ],
    };
  },
};

/** The one line default-registry.ts calls. */
export function registerCreditStages(registry: StageRegistry): void {
  registry.addProcessor('features', featureTableProcessor(CREDIT_FEATURE_TABLE)).addProcessor('train', CREDIT_TRAINING);
}
