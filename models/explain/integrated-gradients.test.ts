// Integrated gradients: exact on a linear model, complete (sum = output - baseline output)
// within the stated tolerance on a nonlinear network, converging as intervals are added.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../tf/backend.js';
import { createRng, seededGlorot } from '../tf/seed.js';
import { IG_ABSOLUTE_TOLERANCE, explainNetwork, integratedGradients, quadrature } from './integrated-gradients.js';

/** float32 arithmetic on a handful of terms: a linear model's IG is exact to about this. */
const FLOAT32_SLACK = 1e-5;

describe('integrated gradients', () => {
  beforeAll(async () => {
    await useBackend('wasm');
  });

  it('has quadrature weights summing to one for every rule', () => {
    for (const rule of ['riemann-left', 'riemann-right', 'riemann-midpoint', 'trapezoid'] as const) {
      const { weights, alphas } = quadrature(16, rule);
      expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      expect(Math.min(...alphas)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...alphas)).toBeLessThanOrEqual(1);
    }
  });

  it('is exact on a linear model: contribution = weight x (value - baseline)', () => {
    const w = [0.5, -2, 1.25];
    const f = (x: tf.Tensor2D): tf.Tensor => tf.add(tf.matMul(x, tf.tensor2d(w, [3, 1])), 0.3);
    const input = Float32Array.from([1, 2, -1]);
    const baseline = Float32Array.from([0.5, 0, 1]);
    const ig = integratedGradients(f, input, baseline, { steps: 4, rule: 'riemann-left' });
    w.forEach((wj, j) =>
      expect(Math.abs((ig.attributions[j] as number) - wj * ((input[j] as number) - (baseline[j] as number)))).toBeLessThan(FLOAT32_SLACK),
    );
    const sum = ig.attributions.reduce((s, a) => s + a, 0);
    expect(Math.abs(sum - (ig.output - ig.baselineOutput))).toBeLessThan(FLOAT32_SLACK);
  });

  it('is complete on a nonlinear network within the tolerance, and reports the gap', () => {
    const rng = createRng(3);
    const net = tf.sequential({
      layers: [
        tf.layers.dense({ units: 12, activation: 'tanh', inputShape: [5], kernelInitializer: seededGlorot(rng) }),
        tf.layers.dense({ units: 6, activation: 'relu', kernelInitializer: seededGlorot(rng) }),
        tf.layers.dense({ units: 1, kernelInitializer: seededGlorot(rng) }),
      ],
    });
    const f = (x: tf.Tensor2D): tf.Tensor => net.apply(x) as tf.Tensor;
    const gaps: number[] = [];
    for (let row = 0; row < 10; row++) {
      const input = Float32Array.from({ length: 5 }, () => rng() * 4 - 2);
      const e = explainNetwork({
        family: 'test',
        space: 'logit',
        f,
        input,
        baselineRow: new Float32Array(5),
        columnFeature: ['a', 'b', 'b', 'c', 'd'],
        features: ['a', 'b', 'c', 'd'].map((name) => ({ name, value: null, baselineValue: 0 })),
        baseline: 'zero',
      });
      expect(e.contributions.map((c) => c.feature)).toEqual(['a', 'b', 'c', 'd']);
      expect(e.completeness.ok).toBe(true);
      const sum = e.contributions.reduce((s, c) => s + c.contribution, 0);
      expect(Math.abs(sum - (e.output - e.baselineOutput))).toBeCloseTo(e.completeness.gap, 12);
      expect(e.completeness.tolerance).toBeGreaterThanOrEqual(IG_ABSOLUTE_TOLERANCE);
      gaps.push(e.completeness.gap);
    }
    console.log(`IG completeness gap on a tanh/ReLU net, 10 rows: max ${Math.max(...gaps).toExponential(2)}`);
    // More intervals, smaller gap: the quadrature converges.
    const input = Float32Array.from([1.5, -1.2, 0.7, 2, -0.4]);
    const gapAt = (steps: number): number => {
      const ig = integratedGradients(f, input, new Float32Array(5), { steps, rule: 'trapezoid' });
      return Math.abs(ig.attributions.reduce((s, a) => s + a, 0) - (ig.output - ig.baselineOutput));
    };
    expect(gapAt(1024)).toBeLessThan(gapAt(4));
    expect(gapAt(1024)).toBeLessThan(IG_ABSOLUTE_TOLERANCE);
    net.dispose();
  });
});
