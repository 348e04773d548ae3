// Raw feature values for explanations: what the member has (from the table) and what the
// baseline has (from the fitted preprocessing), per source feature of the spec.
import { getColumn, textValue } from '../data/table.js';
import type { DataTable } from '../data/table.js';
import type { DesignMatrix, FittedPreprocessing } from '../spec/design-types.js';
import type { FeatureValue } from './types.js';

/** A row's raw value of each term's column: numbers stay numbers, text stays text, missing is null. */
export function rowFeatureValues(table: DataTable, row: number, fitted: FittedPreprocessing): FeatureValue[] {
  return fitted.terms.map((t) => {
    const col = getColumn(table, t.column);
    if (col.kind === 'numeric') {
      const v = col.values[row] as number;
      return Number.isNaN(v) ? null : v;
    }
    return textValue(col, row);
  });
}

/** For each design column, the term (source feature) it belongs to. */
export function columnTerms(design: Pick<DesignMatrix, 'terms' | 'nCols'>): string[] {
  const out = new Array<string>(design.nCols);
  for (const t of design.terms) for (let j = 0; j < t.width; j++) out[t.start + j] = t.name;
  return out;
}

/** One row of the design as float32 (what a tfjs network takes). */
export function designRow(design: DesignMatrix, row: number): Float32Array {
  return Float32Array.from(design.x.subarray(row * design.nCols, (row + 1) * design.nCols));
}
