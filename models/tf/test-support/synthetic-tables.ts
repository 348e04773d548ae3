// Small synthetic tables for the model-toolkit tests: a credit table (contribution history
// -> default) with missing and special values, a claims table with planted anomalies, and a
// claim-frequency table (counts, exposure) with a network spec and a GLM spec for the CANN.
import { encodeCategorical, makeTable } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import type { FeatureSpec } from '../../spec/types.js';
import { createRng } from '../seed.js';
import type { Rng } from '../seed.js';

/** Code 999 in arrearsMonths12m means "not reported", a special value with its own bin. */
export const ARREARS_NOT_REPORTED = 999;

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export const CREDIT_SPEC: FeatureSpec = {
  name: 'synthetic-credit',
  features: [
    { kind: 'numeric', column: 'membershipMonths', monotone: -1 },
    { kind: 'numeric', column: 'arrearsMonths12m', monotone: 1 },
    { kind: 'numeric', column: 'wageTrend' },
    { kind: 'categorical', column: 'segment' },
  ],
  target: 'defaulted',
  id: 'memberKey',
};

/** Members whose default risk falls with membership, rises with arrears, dips with wage trend. */
export function syntheticCredit(rows: number, seed: number): DataTable {
  const rng = createRng(seed);
  const membership = new Float64Array(rows);
  const arrears = new Float64Array(rows);
  const wageTrend = new Float64Array(rows);
  const defaulted = new Float64Array(rows);
  const segment: (string | null)[] = [];
  const memberKey: string[] = [];
  for (let i = 0; i < rows; i++) {
    const m = Math.floor(rng() * 120);
    const a = Math.floor(-Math.log(Math.max(rng(), 1e-9)) * 1.5);
    const w = normal(rng) * 0.1;
    const seg = rng() < 0.6 ? 'PPU' : rng() < 0.9 ? 'BPU' : 'PBI';
    const logit = -1.5 - 0.02 * m + 0.45 * a - 4 * w + (seg === 'BPU' ? 0.6 : seg === 'PBI' ? 0.2 : 0);
    defaulted[i] = rng() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    membership[i] = rng() < 0.05 ? Number.NaN : m;
    arrears[i] = rng() < 0.04 ? ARREARS_NOT_REPORTED : a;
    wageTrend[i] = w;
    segment.push(rng() < 0.03 ? null : seg);
    memberKey.push(`m${i}`);
  }
  return makeTable({
    membershipMonths: { kind: 'numeric', values: membership },
    arrearsMonths12m: { kind: 'numeric', values: arrears },
    wageTrend: { kind: 'numeric', values: wageTrend },
    segment: encodeCategorical(segment),
    defaulted: { kind: 'numeric', values: defaulted },
    memberKey: encodeCategorical(memberKey),
  });
}

export const CLAIMS_SPEC: FeatureSpec = {
  name: 'synthetic-claims',
  features: [
    { kind: 'numeric', column: 'lengthOfStay' },
    { kind: 'numeric', column: 'claimAmount' },
    { kind: 'numeric', column: 'procedures' },
    { kind: 'categorical', column: 'careClass' },
  ],
  target: 'fraud',
  id: 'claimKey',
};

/** Claims where amount tracks stay and procedures; "fraud" rows break that relation. */
export function syntheticClaims(rows: number, seed: number, fraudShare = 0.05): DataTable {
  const rng = createRng(seed);
  const stay = new Float64Array(rows);
  const amount = new Float64Array(rows);
  const procedures = new Float64Array(rows);
  const fraud = new Float64Array(rows);
  const careClass: string[] = [];
  const claimKey: string[] = [];
  for (let i = 0; i < rows; i++) {
    const s = 1 + Math.floor(-Math.log(Math.max(rng(), 1e-9)) * 3);
    const p = Math.floor(s / 2 + rng() * 2);
    const c = rng() < 0.5 ? 'III' : rng() < 0.7 ? 'II' : 'I';
    let a = 2 + 1.2 * s + 0.8 * p + (c === 'I' ? 3 : c === 'II' ? 1.5 : 0) + normal(rng) * 1.5;
    const isFraud = rng() < fraudShare;
    if (isFraud) a += 1 + rng() * 5;
    stay[i] = s;
    procedures[i] = p;
    amount[i] = a;
    fraud[i] = isFraud ? 1 : 0;
    careClass.push(c);
    claimKey.push(`c${i}`);
  }
  return makeTable({
    lengthOfStay: { kind: 'numeric', values: stay },
    claimAmount: { kind: 'numeric', values: amount },
    procedures: { kind: 'numeric', values: procedures },
    careClass: encodeCategorical(careClass),
    fraud: { kind: 'numeric', values: fraud },
    claimKey: encodeCategorical(claimKey),
  });
}

