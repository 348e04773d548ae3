import { describe, expect, it } from 'vitest';
import { ascendingOrder, orderedLorenzCurve } from './lorenz.js';

/** The comparator order ascendingOrder stands for. */
const byComparator = (keys: Float64Array): Int32Array =>
  Int32Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);

/** Deterministic keys: many ties, both signs, both zeros, infinities, tiny and huge magnitudes. */
function awkwardKeys(n: number): Float64Array {
  let state = 12345;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pool = [0, -0, 1, -1, 0.5, -0.5, 1e-300, -1e-300, 5e-324, -5e-324, 1e300, -1e300, Infinity, -Infinity, 0.1 + 0.2, 0.3];
  return Float64Array.from({ length: n }, (_, i) =>
    i % 3 === 0 ? pool[Math.floor(next() * pool.length)]! : (next() - 0.5) * 10 ** Math.floor(next() * 20 - 10),
  );
}

describe('ascendingOrder (the Lorenz curve row order)', () => {
  it('is the comparator order, ties in index order, on awkward keys', () => {
    for (const n of [0, 1, 2, 17, 5000]) {
      const keys = awkwardKeys(n);
      expect(Array.from(ascendingOrder(keys))).toEqual(Array.from(byComparator(keys)));
    }
  });

  it('keeps index order among equal keys and puts -0 with 0', () => {
    expect(Array.from(ascendingOrder(Float64Array.from([2, 0, -0, 2, -1, 0])))).toEqual([4, 1, 2, 5, 0, 3]);
  });

  it('takes the comparator sort when a key is NaN (no radix order matches it)', () => {
    const keys = Float64Array.from([3, Number.NaN, 1, 2, Number.NaN, 0]);
    expect(Array.from(ascendingOrder(keys))).toEqual(Array.from(byComparator(keys)));
  });

  it('leaves the curve as the comparator order gave it', () => {
    const n = 3000;
    const rel = Float64Array.from({ length: n }, (_, i) => Math.round(Math.exp(Math.sin(i) * 2) * 100) / 100);
    const losses = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 1 : 0));
    const premium = Float64Array.from({ length: n }, (_, i) => 0.5 + (i % 5) / 10);
    const curve = orderedLorenzCurve(losses, premium, rel);
    // the curve the comparator order gives, point for point
    const order = byComparator(rel);
    let cumLoss = 0;
    let cumPremium = 0;
    const totalLoss = losses.reduce((a, b) => a + b, 0);
    const totalPremium = premium.reduce((a, b) => a + b, 0);
    const expected = [{ premiumShare: 0, lossShare: 0 }];
    for (let i = 0; i < n;) {
      const r = rel[order[i]!]!;
      while (i < n && rel[order[i]!] === r) {
        cumLoss += losses[order[i]!]!;
        cumPremium += premium[order[i]!]!;
        i++;
      }
      expected.push({ premiumShare: cumPremium / totalPremium, lossShare: cumLoss / totalLoss });
    }
    expect(curve).toEqual(expected);
  });
});
