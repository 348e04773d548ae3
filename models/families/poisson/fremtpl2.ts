// The freMTPL2 benchmark data (DOMAIN.md section 7) prepared for the GLM and the CANN:
// one load, the papers' learning/test split, and GLM1 fitted on the learning rows. Shared
// by the GLM reproduction test and the benchmark so both measure exactly the same thing.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTable } from '../../data/load.js';
import type { DataTable } from '../../data/table.js';
import { buildDesign, designRows, extractResponse, fitPreprocessing, pickRows, splitRows } from '../../spec/design.js';
import type { DesignMatrix } from '../../spec/design-types.js';
import { loadSpec } from '../../spec/load.js';
import type { FeatureSpec } from '../../spec/types.js';
import { fitPoissonGlm } from './glm.js';
import type { PoissonGlm } from './glm.js';

/** Published benchmark figures, average Poisson deviance in units of 10^-2 (DOMAIN.md section 7, data/README.md). */
export const FREMTPL2_PUBLISHED = Object.freeze({
  homogeneous: { inSample: 32.93518, outOfSample: 33.86149 },
  glm1: { inSample: 31.26738, outOfSample: 32.17123 },
  cann1: { outOfSample: 31.50136 },
  networkEmbeddings: { outOfSample: 31.45327 },
  bestPublished: { outOfSample: 31.29794 },
});

/** Rows in the papers' learning and test sets. */
export const FREMTPL2_LEARN_ROWS = 610_212;
export const FREMTPL2_TEST_ROWS = 67_801;

const here = fileURLToPath(new URL('.', import.meta.url));

/** The data file: FREMTPL2_PATH, else the committed copy in data-samples/benchmarks. */
export function fremtpl2Path(): string {
  return process.env['FREMTPL2_PATH'] ?? resolve(repositoryRoot(), 'data-samples/benchmarks/freMTPL2freq.parquet');
}

/** `here` is models/families/poisson (tsx, vitest) or dist/models/families/poisson (built bench). */
function repositoryRoot(): string {
  const source = here.includes('/dist/') ? here.replace('/dist/', '/') : here;
  return resolve(source, '../../..');
}

/** The committed spec files (source tree; the build copies nothing, so resolve from the .ts location too). */
export function fremtpl2SpecPath(which: 'glm1' | 'cann'): string {
  const file = which === 'glm1' ? 'poisson/fremtpl2-glm1.spec.json' : 'cann/fremtpl2-cann.spec.json';
  // `here` is models/families/poisson (tsx, vitest) or dist/models/families/poisson (built bench).
  const root = here.includes('/dist/') ? here.replace('/dist/', '/') : here;
  return resolve(root, '..', file);
}

/** One side of the split: design, claim counts (capped) and exposure (capped). */
export interface Fremtpl2Part {
  readonly design: DesignMatrix;
  readonly counts: Float64Array;
  readonly exposure: Float64Array;
}

export interface Fremtpl2Glm1 {
  readonly spec: FeatureSpec;
  readonly table: DataTable;
  readonly learnRows: Int32Array;
  readonly testRows: Int32Array;
  readonly learn: Fremtpl2Part;
  readonly test: Fremtpl2Part;
  readonly glm: PoissonGlm;
  readonly timings: { readonly loadMs: number; readonly designMs: number; readonly fitMs: number };
}

/** Load freMTPL2 with the GLM1 spec and fit GLM1 on the learning rows. */
export async function fitFremtpl2Glm1(): Promise<Fremtpl2Glm1> {
  const t0 = performance.now();
  const spec = await loadSpec(fremtpl2SpecPath('glm1'));
  const cannSpec = await loadSpec(fremtpl2SpecPath('cann'));
  // Load the union of both specs' columns once (the CANN reuses this table); a column
  // numeric in either spec (VehPower: categorical in GLM1, continuous in the CANN) loads as a number.
  const table = await loadTable(fremtpl2Path(), { ...spec, features: [...spec.features, ...cannSpec.features] });
  const t1 = performance.now();
  const { learn: learnRows, test: testRows } = splitRows(table, spec);
  const design = buildDesign(table, spec, fitPreprocessing(table, spec, { coding: 'reference' }, learnRows));
  const response = extractResponse(table, spec);
  const part = (rows: Int32Array): Fremtpl2Part => ({
    design: designRows(design, rows),
    counts: pickRows(response.target!, rows),
    exposure: pickRows(response.exposure!, rows),
  });
  const learn = part(learnRows);
  const test = part(testRows);
  const t2 = performance.now();
  const glm = fitPoissonGlm(learn.design, learn.counts, { exposure: learn.exposure });
  const t3 = performance.now();
  return { spec, table, learnRows, testRows, learn, test, glm, timings: { loadMs: t1 - t0, designMs: t2 - t1, fitMs: t3 - t2 } };
}
