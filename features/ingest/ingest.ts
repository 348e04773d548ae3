// `ingestFiles`: the entry point of ingestion. Resolves inputs to (table, file) pairs,
// checks the pseudonym key against the one the warehouse was built with, then ingests
// each file in turn (row-range chunks, one transaction each: ingest-file.ts), reporting
// progress and per-file counts. Rows left by an ingestion that died mid-file are removed first.
import type { Warehouse } from '../warehouse/warehouse.js';
import { SOURCE_TABLES } from '../warehouse/raw-tables.js';
import { literal } from '../warehouse/sql.js';
import { PseudonymKeyError } from './ingest-errors.js';
import { ingestFile } from './ingest-file.js';
import { discardRows } from './load-pass.js';
import type { FileIngestResult, IngestProgress } from './ingest-file.js';
import { keyFingerprint, resolvePseudonymKey } from './pseudonym.js';
import type { PseudonymKey } from './pseudonym.js';
import { resolveInputs } from './sources.js';
import type { IngestInput } from './sources.js';

/**
 * DuckDB memory_limit for an ingestion when neither a flag nor TELISIK_WAREHOUSE_MEMORY_LIMIT
 * sets one. With loading in chunks, the only user of memory beyond a few hundred MB is the
 * whole-file duplicate-key aggregate, which spills: at 300,000 members (12.7M contribution
 * rows) 1GB gave a peak RSS of 1.27 GB against 2.14 GB with the 2GB warehouse default, at the
 * same CPU time (87.5 s vs 87.8 s). Left to the other stages: their joins were not measured.
 */
export const DEFAULT_INGEST_MEMORY_LIMIT = '1GB';

/** SET memory_limit for an ingestion session unless the operator chose one (flag or env). */
export async function applyIngestMemoryLimit(
  warehouse: Warehouse,
  explicit: string | undefined,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  if (explicit !== undefined || env['TELISIK_WAREHOUSE_MEMORY_LIMIT']) return;
  await warehouse.run(`SET memory_limit = ${literal(DEFAULT_INGEST_MEMORY_LIMIT)}`);
}

export interface IngestOptions {
  /** Allow the fixed public demo key when TELISIK_PSEUDONYM_KEY is unset (synthetic data only). */
  demoKey?: boolean;
  /** Explicit pseudonym key; wins over the environment. */
  pseudonymKey?: string | Buffer;
  /** Environment to read the key from; defaults to process.env. */
  env?: Record<string, string | undefined>;
  onProgress?: (p: IngestProgress) => void;
  /**
   * Rows per load transaction; default TELISIK_INGEST_CHUNK_ROWS, else
   * DEFAULT_LOAD_CHUNK_ROWS for Parquet and the whole file for CSV and NDJSON.
   */
  chunkRows?: number;
  /** Warnings meant for the operator (demo key in use, ignored files). */
  onWarning?: (message: string) => void;
}

export interface IngestReport {
  readonly files: readonly FileIngestResult[];
  /** Files in input directories that name no table or have an unknown extension. */
  readonly ignored: readonly string[];
  readonly demoKey: boolean;
  readonly totals: { readonly rowsRead: number; readonly rowsLoaded: number; readonly rowsQuarantined: number };
}

export async function ingestFiles(
  warehouse: Warehouse,
  inputs: IngestInput | readonly IngestInput[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  if (warehouse.readOnly) throw new Error(`${warehouse.path} is open read-only; ingestion needs the writable warehouse`);
  const key = resolvePseudonymKey({
    demoKey: options.demoKey,
    env: options.env,
    key: options.pseudonymKey,
    warn: options.onWarning,
  });
  await checkKeyFingerprint(warehouse, key);
  const chunkRows = options.chunkRows ?? chunkRowsFromEnv(options.env ?? process.env);
  for (const def of SOURCE_TABLES) await discardRows(warehouse, def, 'interrupted');

  options.onProgress?.({ phase: 'resolve', done: 0, total: 1 });
  const list: readonly IngestInput[] = Array.isArray(inputs) ? inputs : [inputs as IngestInput];
  const { files, ignored } = await resolveInputs(list);
  for (const path of ignored) options.onWarning?.(`${path}: not ingested (the name matches no table or format)`);

  const results: FileIngestResult[] = [];
  for (const [i, file] of files.entries()) {
    options.onProgress?.({ phase: 'file', file: file.path, done: i, total: files.length });
    results.push(await ingestFile(warehouse, file.table, file.path, key, options.onProgress, chunkRows));
  }
  options.onProgress?.({ phase: 'file', done: files.length, total: files.length });
  const sum = (f: (r: FileIngestResult) => number): number => results.reduce((a, r) => a + f(r), 0);
  return {
    files: results,
    ignored,
    demoKey: key.demo,
    totals: { rowsRead: sum((r) => r.rowsRead), rowsLoaded: sum((r) => r.rowsLoaded), rowsQuarantined: sum((r) => r.rowsQuarantined) },
  };
}

/** Pseudonyms made with different keys never join: refuse to mix them in one warehouse. */
async function checkKeyFingerprint(warehouse: Warehouse, key: PseudonymKey): Promise<void> {
  const fingerprint = keyFingerprint(key.key);
  const rows = await warehouse.query<{ value: string }>("SELECT value FROM warehouse_meta WHERE key = 'pseudonym_key_fingerprint'");
  const stored = rows[0]?.value;
  if (stored === undefined) {
    await warehouse.run(`INSERT INTO warehouse_meta VALUES ('pseudonym_key_fingerprint', ${literal(fingerprint)})`);
  } else if (stored !== fingerprint) {
    throw new PseudonymKeyError(
      `${warehouse.path} was built with a different pseudonym key (fingerprint ${stored}, this key ${fingerprint}${key.demo ? ', the demo key' : ''}); ` +
        'member and card keys would not join. Use the original TELISIK_PSEUDONYM_KEY or a new warehouse file.',
    );
  }
}

function chunkRowsFromEnv(env: Record<string, string | undefined>): number | undefined {
  const raw = env['TELISIK_INGEST_CHUNK_ROWS'];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!(Number.isInteger(n) && n >= 1)) throw new Error(`TELISIK_INGEST_CHUNK_ROWS must be a positive integer, not ${raw}`);
  return n;
}
