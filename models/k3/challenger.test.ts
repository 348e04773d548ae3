// The CANN challenger and the a-priori term tests on a synthetic book whose true risk is
// the statutory group times an employer safety latent: no size, region or compliance effect.
import { describe, expect, it } from 'vitest';
import { scoreCannChallenger } from './challenger.js';
import { fitK3Tariff } from './tariff.js';
import { syntheticBook } from './synthetic-book.js';
import { chiSquareCritical } from './term-selection.js';
import { validateK3 } from './validate.js';

const book = syntheticBook({ employers: 3000, years: 3, seed: 9 }).years;

describe('a-priori term tests', () => {
  it('uses chi-square critical values close to the tables', () => {
    // chi-square 95% quantiles: df 1 3.841, df 2 5.991, df 3 7.815, df 10 18.307.
    expect(chiSquareCritical(1)).toBeCloseTo(3.841, 2);
    expect(chiSquareCritical(2)).toBeCloseTo(5.991, 2);
    expect(chiSquareCritical(3)).toBeCloseTo(7.815, 1);
    expect(chiSquareCritical(10)).toBeCloseTo(18.307, 1);
  });

  it('drops the factors that carry no risk in the data', () => {
    const tariff = fitK3Tariff(book);
    const dropped = tariff.termTests.filter((t) => !t.kept).map((t) => t.term);
    expect(dropped).toEqual(expect.arrayContaining(['region', 'compliance']));
    // A dropped factor rates every level at 1, so it cannot move a price.
    expect(Object.values(tariff.region).every((v) => v === 1)).toBe(true);
  });
});

describe('CANN challenger', () => {
  it('starts at the a-priori GLM: without training it scores exactly as the tariff', async () => {
    const cann = await scoreCannChallenger(book, { seed: 1, epochs: 0 });
    const apriori = validateK3(book).scores.find((s) => s.model === 'apriori')!;
    expect(cann.score.model).toBe('cann');
    expect(cann.score.deviance).toBeGreaterThan(0);
    // validateK3 alternates GLM and credibility; the challenger's skip connection is the plain GLM, so compare loosely.
    expect(Math.abs(cann.score.deviance / apriori.deviance - 1)).toBeLessThan(0.02);
  });

  it('keeps the balance property after a few epochs', async () => {
    const cann = await scoreCannChallenger(book, { seed: 2, epochs: 2, patience: 2 });
    expect(Math.abs(cann.balanceRatio - 1)).toBeLessThan(1e-4);
  });
});
