// Out-of-time portfolio validation of the K3 rating: fit on the earlier policy years, score
// the latest one, and compare the statutory tariff, the a-priori GLM and the credibility-
// rated model on Poisson deviance, ordered Lorenz/Gini, A/E by segment and double lift.
import type { EmployerYear, K3Claim } from '../../features/k3/index.js';
import { actualExpectedBySegment, averagePoissonDeviance, lorenzGini, orderedLorenzCurve } from '../metrics/index.js';
import type { LorenzPoint, SegmentActualExpected } from '../metrics/index.js';
import { regionOf } from './rating-factors.js';
import { buildK3RatingModel, byEmployer, claimsByEmployer, rateEmployer } from './rating.js';
import type { K3RatingModel } from './rating.js';
import { statutoryRate } from './recommend.js';
import { aprioriFrequency } from './tariff.js';

/** Double-lift buckets (deciles, as in the CAS practice note on GLMs for insurance rating). */
export const DOUBLE_LIFT_BUCKETS = 10;

export interface ModelScore {
  readonly model: 'statutory' | 'apriori' | 'credibility' | 'cann';
  /** Average Poisson deviance per employer-year on the held-out year. */
  readonly deviance: number;
  /** Gini of the ordered Lorenz curve: rows by predicted frequency, exposure as premium. */
  readonly gini: number;
  /** Gini against the statutory tariff: premium = statutory expected, relativity = model / statutory. */
  readonly giniVsStatutory: number;
  readonly predicted: number;
  readonly lorenz: readonly LorenzPoint[];
}

export interface DoubleLiftBucket {
  readonly bucket: number;
  readonly actual: number;
  readonly statutory: number;
  readonly credibility: number;
}

export interface K3Validation {
  readonly holdoutYear: number;
  readonly trainRows: number;
  readonly testRows: number;
  readonly testClaims: number;
  readonly model: K3RatingModel;
  readonly scores: readonly ModelScore[];
  readonly actualExpected: {
    readonly sector: SegmentActualExpected[];
    readonly size: SegmentActualExpected[];
    readonly region: SegmentActualExpected[];
  };
  readonly doubleLift: readonly DoubleLiftBucket[];
  /** Experience mod per employer rated on the held-out year, for comparison with ground truth. */
  readonly mods: ReadonlyMap<string, number>;
  readonly credibilities: ReadonlyMap<string, number>;
  /** Held-out rows: observed and expected counts per model (for paired comparisons). */
  readonly predictions: {
    readonly employerId: readonly string[];
    readonly actual: Float64Array;
    readonly statutory: Float64Array;
    readonly apriori: Float64Array;
    readonly credibility: Float64Array;
  };
}

function doubleLift(actual: Float64Array, statutory: Float64Array, credibility: Float64Array): DoubleLiftBucket[] {
  const n = actual.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => credibility[a]! / statutory[a]! - credibility[b]! / statutory[b]! || a - b,
  );
  // Buckets of equal statutory expected count, so each holds a comparable share of the book.
  const total = statutory.reduce((s, v) => s + v, 0);
  const out = Array.from({ length: DOUBLE_LIFT_BUCKETS }, (_, b) => ({ bucket: b + 1, actual: 0, statutory: 0, credibility: 0 }));
  let cum = 0;
  for (const i of order) {
    const b = Math.min(DOUBLE_LIFT_BUCKETS - 1, Math.floor((cum / total) * DOUBLE_LIFT_BUCKETS));
    cum += statutory[i]!;
    const o = out[b]!;
    o.actual += actual[i]!;
    o.statutory += statutory[i]!;
    o.credibility += credibility[i]!;
  }
  return out;
}

