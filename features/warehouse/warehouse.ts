// Opening and closing the DuckDB warehouse file. One writer or any number of readers at a
// time, across threads and processes (warehouse-lock.ts: DuckDB's own lock is per process);
// readers open it READ_ONLY. Opening writable migrates the schema (idempotent) and
// refreshes the ref_* tables from the frozen reference lists.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { createOfflineDuckDB, ident, literal } from '../../data-samples/sql/index.js';
import { referenceCodes } from '../../data-samples/reference/index.js';
import { createRawTableSql, rawTableName, SOURCE_TABLES, warehouseColumns } from './raw-tables.js';
import { loadReferenceTables } from './references.js';
import type { ReferenceCodes } from './references.js';
import { BOOKKEEPING_DDL, WAREHOUSE_SCHEMA_VERSION } from './schema.js';
import { isDuckDBLockConflict, lockWarehouseFile, WarehouseLockedError } from './warehouse-lock.js';

export const DEFAULT_WAREHOUSE_PATH = 'var/warehouse.duckdb';

/**
 * DuckDB's own default is 80% of RAM, so a national-size ingestion would take whatever the
 * machine has (15 GB at 1 million members in the foundation bench). A fixed limit keeps
 * memory flat as the extract grows: beyond it DuckDB spills to its temp directory.
 */
export const DEFAULT_WAREHOUSE_MEMORY_LIMIT = '2GB';

export interface OpenWarehouseOptions {
  /** Open an existing warehouse for reading only (any number of processes may). */
  readOnly?: boolean;
  /** Reference code lists for the ref_* tables; defaults to data-samples/reference. */
  references?: ReferenceCodes;
  /**
   * DuckDB memory_limit, e.g. '2GB'; DuckDB spills to disk beyond it. Default:
   * TELISIK_WAREHOUSE_MEMORY_LIMIT or DEFAULT_WAREHOUSE_MEMORY_LIMIT.
   */
  memoryLimit?: string;
  /**
   * Where DuckDB spills beyond the memory limit. Default: TELISIK_WAREHOUSE_TEMP_DIRECTORY,
   * else DuckDB's (`<database>.tmp` beside the file). Spill files are not encrypted and
   * may hold clear values from DuckDB's working buffers during ingestion: point this at a
   * RAM-backed, access-restricted folder (e.g. under /dev/shm) where that matters.
   */
  tempDirectory?: string;
  /** DuckDB worker threads; default: DuckDB's (all cores). */
  threads?: number;
  /**
   * How long to wait while another thread or process holds the file (a writer, or readers
   * when opening writable) before throwing WarehouseLockedError; default 0.
   */
  lockWaitMs?: number;
}

/** An open warehouse: a single DuckDB connection plus the helpers ingestion needs. */
export interface Warehouse {
  readonly path: string;
  readonly readOnly: boolean;
  readonly connection: DuckDBConnection;
  /** Runs a statement and discards its result. */
  run(sql: string, params?: DuckDBValue[]): Promise<void>;
  /** Runs a query and returns its rows as plain objects (BIGINT stays bigint). */
  query<Row = Record<string, unknown>>(sql: string, params?: DuckDBValue[]): Promise<Row[]>;
  /** Runs `work` inside BEGIN/COMMIT, rolling back if it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Checkpoints (folds the WAL into the file), then releases the file. */
  close(): Promise<void>;
}

/**
 * Opens the warehouse (offline instance, data-samples/sql: no extension downloads, no
 * external file cache, which would keep source blocks with clear NIKs in spillable buffers).
 * Takes the warehouse lock first and keeps it until `close()`.
 */
