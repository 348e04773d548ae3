// Rows of a bank's own table, as JSON objects, into the DataTable a scorer reads: numeric
// spec columns as numbers (null, absent or non-numeric text is missing), the rest as text,
// exactly as loading the same rows from a file would give them.
import { specColumns } from '../data/load.js';
import { encodeCategorical, makeTable } from '../data/table.js';
import type { Column, DataTable } from '../data/table.js';
import type { BundleScorer } from './types.js';

export type JsonCell = string | number | boolean | null;
export type JsonRow = Readonly<Record<string, JsonCell>>;

/** The table of `rows` for `scorer`, and the required columns no row carries. */
export function tableFromJsonRows(scorer: BundleScorer, rows: readonly JsonRow[]): { table: DataTable; absent: string[] } {
  const wanted = specColumns(scorer.scoringSpec);
  const present = (c: string): boolean => rows.some((r) => Object.hasOwn(r, c));
  const columns = new Map<string, Column>();
  for (const c of wanted.numeric) {
    if (!present(c)) continue;
    columns.set(c, {
      kind: 'numeric',
      values: Float64Array.from(rows, (r) => {
        const v = r[c];
        if (typeof v === 'number') return v;
        if (typeof v === 'boolean') return v ? 1 : 0;
        if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
        return Number.NaN;
      }),
    });
  }
  for (const c of wanted.text) {
    if (!present(c)) continue;
    columns.set(
      c,
      encodeCategorical(
        rows.map((r) => {
          const v = r[c];
          return v === null || v === undefined ? null : String(v);
        }),
      ),
    );
  }
  // A table needs its row count even when no column the model reads was sent.
  if (columns.size === 0) columns.set('(row)', { kind: 'numeric', values: new Float64Array(rows.length) });
  return { table: makeTable(columns), absent: scorer.requiredColumns.filter((c) => !present(c)) };
}
