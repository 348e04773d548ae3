// Reasons in two languages for any family: a credit characteristic speaks with its
// registry sentence and code; any other feature gets a plain sentence naming the feature,
// the row's value and what it is compared against, so a bank's own table is explained too.
import { CREDIT_FEATURES } from '../../features/credit/registry.js';
import type { Sentence } from '../../features/credit/registry.js';
import type { Explanation, FeatureValue } from '../explain/types.js';
import type { FeatureSpec } from '../spec/types.js';
import { MAX_SCORE_REASONS } from './types.js';
import type { ScoreReason } from './types.js';

const CREDIT_BY_NAME = new Map(CREDIT_FEATURES.map((f) => [f.name, f]));

function show(v: FeatureValue): string {
  if (v === null) return '(missing)';
  return typeof v === 'number' ? String(Number(v.toPrecision(6))) : v;
}

/** Stable code of a spec feature: a credit reason code, else prefix + its position in the spec. */
export function reasonCode(spec: FeatureSpec, feature: string, prefix: string): string {
  const credit = CREDIT_BY_NAME.get(feature);
  if (credit) return credit.reasonCode;
  const k = spec.features.findIndex((f) => f.column === feature);
  return `${prefix}${String(k + 1).padStart(2, '0')}`;
}

/** Scorecard: points lost against the characteristic's best attribute. */
export function pointsSentence(feature: string, value: FeatureValue, bin: string, pointsLost: number, best: FeatureValue): Sentence {
  const credit = CREDIT_BY_NAME.get(feature);
  if (credit) return credit.reason(value);
  const lost = pointsLost.toFixed(1);
  return {
    id: `${feature} = ${show(value)} (kelompok ${bin}) mengurangi ${lost} poin dibanding atribut terbaik ${show(best)}`,
    en: `${feature} = ${show(value)} (bin ${bin}) cost ${lost} points against the best attribute ${show(best)}`,
  };
}

/** Link-space families: the feature raised the log-odds / log-rate against the baseline's value. */
export function effectSentence(feature: string, value: FeatureValue, baseline: FeatureValue, effect: number, space: string): Sentence {
  const credit = CREDIT_BY_NAME.get(feature);
  if (credit) return credit.reason(value);
  const e = effect.toFixed(3);
  return {
    id: `${feature} = ${show(value)} menaikkan risiko sebesar ${e} (${space}) dibanding nilai acuan ${show(baseline)}`,
    en: `${feature} = ${show(value)} raised the risk by ${e} (${space}) against the reference value ${show(baseline)}`,
  };
}

/** The features that pushed the output up the most, at most four, largest first. */
export function reasonsFromExplanation(spec: FeatureSpec, e: Explanation, prefix: string): ScoreReason[] {
  return e.contributions
    .filter((c) => c.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || a.feature.localeCompare(b.feature))
    .slice(0, MAX_SCORE_REASONS)
    .map((c, i) => ({
      rank: i + 1,
      code: reasonCode(spec, c.feature, prefix),
      feature: c.feature,
      sentence: effectSentence(c.feature, c.value, c.baselineValue, c.contribution, e.space),
      effect: c.contribution,
    }));
}
