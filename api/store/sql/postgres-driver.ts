// PostgreSQL behind the SqlDriver seam: a `pg` Pool shared by every request of one API
// instance; several instances share the database (production).
import pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from './driver.js';

export interface PostgresDriverOptions {
  readonly connectionString: string;
  /** Schema to create (if missing) and use; tests give each run its own. */
  readonly schema?: string;
  readonly maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

export async function openPostgresDriver(options: PostgresDriverOptions): Promise<SqlDriver> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  if (schema !== undefined) {
    const admin = new pg.Client({ connectionString: options.connectionString });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    // search_path per connection, so the shared SQL names tables without a schema.
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const run = async (client: pg.Pool | pg.PoolClient, sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> =>
    (await client.query(sql, params === undefined ? undefined : [...params])).rows as SqlRow[];
  const lockKey = `telisik.ops.migrate.${schema ?? 'public'}`;

  return {
    dialect: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async exclusive<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
        const result = await work({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