/** Network spec of the synthetic claim-frequency table: region (6 levels) is embedded, fuel feeds the net directly. */
export const FREQUENCY_NET_SPEC: FeatureSpec = {
  name: 'synthetic-frequency-net',
  features: [
    { kind: 'numeric', column: 'driverAge', transform: { cap: { upper: 80 } } },
    { kind: 'numeric', column: 'vehiclePower' },
    { kind: 'categorical', column: 'region' },
    { kind: 'categorical', column: 'fuel' },
  ],
  target: 'claims',
  exposure: 'exposure',
  targetCap: 4,
  exposureCap: 1,
  id: 'policyKey',
};

/** GLM spec of the same table, coded differently on purpose: age in bins, no power, density only here. */
export const FREQUENCY_GLM_SPEC: FeatureSpec = {
  name: 'synthetic-frequency-glm',
  features: [
    {
      kind: 'numeric',
      column: 'driverAge',
      transform: { bins: { breaks: [Number.NEGATIVE_INFINITY, 25, 40, 60, Number.POSITIVE_INFINITY], reference: 1 } },
    },
    { kind: 'categorical', column: 'region', reference: 'R1' },
    { kind: 'categorical', column: 'fuel', reference: 'Diesel' },
    { kind: 'numeric', column: 'density', transform: { log: true } },
  ],
  target: 'claims',
  exposure: 'exposure',
  targetCap: 4,
  exposureCap: 1,
  id: 'policyKey',
};

function poisson(rng: Rng, mean: number): number {
  // Knuth's method: fine for the small means of claim counts.
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** Policies whose claim frequency has a young-driver effect, regions, density and an age x power interaction the GLM misses. */
export function syntheticFrequency(rows: number, seed: number): DataTable {
  const rng = createRng(seed);
  const age = new Float64Array(rows);
  const power = new Float64Array(rows);
  const density = new Float64Array(rows);
  const exposure = new Float64Array(rows);
  const claims = new Float64Array(rows);
  const region: string[] = [];
  const fuel: string[] = [];
  const policyKey: string[] = [];
  for (let i = 0; i < rows; i++) {
    const a = 18 + Math.floor(rng() * 65);
    const pw = 4 + Math.floor(rng() * 9);
    const r = `R${1 + Math.floor(rng() * rng() * 6)}`;
    const f = rng() < 0.5 ? 'Diesel' : 'Regular';
    const d = Math.exp(3 + 3 * rng());
    const e = 0.1 + 0.9 * rng();
    const logRate =
      -1.6 +
      (a < 25 ? 0.8 : 0) +
      0.1 * Number(r.slice(1)) +
      0.15 * Math.log(d) -
      0.6 +
      (f === 'Regular' ? 0.2 : 0) +
      0.02 * (a - 45) * (pw - 8) * 0.1;
    age[i] = a;
    power[i] = pw;
    density[i] = d;
    exposure[i] = e;
    claims[i] = poisson(rng, e * Math.exp(logRate));
    region.push(r);
    fuel.push(f);
    policyKey.push(`p${i}`);
  }
  return makeTable({
    driverAge: { kind: 'numeric', values: age },
    vehiclePower: { kind: 'numeric', values: power },
    density: { kind: 'numeric', values: density },
    region: encodeCategorical(region),
    fuel: encodeCategorical(fuel),
    exposure: { kind: 'numeric', values: exposure },
    claims: { kind: 'numeric', values: claims },
    policyKey: encodeCategorical(policyKey),
  });
}
