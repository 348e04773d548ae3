// Test support for the OpenAPI fuzz: a model registry with one real scorecard champion
// ("bank-card"), loaded the way `telisik serve --models-registry` loads it, as
// api/routes/models/models-routes.test.ts builds it, with rows of its table to bend.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveBundle } from '../../../models/bundle/bundle-io.js';
import { fingerprintTable } from '../../../models/bundle/digest.js';
import { ModelRegistry } from '../../../models/bundle/registry.js';
import { scorecardLayersModel, scorecardPreprocessing } from '../../../models/families/scorecard/tfjs-model.js';
import { trainScorecard } from '../../../models/families/scorecard/train.js';
import { loadServedModels } from '../../../models/scoring/served-models.js';
import type { ServedModels } from '../../../models/scoring/served-models.js';
import { useBackend } from '../../../models/tf/backend.js';
import { learnTestSplit } from '../../../models/tf/split.js';
import { CREDIT_SPEC, syntheticCredit } from '../../../models/tf/test-support/synthetic-tables.js';

export const SERVED_MODEL = 'bank-card';

export interface ServedModelRegistry {
  readonly served: ServedModels;
  /** Rows of the model's table as a bank would send them (feature columns and the id). */
  readonly rows: readonly Record<string, string | number | null>[];
  close(): Promise<void>;
}

export async function buildServedModels(sampleRows: number): Promise<ServedModelRegistry> {
  await useBackend('wasm');
  const dir = await mkdtemp(join(tmpdir(), 'telisik-fuzz-models-'));
  try {
    const table = syntheticCredit(1500, 4);
    const split = learnTestSplit(CREDIT_SPEC, table, 4);
    const { card } = trainScorecard(CREDIT_SPEC, table, split.learn, { minObservedCharacteristics: 1 });
    const model = scorecardLayersModel(card);
    await saveBundle(join(dir, 'bundle'), {
      family: 'scorecard',
      model,
      featureSpec: CREDIT_SPEC,
      preprocessing: scorecardPreprocessing(card),
      metrics: {},
      trainingData: fingerprintTable(table, split.learn),
    });
    model.dispose();
    await new ModelRegistry(join(dir, 'registry')).register(SERVED_MODEL, join(dir, 'bundle'));
    const served = await loadServedModels(join(dir, 'registry'));
    const columns = [...CREDIT_SPEC.features.map((f) => f.column), ...(CREDIT_SPEC.id ? [CREDIT_SPEC.id] : [])];
    const rows = Array.from({ length: Math.min(sampleRows, table.nRows) }, (_, i) =>
      Object.fromEntries(
        columns.map((name) => {
          const col = table.columns.get(name);
          if (!col) return [name, null];
          const v = col.kind === 'numeric' ? col.values[i] : col.levels[col.codes[i] as number];
          return [name, v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : v];
        }),
      ),
    );
    return {
      served,
      rows,
      async close() {
        served.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
