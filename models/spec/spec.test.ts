// Spec validation and the design matrix: caps, logs, codes, bins with open ends, maps,
// reference levels, one-hot coding, scaling, and re-applying fitted preprocessing.
import { describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../data/table.js';
import { SpecError, binIndex, buildDesign, extractResponse, fitPreprocessing, parseSpec, specToJson, splitRows } from './index.js';

const specJson = {
  name: 'toy',
  target: 'claims',
  exposure: 'years',
  targetCap: 2,
  exposureCap: 1,
  split: { column: 'set', learn: 'L', test: 'T' },
  features: [
    { kind: 'numeric', column: 'area', transform: { codes: { A: 1, B: 2 } } },
    { kind: 'numeric', column: 'age', transform: { bins: { breaks: [null, 30, 50, null], reference: 1 } } },
    { kind: 'numeric', column: 'density', transform: { cap: { upper: 1000 }, log: true } },
    { kind: 'categorical', column: 'power', map: { '10': '9', '11': '9' }, reference: '9' },
    { kind: 'categorical', column: 'brand' },
  ],
};

function toyTable(): ReturnType<typeof makeTable> {
  return makeTable({
    area: encodeCategorical(['A', 'B', 'B', 'A']),
    age: { kind: 'numeric', values: Float64Array.from([18, 30, 49, 90]) },
    density: { kind: 'numeric', values: Float64Array.from([1, Math.E, 5000, 10]) },
    power: { kind: 'numeric', values: Float64Array.from([10, 4, 9, 11]) },
    brand: encodeCategorical(['B2', 'B10', 'B2', 'B1']),
    claims: { kind: 'numeric', values: Float64Array.from([0, 5, 1, 0]) },
    years: { kind: 'numeric', values: Float64Array.from([0.5, 1, 2, 1]) },
    set: encodeCategorical(['L', 'L', 'T', 'L']),
  });
}

describe('parseSpec', () => {
  it('reads null end breaks as infinities and round-trips through JSON', () => {
    const spec = parseSpec(specJson);
    const age = spec.features[1]!;
    expect(age.kind === 'numeric' && age.transform?.bins?.breaks).toEqual([Number.NEGATIVE_INFINITY, 30, 50, Number.POSITIVE_INFINITY]);
    expect(parseSpec(JSON.parse(specToJson(spec)))).toEqual(spec);
  });
  it('names the bad field', () => {
    const bad = { ...specJson, features: [{ kind: 'numeric', column: 'x', transform: { cap: { upper: 'high' } } }] };
    expect(() => parseSpec(bad)).toThrow(SpecError);
    expect(() => parseSpec(bad)).toThrow(/features\[0\]\.transform\.cap\.upper/);
    expect(() => parseSpec({ ...specJson, features: [{ kind: 'numeric', column: 'x', transform: { bins: { breaks: [1, 1] } } }] })).toThrow(
      /increase/,
    );
    expect(() => parseSpec({ ...specJson, features: [{ kind: 'ordinal', column: 'x' }] })).toThrow(/features\[0\]\.kind/);
    expect(() => parseSpec({ ...specJson, extra: 1 })).toThrow(/unknown field/);
    expect(() => parseSpec({ ...specJson, features: [{ kind: 'numeric', column: 'claims' }] })).toThrow(/role/);
  });
});

describe('binIndex', () => {
  it('uses [b_i, b_i+1) and sends extremes to the end intervals', () => {
    const breaks = [18, 21, 26];
    expect([10, 18, 20.9, 21, 25, 26, 99].map((v) => binIndex(v, breaks))).toEqual([0, 0, 0, 1, 1, 1, 1]);
  });
});

describe('buildDesign', () => {
  const spec = parseSpec(specJson);
  it('reference coding: codes, bins, cap + log, maps, named and default references', () => {
    const d = buildDesign(toyTable(), spec);
    // brand default reference: most frequent level B2; levels sort naturally (B1, B2, B10).
    expect(d.columnNames).toEqual(['area', 'age=[-inf,30)', 'age=[50,inf)', 'density', 'power=4', 'brand=B1', 'brand=B10']);
    const row = (r: number): number[] => Array.from(d.x.subarray(r * d.nCols, (r + 1) * d.nCols));
    expect(row(0)).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect(row(1)).toEqual([2, 0, 0, 1, 1, 0, 1]);
    expect(row(2)[3]).toBeCloseTo(Math.log(1000), 14);
    expect(row(3)).toEqual([1, 0, 1, Math.log(10), 0, 1, 0]);
    expect(d.terms.map((t) => [t.name, t.start, t.width])).toEqual([
      ['area', 0, 1],
      ['age', 1, 2],
      ['density', 3, 1],
      ['power', 4, 1],
      ['brand', 5, 2],
    ]);
  });
  it('fits on the learning rows and re-applies to new rows; unseen levels are counted', () => {
    const table = toyTable();
    const { learn, test } = splitRows(table, spec);
    expect(Array.from(learn)).toEqual([0, 1, 3]);
    expect(Array.from(test)).toEqual([2]);
    const fitted = fitPreprocessing(table, spec, { coding: 'one-hot', scaling: 'min-max' }, learn);
    const scoring = makeTable({ ...Object.fromEntries(table.columns), brand: encodeCategorical(['B7', 'B1', 'B2', 'B1']) });
    const d = buildDesign(scoring, spec, fitted);
    expect(d.columnNames).toContain('power=9');
    expect(d.unseenLevels).toEqual({ brand: 1 });
    // area on learning rows spans 1..2 -> min-max maps 1 to -1 and 2 to +1.
    expect(d.x[0]).toBe(-1);
    expect(d.x[d.nCols]).toBe(1);
  });
  it('refuses a text column without codes and a log of zero', () => {
    const bad = parseSpec({ name: 'bad', features: [{ kind: 'numeric', column: 'brand' }] });
    expect(() => buildDesign(toyTable(), bad)).toThrow(/without codes/);
    const logZero = parseSpec({ name: 'z', features: [{ kind: 'numeric', column: 'claims', transform: { log: true } }] });
    expect(() => buildDesign(toyTable(), logZero)).toThrow(/log of 0/);
  });
  it('caps target and exposure in the response', () => {
    const r = extractResponse(toyTable(), spec);
    expect(Array.from(r.target!)).toEqual([0, 2, 1, 0]);
    expect(Array.from(r.exposure!)).toEqual([0.5, 1, 1, 1]);
  });
});
