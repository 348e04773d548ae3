// Test helper: the PostgreSQL the suites run against, and a fresh schema per test run.
// Under CI=true a missing server is a failure, never a skip.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const TEST_POSTGRES_URL = process.env.TELISIK_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when the server answers; throws instead under CI so the suite fails loudly. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (err) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is required under CI at ${TEST_POSTGRES_URL}: ${(err as Error).message}`, { cause: err });
    }
    console.warn(`PostgreSQL not reachable at ${TEST_POSTGRES_URL}; its suite is skipped outside CI`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const newTestSchema = (): string => `test_${randomUUID().replace(/-/g, '_')}`;

export async function withPostgres<T>(work: (client: pg.Client) => Promise<T>, schema?: string): Promise<T> {
  const client = new pg.Client({
    connectionString: TEST_POSTGRES_URL,
    ...(schema !== undefined ? { options: `-c search_path=${schema}` } : {}),
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  await withPostgres((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}
