// Options of `telisik train` beyond the spec: special values given on the command line
// (merged into the spec, so the bundle records them), and every scorecard setting (binning,
// points scaling, L2, thin-file rule, IV threshold, what to do with reversed signs).
import type { Command } from 'commander';
import { DEFAULT_FINE_CLASSES, DEFAULT_MAX_BINS, DEFAULT_MIN_BIN_SHARE } from '../../../models/families/scorecard/binning.js';
import { DEFAULT_L2 } from '../../../models/families/scorecard/logistic.js';
import { DEFAULT_SCALING } from '../../../models/families/scorecard/scorecard.js';
import { DEFAULT_MIN_INFORMATION_VALUE } from '../../../models/families/scorecard/selection.js';
import type { SelectionOptions } from '../../../models/families/scorecard/selection.js';
import type { ScorecardOptions } from '../../../models/families/scorecard/train.js';
import { SpecError } from '../../../models/spec/load.js';
import type { FeatureSpec } from '../../../models/spec/types.js';

/** Scorecard settings: fitting options plus characteristic selection. */
export interface ScorecardSettings {
  readonly options: ScorecardOptions;
  readonly selection: SelectionOptions;
}

/** `column=v1,v2` (repeatable) -> { column: [v1, v2] }. */
export function parseSpecialValues(entries: readonly string[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const entry of entries) {
    const match = /^([^=]+)=(.+)$/.exec(entry);
    const values = match?.[2]?.split(',').map(Number) ?? [];
    if (!match?.[1] || values.length === 0 || values.some((v) => !Number.isFinite(v)))
      throw new Error(`--special expects column=value[,value...], got ${entry}`);
    out[match[1]] = [...(out[match[1]] ?? []), ...values];
  }
  return out;
}

/** The spec with `--special` values added to its numeric features; a column it lacks is refused by name. */
export function withSpecialValues(spec: FeatureSpec, specials: Readonly<Record<string, readonly number[]>>): FeatureSpec {
  for (const column of Object.keys(specials)) {
    const f = spec.features.find((g) => g.column === column);
    if (!f) throw new SpecError('--special', `column ${column} is not a feature of spec ${spec.name}`);
    if (f.kind !== 'numeric') throw new SpecError('--special', `column ${column} is categorical; special values are for numeric features`);
  }
  return {
    ...spec,
    features: spec.features.map((f) => {
      const extra = specials[f.column];
      if (!extra || f.kind !== 'numeric') return f;
      return { ...f, special: [...new Set([...(f.special ?? []), ...extra])] };
    }),
  };
}

function num(name: string, raw: string | undefined, check: (v: number) => boolean, what: string): number | undefined {
  if (raw === undefined) return undefined;
  const v = Number(raw);
  if (!Number.isFinite(v) || !check(v)) throw new Error(`${name} must be ${what}, got ${raw}`);
  return v;
}

export interface ScorecardCliOptions {
  readonly maxBins?: string;
  readonly minBinShare?: string;
  readonly fineClasses?: string;
  readonly pdo?: string;
  readonly baseScore?: string;
  readonly baseOdds?: string;
  readonly l2?: string;
  readonly minObserved?: string;
  readonly minIv?: string;
  readonly reversedSigns?: string;
}

/** Every scorecard option on a command. */
export function addScorecardOptions(command: Command): Command {
  return command
    .option('--max-bins <n>', `scorecard: most range/level bins per characteristic (default ${DEFAULT_MAX_BINS})`)
    .option('--min-bin-share <share>', `scorecard: smallest share of the learning rows in a bin (default ${DEFAULT_MIN_BIN_SHARE})`)
    .option('--fine-classes <n>', `scorecard: quantile classes before merging (default ${DEFAULT_FINE_CLASSES})`)
    .option('--pdo <points>', `scorecard: points to double the odds (default ${DEFAULT_SCALING.pdo})`)
    .option('--base-score <points>', `scorecard: score at the base odds (default ${DEFAULT_SCALING.baseScore})`)
    .option('--base-odds <odds>', `scorecard: good:bad odds at the base score (default ${DEFAULT_SCALING.baseOdds})`)
    .option('--l2 <penalty>', `scorecard: L2 penalty of the logistic regression (default ${DEFAULT_L2})`)
    .option('--min-observed <n>', 'scorecard: thin-file rule, fewer observed characteristics get no score (default 0: always score)')
    .option(
      '--min-iv <iv>',
      `scorecard: drop characteristics with information value below this (default ${DEFAULT_MIN_INFORMATION_VALUE}; 0 keeps all)`,
    )
    .option('--reversed-signs <action>', 'scorecard: drop | flag characteristics whose coefficient has the wrong sign (default drop)');
}

/** Scorecard settings from the command line; undefined when none was given. */
export function scorecardSettings(o: ScorecardCliOptions): ScorecardSettings | undefined {
  const positiveInt = (v: number): boolean => Number.isInteger(v) && v >= 1;
  const maxBins = num('--max-bins', o.maxBins, (v) => positiveInt(v) && v >= 2, 'an integer >= 2');
  const minBinShare = num('--min-bin-share', o.minBinShare, (v) => v >= 0 && v < 0.5, 'in [0, 0.5)');
  const fineClasses = num('--fine-classes', o.fineClasses, (v) => positiveInt(v) && v >= 2, 'an integer >= 2');
  const pdo = num('--pdo', o.pdo, (v) => v > 0, 'above 0');
  const baseScore = num('--base-score', o.baseScore, () => true, 'a number');
  const baseOdds = num('--base-odds', o.baseOdds, (v) => v > 0, 'above 0');
  const l2 = num('--l2', o.l2, (v) => v >= 0, '>= 0');
  const minObserved = num('--min-observed', o.minObserved, (v) => Number.isInteger(v) && v >= 0, 'a non-negative integer');
  const minIv = num('--min-iv', o.minIv, (v) => v >= 0, '>= 0');
  if (o.reversedSigns !== undefined && o.reversedSigns !== 'drop' && o.reversedSigns !== 'flag')
    throw new Error(`--reversed-signs must be drop or flag, got ${o.reversedSigns}`);
  const given = [maxBins, minBinShare, fineClasses, pdo, baseScore, baseOdds, l2, minObserved, minIv, o.reversedSigns].some(
    (v) => v !== undefined,
  );
  if (!given) return undefined;
  const binning = {
    ...(maxBins !== undefined ? { maxBins } : {}),
    ...(minBinShare !== undefined ? { minBinShare } : {}),
    ...(fineClasses !== undefined ? { fineClasses } : {}),
  };
  const scaling =
    pdo !== undefined || baseScore !== undefined || baseOdds !== undefined
      ? {
          pdo: pdo ?? DEFAULT_SCALING.pdo,
          baseScore: baseScore ?? DEFAULT_SCALING.baseScore,
          baseOdds: baseOdds ?? DEFAULT_SCALING.baseOdds,
        }
      : undefined;
  return {
    options: {
      ...(Object.keys(binning).length > 0 ? { binning } : {}),
      ...(scaling ? { scaling } : {}),
      ...(l2 !== undefined ? { l2 } : {}),
      ...(minObserved !== undefined ? { minObservedCharacteristics: minObserved } : {}),
    },
    selection: {
      ...(minIv !== undefined ? { minInformationValue: minIv } : {}),
      ...(o.reversedSigns ? { reversedSigns: o.reversedSigns } : {}),
    },
  };
}
