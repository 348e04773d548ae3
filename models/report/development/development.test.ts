// The development report's pieces against independent computations: KS from the curve
// equals the metrics module's KS, PSI of counts equals PSI of samples on the same bins, a
// network's direction is read right from its explanations, a PD maps onto the points scale
// and back, and the charts render.
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../explain/types.js';
import { binNumeric } from '../../families/scorecard/binning.js';
import { DEFAULT_SCALING, pointsFactor, pointsOffset } from '../../families/scorecard/scorecard.js';
import { ksStatistic, populationStabilityIndex } from '../../metrics/index.js';
import { createRng } from '../../tf/seed.js';
import { renderChart } from '../render.js';
import { decodePng, pixelStats } from '../test-support/png-inspect.js';
import { ksChart, ksCurve, scoreDistributionChart, woeChart } from './charts.js';
import { scoreOfPd } from './development.js';
import { makeTable } from '../../data/table.js';
import { informationValueScreen } from './families.js';
import type { CharacteristicProfile } from './profiles.js';
import { networkDirections } from './signs.js';
import { bandRows, psiOfCounts, reasonTable } from './tables.js';

const rng = createRng(17);
const n = 2000;
const x = Float64Array.from({ length: n }, () => rng());
const labels = Float64Array.from(x, (v) => (rng() < 0.05 + 0.3 * v ? 1 : 0));
const scores = Float64Array.from(x, (v) => Math.round(600 - 80 * v + 20 * rng()));

describe('development report pieces', () => {
  it('KS from the curve is the metrics module KS, at a score on the curve', () => {
    const curve = ksCurve(scores, labels);
    expect(curve.ks).toBeCloseTo(ksStatistic(labels, scores), 12);
    expect(curve.points.some((p) => p.score === curve.at)).toBe(true);
    expect(curve.points.at(-1)).toMatchObject({ goods: 1, bads: 1 });
  });

  it('PSI of bin counts equals PSI of the samples on the same cuts', () => {
    const a = Float64Array.from({ length: 500 }, () => rng());
    const b = Float64Array.from({ length: 700 }, () => rng() ** 1.3);
    const cuts = [0.2, 0.4, 0.6, 0.8];
    const count = (s: Float64Array): number[] =>
      [0, 1, 2, 3, 4].map((k) => s.filter((v) => (k === 0 || v > cuts[k - 1]!) && (k === 4 || v <= cuts[k]!)).length);
    expect(psiOfCounts(count(a), count(b))).toBeCloseTo(populationStabilityIndex(a, b, { cuts }).psi, 12);
  });

  it('maps a PD onto the points scale: base score at the base odds, PDO points per doubling', () => {
    const atBase = 1 / (1 + DEFAULT_SCALING.baseOdds);
    expect(scoreOfPd(atBase)).toBeCloseTo(DEFAULT_SCALING.baseScore, 9);
    const doubled = 1 / (1 + 2 * DEFAULT_SCALING.baseOdds);
    expect(scoreOfPd(doubled) - scoreOfPd(atBase)).toBeCloseTo(DEFAULT_SCALING.pdo, 9);
    expect(pointsOffset(DEFAULT_SCALING) + pointsFactor(DEFAULT_SCALING) * Math.log(DEFAULT_SCALING.baseOdds)).toBeCloseTo(
      DEFAULT_SCALING.baseScore,
      9,
    );
  });

  it("reads a network's direction from its explanations, and flags a reversed one", () => {
    const binning = binNumeric('x', x, { target: labels, weight: new Float64Array(n).fill(1) }, { monotone: 1 });
    const profile: CharacteristicProfile = {
      characteristic: 'x',
      binning,
      informationValue: binning.informationValue,
      bins: [],
      learnCounts: [],
      testCounts: [],
    };
    const explain = (sign: number): Explanation[] =>
      Array.from(x.slice(0, 300), (v) => ({
        family: 'classifier',
        method: 'integrated-gradients',
        space: 'logit',
        output: 0,
        baselineOutput: 0,
        baseline: 'typical member',
        contributions: [{ feature: 'x', contribution: sign * (v - 0.5), value: v, baselineValue: 0.5 }],
        completeness: { gap: 0, tolerance: 1e-3, ok: true },
      }));
    expect(networkDirections([profile], explain(1))[0]?.verdict).toBe('as expected');
    expect(networkDirections([profile], explain(-1))[0]?.verdict).toBe('REVERSED');
    expect(networkDirections([profile], explain(0))[0]?.verdict).toBe('flat');
  });

  it('counts bands and reasons over the rows given', () => {
    const bands = [
      { band: 'A', minScore: 580 },
      { band: 'B', minScore: Number.NEGATIVE_INFINITY },
    ];
    const pd = Float64Array.from(scores, (s) => 1 / (1 + Math.exp((s - 500) / 30)));
    const rows = bandRows(bands, scores, pd, labels);
    expect(rows.reduce((s, r) => s + r.rows, 0)).toBe(n);
    expect(rows.reduce((s, r) => s + r.bads, 0)).toBe(labels.reduce((s, y) => s + y, 0));
    expect(rows[0]!.badRate!).toBeLessThan(rows[1]!.badRate!);
    const reasons = reasonTable([['a', 'b'], ['b'], ['a']], 4, 'test');
    expect(reasons.rows).toEqual([
      ['a', 0.5, 0.5],
      ['b', 0.25, 0.5],
    ]);
  });

  it('renders the WoE, goods/bads and KS charts', async () => {
    const binning = binNumeric('x', x, { target: labels, weight: new Float64Array(n).fill(1) }, { monotone: 1 });
    const profile: CharacteristicProfile = {
      characteristic: 'x',
      binning,
      informationValue: binning.informationValue,
      bins: binning.bins.map((b) => ({ label: b.label, goods: b.goods, bads: b.bads, woe: b.woe, iv: 0, points: null, neutral: false })),
      learnCounts: [],
      testCounts: [],
    };
    for (const chart of [woeChart(profile), scoreDistributionChart(scores, labels, 'score'), ksChart(scores, labels, 'score')]) {
      const image = await renderChart(chart.spec);
      expect(image.svg).toContain('<svg');
      expect(pixelStats(decodePng(image.png)).inkShare).toBeGreaterThan(0.01);
    }
  });

  it('screens out a characteristic without information on the learning rows, never all of them', () => {
    const noise = Float64Array.from({ length: n }, () => (rng() < 0.5 ? 0 : 1));
    const table = makeTable({
      x: { kind: 'numeric', values: x },
      noise: { kind: 'numeric', values: noise },
      y: { kind: 'numeric', values: labels },
    });
    const spec = {
      name: 't',
      target: 'y',
      features: [
        { kind: 'numeric' as const, column: 'x' },
        { kind: 'numeric' as const, column: 'noise' },
      ],
    };
    const learn = Int32Array.from({ length: n }, (_, i) => i);
    const screen = informationValueScreen(spec, table, learn);
    expect(screen.spec.features.map((f) => f.column)).toEqual(['x']);
    expect(screen.dropped).toEqual([
      { characteristic: 'noise', why: expect.stringMatching(/^information value 0\.0\d+ < 0\.02$/) as string },
    ]);
    const onlyNoise = { ...spec, features: [spec.features[1]!] };
    expect(informationValueScreen(onlyNoise, table, learn).spec).toBe(onlyNoise);
  });
});