export async function openWarehouse(path: string, options: OpenWarehouseOptions = {}): Promise<Warehouse> {
  const readOnly = options.readOnly ?? false;
  const tempDirectory = options.tempDirectory ?? process.env['TELISIK_WAREHOUSE_TEMP_DIRECTORY'];
  if (!readOnly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });

  const lock = await lockWarehouseFile(path, readOnly ? 'read' : 'write', { waitMs: options.lockWaitMs ?? 0 });
  let instance: DuckDBInstance;
  try {
    instance = await createOfflineDuckDB(path, {
      readOnly,
      memoryLimit: options.memoryLimit ?? process.env['TELISIK_WAREHOUSE_MEMORY_LIMIT'] ?? DEFAULT_WAREHOUSE_MEMORY_LIMIT,
      ...(options.threads ? { threads: options.threads } : {}),
      ...(tempDirectory ? { tempDirectory } : {}),
    });
  } catch (err) {
    lock.release();
    // A process that does not take our lock (an older telisik, the duckdb CLI) holds the file.
    if (isDuckDBLockConflict(err))
      throw new WarehouseLockedError(path, readOnly ? 'read' : 'write', null, "another process holds DuckDB's lock on the file");
    throw err;
  }
  let connection: DuckDBConnection;
  try {
    connection = await instance.connect();
  } catch (err) {
    instance.closeSync();
    lock.release();
    throw err;
  }
  let closed = false;

  const warehouse: Warehouse = {
    path,
    readOnly,
    connection,
    async run(sql, params) {
      await connection.run(sql, params);
    },
    async query<Row>(sql: string, params?: DuckDBValue[]): Promise<Row[]> {
      const reader = await connection.runAndReadAll(sql, params);
      return reader.getRowObjectsJS() as Row[];
    },
    async transaction(work) {
      await connection.run('BEGIN TRANSACTION');
      try {
        const result = await work();
        await connection.run('COMMIT');
        return result;
      } catch (err) {
        await connection.run('ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        // Checkpoint so that the file is self-contained and the WAL is removed on close.
        if (!readOnly) await connection.run('CHECKPOINT');
      } finally {
        connection.closeSync();
        instance.closeSync();
        lock.release();
      }
    },
  };

  try {
    if (readOnly) await assertIsWarehouse(warehouse);
    else await migrate(warehouse, options.references ?? referenceCodes);
  } catch (err) {
    connection.closeSync();
    instance.closeSync();
    lock.release();
    throw err;
  }
  return warehouse;
}

async function assertIsWarehouse(warehouse: Warehouse): Promise<void> {
  const rows = await warehouse.query<{ n: bigint }>(
    "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'ingest_files' AND NOT temporary",
  );
  if (Number(rows[0]?.n ?? 0) === 0) {
    throw new Error(`${warehouse.path} is not a telisik warehouse (no ingest_files table); open it writable once to create it`);
  }
}

/**
 * Creates what is missing; follows the contract since the file was created: adds new
 * columns, drops NOT NULL where a column became nullable, refuses a changed type.
 */
async function migrate(warehouse: Warehouse, references: ReferenceCodes): Promise<void> {
  await warehouse.transaction(async () => {
    for (const ddl of BOOKKEEPING_DDL) await warehouse.run(ddl);
    for (const def of SOURCE_TABLES) {
      await warehouse.run(createRawTableSql(def));
      const existing = new Map(
        (
          await warehouse.query<{ column_name: string; data_type: string; is_nullable: boolean }>(
            `SELECT column_name, data_type, is_nullable FROM duckdb_columns()
           WHERE table_name = ${literal(rawTableName(def.name))} AND database_name = current_database() AND schema_name = 'main'`,
          )
        ).map((r) => [r.column_name, r]),
      );
      const table = ident(rawTableName(def.name));
      for (const col of warehouseColumns(def)) {
        const found = existing.get(col.name);
        if (!found) {
          // Added columns are nullable: rows loaded before the contract grew have no value.
          await warehouse.run(`ALTER TABLE ${table} ADD COLUMN ${ident(col.name)} ${col.type}`);
        } else if (found.data_type !== col.type) {
          throw new Error(
            `${warehouse.path}: ${rawTableName(def.name)}.${col.name} is ${found.data_type} but the contract says ${col.type}; ` +
              'rebuild the warehouse from the extract files',
          );
        } else if (col.nullable && !found.is_nullable) {
          // The contract relaxed the column (e.g. employer_id of a BPU case): so does the table.
          await warehouse.run(`ALTER TABLE ${table} ALTER COLUMN ${ident(col.name)} DROP NOT NULL`);
        }
      }
    }
    await loadReferenceTables(warehouse.connection, references);
    await warehouse.run(`INSERT OR REPLACE INTO warehouse_meta VALUES ('schema_version', ${literal(String(WAREHOUSE_SCHEMA_VERSION))})`);
  });
}
