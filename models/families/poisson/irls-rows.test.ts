// IRLS fitted on some rows of a sparse design reads those rows where they are (no copy):
// the fit must be the one on a copy of the rows, to the bit, whatever the order of `rows`.
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../../data/table.js';
import { fitPreprocessing } from '../../spec/design.js';
import { parseSpec } from '../../spec/load.js';
import { createRng } from '../../tf/seed.js';
import { POISSON_FAMILY, logExposure } from './glm.js';
import { fitLogLinkGlm } from './irls.js';
import { buildSparseDesign, sparseRows } from './sparse-design.js';

describe('IRLS on rows of a sparse design', () => {
  const n = 3000;
  const rng = createRng(7);
  const regions = ['R11', 'R24', 'R93', 'R52'];
  const region = Array.from({ length: n }, () => regions[Math.floor(rng() * regions.length)]!);
  const age = Float64Array.from({ length: n }, () => 18 + Math.floor(rng() * 60));
  const years = Float64Array.from({ length: n }, () => 0.1 + 0.9 * rng());
  const claims = Float64Array.from({ length: n }, (_, i) => (rng() < 0.1 * years[i]! * (region[i] === 'R93' ? 2 : 1) ? 1 : 0));
  const table = makeTable({
    region: encodeCategorical(region),
    age: { kind: 'numeric', values: age },
    claims: { kind: 'numeric', values: claims },
    years: { kind: 'numeric', values: years },
  });
  const spec = parseSpec({
    name: 'rows',
    target: 'claims',
    exposure: 'years',
    features: [
      { kind: 'categorical', column: 'region', reference: 'R24' },
      { kind: 'numeric', column: 'age', transform: { log: true } },
    ],
  });

  it('gives the fit of the copied rows, bit for bit', () => {
    // every third row left out, the rest in a scrambled order with one row twice
    const rows = Int32Array.from(
      Array.from({ length: n }, (_, i) => (i * 7919) % n)
        .filter((r) => r % 3 !== 0)
        .concat([5]),
    );
    const design = buildSparseDesign(table, fitPreprocessing(table, spec, { coding: 'reference' }, rows));
    const y = Float64Array.from(rows, (r) => claims[r]!);
    const offset = logExposure(Float64Array.from(rows, (r) => years[r]!));
    const inPlace = fitLogLinkGlm(design, y, POISSON_FAMILY, { offset, rows });
    const copied = fitLogLinkGlm(sparseRows(design, rows), y, POISSON_FAMILY, { offset });
    expect(inPlace.converged).toBe(true);
    expect(inPlace.iterations).toBe(copied.iterations);
    expect(Array.from(inPlace.beta)).toEqual(Array.from(copied.beta));
    expect(inPlace.deviance).toBe(copied.deviance);
    expect(Array.from(inPlace.unscaledCovariance)).toEqual(Array.from(copied.unscaledCovariance));
  });
});
