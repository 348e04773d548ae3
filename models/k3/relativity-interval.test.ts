// The interval of an employer's relativity to its sector: the sector mean it is divided by
// moves with the same size, region and compliance coefficients, so the delta-method variance
// must carry the mean's gradient. Checked against Monte Carlo draws of the coefficients.
import { beforeAll, describe, expect, it } from 'vitest';
import { aprioriFrequency, buildK3RatingModel, logRelativityVariance, relativeToSectorLogVariance } from './index.js';
import type { K3RatingModel } from './index.js';
import { syntheticBook } from './synthetic-book.js';
import type { SyntheticBook } from './synthetic-book.js';
import { WITHIN_SECTOR_TERMS, levelsOf } from './tariff.js';
import type { EmployerAttributes } from './rating-factors.js';

let book: SyntheticBook;
let model: K3RatingModel;

beforeAll(() => {
  book = syntheticBook({ employers: 6000, years: 3, seed: 23 });
  model = buildK3RatingModel(book.years, '2026-06-30');
});

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lower Cholesky factor of a symmetric positive semi-definite matrix (tiny pivots set to 0). */
function cholesky(a: number[][]): number[][] {
  const n = a.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (i === j) l[i]![i] = Math.sqrt(Math.max(s, 0));
      else l[i]![j] = l[j]![j]! > 1e-12 ? s / l[j]![j]! : 0;
    }
  }
  return l;
}

const columnsOf = (a: EmployerAttributes): number[] => {
  const l = levelsOf(a, model.tariff.sectorLevelOf);
  return WITHIN_SECTOR_TERMS.map((term) => model.tariff.columnOf[term]?.[l[term]] ?? 0).filter((j) => j > 0);
};

describe('relativity to the sector', () => {
  it('has a delta-method variance that matches Monte Carlo draws of the coefficients, normaliser included', () => {
    const t = model.tariff;
    // The sector with most employer-years, as its latest-year mean was computed on the fitted rows.
    const counts = new Map<string, number>();
    for (const y of book.years) counts.set(y.sectorCode, (counts.get(y.sectorCode) ?? 0) + 1);
    const sector = [...counts].reduce((p, q) => (q[1] > p[1] ? q : p))[0];
    const rows = book.years.filter((y) => y.sectorCode === sector && y.workerYears > 0);
    const p = t.covariance.columns.length;
    const used = [...new Set(rows.flatMap(columnsOf))].sort((x, y) => x - y);
    const chol = cholesky(used.map((i) => used.map((j) => t.covariance.matrix[i * p + j]!)));
    const u = rng(5);
    const normal = (): number => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
    const expected = rows.map((y) => aprioriFrequency(t, y) * y.workerYears);
    const rowCols = rows.map(columnsOf);
    // Two employers of the sector at different levels: a large one and a micro one.
    const targets = [rows.find((y) => y.sizeBand === 'BESAR')!, rows.find((y) => y.sizeBand === 'MIKRO')!];
    const draws = 4000;
    const logs = targets.map(() => [] as number[]);
    for (let d = 0; d < draws; d++) {
      const z = used.map(() => normal());
      const delta = new Map(used.map((j, i) => [j, chol[i]!.reduce((s, c, k) => s + c * z[k]!, 0)]));
      let mean = 0;
      rows.forEach((_, r) => {
        mean += expected[r]! * Math.exp(rowCols[r]!.reduce((s, j) => s + delta.get(j)!, 0));
      });
      targets.forEach((a, i) => logs[i]!.push(columnsOf(a).reduce((s, j) => s + delta.get(j)!, 0) - Math.log(mean)));
    }
    targets.forEach((a, i) => {
      const xs = logs[i]!;
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      const mc = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
      const delta = relativeToSectorLogVariance(t, a);
      expect(delta).toBeGreaterThan(0);
      // 4,000 draws estimate a variance to about +-5%.
      expect(delta / mc).toBeGreaterThan(0.85);
      expect(delta / mc).toBeLessThan(1.15);
      // The employer's own levels alone misstate it.
      expect(Math.abs(logRelativityVariance(t, a, WITHIN_SECTOR_TERMS) / mc - 1)).toBeGreaterThan(0.15);
    });
  });

  it('falls back to the own levels for a bundle published without the sector mean gradient', () => {
    const a = book.years[0]!;
    const { sectorMeanGradient: _, ...old } = model.tariff;
    expect(relativeToSectorLogVariance(old, a)).toBe(logRelativityVariance(model.tariff, a, WITHIN_SECTOR_TERMS));
  });
});
