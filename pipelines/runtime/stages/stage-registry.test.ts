// Stage definitions are frozen data; the registry orders them and lets product issues
// add processors; planning reports empty stages as skipped instead of pretending.
import { describe, expect, it } from 'vitest';
import { planStage } from '../execution/stage-execution.js';
import { createStageRegistry, foundationRegistry } from './default-registry.js';
import { defineStage } from './stage-definition.js';
import type { RunSpec, StageProcessor } from './stage-definition.js';
import { StageRegistry } from './stage-registry.js';

const RUN: RunSpec = { runId: 'r1', warehousePath: '/tmp/w.duckdb', outDir: '/tmp/out' };

const echo = (name: string, partitions?: string[]): StageProcessor => ({
  name,
  description: 'test',
  ...(partitions ? { partitions: () => partitions } : {}),
  process: async () => ({ outputs: [] }),
});

describe('stage definitions and the registry', () => {
  it('freezes definitions and fills defaults', () => {
    const stage = defineStage({ name: 'features', description: 'd', processors: [echo('a')] });
    expect(Object.isFrozen(stage)).toBe(true);
    expect(Object.isFrozen(stage.processors)).toBe(true);
    expect(Object.isFrozen(stage.retry)).toBe(true);
    expect(stage).toMatchObject({ kind: 'stage', cpuHeavy: false, retry: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } } });
    expect(() => defineStage({ name: 'Bad Name', description: 'd' })).toThrow(/kebab-case/);
    expect(() => defineStage({ name: 'x', description: 'd', retry: { attempts: 0, backoff: { type: 'fixed', delay: 1 } } })).toThrow(
      /attempts/,
    );
    expect(() => defineStage({ name: 'x', description: 'd', processors: [echo('a'), echo('a')] })).toThrow(/two processors/);
  });

  it('keeps the foundation order when the products extend the registry', () => {
    const foundation = foundationRegistry().names();
    expect(foundation).toEqual(['generate', 'ingest', 'features', 'train', 'score', 'report']);
    const extended = createStageRegistry().names();
    expect(extended.filter((name) => foundation.includes(name))).toEqual(foundation);
  });

  it('orders the foundation stages and lets a product add processors and stages', () => {
    const registry = foundationRegistry();
    expect(registry.names()).toEqual(['generate', 'ingest', 'features', 'train', 'score', 'report']);
    expect(registry.get('train')).toMatchObject({ cpuHeavy: true, processors: [] });

    const before = registry.get('train');
    registry.addProcessor('train', echo('fraud-classifier'));
    registry.register(defineStage({ name: 'fraud-rules', description: 'd', processors: [echo('detectors')] }), { after: 'features' });
    expect(registry.get('train').processors.map((p) => p.name)).toEqual(['fraud-classifier']);
    expect(before.processors).toEqual([]); // the old definition is untouched
    expect(registry.names()).toEqual(['generate', 'ingest', 'features', 'fraud-rules', 'train', 'score', 'report']);
    expect(() => registry.register(defineStage({ name: 'ingest', description: 'd' }))).toThrow(/already registered/);
    expect(() => new StageRegistry().addProcessor('nope', echo('a'))).toThrow(/no stage "nope"/);
  });

  it('plans work items per processor and partition, and says why a stage is skipped', async () => {
    const stage = defineStage({ name: 'features', description: 'd', processors: [echo('a', ['kes', 'tk']), echo('b')] });
    expect(await planStage(stage, RUN)).toEqual({
      status: 'planned',
      items: [
        { stage: 'features', processor: 'a', partition: 'kes' },
        { stage: 'features', processor: 'a', partition: 'tk' },
        { stage: 'features', processor: 'b', partition: 'all' },
      ],
    });
    expect(await planStage(defineStage({ name: 'train', description: 'd' }), RUN)).toEqual({
      stage: 'train',
      status: 'skipped',
      reason: 'no-processors',
    });
    expect(await planStage(stage, { ...RUN, stages: ['report'] })).toEqual({
      stage: 'features',
      status: 'skipped',
      reason: 'not-requested',
    });
    const registry = foundationRegistry();
    expect(await planStage(registry.get('generate'), RUN)).toEqual({ stage: 'generate', status: 'skipped', reason: 'not-applicable' });
  });
});
