// An honest spec: every family-dependent field is applied by a family or refused with a
// named error; the scorecard applies caps, logs, bins, codes, missing fills, special values,
// maps and weights; a misspelt column is named as such; the published JSON Schema is the
// one parseSpec validates with, and every committed spec passes it.
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCategorical, makeTable } from '../data/table.js';
import { selectScorecard } from '../families/scorecard/selection.js';
import { createRng } from '../tf/seed.js';
import { SPEC_FIELD_SUPPORT, SpecFieldNotApplicableError, refuseInapplicableFields, specFieldsUsed } from './applicability.js';
import type { SpecFamily, SpecFieldKind } from './applicability.js';
import { MissingColumnError, requireSpecColumns } from './columns.js';
import { buildDesign, designRowProblems, fitPreprocessing } from './design.js';
import { SpecError, loadSpec, parseSpec } from './load.js';
import { featureSpecJsonSchema } from './schema.js';
import type { FeatureSpec } from './types.js';

const FAMILIES = Object.keys(SPEC_FIELD_SUPPORT) as SpecFamily[];

/** A spec that uses exactly one family-dependent field. */
function specUsing(kind: SpecFieldKind): FeatureSpec {
  const num = (extra: object): FeatureSpec => ({ name: kind, target: 'y', features: [{ kind: 'numeric', column: 'x', ...extra }] });
  switch (kind) {
    case 'monotone':
      return num({ monotone: 1 });
    case 'special':
      return num({ special: [999] });
    case 'cap':
      return num({ transform: { cap: { upper: 10 } } });
    case 'log':
      return num({ transform: { log: true } });
    case 'bins':
      return num({ transform: { bins: { breaks: [Number.NEGATIVE_INFINITY, 3, Number.POSITIVE_INFINITY] } } });
    case 'bins.reference':
      return num({ transform: { bins: { breaks: [Number.NEGATIVE_INFINITY, 3, Number.POSITIVE_INFINITY], reference: 0 } } });
    case 'codes':
      return num({ transform: { codes: { A: 1 } } });
    case 'missing':
      return num({ transform: { missing: 0 } });
    case 'reference':
      return { name: kind, target: 'y', features: [{ kind: 'categorical', column: 'c', reference: 'A' }] };
    case 'map':
      return { name: kind, target: 'y', features: [{ kind: 'categorical', column: 'c', map: { B: 'A' } }] };
    case 'weight':
      return { ...num({}), weight: 'w' };
    case 'exposure':
      return { ...num({}), exposure: 'e' };
    case 'exposureCap':
      return { ...num({}), exposureCap: 1 };
    case 'targetCap':
      return { ...num({}), targetCap: 4 };
  }
}

describe('spec fields by family', () => {
  const kinds = Object.keys(SPEC_FIELD_SUPPORT.scorecard) as SpecFieldKind[];
  it('each field is decided for every family: applied, or refused with a reason', () => {
    for (const family of FAMILIES) {
      expect(Object.keys(SPEC_FIELD_SUPPORT[family]).sort()).toEqual([...kinds].sort());
      for (const kind of kinds) {
        const support = SPEC_FIELD_SUPPORT[family][kind];
        expect(support === true || (typeof support === 'string' && support.length > 20), `${family} ${kind}`).toBe(true);
      }
    }
  });

  it('a field a family cannot apply is refused naming the field, the family and why; the others pass', () => {
    for (const family of FAMILIES) {
      for (const kind of kinds) {
        const spec = specUsing(kind);
        // Only bins.reference comes with another field (the bins it refers to).
        expect(specFieldsUsed(spec).map((u) => u.kind)).toEqual(kind === 'bins.reference' ? ['bins', kind] : [kind]);
        const support = SPEC_FIELD_SUPPORT[family][kind];
        if (support === true) {
          if (kind !== 'bins.reference' || SPEC_FIELD_SUPPORT[family].bins === true)
            expect(() => refuseInapplicableFields(spec, family)).not.toThrow();
          continue;
        }
        const err = (() => {
          try {
            refuseInapplicableFields(spec, family);
          } catch (e) {
            return e;
          }
          return null;
        })();
        expect(err, `${family} ${kind}`).toBeInstanceOf(SpecFieldNotApplicableError);
        expect((err as SpecFieldNotApplicableError).field).toBe(specFieldsUsed(spec).find((u) => u.kind === kind)?.path);
        expect((err as Error).message).toContain(`by the ${family} family`);
      }
    }
  });
});

