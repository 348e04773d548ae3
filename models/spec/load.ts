// Reads a feature spec from JSON and validates it, so a user's spec file fails early with
// the path of the bad field rather than deep inside a fit. Also writes a spec back to JSON
// (for bundles), turning the infinite end breaks of bins into null and back.
import { readFile } from 'node:fs/promises';
import { Value } from '@sinclair/typebox/value';
import { FeatureSpecSchema } from './schema.js';
import type { CategoricalFeature, FeatureDef, FeatureSpec, NumericFeature, NumericTransform } from './types.js';

/** A spec that does not validate; `path` locates the bad field, e.g. `features[2].transform.cap`. */
export class SpecError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`feature spec ${path}: ${message}`);
    this.name = 'SpecError';
  }
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function obj(v: Json, path: string): Record<string, Json> {
  if (!isObject(v)) throw new SpecError(path, 'expected an object');
  return v;
}

function str(v: Json, path: string): string {
  if (typeof v !== 'string' || v.length === 0) throw new SpecError(path, 'expected a non-empty string');
  return v;
}

function optStr(v: Json, path: string): string | undefined {
  return v === undefined ? undefined : str(v, path);
}

function num(v: Json, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SpecError(path, 'expected a finite number');
  return v;
}

function optNum(v: Json, path: string): number | undefined {
  return v === undefined ? undefined : num(v, path);
}

function onlyKeys(o: Record<string, Json>, allowed: readonly string[], path: string): void {
  for (const k of Object.keys(o))
    if (!allowed.includes(k)) throw new SpecError(`${path}.${k}`, `unknown field (allowed: ${allowed.join(', ')})`);
}

function parseBreaks(v: Json, path: string): number[] {
  if (!Array.isArray(v) || v.length < 2) throw new SpecError(path, 'expected at least two breaks');
  const breaks = v.map((b, i) => {
    // JSON has no infinities: null at either end stands for an open interval.
    if (b === null && i === 0) return Number.NEGATIVE_INFINITY;
    if (b === null && i === v.length - 1) return Number.POSITIVE_INFINITY;
    if (typeof b === 'number' && !Number.isNaN(b)) return b;
    throw new SpecError(`${path}[${i}]`, 'expected a number (null only at either end)');
  });
  for (let i = 1; i < breaks.length; i++) {
    if (!(breaks[i]! > breaks[i - 1]!)) throw new SpecError(`${path}[${i}]`, 'breaks must increase strictly');
  }
  return breaks;
}

function parseTransform(v: Json, path: string): NumericTransform {
  const o = obj(v, path);
  onlyKeys(o, ['cap', 'log', 'bins', 'codes', 'missing'], path);
  const out: { -readonly [K in keyof NumericTransform]: NumericTransform[K] } = {};
  if (o['cap'] !== undefined) {
    const cap = obj(o['cap'], `${path}.cap`);
    onlyKeys(cap, ['lower', 'upper'], `${path}.cap`);
    const lower = optNum(cap['lower'], `${path}.cap.lower`);
    const upper = optNum(cap['upper'], `${path}.cap.upper`);
    if (lower !== undefined && upper !== undefined && lower > upper) throw new SpecError(`${path}.cap`, 'lower above upper');
    out.cap = { ...(lower !== undefined ? { lower } : {}), ...(upper !== undefined ? { upper } : {}) };
  }
  if (o['log'] !== undefined) {
    if (typeof o['log'] !== 'boolean') throw new SpecError(`${path}.log`, 'expected true or false');
    out.log = o['log'];
  }
  if (o['bins'] !== undefined) {
    const bins = obj(o['bins'], `${path}.bins`);
    onlyKeys(bins, ['breaks', 'reference', 'labels'], `${path}.bins`);
    const breaks = parseBreaks(bins['breaks'], `${path}.bins.breaks`);
    const reference = optNum(bins['reference'], `${path}.bins.reference`);
    if (reference !== undefined && (!Number.isInteger(reference) || reference < 0 || reference >= breaks.length - 1)) {
      throw new SpecError(`${path}.bins.reference`, `expected an interval index 0..${breaks.length - 2}`);
    }
    let labels: string[] | undefined;
    if (bins['labels'] !== undefined) {
      const raw = bins['labels'];
      if (!Array.isArray(raw) || raw.length !== breaks.length - 1)
        throw new SpecError(`${path}.bins.labels`, `expected ${breaks.length - 1} labels`);
      labels = raw.map((l, i) => str(l, `${path}.bins.labels[${i}]`));
    }
    out.bins = { breaks, ...(reference !== undefined ? { reference } : {}), ...(labels ? { labels } : {}) };
  }
  if (o['missing'] !== undefined) out.missing = num(o['missing'], `${path}.missing`);
  if (o['codes'] !== undefined) {
    const codes = obj(o['codes'], `${path}.codes`);
    const parsed: Record<string, number> = {};
    for (const [k, c] of Object.entries(codes)) parsed[k] = num(c, `${path}.codes.${k}`);
    out.codes = parsed;
  }
  return out;
}

