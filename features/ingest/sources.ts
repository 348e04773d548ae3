// Which files to ingest and as which table: explicit {table, path} items, or directories
// whose files are named after a table (`claims.csv`, `contributions.parquet`, also
// `contributions-0001.parquet` or `contributions/part-1.parquet` for split extracts).
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { TABLES } from '../../data-samples/schema/index.js';
import type { TableName } from '../../data-samples/schema/index.js';
import { MissingSourceError, UnknownSourceError } from './ingest-errors.js';

export type SourceFormat = 'csv' | 'csv.gz' | 'parquet' | 'ndjson';

export interface SourceFile {
  readonly table: TableName;
  readonly path: string;
}

/** An input: a file bound to a table, or a path (file or directory) named after a table. */
export type IngestInput = SourceFile | string;

const EXTENSIONS: ReadonlyArray<readonly [string, SourceFormat]> = [
  ['.csv.gz', 'csv.gz'],
  ['.csv', 'csv'],
  ['.parquet', 'parquet'],
  ['.ndjson', 'ndjson'],
  ['.jsonl', 'ndjson'],
];

const TABLE_ORDER: readonly TableName[] = TABLES.map((t) => t.name);

export function sourceFormat(path: string): SourceFormat | undefined {
  const lower = path.toLowerCase();
  return EXTENSIONS.find(([ext]) => lower.endsWith(ext))?.[1];
}

/** The table a file name stands for: the longest table name followed by an extension or a separator. */
export function tableForName(name: string): TableName | undefined {
  const lower = name.toLowerCase();
  const candidates = TABLE_ORDER.filter(
    (t) => lower === t || lower.startsWith(`${t}.`) || lower.startsWith(`${t}-`) || lower.startsWith(`${t}_`),
  );
  return candidates.sort((a, b) => b.length - a.length)[0];
}

export interface ResolvedInputs {
  readonly files: readonly SourceFile[];
  /** Files found in directories that name no table or have an unknown extension. */
  readonly ignored: readonly string[];
}

/** Expands directories; orders files by table (contract order), then path. */
export async function resolveInputs(inputs: readonly IngestInput[]): Promise<ResolvedInputs> {
  const files: SourceFile[] = [];
  const ignored: string[] = [];
  for (const input of inputs) {
    if (typeof input !== 'string') {
      if (!sourceFormat(input.path))
        throw new UnknownSourceError(input.path, 'unknown format (expected .csv, .csv.gz, .parquet, .ndjson or .jsonl)');
      files.push(input);
      continue;
    }
    const info = await statSource(input);
    if (info.isDirectory()) {
      await collectDirectory(input, undefined, files, ignored);
    } else {
      const table = tableForName(basename(input));
      if (!table || !sourceFormat(input)) {
        throw new UnknownSourceError(
          input,
          'cannot tell the table from the file name (expected <table>.csv|.csv.gz|.parquet|.ndjson|.jsonl)',
        );
      }
      files.push({ table, path: input });
    }
  }
  files.sort((a, b) => TABLE_ORDER.indexOf(a.table) - TABLE_ORDER.indexOf(b.table) || a.path.localeCompare(b.path));
  return { files, ignored };
}

/** `stat`, with a path that is not there (or not reachable) as a typed input error. */
async function statSource(path: string): Promise<Awaited<ReturnType<typeof stat>>> {
  try {
    return await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new MissingSourceError(path, { cause: err });
    throw err;
  }
}

async function collectDirectory(dir: string, table: TableName | undefined, files: SourceFile[], ignored: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const named = table ?? tableForName(entry.name);
    if (entry.isDirectory()) {
      // Only a directory named after a table is entered: `contributions/part-1.parquet`.
      if (named && !table) await collectDirectory(path, named, files, ignored);
      else ignored.push(path);
    } else if (named && sourceFormat(entry.name)) {
      files.push({ table: named, path });
    } else {
      ignored.push(path);
    }
  }
}
