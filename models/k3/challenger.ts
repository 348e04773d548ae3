// The CANN challenger to the a-priori tariff: the tariff's log expected count is the skip
// connection (output weights start at zero, so training starts at the GLM) and a small
// network on the employer's attributes learns what the multiplicative tariff misses.
// Scored out of time beside the statutory, a-priori and credibility models.
import type { EmployerYear } from '../../features/k3/index.js';
import { encodeCategorical, makeTable } from '../data/index.js';
import type { DataTable } from '../data/index.js';
import { fitCann, predictCann } from '../families/cann/index.js';
import type { CannOptions } from '../families/cann/index.js';
import { averagePoissonDeviance, lorenzGini, orderedLorenzCurve } from '../metrics/index.js';
import { buildDesign, fitPreprocessing } from '../spec/index.js';
import type { FeatureSpec } from '../spec/index.js';
import { complianceBand, regionOf } from './rating-factors.js';
import { fitK3Tariff, aprioriFrequency } from './tariff.js';
import type { ModelScore } from './validate.js';
import { statutoryRate } from './recommend.js';

/** The network sees the raw sector (embedded), size, region, compliance and the continuous signals the tariff leaves out. */
const NETWORK_SPEC: FeatureSpec = {
  name: 'k3-cann',
  features: [
    { kind: 'categorical', column: 'sector' },
    { kind: 'categorical', column: 'size' },
    { kind: 'categorical', column: 'region' },
    { kind: 'categorical', column: 'compliance' },
    { kind: 'numeric', column: 'on_time_share' },
    { kind: 'numeric', column: 'log_wage_ratio' },
    { kind: 'numeric', column: 'log_workers' },
  ],
};

function networkTable(rows: readonly EmployerYear[]): DataTable {
  return makeTable({
    sector: encodeCategorical(rows.map((r) => r.sectorCode)),
    size: encodeCategorical(rows.map((r) => r.sizeBand)),
    region: encodeCategorical(rows.map((r) => regionOf(r.provinceCode))),
    compliance: encodeCategorical(rows.map((r) => complianceBand(r.jkkOnTimeShare))),
    on_time_share: { kind: 'numeric', values: Float64Array.from(rows, (r) => r.jkkOnTimeShare) },
    log_wage_ratio: { kind: 'numeric', values: Float64Array.from(rows, (r) => Math.log(Math.max(r.wageRatioToSector, 0.01))) },
    log_workers: { kind: 'numeric', values: Float64Array.from(rows, (r) => Math.log(Math.max(r.workers, 1))) },
  });
}

export interface CannChallengerResult {
  readonly score: ModelScore;
  readonly epochs: number;
  readonly balanceRatio: number;
}

/** Fits tariff and CANN on the years before `holdoutYear` and scores the held-out year. */
export async function scoreCannChallenger(
  years: readonly EmployerYear[],
  options: CannOptions,
  holdoutYear = 0,
): Promise<CannChallengerResult> {
  const train = years.filter((y) => y.policyYear > holdoutYear && y.workerYears > 0);
  const test = years.filter((y) => y.policyYear === holdoutYear && y.workerYears > 0);
  const tariff = fitK3Tariff(train);
  const eta = (rows: readonly EmployerYear[]): Float64Array =>
    Float64Array.from(rows, (r) => Math.log(aprioriFrequency(tariff, r) * r.workerYears));
  const trainTable = networkTable(train);
  const fitted = fitPreprocessing(trainTable, NETWORK_SPEC, { coding: 'one-hot', scaling: 'min-max' });
  const fit = await fitCann(
    { design: buildDesign(trainTable, NETWORK_SPEC, fitted), glmEta: eta(train), counts: Float64Array.from(train, (r) => r.claimCount) },
    options,
  );
  const pred = predictCann(fit, buildDesign(networkTable(test), NETWORK_SPEC, fitted), eta(test));
  const actual = Float64Array.from(test, (y) => y.claimCount);
  const exposure = Float64Array.from(test, (y) => y.workerYears);
  const statutory = Float64Array.from(test, (y) => y.workerYears * statutoryRate('pp44_2015', y.statutoryGroup));
  const lorenz = orderedLorenzCurve(
    actual,
    exposure,
    pred.map((p, i) => p / exposure[i]!),
  );
  return {
    score: {
      model: 'cann',
      deviance: averagePoissonDeviance(actual, pred),
      gini: lorenzGini(lorenz),
      giniVsStatutory: lorenzGini(
        orderedLorenzCurve(
          actual,
          statutory,
          pred.map((p, i) => p / statutory[i]!),
        ),
      ),
      predicted: pred.reduce((s, v) => s + v, 0),
      lorenz,
    },
    epochs: fit.members.reduce((n, m) => n + m.history.length, 0),
    balanceRatio: fit.balance.ratio,
  };
}
