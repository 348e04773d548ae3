// PostgreSQL behind the SqlDriver seam: a `pg` Pool shared by every request of one API
// instance; several instances share the database (production). Every call is bounded in
// time and a store that is down or silent surfaces as StoreUnavailableError, so the API
// answers 503 instead of hanging or failing with 500; the pool reconnects when it returns.
import pg from 'pg';
import { StoreUnavailableError } from '../store-errors.js';
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from './driver.js';

export interface StoreTimeouts {
  /** Longest wait for a connection, new or from a busy pool (ms). */
  readonly connectMs: number;
  /**
   * Longest a statement may take (ms): the server cancels it (statement_timeout) and the
   * client gives up on a server that does not answer at all shortly after.
   */
  readonly statementMs: number;
}

/**
 * The store's statements are key lookups and single-row writes (milliseconds); a bank's
 * request that waited seconds has failed already, so answering 503 soon beats waiting.
 */
export const DEFAULT_STORE_TIMEOUTS: StoreTimeouts = Object.freeze({ connectMs: 3_000, statementMs: 5_000 });

/** The client's own deadline runs this much past the server's statement_timeout, so a slow but live server answers first (57014). */
const CLIENT_GRACE_MS = 1_000;
/** Migrations run once at start-up under an advisory lock another instance may hold. */
const MIGRATION_TIMEOUT_MS = 60_000;

export interface PostgresDriverOptions {
  readonly connectionString: string;
  /** Schema to create (if missing) and use; tests give each run its own. */
  readonly schema?: string;
  readonly maxConnections?: number;
  readonly timeouts?: StoreTimeouts;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * SQLSTATEs that say the server, not the statement, is the problem: connection exceptions
 * (class 08), insufficient resources (53, e.g. too many connections), shutdown or start-up
 * (57P01-57P03), a statement cancelled by statement_timeout (57014), and a session ended
 * for idling in a transaction (25P03). Anything else is the statement's fault and is
 * rethrown unchanged.
 */
function serverUnavailable(code: string | undefined): boolean {
  if (code === undefined) return false;
  return code.startsWith('08') || code.startsWith('53') || ['57P01', '57P02', '57P03', '57014', '25P03'].includes(code);
}

/**
 * What an error from `pg` means for the caller, by type: a DatabaseError is the server's
 * answer and its SQLSTATE decides; anything else from a query or a connect (a socket
 * error, the connection closing, the pool's connect timeout) means the store was not
 * reached.
 */
export function classifyPostgresError(err: unknown): unknown {
  if (err instanceof StoreUnavailableError) return err;
  if (err instanceof pg.DatabaseError) {
    if (!serverUnavailable(err.code)) return err;
    return new StoreUnavailableError('postgres', err.code === '57014' ? 'timeout' : 'refused', { cause: err });
  }
  return new StoreUnavailableError('postgres', 'unreachable', { cause: err });
}

/** Rejects with StoreUnavailableError('timeout') if `work` has not settled within `ms`. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError('postgres', 'timeout')), ms);
  });
  // The abandoned query rejects later, when its connection is destroyed; nobody waits for it.
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export async function openPostgresDriver(options: PostgresDriverOptions): Promise<SqlDriver> {
  const { schema } = options;
  const timeouts = options.timeouts ?? DEFAULT_STORE_TIMEOUTS;
  const deadlineMs = timeouts.statementMs + CLIENT_GRACE_MS;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  if (schema !== undefined) {
    const admin = new pg.Client({
      connectionString: options.connectionString,
      connectionTimeoutMillis: timeouts.connectMs,
      query_timeout: deadlineMs,
    });
    admin.on('error', () => undefined);
    try {
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (err) {
      throw classifyPostgresError(err);
    } finally {
      await admin.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: timeouts.connectMs,
    // Server side: no statement runs longer, no session idles in a transaction for ever.
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: MIGRATION_TIMEOUT_MS,
    // Notices a peer that vanished without closing (a cut network) on idle connections.
    keepAlive: true,
    // search_path per connection, so the shared SQL names tables without a schema.
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool drops it and
  // the next call opens a new one.
  pool.on('error', () => undefined);
  const lockKey = `telisik.ops.migrate.${schema ?? 'public'}`;

  /**
   * Runs `work` on a connection of its own. While checked out a client has no error
   * listener of the pool's, so one is attached here (a connection lost mid-call would
   * otherwise be an unhandled 'error' event, which ends the process); a connection that
   * failed or timed out is destroyed on release, never reused.
   */
  async function onClient<T>(work: (client: pg.PoolClient) => Promise<T>, ms: number): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw classifyPostgresError(err);
    }
    let broken: Error | undefined;
    const onError = (err: Error): void => {
      broken = err;
    };
    client.on('error', onError);
    try {
      return await withDeadline(work(client), ms);
    } catch (err) {
      const classified = classifyPostgresError(err);
      if (classified instanceof StoreUnavailableError) broken ??= classified;
      throw classified;
    } finally {
      client.removeListener('error', onError);
      client.release(broken);
    }
  }

  const run = async (client: pg.PoolClient, sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> =>
    (await client.query(sql, params === undefined ? undefined : [...params])).rows as SqlRow[];

  return {
    dialect: 'postgres',
    query: (sql, params) => onClient((client) => run(client, sql, params), deadlineMs),
    exclusive<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return onClient(async (client) => {
        await client.query('BEGIN');
        try {
          await client.query('SELECT set_config($1, $2, true)', ['statement_timeout', String(MIGRATION_TIMEOUT_MS)]);
          await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
          const result = await work({ query: (sql, params) => run(client, sql, params) });
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }, MIGRATION_TIMEOUT_MS + CLIENT_GRACE_MS);
    },
    close: () => pool.end(),
  };
}
