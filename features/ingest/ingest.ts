// `ingestFiles`: the entry point of ingestion. Resolves inputs to (table, file) pairs,
// checks the pseudonym key against the one the warehouse was built with, then ingests
// each file in turn (one transaction per file), reporting progress and per-file counts.
import type { Warehouse } from '../warehouse/warehouse.js';
import { literal } from '../warehouse/sql.js';
import { PseudonymKeyError } from './ingest-errors.js';
import { ingestFile } from './ingest-file.js';
import type { FileIngestResult, IngestProgress } from './ingest-file.js';
import { keyFingerprint, resolvePseudonymKey } from './pseudonym.js';
import type { PseudonymKey } from './pseudonym.js';
import { resolveInputs } from './sources.js';
import type { IngestInput } from './sources.js';

export interface IngestOptions {
  /** Allow the fixed public demo key when TELISIK_PSEUDONYM_KEY is unset (synthetic data only). */
  demoKey?: boolean;
  /** Explicit pseudonym key; wins over the environment. */
  pseudonymKey?: string | Buffer;
  /** Environment to read the key from; defaults to process.env. */
  env?: Record<string, string | undefined>;
  onProgress?: (p: IngestProgress) => void;
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

  options.onProgress?.({ phase: 'resolve', done: 0, total: 1 });
  const list: readonly IngestInput[] = Array.isArray(inputs) ? inputs : [inputs as IngestInput];
  const { files, ignored } = await resolveInputs(list);
  for (const path of ignored) options.onWarning?.(`${path}: not ingested (the name matches no table or format)`);

  const results: FileIngestResult[] = [];
  for (const [i, file] of files.entries()) {
    options.onProgress?.({ phase: 'file', file: file.path, done: i, total: files.length });
    results.push(await ingestFile(warehouse, file.table, file.path, key, options.onProgress));
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