describe('the scorecard applies the transforms', () => {
  const rng = createRng(4);
  const n = 4000;
  const x = Float64Array.from({ length: n }, () => (rng() < 0.05 ? 999 : rng() < 0.1 ? Number.NaN : 1 + Math.floor(rng() * 50)));
  const grade = Array.from({ length: n }, () => (rng() < 0.1 ? null : ['A', 'B', 'C'][Math.floor(rng() * 3)]!));
  const y = Float64Array.from(x, (v, i) => {
    const risk = v === 999 ? 0.4 : Number.isNaN(v) ? 0.2 : 0.02 + 0.004 * v;
    return rng() < risk + (grade[i] === 'C' ? 0.05 : 0) ? 1 : 0;
  });
  const w = Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 2 : 1));
  const table = makeTable({
    x: { kind: 'numeric', values: x },
    grade: encodeCategorical(grade),
    y: { kind: 'numeric', values: y },
    w: { kind: 'numeric', values: w },
  });
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  const fitOne = (spec: FeatureSpec) =>
    selectScorecard(spec, table, rows, {}, { minInformationValue: 0, reversedSigns: 'flag' }).fit.card.characteristics[0]!.binning;

  it('manual bins are the ranges, special values get bins, cap and log move the cuts, a missing fill empties the missing bin', () => {
    const manual = fitOne({
      name: 'm',
      target: 'y',
      features: [
        {
          kind: 'numeric',
          column: 'x',
          special: [999],
          transform: { bins: { breaks: [Number.NEGATIVE_INFINITY, 10, 30, Number.POSITIVE_INFINITY] } },
        },
      ],
    });
    expect(manual.bins.filter((b) => b.kind === 'range').map((b) => [b.lower, b.upper])).toEqual([
      [null, 10],
      [10, 30],
      [30, null],
    ]);
    expect(manual.bins.find((b) => b.kind === 'special')).toMatchObject({ special: 999 });
    expect(manual.bins.find((b) => b.kind === 'special')?.bads ?? 0).toBeGreaterThan(0);
    const capped = fitOne({
      name: 'c',
      target: 'y',
      features: [{ kind: 'numeric', column: 'x', special: [999], transform: { cap: { upper: 20 }, log: true } }],
    });
    const bounds = capped.bins
      .flatMap((b) => (b.kind === 'range' ? [b.lower, b.upper] : []))
      .filter((v): v is number => typeof v === 'number');
    expect(bounds.length).toBeGreaterThan(0);
    expect(Math.max(...bounds)).toBeLessThanOrEqual(Math.log(20));
    const filled = fitOne({
      name: 'f',
      target: 'y',
      features: [{ kind: 'numeric', column: 'x', special: [999], transform: { missing: 50 } }],
    });
    const missingBin = filled.bins.find((b) => b.kind === 'missing')!;
    expect(missingBin.goods + missingBin.bads).toBe(0);
  });

  it('codes read text as numbers, maps group levels, weights count', () => {
    const coded = fitOne({
      name: 'k',
      target: 'y',
      features: [{ kind: 'numeric', column: 'grade', transform: { codes: { A: 1, B: 2, C: 3 } } }],
    });
    expect(coded.type).toBe('numeric');
    const mapped = fitOne({ name: 'p', target: 'y', features: [{ kind: 'categorical', column: 'grade', map: { B: 'A' } }] });
    expect(mapped.bins.flatMap((b) => b.levels ?? [])).not.toContain('B');
    const unweighted = fitOne({ name: 'u', target: 'y', features: [{ kind: 'numeric', column: 'x' }] });
    const weighted = fitOne({ name: 'w', target: 'y', weight: 'w', features: [{ kind: 'numeric', column: 'x' }] });
    const total = (b: typeof weighted): number => b.bins.reduce((s, k) => s + k.goods + k.bads, 0);
    expect(total(weighted)).toBe(1.5 * total(unweighted));
  });
});

describe('the design families apply a missing fill', () => {
  it('a missing value takes the fill instead of being refused', () => {
    const table = makeTable({ x: { kind: 'numeric', values: Float64Array.from([1, Number.NaN, 3]) } });
    const spec: FeatureSpec = { name: 'd', features: [{ kind: 'numeric', column: 'x', transform: { missing: 2 } }] };
    expect(designRowProblems(table, fitPreprocessing(table, spec))).toEqual([null, null, null]);
    expect(Array.from(buildDesign(table, spec).x)).toEqual([1, 2, 3]);
    const strict: FeatureSpec = { name: 'd', features: [{ kind: 'numeric', column: 'x' }] };
    expect(() => buildDesign(table, strict)).toThrow(/transform\.missing/);
  });
});

describe('columns and the published schema', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'byo-spec-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a misspelt column is named with its spec field and the columns the file has', async () => {
    const file = join(dir, 't.csv');
    await writeFile(file, 'age,income,bad\n30,10,0\n40,20,1\n');
    const spec = parseSpec({
      name: 't',
      target: 'bad',
      features: [
        { kind: 'numeric', column: 'age' },
        { kind: 'numeric', column: 'incom' },
      ],
    });
    const err = await requireSpecColumns(file, spec).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingColumnError);
    expect((err as Error).message).toMatch(
      /^column incom \(features\[1\]\.column\) is not in the file .*t\.csv; it has: age, income, bad$/,
    );
  });

  it('feature-spec.schema.json is the schema parseSpec uses, and every committed spec passes it', async () => {
    const here = import.meta.dirname;
    expect(await readFile(join(here, 'feature-spec.schema.json'), 'utf8')).toBe(featureSpecJsonSchema());
    for (const path of [
      '../credit/credit-scorecard.spec.json',
      '../credit/sample/credit-bank-sample.spec.json',
      '../credit/sample/credit-bank-sample.classifier.spec.json',
      '../families/poisson/fremtpl2-glm1.spec.json',
      '../families/cann/fremtpl2-cann.spec.json',
    ]) {
      await expect(loadSpec(join(here, path)), path).resolves.toMatchObject({ features: expect.any(Array) });
    }
    // The schema refuses what the hand checks would not catch (special must be a list of numbers).
    expect(() => parseSpec({ name: 'x', features: [{ kind: 'numeric', column: 'a', special: [] }] })).toThrow(SpecError);
  });
});
