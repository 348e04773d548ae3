// Opens the ops store named by a location: `duckdb:PATH` (the embedded default, one
// process) or `postgres://...` / `postgresql://...` (shared by several API instances).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OpsStore } from './ops-store.js';
import { openDuckDbDriver } from './sql/duckdb-driver.js';
import { openPostgresDriver, type StoreTimeouts } from './sql/postgres-driver.js';
import { SqlOpsStore } from './sql/sql-ops-store.js';

/** Where the embedded store lives unless told otherwise. */
export const DEFAULT_STORE = 'duckdb:var/ops.duckdb';

/**
 * Access-log appends are group-committed with no extra wait: rows arriving during a commit
 * go in the next one (append-batcher.ts). On a DuckDB file a batch is one synchronous append
 * to the access journal, moved into the table through the appender later (access-journal.ts);
 * PostgreSQL gets one multi-row INSERT per batch instead of a round trip and a commit per row.
 */
const APPEND_WINDOW_MS = 0;
/** The access log's journal segments sit beside the DuckDB file: `ops.duckdb.access-journal.000000001`, ... */
const ACCESS_JOURNAL_SUFFIX = '.access-journal';

export interface OpenStoreOptions {
  /** PostgreSQL schema (tests use one per run). */
  readonly schema?: string;
  /** Access-log group commit: null writes each row on its own; n waits n ms for company. */
  readonly appendWindowMs?: number | null;
  /** PostgreSQL: how long to wait for a connection and a statement (DEFAULT_STORE_TIMEOUTS). */
  readonly timeouts?: StoreTimeouts;
}

export async function openOpsStore(location: string, options: OpenStoreOptions = {}): Promise<OpsStore> {
  if (location.startsWith('postgres://') || location.startsWith('postgresql://')) {
    const driver = await openPostgresDriver({
      connectionString: location,
      ...(options.schema !== undefined ? { schema: options.schema } : {}),
      ...(options.timeouts !== undefined ? { timeouts: options.timeouts } : {}),
    });
    return SqlOpsStore.open(driver, {
      appendWindowMs: options.appendWindowMs === undefined ? APPEND_WINDOW_MS : options.appendWindowMs,
    });
  }
  if (location.startsWith('duckdb:')) {
    const path = location.slice('duckdb:'.length) || ':memory:';
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const driver = await openDuckDbDriver(path);
    const appendWindowMs = options.appendWindowMs === undefined ? APPEND_WINDOW_MS : options.appendWindowMs;
    // One process owns the file, so it owns the access log's journal beside it too (access-journal.ts).
    const journal = path !== ':memory:' && appendWindowMs !== null ? { accessJournal: `${path}${ACCESS_JOURNAL_SUFFIX}` } : {};
    return SqlOpsStore.open(driver, { appendWindowMs, ...journal });
  }
  throw new Error(`unknown store location "${location}": use duckdb:PATH or postgres://...`);
}
