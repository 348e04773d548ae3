// The group rule an underwriter can defend (issue 17): no zero-claim employer moved two
// groups up without a stated reason, the wage alone never moves the group (unless it sits
// below the sector's norm, then an under-reporting reason), intervals that cover the true
// frequency at their nominal rate, and group changes that agree between two books.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  GROUP_REASONS,
  INTERVAL_LEVEL,
  MAX_INTERVAL_BETWEEN_VARIANCE,
  MOVE_CONFIDENCE,
  buildK3RatingModel,
  intervalBetweenVariance,
  byEmployer,
  claimsByEmployer,
  rateEmployer,
  ratingInputOf,
  syntheticBook,
} from './index.js';
import type { EmployerRatingInput, K3RatingModel } from './index.js';
import type { SyntheticBook } from './synthetic-book.js';

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const step = (from: string, to: string): number => ROMAN.indexOf(to) - ROMAN.indexOf(from);

let book: SyntheticBook;
let model: K3RatingModel;

beforeAll(() => {
  book = syntheticBook({ employers: 5000, years: 4, seed: 31 });
  model = buildK3RatingModel(book.years, '2026-06-30', book.claims);
});

/** The model with a size band's relativity forced to `value` at a certain estimate: a red-team tariff that says that band is far riskier. */
function withSize(band: string, value: number): K3RatingModel {
  const t = model.tariff;
  const j = t.columnOf.size[band] ?? 0;
  const p = t.covariance.columns.length;
  // Zero variance on that column: the rule can only hold the group back for a reason other than the tariff's error.
  const matrix = t.covariance.matrix.map((v, k) => (j > 0 && (Math.floor(k / p) === j || k % p === j) ? 0 : v));
  return { ...model, tariff: { ...t, size: { ...t.size, [band]: value }, covariance: { ...t.covariance, matrix } } };
}
const withMikro = (value: number): K3RatingModel => withSize('MIKRO', value);

/** A large group-III employer with four years of experience, experience rated. */
function experienced(): EmployerRatingInput {
  const history = [...byEmployer(book.years).values()].find((h) => h[0]!.sizeBand === 'BESAR' && h[0]!.statutoryGroup === 3)!;
  return ratingInputOf(history, claimsByEmployer(book.claims).get(history[0]!.employerId) ?? []);
}

const quote = (wage: number, over: Partial<EmployerRatingInput['attributes']> = {}): EmployerRatingInput => ({
  attributes: { sectorCode: 'C', statutoryGroup: 3, provinceCode: '31', sizeBand: 'MIKRO', jkkOnTimeShare: 1, ...over },
  workerYears: 3,
  wageBill: 3 * 12 * wage,
  history: [],
});

