// The gradient-boosting baseline: it finds what an additive model cannot (an interaction),
// routes missing values and groups categories by what they say about the target, stops
// early on noise, and is deterministic for a seed.
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import { auc } from '../../metrics/index.js';
import { createRng } from '../../tf/seed.js';
import { MAX_BINS, binTable } from './bins.js';
import { DEFAULT_BOOSTING, predictBoosting, trainBoosting } from './boost.js';

function synthetic(n: number, seed: number, truth: (x1: number, x2: number, level: string, missing: boolean) => number): DataTable {
  const rng = createRng(seed);
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const y = new Float64Array(n);
  const levels: string[] = [];
  for (let i = 0; i < n; i++) {
    x1[i] = rng() * 2 - 1;
    x2[i] = rng() * 2 - 1;
    const level = ['a', 'b', 'c', 'd', 'e'][Math.floor(rng() * 5)] as string;
    levels.push(level);
    const missing = rng() < 0.15;
    const p = 1 / (1 + Math.exp(-truth(x1[i] as number, x2[i] as number, level, missing)));
    y[i] = rng() < p ? 1 : 0;
    if (missing) x2[i] = Number.NaN;
  }
  return makeTable({
    x1: { kind: 'numeric', values: x1 },
    x2: { kind: 'numeric', values: x2 },
    segment: encodeCategorical(levels),
    y: { kind: 'numeric', values: y },
  });
}

const rows = (from: number, to: number): Int32Array => Int32Array.from({ length: to - from }, (_, i) => from + i);

describe('gradient-boosting baseline', () => {
  it('learns an interaction, a risky missing value and a category grouping', () => {
    // Risk where x1 and x2 share a sign (XOR: no additive model ranks it), when x2 is missing, and in segments b and d.
    const table = synthetic(
      6000,
      3,
      (x1, x2, level, missing) => (missing ? 1.5 : 3 * x1 * x2) + (level === 'b' || level === 'd' ? 1 : -0.5),
    );
    const model = trainBoosting(table, ['x1', 'x2', 'segment'], 'y', rows(0, 4000), 1);
    const test = rows(4000, 6000);
    const p = predictBoosting(model, test);
    const y = Float64Array.from(test, (r) => (table.columns.get('y') as { values: Float64Array }).values[r] as number);
    expect(auc(y, p)).toBeGreaterThan(0.75);
    expect(model.settings.maxDepth).toBeGreaterThanOrEqual(2);
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
    // Same seed, same model.
    expect(Array.from(predictBoosting(trainBoosting(table, ['x1', 'x2', 'segment'], 'y', rows(0, 4000), 1), test))).toEqual(Array.from(p));
  });

  it('stops early on noise: few trees, predictions near the base rate', () => {
    const table = synthetic(3000, 5, () => -1);
    const model = trainBoosting(table, ['x1', 'x2', 'segment'], 'y', rows(0, 2000), 1);
    expect(model.chosenTrees).toBeLessThan(DEFAULT_BOOSTING.maxTrees / 4);
    const p = predictBoosting(model, rows(2000, 3000));
    const base = 1 / (1 + Math.E);
    const meanDeviation = p.reduce((s, v) => s + Math.abs(v - base), 0) / p.length;
    expect(meanDeviation).toBeLessThan(0.05);
  });

  it('bins numbers at learning quantiles with a last bucket for missing, categories by code', () => {
    const table = synthetic(2000, 9, () => 0);
    const binned = binTable(table, ['x1', 'x2', 'segment'], rows(0, 1000));
    const [x1, x2, segment] = binned.features;
    expect(x1!.buckets).toBeLessThanOrEqual(MAX_BINS + 1);
    expect(x2!.buckets).toBe(x2!.cuts.length + 2);
    const x2Values = (table.columns.get('x2') as { values: Float64Array }).values;
    binned.codes[1]!.forEach((b, r) => expect(b === x2!.buckets - 1).toBe(Number.isNaN(x2Values[r] as number)));
    expect(segment!.buckets).toBe(6);
    expect(() =>
      binTable(makeTable({ many: encodeCategorical(Array.from({ length: 2000 }, (_, i) => `l${i}`)) }), ['many'], rows(0, 2000)),
    ).toThrow(/more than/);
  });
});
