// The CANN trainer as `telisik train --family cann` runs it, on a small synthetic table:
// its report carries explanations with completeness checked, split by part, and its
// preprocessing is what a CANN bundle needs to score and explain again.
import { describe, expect, it } from 'vitest';
import type { CannPreprocessing } from '../../../models/families/cann/model.js';
import { CANN_GLM_PART, CANN_NETWORK_PART } from '../../../models/families/cann/explain.js';
import { learnTestSplit } from '../../../models/tf/split.js';
import { FREQUENCY_GLM_SPEC, FREQUENCY_NET_SPEC, syntheticFrequency } from '../../../models/tf/test-support/synthetic-tables.js';
import { trainCannFamily } from './frequency-families.js';

describe('trainCannFamily', () => {
  it('reports explanations of the test rows, all within the completeness tolerance', async () => {
    const table = syntheticFrequency(400, 3);
    const split = learnTestSplit(FREQUENCY_NET_SPEC, table, 3);
    const trained = await trainCannFamily({
      spec: FREQUENCY_NET_SPEC,
      glmSpec: FREQUENCY_GLM_SPEC,
      table,
      split,
      seed: 3,
      explainRows: 12,
    });
    const m = trained.section.metrics;
    expect(m['explained rows']).toBe(12);
    expect(m['explanation method']).toBe('exact-plus-integrated-gradients');
    expect(m['rows outside completeness tolerance']).toBe(0);
    expect(Object.keys(trained.section.details['importanceByPart'] as object)).toEqual([CANN_GLM_PART, CANN_NETWORK_PART]);
    expect(trained.notes.join(' ')).not.toMatch(/not in this report/);
    const pre = trained.preprocessing as CannPreprocessing;
    expect([pre.kind, pre.glmSpec.name, pre.baseline.row.length]).toEqual([
      'cann',
      FREQUENCY_GLM_SPEC.name,
      pre.network.columnNames.length,
    ]);
    trained.model.dispose();
  });
  it('trains a nagging predictor of several networks as one model, still explained completely', async () => {
    const table = syntheticFrequency(400, 4);
    const split = learnTestSplit(FREQUENCY_NET_SPEC, table, 4);
    const trained = await trainCannFamily({
      spec: FREQUENCY_NET_SPEC,
      glmSpec: FREQUENCY_GLM_SPEC,
      table,
      split,
      seed: 4,
      explainRows: 6,
      members: 2,
    });
    expect(String(trained.section.metrics['best epoch']).split(', ')).toHaveLength(2);
    expect(trained.section.metrics['rows outside completeness tolerance']).toBe(0);
    expect(trained.model.layers.some((l) => l.name === 'nagging_average')).toBe(true);
    trained.model.dispose();
  });
});