describe('zero-claim employers', () => {
  it('are never moved two groups up, and every move or hold states its reason', () => {
    let checked = 0;
    for (const history of byEmployer(book.years).values()) {
      const r = rateEmployer(model, ratingInputOf(history));
      if (r.historyObserved > 0) continue;
      checked++;
      for (const rec of r.recommendations) {
        expect(step(rec.statutoryGroup, rec.recommendedGroup)).toBeLessThanOrEqual(1);
        expect(Object.keys(GROUP_REASONS)).toContain(rec.reason);
        if (rec.recommendedGroup !== rec.statutoryGroup) {
          expect(rec.reason).toBe('MOVED');
          expect(rec.moveProbability).toBeGreaterThanOrEqual(MOVE_CONFIDENCE);
          expect(r.worksheet.eligible).toBe(true);
        }
        if (step(rec.statutoryGroup, rec.indicatedGroup) >= 2) expect(rec.reason).toBe('MOVE_TOO_LARGE');
        expect(rec.sentenceEn).toContain(rec.recommendedGroup);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('holds a tiny shop the tariff would send two groups up at its statutory group, with MOVE_TOO_LARGE (red team: the 3-worker Papua shop)', () => {
    const r = rateEmployer(withMikro(4), quote(4_200_000, { provinceCode: '94' }));
    const rec = r.recommendations[0]!;
    expect(step(rec.statutoryGroup, rec.indicatedGroup)).toBeGreaterThanOrEqual(2);
    expect([rec.recommendedGroup, rec.reason]).toEqual(['III', 'MOVE_TOO_LARGE']);
    expect(rec.sentenceId).toMatch(/dua kelompok atau lebih/);
    expect(rec.sentenceEn).toMatch(/two groups or more/);
  });

  it('moves a group only on an experience-rated record with strong enough evidence, never on class factors alone', () => {
    let moved = 0;
    for (const history of byEmployer(book.years).values()) {
      const r = rateEmployer(model, ratingInputOf(history, claimsByEmployer(book.claims).get(history[0]!.employerId) ?? []));
      for (const rec of r.recommendations) {
        if (rec.reason !== 'MOVED') {
          expect(rec.recommendedGroup).toBe(rec.statutoryGroup);
          continue;
        }
        moved++;
        expect(r.worksheet.eligible).toBe(true);
        expect(rec.moveProbability).toBeGreaterThanOrEqual(MOVE_CONFIDENCE);
        expect(Math.abs(step(rec.statutoryGroup, rec.recommendedGroup))).toBe(1);
      }
    }
    expect(moved).toBeGreaterThan(0);
    // A quote (no record) the class factors put a group up is held, and says why.
    const q = rateEmployer(withMikro(1.35), quote(4_200_000)).recommendations[0]!;
    expect([q.indicatedGroup, q.recommendedGroup, q.reason]).toEqual(['IV', 'III', 'NO_OWN_EXPERIENCE']);
    expect(q.sentenceEn).toMatch(/Not enough claim experience of its own/);
  });
});

describe('wage', () => {
  it('does not move the group or the risk rate of otherwise identical employers', () => {
    for (const over of [{}, { sectorCode: 'F', statutoryGroup: 5 }, { sectorCode: 'K', statutoryGroup: 1, sizeBand: 'BESAR' }]) {
      const rates = [0.85, 1, 2, 10].map((f) => rateEmployer(model, quote(4_200_000 * f, over)));
      for (const r of rates) {
        expect(r.recommendations.map((x) => [x.recommendedGroup, x.riskRate])).toEqual(
          rates[0]!.recommendations.map((x) => [x.recommendedGroup, x.riskRate]),
        );
        expect(r.underReporting.wageBelowSectorNorm).toBe(false);
      }
    }
    // An experience-rated employer the tariff puts a group up: the same recommendation at every wage within the norm.
    const e = experienced();
    const wage = e.wageBill / e.workerYears / 12;
    const recs = [1, 3, 30].map((f) => rateEmployer(withSize('BESAR', 1.35), { ...e, wageBill: e.wageBill * f }).recommendations[0]!);
    expect(recs[0]!.indicatedGroup).not.toBe('III');
    for (const r of recs)
      expect([r.recommendedGroup, r.reason, r.riskRate]).toEqual([recs[0]!.recommendedGroup, recs[0]!.reason, recs[0]!.riskRate]);
    expect(wage).toBeGreaterThan(0);
  });

  it('holds the statutory group with an under-reporting reason when the wage is below the sector norm', () => {
    const e = experienced();
    const low = rateEmployer(withSize('BESAR', 1.35), { ...e, wageBill: e.wageBill * 0.5 });
    const rec = low.recommendations[0]!;
    expect(low.underReporting.wageBelowSectorNorm).toBe(true);
    expect(rec.indicatedGroup).not.toBe('III');
    expect([rec.recommendedGroup, rec.reason]).toEqual(['III', 'WAGE_OUTSIDE_SECTOR_NORM']);
    const wage = low.premiumFactors.find((f) => f.factor === 'wage')!;
    expect(wage.sentenceEn).toMatch(/under-reported/);
    expect(wage.sentenceId).toMatch(/dilaporkan lebih rendah/);
  });
});

describe('explanations', () => {
  it('names the sector and its statutory group in roman numerals, never "Sektor I (kelompok risiko 2)"', () => {
    const r = rateEmployer(model, quote(4_200_000, { sectorCode: 'I', statutoryGroup: 2 }));
    const sector = r.factors[0]!;
    expect(sector.sentenceId).toMatch(/^Sektor KBLI I \(Penyediaan Akomodasi dan Makan Minum\), kelompok risiko JKK II /);
    expect(sector.sentenceEn).toMatch(/^KBLI section I \(Accommodation and food service activities\), JKK risk group II /);
    expect(sector.sentenceId).not.toMatch(/kelompok risiko 2/);
    expect(sector.interval).toBeDefined();
    for (const f of [...r.factors.slice(0, 4), r.premiumFactors[1]!]) {
      // A factor its test dropped has no estimate, hence no interval: it says so instead.
      if (!f.interval) {
        expect(f.sentenceEn).toMatch(/failed its likelihood-ratio test/);
        continue;
      }
      expect(f.interval.lower).toBeLessThanOrEqual(f.value);
      expect(f.interval.upper).toBeGreaterThanOrEqual(f.value);
    }
    expect(r.factors.slice(0, 4).every((f) => typeof f.cases === 'number')).toBe(true);
    expect(r.premiumFactors.map((f) => f.factor)).toEqual([
      'statutory_rate',
      'relative_to_sector',
      'experience',
      'severity',
      'wage',
      'loading',
    ]);
    expect(r.premiumFactors[5]!.sentenceEn).toMatch(/Nearest group boundary (I|II|III|IV)\/(II|III|IV|V): [\d.]+% (below|above) it/);
  });
});

describe('intervals', () => {
  it('cover the true expected frequency at about their nominal rate on generated data', () => {
    const b = syntheticBook({ employers: 8000, years: 4, seed: 3 });
    const train = b.years.filter((y) => y.policyYear >= 1);
    const claims = b.claims.filter((c) => c.policyYear >= 1);
    const m = buildK3RatingModel(train, '2025-06-30', claims);
    const listed = claimsByEmployer(claims);
    let inside = 0;
    let n = 0;
    for (const history of byEmployer(train).values()) {
      const r = rateEmployer(m, ratingInputOf(history, listed.get(history[0]!.employerId) ?? []));
      const truth = b.trueFrequency.get(history[0]!.employerId)!;
      n++;
      if (truth >= r.frequencyInterval.lower && truth <= r.frequencyInterval.upper) inside++;
      expect(r.frequencyInterval.level).toBe(INTERVAL_LEVEL);
    }
    const coverage = inside / n;
    console.log(`K3 frequency interval coverage: ${(coverage * 100).toFixed(1)}% of ${n} employers at nominal ${INTERVAL_LEVEL * 100}%`);
    expect(coverage).toBeGreaterThan(0.93);
    expect(coverage).toBeLessThan(0.985);
  });
});

describe('interval variance', () => {
  it('is the upper end of the credibility variance interval, capped at 1, never below the point estimate', () => {
    const c = model.credibility;
    expect(intervalBetweenVariance({ ...c, betweenVariance: 0.28, betweenVarianceInterval: [0.16, 0.41] })).toBe(0.41);
    expect(intervalBetweenVariance({ ...c, betweenVariance: 0.28, betweenVarianceInterval: [0.1, Math.exp(4)] })).toBe(
      MAX_INTERVAL_BETWEEN_VARIANCE,
    );
    expect(intervalBetweenVariance({ ...c, betweenVariance: 1.5, betweenVarianceInterval: [1.2, 3] })).toBe(1.5);
    // The rated frequency's interval widens with it; the mod (point estimate) does not move.
    const input = experienced();
    const narrow = rateEmployer({ ...model, credibility: { ...c, betweenVarianceInterval: [0, c.betweenVariance] } }, input);
    const wide = rateEmployer({ ...model, credibility: { ...c, betweenVarianceInterval: [0, c.betweenVariance * 2] } }, input);
    expect(wide.experienceMod).toBe(narrow.experienceMod);
    expect(wide.frequencyInterval.upper / wide.frequencyInterval.lower).toBeGreaterThan(
      narrow.frequencyInterval.upper / narrow.frequencyInterval.lower,
    );
  });
});

describe('stability between books', () => {
  it('recommends the same group for the same employer under models fitted on two different books', () => {
    const other = buildK3RatingModel(syntheticBook({ employers: 5000, years: 4, seed: 32 }).years, '2026-06-30');
    let same = 0;
    let n = 0;
    let changedA = 0;
    for (const history of byEmployer(book.years).values()) {
      const input = ratingInputOf(history);
      const a = rateEmployer(model, input).recommendations[0]!;
      const b = rateEmployer(other, input).recommendations[0]!;
      n++;
      if (a.recommendedGroup === b.recommendedGroup) same++;
      if (a.recommendedGroup !== a.statutoryGroup) changedA++;
    }
    console.log(`K3 group agreement between two books: ${((100 * same) / n).toFixed(1)}% of ${n}; ${changedA} changed under the first`);
    expect(same / n).toBeGreaterThan(0.97);
  });
});
