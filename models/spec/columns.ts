// Which of a spec's columns a file has, read from the file's schema before any data is
// loaded, so a misspelt column is reported as "column X is not in the file" (naming the
// spec field and the columns that are there), never as a DuckDB binder error.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import type { FeatureSpec } from './types.js';

/** A column the spec names is not in the data file. */
export class MissingColumnError extends Error {
  constructor(
    readonly column: string,
    readonly field: string,
    readonly path: string,
    readonly available: readonly string[],
  ) {
    super(`column ${column} (${field}) is not in the file ${path}; it has: ${available.join(', ')}`);
    this.name = 'MissingColumnError';
  }
}

const ARROW_EXTENSIONS = new Set(['.arrow', '.feather', '.ipc']);
const CSV_EXTENSIONS = new Set(['.csv', '.tsv']);

/** Column names of a Parquet, CSV or Arrow IPC file, in file order. */
export async function fileColumns(path: string): Promise<string[]> {
  const ext = extname(path).toLowerCase();
  if (ARROW_EXTENSIONS.has(ext)) {
    // Imported here so reading a Parquet or CSV file's columns does not load apache-arrow (~0.1 s).
    const { tableFromIPC } = await import('apache-arrow');
    return tableFromIPC(await readFile(path)).schema.fields.map((f) => f.name);
  }
  if (ext !== '.parquet' && !CSV_EXTENSIONS.has(ext)) throw new Error(`cannot tell the format of ${path}: use .parquet, .csv or .arrow`);
  const instance = await createOfflineDuckDB(':memory:');
  const connection = await instance.connect();
  try {
    const from = ext === '.parquet' ? 'read_parquet($1)' : 'read_csv($1, auto_detect = true)';
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`, [path]);
    return described.getRowObjectsJS().map((r) => String(r['column_name']));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Every column a spec reads, with the spec field that names it. */
export function specColumnFields(spec: FeatureSpec): { readonly column: string; readonly field: string }[] {
  const out = spec.features.map((f, i) => ({ column: f.column, field: `features[${i}].column` }));
  for (const field of ['target', 'exposure', 'weight', 'id'] as const) {
    const column = spec[field];
    if (column) out.push({ column, field });
  }
  if (spec.split) out.push({ column: spec.split.column, field: 'split.column' });
  return out;
}

/** Throw MissingColumnError for the first spec column the file lacks. */
export async function requireSpecColumns(path: string, spec: FeatureSpec): Promise<void> {
  const available = await fileColumns(path);
  const have = new Set(available);
  const missing = specColumnFields(spec).find((c) => !have.has(c.column));
  if (missing) throw new MissingColumnError(missing.column, missing.field, path, available);
}
