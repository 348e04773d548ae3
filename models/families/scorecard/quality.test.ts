// Scorecard quality rules: a blank or unseen value can never score above the stated
// maximum or below the minimum (fuzzed, blanks included); a sparse missing bin is neutral;
// characteristics under the IV threshold are dropped and reversed ones dropped or flagged,
// each with its reason.
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../../data/table.js';
import type { FeatureSpec } from '../../spec/types.js';
import { createRng } from '../../tf/seed.js';
import { binNumeric } from './binning.js';
import { DEFAULT_SCALING, pointsFactor, pointsOffset, scoreApplicant, scoreRange } from './scorecard.js';
import type { Scorecard } from './scorecard.js';
import { DEFAULT_MIN_INFORMATION_VALUE, selectScorecard } from './selection.js';
import { buildCharacteristic } from './train.js';

function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng());
}

describe('score range', () => {
  it('a blank in a characteristic with a reversed coefficient stays within [min, max]', () => {
    // No missing values when fitting: the missing bin is empty.
    const rng = createRng(3);
    const n = 2000;
    const x = Float64Array.from({ length: n }, () => Math.floor(rng() * 10));
    const target = Float64Array.from(x, (v) => (rng() < 0.05 + 0.02 * v ? 1 : 0));
    const binning = binNumeric('x', x, { target, weight: new Float64Array(n).fill(1) }, { monotone: 1 });
    const missing = binning.bins.find((b) => b.kind === 'missing')!;
    expect(missing.goods + missing.bads).toBe(0);
    expect(missing.woe).toBe(0);
    const factor = pointsFactor(DEFAULT_SCALING);
    // A reversed (positive) coefficient: the case a sign check exists for.
    const card: Scorecard = {
      family: 'scorecard',
      specName: 't',
      scaling: DEFAULT_SCALING,
      intercept: -2,
      basePoints: pointsOffset(DEFAULT_SCALING) + 2 * factor,
      characteristics: [buildCharacteristic(binning, 0.8, factor)],
      minObservedCharacteristics: 0,
    };
    const range = scoreRange(card);
    for (const value of [null, Number.NaN, -5, 0, 3, 9, 1e9]) {
      const s = scoreApplicant(card, { x: value }).score as number;
      expect(s).toBeGreaterThanOrEqual(range.min - 1e-9);
      expect(s).toBeLessThanOrEqual(range.max + 1e-9);
    }
  });

  it('random rows, blanks, text and unseen levels never score outside [min, max] of a trained card', () => {
    const rng = createRng(5);
    const n = 3000;
    const a = Float64Array.from({ length: n }, () => normal(rng));
    const seg = Array.from({ length: n }, () => (rng() < 0.5 ? 'P' : rng() < 0.5 ? 'Q' : 'R'));
    const y = Float64Array.from(a, (v, i) => (rng() < 1 / (1 + Math.exp(-(-2 + v + (seg[i] === 'R' ? 0.7 : 0)))) ? 1 : 0));
    const table = makeTable({ a: { kind: 'numeric', values: a }, seg: encodeCategorical(seg), y: { kind: 'numeric', values: y } });
    const spec: FeatureSpec = {
      name: 'fuzz',
      target: 'y',
      features: [
        { kind: 'numeric', column: 'a', monotone: 1 },
        { kind: 'categorical', column: 'seg' },
      ],
    };
    const { fit } = selectScorecard(
      spec,
      table,
      Int32Array.from({ length: n }, (_, i) => i),
    );
    const range = scoreRange(fit.card);
    const pick = (): number | string | null => {
      const u = rng();
      return u < 0.2 ? null : u < 0.3 ? Number.NaN : u < 0.4 ? 'garbage' : u < 0.5 ? '' : (rng() - 0.5) * 1e6;
    };
    for (let i = 0; i < 2000; i++) {
      const row = { a: pick(), seg: rng() < 0.5 ? pick() : ['P', 'Q', 'R', 'S', ''][Math.floor(rng() * 5)]! };
      const s = scoreApplicant(fit.card, row as Record<string, number | string | null>).score as number;
      expect(Number.isFinite(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(range.min - 1e-9);
      expect(s).toBeLessThanOrEqual(range.max + 1e-9);
    }
  });
});

describe('characteristic selection', () => {
  const rng = createRng(11);
  const n = 6000;
  const a = Float64Array.from({ length: n }, () => normal(rng));
  // b follows a closely: risky on its own, but given a its effect is reversed (suppression).
  const b = Float64Array.from(a, (v) => v + 0.3 * normal(rng));
  const noise = Float64Array.from({ length: n }, () => normal(rng));
  const y = Float64Array.from(a, (v, i) => (rng() < 1 / (1 + Math.exp(-(-2 + 2 * v - 1.2 * (b[i] as number)))) ? 1 : 0));
  const table = makeTable({
    a: { kind: 'numeric', values: a },
    b: { kind: 'numeric', values: b },
    noise: { kind: 'numeric', values: noise },
    y: { kind: 'numeric', values: y },
  });
  const spec: FeatureSpec = {
    name: 'sel',
    target: 'y',
    features: ['a', 'b', 'noise'].map((column) => ({ kind: 'numeric' as const, column })),
  };
  const rows = Int32Array.from({ length: n }, (_, i) => i);

  it('drops a characteristic under the IV threshold and a reversed one, with the reasons', () => {
    const out = selectScorecard(spec, table, rows);
    const dropped = Object.fromEntries(out.dropped.map((d) => [d.characteristic, d.why]));
    expect(dropped['noise']).toMatch(new RegExp(`information value 0\\.\\d+ < ${DEFAULT_MIN_INFORMATION_VALUE}`));
    expect(dropped['b']).toMatch(/reversed sign/);
    expect(out.fit.card.characteristics.map((c) => c.binning.characteristic)).toEqual(['a']);
    expect(out.fit.card.characteristics.every((c) => c.coefficient < 0)).toBe(true);
  });

  it('keeps and flags a reversed characteristic when asked to', () => {
    const out = selectScorecard(spec, table, rows, {}, { reversedSigns: 'flag', minInformationValue: 0 });
    expect(out.flagged.map((f) => f.characteristic)).toEqual(['b']);
    expect(out.flagged[0]?.why).toMatch(/reversed sign/);
    expect(out.fit.card.characteristics.map((c) => c.binning.characteristic)).toContain('b');
  });
});
