// Scoring a data file with a bundle: read only what the bundle needs (columns the file lacks
// are named on every row instead of failing), score, and write one row per input row to
// Parquet or CSV through DuckDB's appender (numbers go in as doubles, never as text).
import { extname } from 'node:path';
import { loadTable } from '../data/load.js';
import type { DataTable } from '../data/table.js';
import { createOfflineDuckDB, ident } from '../../data-samples/sql/index.js';
import { fileColumns } from '../spec/columns.js';
import type { FeatureSpec } from '../spec/types.js';
import { MAX_SCORE_REASONS } from './types.js';
import type { BundleScorer, ScoreOptions, ScoredRow } from './types.js';

export interface LoadedForScoring {
  readonly table: DataTable;
  /** Required columns the file does not have. */
  readonly absent: readonly string[];
}

/** Load `path` with the bundle's scoring spec, leaving out (and reporting) columns it lacks. */
export async function loadForScoring(path: string, scorer: BundleScorer): Promise<LoadedForScoring> {
  const have = new Set(await fileColumns(path));
  const absent = scorer.requiredColumns.filter((c) => !have.has(c));
  const s = scorer.scoringSpec;
  const features = s.features.filter((f) => have.has(f.column));
  const present: FeatureSpec = {
    name: s.name,
    features,
    ...(s.id && have.has(s.id) ? { id: s.id } : {}),
    ...(s.exposure && have.has(s.exposure) ? { exposure: s.exposure } : {}),
    ...(s.exposureCap !== undefined ? { exposureCap: s.exposureCap } : {}),
  };
  // Nothing the bundle reads is there: load every column, for the row count (and the id).
  const table = features.length === 0 && !present.id && !present.exposure ? await loadTable(path) : await loadTable(path, present);
  return { table, absent };
}

/** Output formats of `telisik score`, by the output file's extension. */
export type ScoreOutputFormat = 'parquet' | 'csv';

export function outputFormat(path: string): ScoreOutputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.parquet') return 'parquet';
  if (ext === '.csv') return 'csv';
  throw new Error(`--out must end in .parquet or .csv, got ${path}`);
}

type ColumnType = 'BIGINT' | 'DOUBLE' | 'VARCHAR';

/** The output columns, in order; reasons are spread over reason_1..4 so a spreadsheet reads them. */
export const SCORE_COLUMNS: readonly { readonly name: string; readonly type: ColumnType }[] = Object.freeze([
  { name: 'row_number', type: 'BIGINT' },
  { name: 'id', type: 'VARCHAR' },
  { name: 'status', type: 'VARCHAR' },
  { name: 'not_scored_code', type: 'VARCHAR' },
  { name: 'not_scored_reason', type: 'VARCHAR' },
  { name: 'score', type: 'DOUBLE' },
  { name: 'probability_of_default', type: 'DOUBLE' },
  { name: 'band', type: 'VARCHAR' },
  { name: 'prediction', type: 'DOUBLE' },
  ...Array.from({ length: MAX_SCORE_REASONS }, (_, k) => [
    { name: `reason_${k + 1}_code`, type: 'VARCHAR' as const },
    { name: `reason_${k + 1}_feature`, type: 'VARCHAR' as const },
    { name: `reason_${k + 1}_en`, type: 'VARCHAR' as const },
    { name: `reason_${k + 1}_id`, type: 'VARCHAR' as const },
  ]).flat(),
  { name: 'model_version', type: 'VARCHAR' },
  { name: 'explanation', type: 'VARCHAR' },
]);

function values(r: ScoredRow, version: string): (number | string | null)[] {
  const reasons = Array.from({ length: MAX_SCORE_REASONS }, (_, k) => {
    const x = r.reasons[k];
    return x ? [x.code, x.feature, x.sentence.en, x.sentence.id] : [null, null, null, null];
  }).flat();
  return [
    r.row + 1,
    r.id,
    r.notScored ? 'not_scored' : 'scored',
    r.notScored?.code ?? null,
    r.notScored?.reason ?? null,
    r.score,
    r.probabilityOfDefault,
    r.band,
    r.prediction,
    ...reasons,
    version,
    r.explanation ? JSON.stringify(r.explanation) : null,
  ];
}

/** Write scored rows to `path` (Parquet or CSV with a header), replacing it. */
export async function writeScores(path: string, rows: readonly ScoredRow[], modelVersion: string): Promise<void> {
  const format = outputFormat(path);
  const instance = await createOfflineDuckDB(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE scores (${SCORE_COLUMNS.map((c) => `${ident(c.name)} ${c.type}`).join(', ')})`);
    const appender = await connection.createAppender('scores');
    for (const r of rows) {
      values(r, modelVersion).forEach((v, k) => {
        const type = (SCORE_COLUMNS[k] as { type: ColumnType }).type;
        if (v === null || (typeof v === 'number' && !Number.isFinite(v))) appender.appendNull();
        else if (type === 'BIGINT') appender.appendBigInt(BigInt(v));
        else if (type === 'DOUBLE') appender.appendDouble(v as number);
        else appender.appendVarchar(String(v));
      });
      appender.endRow();
    }
    appender.closeSync();
    const options = format === 'parquet' ? '(FORMAT parquet)' : '(FORMAT csv, HEADER true)';
    await connection.run(`COPY (SELECT * FROM scores ORDER BY row_number) TO $1 ${options}`, [path]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export interface ScoreFileOutcome {
  readonly rows: number;
  readonly scored: number;
  readonly notScored: Readonly<Record<string, number>>;
}

/** Score a file with a bundle scorer and write the result. */
export async function scoreFile(
  scorer: BundleScorer,
  dataPath: string,
  outPath: string,
  options: ScoreOptions = {},
): Promise<ScoreFileOutcome> {
  outputFormat(outPath);
  const { table, absent } = await loadForScoring(dataPath, scorer);
  const rows = scorer.scoreTable(table, absent, options);
  await writeScores(outPath, rows, scorer.version);
  const notScored: Record<string, number> = {};
  for (const r of rows) if (r.notScored) notScored[r.notScored.code] = (notScored[r.notScored.code] ?? 0) + 1;
  return { rows: rows.length, scored: rows.filter((r) => !r.notScored).length, notScored };
}
