// The stated baseline networks are explained against: the "typical member" of the
// learning rows, i.e. the mean of every continuous term and the most frequent level of
// every categorical term. A real level (not a blend of one-hot columns) keeps the
// explanation readable: "compared with a member in class III".
import type { DesignMatrix } from '../spec/design-types.js';
import type { FeatureValue } from './types.js';

export interface Baseline {
  /** The baseline as a design row. */
  readonly row: readonly number[];
  /** The baseline's raw value per term (continuous: mean, back-transformed if logged; categorical: modal level). */
  readonly values: readonly FeatureValue[];
  readonly description: string;
}

export const TYPICAL_MEMBER_DESCRIPTION =
  'typical learning-set member: mean of each numeric feature, most frequent level of each categorical feature';

/** Baseline from the design rows `rows` (the learning rows). */
export function typicalMember(design: DesignMatrix, rows: ArrayLike<number>): Baseline {
  const { nCols } = design;
  const mean = new Float64Array(nCols);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    for (let j = 0; j < nCols; j++) mean[j] = (mean[j] as number) + (design.x[r * nCols + j] as number);
  }
  for (let j = 0; j < nCols; j++) mean[j] = (mean[j] as number) / Math.max(1, rows.length);
  const row = new Array<number>(nCols).fill(0);
  const values: FeatureValue[] = design.fitted.terms.map((term, ti) => {
    const at = design.terms[ti];
    if (!at) throw new Error(`baseline: term ${term.name} has no columns`);
    if (term.kind === 'continuous') {
      const m = mean[at.start] as number;
      row[at.start] = m;
      const transformed = m * term.scale + term.center;
      return term.transform?.log ? Math.exp(transformed) : transformed;
    }
    // Modal level: the reference when it is the most frequent (reference coding), else the largest column.
    const levels = term.levels.filter((l) => l !== term.reference);
    let best = -1;
    let bestShare = term.reference === null ? 0 : 1 - levels.reduce((s, _, k) => s + (mean[at.start + k] as number), 0);
    levels.forEach((_, k) => {
      if ((mean[at.start + k] as number) > bestShare) {
        bestShare = mean[at.start + k] as number;
        best = k;
      }
    });
    if (best >= 0) row[at.start + best] = 1;
    return best >= 0 ? (levels[best] as string) : term.reference;
  });
  return { row, values, description: TYPICAL_MEMBER_DESCRIPTION };
}
