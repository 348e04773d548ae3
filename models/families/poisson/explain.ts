// The log-link GLM's explanation: exact additive contributions per term in link (log)
// space against the GLM's reference member, as the shared Explanation type.
import type { DataTable } from '../../data/table.js';
import { rowFeatureValues } from '../../explain/feature-values.js';
import { EXACT_COMPLETENESS_TOLERANCE, checkCompleteness } from '../../explain/types.js';
import type { Explanation, FeatureValue } from '../../explain/types.js';
import type { DesignMatrix, FittedTerm } from '../../spec/design-types.js';
import { glmContributions } from './glm.js';
import type { LogLinkGlm } from './glm.js';

export const GLM_REFERENCE_MEMBER =
  'reference member: reference level of every categorical term, continuous terms at their centre (0 on the capped, logged scale for an unscaled GLM), same exposure';

/**
 * The reference member's raw value of a term: its reference level, or the raw value whose
 * design value is 0 (the centre, undoing a log so the value reads in the feature's units).
 */
export function referenceValue(term: FittedTerm): FeatureValue {
  if (term.kind === 'categorical') return term.reference;
  return term.transform?.log ? Math.exp(term.center) : term.center;
}

/**
 * Exact log-space contributions of design row `designRow` (table row `tableRow`) against
 * the reference member with the same exposure, so the offset cancels: the contributions
 * add up to eta - (intercept + offset) up to float64 rounding.
 */
export function glmExplanation(
  glm: LogLinkGlm,
  design: DesignMatrix,
  table: DataTable,
  designRow: number,
  tableRow: number,
  offset: number,
): Explanation {
  const parts = glmContributions(glm, design, designRow, offset);
  const values = rowFeatureValues(table, tableRow, glm.preprocessing);
  const contributions = glm.preprocessing.terms.map((t, k) => ({
    feature: t.name,
    contribution: parts.terms[k]?.contribution ?? 0,
    value: values[k] ?? null,
    baselineValue: referenceValue(t),
  }));
  const baselineOutput = parts.intercept + parts.offset;
  return {
    family: glm.family,
    method: 'exact-additive',
    space: 'log',
    output: parts.eta,
    baselineOutput,
    baseline: GLM_REFERENCE_MEMBER,
    contributions,
    completeness: checkCompleteness(contributions, parts.eta, baselineOutput, EXACT_COMPLETENESS_TOLERANCE),
  };
}