function parseFeature(v: Json, path: string): FeatureDef {
  const o = obj(v, path);
  const column = str(o['column'], `${path}.column`);
  if (o['kind'] === 'numeric') {
    onlyKeys(o, ['kind', 'column', 'transform', 'monotone', 'special'], path);
    const f: { -readonly [K in keyof NumericFeature]: NumericFeature[K] } = { kind: 'numeric', column };
    if (o['transform'] !== undefined) f.transform = parseTransform(o['transform'], `${path}.transform`);
    if (o['monotone'] !== undefined) {
      if (o['monotone'] !== 1 && o['monotone'] !== -1) throw new SpecError(`${path}.monotone`, 'expected 1 or -1');
      f.monotone = o['monotone'];
    }
    if (o['special'] !== undefined) {
      const raw = o['special'];
      if (!Array.isArray(raw) || raw.length === 0) throw new SpecError(`${path}.special`, 'expected a non-empty array of numbers');
      f.special = raw.map((v, k) => num(v, `${path}.special[${k}]`));
    }
    return f;
  }
  if (o['kind'] === 'categorical') {
    onlyKeys(o, ['kind', 'column', 'reference', 'map'], path);
    const f: { -readonly [K in keyof CategoricalFeature]: CategoricalFeature[K] } = { kind: 'categorical', column };
    const reference = optStr(o['reference'], `${path}.reference`);
    if (reference !== undefined) f.reference = reference;
    if (o['map'] !== undefined) {
      const map = obj(o['map'], `${path}.map`);
      const parsed: Record<string, string> = {};
      for (const [k, m] of Object.entries(map)) parsed[k] = str(m, `${path}.map.${k}`);
      f.map = parsed;
    }
    return f;
  }
  throw new SpecError(`${path}.kind`, "expected 'numeric' or 'categorical'");
}

/** `/features/0/transform/cap/upper` -> `features[0].transform.cap.upper`. */
function schemaPath(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  if (parts.length === 0) return '$';
  return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
}

/**
 * Validate parsed JSON as a feature spec: against FeatureSpecSchema (the published JSON
 * Schema), with the hand-written checks below naming the exact field, then the rules a
 * schema cannot say (increasing breaks, a column used twice, a role column as a feature).
 */
export function parseSpec(json: Json): FeatureSpec {
  const spec = parseSpecFields(json);
  if (!Value.Check(FeatureSpecSchema, json)) {
    const first = Value.Errors(FeatureSpecSchema, json).First();
    throw new SpecError(first ? schemaPath(first.path) : '$', first?.message ?? 'does not match the feature spec schema');
  }
  return spec;
}

function parseSpecFields(json: Json): FeatureSpec {
  const o = obj(json, '$');
  onlyKeys(
    o,
    ['$schema', 'description', 'name', 'features', 'target', 'exposure', 'weight', 'id', 'split', 'targetCap', 'exposureCap'],
    '$',
  );
  const name = str(o['name'], 'name');
  if (!Array.isArray(o['features']) || o['features'].length === 0) throw new SpecError('features', 'expected a non-empty array');
  const features = o['features'].map((f, i) => parseFeature(f, `features[${i}]`));
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f.column)) throw new SpecError('features', `column ${f.column} appears twice`);
    seen.add(f.column);
  }
  const spec: { -readonly [K in keyof FeatureSpec]: FeatureSpec[K] } = { name, features };
  const target = optStr(o['target'], 'target');
  const exposure = optStr(o['exposure'], 'exposure');
  const weight = optStr(o['weight'], 'weight');
  const id = optStr(o['id'], 'id');
  if (target !== undefined) spec.target = target;
  if (exposure !== undefined) spec.exposure = exposure;
  if (weight !== undefined) spec.weight = weight;
  if (id !== undefined) spec.id = id;
  for (const role of [target, exposure, weight, id]) {
    if (role !== undefined && seen.has(role)) throw new SpecError('$', `column ${role} is both a feature and a role column`);
  }
  if (o['split'] !== undefined) {
    const s = obj(o['split'], 'split');
    onlyKeys(s, ['column', 'learn', 'test'], 'split');
    spec.split = { column: str(s['column'], 'split.column'), learn: str(s['learn'], 'split.learn'), test: str(s['test'], 'split.test') };
  }
  const targetCap = optNum(o['targetCap'], 'targetCap');
  const exposureCap = optNum(o['exposureCap'], 'exposureCap');
  if (targetCap !== undefined) spec.targetCap = targetCap;
  if (exposureCap !== undefined) spec.exposureCap = exposureCap;
  return spec;
}

/** Read and validate a spec file. */
export async function loadSpec(path: string): Promise<FeatureSpec> {
  let json: Json;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new SpecError('$', `cannot read ${path} as JSON: ${(err as Error).message}`);
  }
  return parseSpec(json);
}

/** The spec as JSON text; infinite bin ends become null, which parseSpec reads back. */
export function specToJson(spec: FeatureSpec): string {
  return JSON.stringify(spec, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2);
}
