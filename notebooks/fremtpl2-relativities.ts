// Recipe: a claim-frequency GLM (Poisson, log link, offset log exposure) fitted on the
// committed freMTPL2 data with the GLM1 coding, and what an actuary reads off it: the
// relativity of each level against its reference (exp of the coefficient) with a 95%
// interval, and the test-set deviance against the one-rate (homogeneous) model.
//
//   npx tsx notebooks/fremtpl2-relativities.ts [freMTPL2freq.parquet]
import { pathToFileURL } from 'node:url';
import { loadTable } from '../models/data/load.js';
import { fitPoissonGlm, predictPoissonGlm } from '../models/families/poisson/glm.js';
import { fremtpl2Path, fremtpl2SpecPath } from '../models/families/poisson/fremtpl2.js';
import { averagePoissonDeviance, POISSON_DEVIANCE_REPORT_SCALE } from '../models/metrics/deviance.js';
import { buildDesign, designRows, extractResponse, fitPreprocessing, pickRows, splitRows } from '../models/spec/design.js';
import { loadSpec } from '../models/spec/load.js';

/** Two-sided 95% normal quantile. */
const Z_95 = 1.959964;

export interface Relativity {
  readonly term: string;
  /** The design column: a level (`VehBrand=B12`) or a continuous term (per unit). */
  readonly column: string;
  readonly relativity: number;
  readonly lower: number;
  readonly upper: number;
}

export interface FrequencyRecipe {
  readonly learnRows: number;
  readonly testRows: number;
  readonly converged: boolean;
  /** Average Poisson deviance on the test rows, in units of 10^-2 (as the papers report it). */
  readonly testDeviance: { readonly homogeneous: number; readonly glm: number };
  readonly relativities: readonly Relativity[];
}

export async function fremtpl2Relativities(path: string = fremtpl2Path()): Promise<FrequencyRecipe> {
  const spec = await loadSpec(fremtpl2SpecPath('glm1'));
  const table = await loadTable(path, spec);
  const { learn, test } = splitRows(table, spec);
  const design = buildDesign(table, spec, fitPreprocessing(table, spec, { coding: 'reference' }, learn));
  const response = extractResponse(table, spec);
  const counts = (rows: Int32Array) => pickRows(response.target!, rows);
  const exposure = (rows: Int32Array) => pickRows(response.exposure!, rows);
  const glm = fitPoissonGlm(designRows(design, learn), counts(learn), { exposure: exposure(learn) });

  const learnCounts = counts(learn).reduce((a, b) => a + b, 0);
  const learnExposure = exposure(learn).reduce((a, b) => a + b, 0);
  const oneRate = exposure(test).map((e) => (e * learnCounts) / learnExposure);
  const glmPredicted = predictPoissonGlm(glm, designRows(design, test), exposure(test));

  const relativities = glm.terms.flatMap((term) =>
    Array.from({ length: term.width }, (_, k) => {
      const i = term.start + k;
      const beta = glm.coefficients[i]!;
      const se = glm.standardErrors[i]!;
      return {
        term: term.name,
        column: glm.columnNames[i]!,
        relativity: Math.exp(beta),
        lower: Math.exp(beta - Z_95 * se),
        upper: Math.exp(beta + Z_95 * se),
      };
    }),
  );
  return {
    learnRows: learn.length,
    testRows: test.length,
    converged: glm.converged,
    testDeviance: {
      homogeneous: POISSON_DEVIANCE_REPORT_SCALE * averagePoissonDeviance(counts(test), oneRate),
      glm: POISSON_DEVIANCE_REPORT_SCALE * averagePoissonDeviance(counts(test), glmPredicted),
    },
    relativities,
  };
}

export function formatRelativities(recipe: FrequencyRecipe): string {
  const lines = [
    `Poisson GLM on ${recipe.learnRows.toLocaleString('en-US')} learning rows (${recipe.converged ? 'converged' : 'NOT converged'})`,
    `test deviance (10^-2): one rate ${recipe.testDeviance.homogeneous.toFixed(3)}, GLM ${recipe.testDeviance.glm.toFixed(3)} on ${recipe.testRows.toLocaleString('en-US')} rows`,
    '',
    `${'column'.padEnd(22)} ${'relativity'.padStart(10)}  95% interval`,
  ];
  for (const r of recipe.relativities) {
    lines.push(`${r.column.padEnd(22)} ${r.relativity.toFixed(3).padStart(10)}  [${r.lower.toFixed(3)}, ${r.upper.toFixed(3)}]`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatRelativities(await fremtpl2Relativities(process.argv[2])));
}
