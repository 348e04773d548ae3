// Turns a table plus a feature spec into a numeric design matrix with column names: caps,
// logs, bins, categorical maps and reference levels. The preprocessing is fitted once (on
// the learning rows, fit-preprocessing.ts) and returned, so a bundle can store it and scoring
// re-applies it; each term's value for a row is read as term-values.ts reads it.
import { MISSING_CODE, getColumn, numericValues } from '../data/table.js';
import type { DataTable } from '../data/table.js';
import type { DesignMatrix, DesignOptions, FittedPreprocessing, ResponseColumns, TermColumns } from './design-types.js';
import { fitPreprocessing } from './fit-preprocessing.js';
import { levelReader, numericReader, transformNumber } from './term-values.js';
import type { FeatureSpec } from './types.js';

export { fitPreprocessing } from './fit-preprocessing.js';
export { levelReader, numericReader, transformNumber } from './term-values.js';

/** Where each fitted term's columns sit. */
export function termColumns(fitted: FittedPreprocessing): TermColumns[] {
  const out: TermColumns[] = [];
  let start = 0;
  for (const t of fitted.terms) {
    const width = t.kind === 'continuous' ? 1 : t.levels.length - (t.reference === null ? 0 : 1);
    out.push({ name: t.name, start, width });
    start += width;
  }
  return out;
}

/**
 * The design matrix for every row of `table`. Without `fitted`, the preprocessing is
 * fitted on this table first (with `options`); with it, it is re-applied as saved.
 */
export function buildDesign(table: DataTable, spec: FeatureSpec, fitted?: FittedPreprocessing, options?: DesignOptions): DesignMatrix {
  const fit = fitted ?? fitPreprocessing(table, spec, options);
  const terms = termColumns(fit);
  const nCols = fit.columnNames.length;
  const nRows = table.nRows;
  const x = new Float64Array(nRows * nCols);
  const unseenLevels: Record<string, number> = {};
  fit.terms.forEach((t, ti) => {
    const { start } = terms[ti]!;
    if (t.kind === 'continuous') {
      const read = numericReader(table, t.column, t.transform);
      for (let r = 0; r < nRows; r++) x[r * nCols + start] = (transformNumber(read(r), t.transform, t.column) - t.center) / t.scale;
      return;
    }
    const read = levelReader(table, t);
    const slot = new Map<string, number>();
    let k = 0;
    for (const l of t.levels) if (l !== t.reference) slot.set(l, k++);
    const known = new Set(t.levels);
    let unseen = 0;
    for (let r = 0; r < nRows; r++) {
      const level = read(r);
      const s = slot.get(level);
      if (s !== undefined) x[r * nCols + start + s] = 1;
      else if (!known.has(level)) unseen++;
    }
    if (unseen > 0) unseenLevels[t.name] = unseen;
  });
  return { nRows, nCols, x, columnNames: fit.columnNames, terms, fitted: fit, unseenLevels };
}

/**
 * Per row, why the fitted design cannot be built for it (a missing number, a text value
 * with no code, a log of a value not above 0), or null when it can. Scoring refuses those
 * rows with the reason instead of failing the whole table; fitting still fails on them.
 */
export function designRowProblems(table: DataTable, fitted: FittedPreprocessing): (string | null)[] {
  const out: (string | null)[] = new Array<string | null>(table.nRows).fill(null);
  for (const t of fitted.terms) {
    if (t.kind === 'categorical' && !t.transform?.bins) continue;
    const col = getColumn(table, t.column);
    const codes = t.transform?.codes;
    if (!codes && col.kind !== 'numeric') throw new Error(`${t.column}: text column used as numeric without codes`);
    for (let r = 0; r < table.nRows; r++) {
      if (out[r] !== null) continue;
      let v: number;
      if (col.kind === 'categorical') {
        const c = col.codes[r]!;
        if (c === MISSING_CODE && t.transform?.missing === undefined) {
          out[r] = `${t.column} is missing`;
          continue;
        }
        v = c === MISSING_CODE ? (t.transform?.missing as number) : (codes?.[col.levels[c]!] ?? Number.NaN);
        if (Number.isNaN(v)) {
          out[r] = `${t.column} value ${col.levels[c]!} has no code in the model`;
          continue;
        }
      } else v = Number.isNaN(col.values[r]!) ? (t.transform?.missing ?? Number.NaN) : col.values[r]!;
      if (Number.isNaN(v)) out[r] = `${t.column} is missing`;
      else if (t.transform?.log) {
        const cap = t.transform.cap;
        const capped = Math.min(cap?.upper ?? Number.POSITIVE_INFINITY, Math.max(cap?.lower ?? Number.NEGATIVE_INFINITY, v));
        if (!(capped > 0)) out[r] = `${t.column} is ${v}; the model takes its log, so it must be above 0`;
      }
    }
  }
  return out;
}

/** Target, exposure and weight columns with the spec's caps applied (copies; the table is untouched). */
export function extractResponse(table: DataTable, spec: FeatureSpec): ResponseColumns {
  const capped = (name: string, cap: number | undefined): Float64Array => {
    const src = numericValues(table, name);
    const out = new Float64Array(src.length);
    for (let i = 0; i < src.length; i++) {
      const v = src[i]!;
      out[i] = cap !== undefined && v > cap ? cap : v;
    }
    return out;
  };
  return {
    ...(spec.target ? { target: capped(spec.target, spec.targetCap) } : {}),
    ...(spec.exposure ? { exposure: capped(spec.exposure, spec.exposureCap) } : {}),
    ...(spec.weight ? { weight: capped(spec.weight, undefined) } : {}),
  };
}

/** Learning and test row indices from the spec's split column. */
export function splitRows(table: DataTable, spec: FeatureSpec): { readonly learn: Int32Array; readonly test: Int32Array } {
  if (!spec.split) throw new Error(`spec ${spec.name} has no split column`);
  const col = getColumn(table, spec.split.column);
  const learn: number[] = [];
  const test: number[] = [];
  for (let r = 0; r < table.nRows; r++) {
    const v = col.kind === 'numeric' ? String(col.values[r]) : col.levels[col.codes[r]!];
    if (v === spec.split.learn) learn.push(r);
    else if (v === spec.split.test) test.push(r);
  }
  return { learn: Int32Array.from(learn), test: Int32Array.from(test) };
}

/** Rows of a design matrix, as a new design (same fitted preprocessing). */
export function designRows(design: DesignMatrix, rows: ArrayLike<number>): DesignMatrix {
  const { nCols } = design;
  const x = new Float64Array(rows.length * nCols);
  for (let i = 0; i < rows.length; i++) x.set(design.x.subarray(rows[i]! * nCols, (rows[i]! + 1) * nCols), i * nCols);
  return { ...design, nRows: rows.length, x };
}

/** Pick entries of a column at row indices. */
export function pickRows(values: Float64Array, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  return out;
}
