// Which spec fields each model family applies, and why the others cannot: a spec field a
// family would silently ignore is refused instead, with an error naming the field, the
// family and the reason. One table, so adding a field means deciding it for every family.
import type { FeatureSpec } from './types.js';

/** Spec fields whose meaning depends on the family. */
export type SpecFieldKind =
  | 'monotone'
  | 'special'
  | 'reference'
  | 'bins.reference'
  | 'cap'
  | 'log'
  | 'bins'
  | 'codes'
  | 'missing'
  | 'map'
  | 'weight'
  | 'exposure'
  | 'exposureCap'
  | 'targetCap';

/** Families the training command knows (kept in step with pipelines/commands/train/types.ts). */
export type SpecFamily = 'poisson' | 'cann' | 'scorecard' | 'classifier' | 'autoencoder';

/** true: applied. A string: why the family cannot apply it. */
type Support = true | string;

const NETWORK_MONOTONE = 'a network cannot be held to a direction of risk (use the scorecard, whose binning enforces it)';
const NETWORK_SPECIAL = 'special values get bins of their own only in the scorecard; give a network a separate indicator column instead';
const ONE_HOT = 'one-hot coding keeps every level, so there is no reference level';
const NO_WEIGHTS = 'this family fits every row with weight 1; row weights would be ignored';

const ALL_TRANSFORMS = { cap: true, log: true, bins: true, codes: true, missing: true, map: true } as const;

export const SPEC_FIELD_SUPPORT: Readonly<Record<SpecFamily, Readonly<Record<SpecFieldKind, Support>>>> = Object.freeze({
  scorecard: {
    ...ALL_TRANSFORMS,
    monotone: true,
    special: true,
    weight: true,
    reference: 'weight-of-evidence coding has no reference level',
    'bins.reference': 'weight-of-evidence coding has no reference level',
    exposure: 'a scorecard models a 0/1 outcome and has no exposure offset',
    exposureCap: 'a scorecard has no exposure',
    targetCap: 'a scorecard target is 0/1; capping it means nothing',
  },
  classifier: {
    ...ALL_TRANSFORMS,
    monotone: NETWORK_MONOTONE,
    special: NETWORK_SPECIAL,
    reference: ONE_HOT,
    'bins.reference': ONE_HOT,
    weight: NO_WEIGHTS,
    exposure: 'a classifier has no exposure offset',
    exposureCap: 'a classifier has no exposure',
    targetCap: 'a classifier target is 0/1; capping it means nothing',
  },
  autoencoder: {
    ...ALL_TRANSFORMS,
    monotone: NETWORK_MONOTONE,
    special: NETWORK_SPECIAL,
    reference: ONE_HOT,
    'bins.reference': ONE_HOT,
    weight: NO_WEIGHTS,
    exposure: 'an autoencoder has no exposure offset',
    exposureCap: 'an autoencoder has no exposure',
    targetCap: 'the autoencoder never trains on the target',
  },
  poisson: {
    ...ALL_TRANSFORMS,
    reference: true,
    'bins.reference': true,
    exposure: true,
    exposureCap: true,
    targetCap: true,
    monotone:
      'the GLM fits one coefficient per level or a linear term; a direction of risk is not enforced (bin the column and check the signs)',
    special: 'special values get bins of their own only in the scorecard; give the GLM an indicator column instead',
    weight: NO_WEIGHTS,
  },
  cann: {
    ...ALL_TRANSFORMS,
    exposure: true,
    exposureCap: true,
    targetCap: true,
    monotone: NETWORK_MONOTONE,
    special: NETWORK_SPECIAL,
    reference: ONE_HOT,
    'bins.reference': ONE_HOT,
    weight: NO_WEIGHTS,
  },
});

/** A spec field the family cannot apply. */
export class SpecFieldNotApplicableError extends Error {
  constructor(
    readonly field: string,
    readonly family: SpecFamily,
    readonly why: string,
  ) {
    super(`spec field ${field} cannot be applied by the ${family} family: ${why}`);
    this.name = 'SpecFieldNotApplicableError';
  }
}

/** Every family-dependent field the spec sets, with its path. */
export function specFieldsUsed(spec: FeatureSpec): { readonly kind: SpecFieldKind; readonly path: string }[] {
  const out: { kind: SpecFieldKind; path: string }[] = [];
  spec.features.forEach((f, i) => {
    const p = `features[${i}]`;
    if (f.kind === 'numeric') {
      if (f.monotone !== undefined) out.push({ kind: 'monotone', path: `${p}.monotone` });
      if (f.special !== undefined && f.special.length > 0) out.push({ kind: 'special', path: `${p}.special` });
      const t = f.transform;
      if (t?.cap) out.push({ kind: 'cap', path: `${p}.transform.cap` });
      if (t?.log) out.push({ kind: 'log', path: `${p}.transform.log` });
      if (t?.bins) out.push({ kind: 'bins', path: `${p}.transform.bins` });
      if (t?.bins?.reference !== undefined) out.push({ kind: 'bins.reference', path: `${p}.transform.bins.reference` });
      if (t?.codes) out.push({ kind: 'codes', path: `${p}.transform.codes` });
      if (t?.missing !== undefined) out.push({ kind: 'missing', path: `${p}.transform.missing` });
    } else {
      if (f.reference !== undefined) out.push({ kind: 'reference', path: `${p}.reference` });
      if (f.map) out.push({ kind: 'map', path: `${p}.map` });
    }
  });
  if (spec.weight) out.push({ kind: 'weight', path: 'weight' });
  if (spec.exposure) out.push({ kind: 'exposure', path: 'exposure' });
  if (spec.exposureCap !== undefined) out.push({ kind: 'exposureCap', path: 'exposureCap' });
  if (spec.targetCap !== undefined) out.push({ kind: 'targetCap', path: 'targetCap' });
  return out;
}

/** Throw SpecFieldNotApplicableError for the first field `family` cannot apply. */
export function refuseInapplicableFields(spec: FeatureSpec, family: SpecFamily): void {
  for (const used of specFieldsUsed(spec)) {
    const support = SPEC_FIELD_SUPPORT[family][used.kind];
    if (support !== true) throw new SpecFieldNotApplicableError(used.path, family, support);
  }
}
