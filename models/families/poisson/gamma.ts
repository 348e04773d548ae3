// Optional severity model: Gamma GLM with log link, fitted by the same IRLS, so pure
// premium = frequency (Poisson GLM) x severity (this model).
import type { DesignMatrix } from '../../spec/design-types.js';
import { fitLogLinkGlm, linearPredictorOf } from './irls.js';
import type { IrlsOptions, LogLinkFamily } from './irls.js';
import { packGlm } from './glm.js';
import type { LogLinkGlm } from './glm.js';

export const GAMMA_FAMILY: LogLinkFamily = Object.freeze({
  name: 'gamma' as const,
  // (dmu/deta)^2 / V(mu) = mu^2 / mu^2: under the log link every row weighs the same.
  workingWeight: () => 1,
  unitDeviance: (y: number, mu: number) => 2 * (-Math.log(y / mu) + (y - mu) / mu),
});

export type GammaGlm = LogLinkGlm & { readonly family: 'gamma' };

/**
 * Fit claim severities `amounts` (> 0), weighted by `weights` (e.g. claim counts when each
 * row is an average severity). Dispersion is Pearson's estimate, as in R's summary.glm.
 */
export function fitGammaGlm(design: DesignMatrix, amounts: Float64Array, options: Omit<IrlsOptions, 'offset'> = {}): GammaGlm {
  for (let i = 0; i < amounts.length; i++)
    if (!(amounts[i]! > 0)) throw new Error(`Gamma severities must be > 0 (row ${i} has ${amounts[i]})`);
  const fit = fitLogLinkGlm(design, amounts, GAMMA_FAMILY, options);
  if (!fit.converged) throw new Error(`Gamma GLM did not converge in ${fit.iterations} iterations`);
  const eta = linearPredictorOf(design, fit.beta);
  let pearson = 0;
  let sumW = 0;
  for (let i = 0; i < amounts.length; i++) {
    const mu = Math.exp(eta[i]!);
    const w = options.weights ? options.weights[i]! : 1;
    pearson += (w * (amounts[i]! - mu) ** 2) / (mu * mu);
    sumW++;
  }
  const dispersion = pearson / Math.max(sumW - (design.nCols + 1), 1);
  return packGlm('gamma', design, fit, dispersion) as GammaGlm;
}