/** Holds out policy year `holdoutYear` (default the latest, 0); everything is fitted on later-numbered (earlier) years. */
export function validateK3(years: readonly EmployerYear[], holdoutYear = 0, claims: readonly K3Claim[] = []): K3Validation {
  const train = years.filter((y) => y.policyYear > holdoutYear);
  const test = years.filter((y) => y.policyYear === holdoutYear && y.workerYears > 0);
  if (train.length === 0 || test.length === 0) throw new Error('validation needs earlier policy years to fit and a held-out year to score');
  const trainClaimList = claims.filter((c) => c.policyYear > holdoutYear);
  const model = buildK3RatingModel(train, test[0]!.pyStart, trainClaimList);
  const histories = byEmployer(train);
  const listed = claimsByEmployer(trainClaimList);
  const actual = Float64Array.from(test, (y) => y.claimCount);
  // A small book can have a held-out year without a case: no ranking or deviance to judge.
  if (actual.every((c) => c === 0))
    throw new Error(`validation: the held-out policy year has no KK/PAK case in ${test.length} employer-years; a larger book is needed`);
  const exposure = Float64Array.from(test, (y) => y.workerYears);
  // Statutory: frequency proportional to the group's rate, scaled to balance on the training years.
  let trainClaims = 0;
  let trainRated = 0;
  for (const y of train) {
    trainClaims += y.claimCount;
    trainRated += y.workerYears * statutoryRate('pp44_2015', y.statutoryGroup);
  }
  const scale = trainClaims / trainRated;
  const statutory = Float64Array.from(test, (y) => y.workerYears * statutoryRate('pp44_2015', y.statutoryGroup) * scale);
  const apriori = Float64Array.from(test, (y) => aprioriFrequency(model.tariff, y) * y.workerYears);
  const mods = new Map<string, number>();
  const credibilities = new Map<string, number>();
  const credibility = Float64Array.from(test, (y, i) => {
    const r = rateEmployer(model, {
      attributes: y,
      workerYears: y.workerYears,
      wageBill: y.wageBill,
      history: histories.get(y.employerId) ?? [],
      claims: listed.get(y.employerId) ?? [],
    });
    mods.set(y.employerId, r.experienceMod);
    credibilities.set(y.employerId, r.credibility);
    return apriori[i]! * r.experienceMod;
  });
  const score = (name: ModelScore['model'], pred: Float64Array): ModelScore => {
    const freq = pred.map((p, i) => p / exposure[i]!);
    const lorenz = orderedLorenzCurve(actual, exposure, freq);
    const vsStat = orderedLorenzCurve(
      actual,
      statutory,
      pred.map((p, i) => p / statutory[i]!),
    );
    return {
      model: name,
      deviance: averagePoissonDeviance(actual, pred),
      gini: lorenzGini(lorenz),
      giniVsStatutory: lorenzGini(vsStat),
      predicted: pred.reduce((s, v) => s + v, 0),
      lorenz,
    };
  };
  return {
    holdoutYear,
    trainRows: train.length,
    testRows: test.length,
    testClaims: actual.reduce((s, v) => s + v, 0),
    model,
    scores: [score('statutory', statutory), score('apriori', apriori), score('credibility', credibility)],
    actualExpected: {
      sector: actualExpectedBySegment(
        test.map((y) => y.sectorCode),
        actual,
        credibility,
        exposure,
      ),
      size: actualExpectedBySegment(
        test.map((y) => y.sizeBand),
        actual,
        credibility,
        exposure,
      ),
      region: actualExpectedBySegment(
        test.map((y) => regionOf(y.provinceCode)),
        actual,
        credibility,
        exposure,
      ),
    },
    doubleLift: doubleLift(actual, statutory, credibility),
    mods,
    credibilities,
    predictions: { employerId: test.map((y) => y.employerId), actual, statutory, apriori, credibility },
  };
}

/** Pearson and Spearman correlation of log experience mod with a known safety latent (synthetic data only). */
export interface LatentAgreement {
  readonly minCredibility: number;
  readonly employers: number;
  readonly pearson: number;
  readonly spearman: number;
}

function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    ab += (a[i]! - ma) * (b[i]! - mb);
    aa += (a[i]! - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

function ranks(a: readonly number[]): number[] {
  const order = a.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const r = new Array<number>(a.length);
  order.forEach(([, i], k) => {
    r[i] = k;
  });
  return r;
}

/** Agreement of the experience mod with the true latent, over employers with at least `minCredibility`. */
export function latentAgreement(v: K3Validation, latent: ReadonlyMap<string, number>, minCredibility = 0): LatentAgreement {
  const mods: number[] = [];
  const truth: number[] = [];
  for (const [id, mod] of v.mods) {
    const l = latent.get(id);
    if (l === undefined || (v.credibilities.get(id) ?? 0) < minCredibility) continue;
    mods.push(Math.log(mod));
    truth.push(l);
  }
  return { minCredibility, employers: mods.length, pearson: pearson(mods, truth), spearman: pearson(ranks(mods), ranks(truth)) };
}
