// The `train` and `score` slots. They hold no processors until the product issues
// (fraud, credit, K3) add theirs with `registry.addProcessor('train', ...)`; until then
// a run reports them as skipped with reason "no-processors". Both are CPU-heavy (tfjs on
// wasm is one busy thread), so their processors run sandboxed in worker threads and
// read their input from Arrow snapshots, never from the writable warehouse.
import type { StageDefinition } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';

export const TRAIN_STAGE: StageDefinition = defineStage({
  name: 'train',
  description: 'Model training on published feature snapshots; processors come from the product issues.',
  cpuHeavy: true,
  retry: { attempts: 2, backoff: { type: 'exponential', delay: 5_000 } },
});

export const SCORE_STAGE: StageDefinition = defineStage({
  name: 'score',
  description: 'Batch scoring with explanations; processors come from the product issues.',
  cpuHeavy: true,
  retry: { attempts: 3, backoff: { type: 'exponential', delay: 2_000 } },
});
