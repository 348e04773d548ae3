// The one factory for DuckDB instances. Nothing may reach for the network: extensions are
// neither installed nor autoloaded, and no external file cache keeps source blocks (which
// may hold clear identifiers) in memory beyond a query.
import type { DuckDBInstance } from '@duckdb/node-api';
import { duckdbNodeApi } from './node-api.js';

export interface OfflineDuckDBOptions {
  /** Open an existing file read-only: many readers, never a writer. */
  readOnly?: boolean;
  /** Worker threads for this instance (DuckDB's default: every core). */
  threads?: number;
  /** e.g. '2GB'. */
  memoryLimit?: string;
  /** Where DuckDB spills beyond the memory limit. */
  tempDirectory?: string;
  /** Further DuckDB settings, by name. */
  settings?: Readonly<Record<string, string>>;
}

/** DuckDB settings shared by every instance this project opens. */
export const OFFLINE_DUCKDB_SETTINGS: Readonly<Record<string, string>> = Object.freeze({
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
  enable_external_file_cache: 'false',
});

/** The DuckDB configuration for `options` (exposed for the few callers that need the object). */
export function offlineDuckDBConfig(options: OfflineDuckDBOptions = {}): Record<string, string> {
  if (options.threads !== undefined && !(Number.isInteger(options.threads) && options.threads >= 1)) {
    throw new Error(`threads must be a positive integer, not ${options.threads}`);
  }
  for (const [name, value] of Object.entries(options.settings ?? {})) {
    const offline = OFFLINE_DUCKDB_SETTINGS[name];
    if (offline !== undefined && offline !== value) throw new Error(`${name} is fixed at ${offline}: instances stay offline`);
  }
  return {
    ...OFFLINE_DUCKDB_SETTINGS,
    ...(options.readOnly ? { access_mode: 'READ_ONLY' } : {}),
    ...(options.threads !== undefined ? { threads: String(options.threads) } : {}),
    ...(options.memoryLimit !== undefined ? { memory_limit: options.memoryLimit } : {}),
    ...(options.tempDirectory !== undefined ? { temp_directory: options.tempDirectory } : {}),
    ...(options.settings ?? {}),
  };
}

/** Opens `path` (or ':memory:') with the offline configuration. */
export async function createOfflineDuckDB(path: string, options: OfflineDuckDBOptions = {}): Promise<DuckDBInstance> {
  return duckdbNodeApi.DuckDBInstance.create(path, offlineDuckDBConfig(options));
}
