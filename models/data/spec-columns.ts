// Which columns of a source a feature spec reads, and whether each is read as a number or as
// text: every reader (DuckDB, Arrow IPC, rows handed over in memory) asks the same.
import type { FeatureSpec } from '../spec/types.js';

/** Which columns a spec reads, and whether each is read as a number or as text. */
export interface SpecColumns {
  readonly numeric: readonly string[];
  readonly text: readonly string[];
}

/** The columns a spec needs: numbers for numeric features, target, exposure and weight; text otherwise. */
export function specColumns(spec: FeatureSpec): SpecColumns {
  const numeric = new Set<string>();
  const text = new Set<string>();
  for (const f of spec.features) {
    if (f.kind === 'numeric' && !f.transform?.codes) numeric.add(f.column);
    else text.add(f.column);
  }
  for (const c of [spec.target, spec.exposure, spec.weight]) if (c) numeric.add(c);
  for (const c of [spec.id, spec.split?.column]) if (c && !numeric.has(c)) text.add(c);
  for (const c of numeric) text.delete(c);
  return { numeric: [...numeric], text: [...text] };
}
