// Upgrading a database made before the member_channel role (migration 2 rebuilds
// api_clients): every client survives with its key hash, revocation and times, the new
// role is admitted and unknown roles are still refused, on both databases.
import { describe, expect, it } from 'vitest';
import { dropSchema, newTestSchema, postgresAvailable, TEST_POSTGRES_URL } from '../../test-support/postgres.js';
import type { SqlDriver } from './driver.js';
import { openDuckDbDriver } from './duckdb-driver.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { openPostgresDriver } from './postgres-driver.js';
import { SqlOpsStore } from './sql-ops-store.js';

const postgres = await postgresAvailable();

const dialects: Array<[string, boolean, () => Promise<{ driver: SqlDriver; cleanup: () => Promise<void> }>]> = [
  ['DuckDB', true, async () => ({ driver: await openDuckDbDriver(':memory:'), cleanup: async () => undefined })],
  [
    'PostgreSQL',
    postgres,
    async () => {
      const schema = newTestSchema();
      return { driver: await openPostgresDriver({ connectionString: TEST_POSTGRES_URL, schema }), cleanup: () => dropSchema(schema) };
    },
  ],
];

describe.each(dialects)('ops store migrations on %s', (_name, available, open) => {
  it.skipIf(!available)('upgrades a version-1 database to admit member_channel and keeps every client', async () => {
    const { driver, cleanup } = await open();
    try {
      expect(
        await migrate(
          driver,
          MIGRATIONS.filter((m) => m.version === 1),
        ),
      ).toEqual([1]);
      await driver.query(
        `INSERT INTO api_clients (id, name, role, key_hash, created_at, revoked_at) VALUES
         ('c1', 'Bank Digital Nusantara', 'bank', 'h1', '2026-01-02T03:04:05.000Z', NULL),
         ('c2', 'former admin', 'admin', 'h2', '2026-01-03T00:00:00.000Z', '2026-02-01T00:00:00.000Z')`,
      );
      await expect(
        driver.query(`INSERT INTO api_clients VALUES ('c3', 'x', 'member_channel', 'h3', '2026-01-04T00:00:00Z', NULL)`),
      ).rejects.toThrow();

      const store = await SqlOpsStore.open(driver);
      expect((await driver.query('SELECT version FROM ops_migrations ORDER BY version')).map((r) => Number(r.version))).toEqual([1, 2, 3]);
      expect(await store.findClientByKeyHash('h1')).toMatchObject({
        id: 'c1',
        name: 'Bank Digital Nusantara',
        role: 'bank',
        createdAt: new Date('2026-01-02T03:04:05.000Z'),
        revokedAt: null,
      });
      expect(await store.findClientByKeyHash('h2')).toMatchObject({
        id: 'c2',
        role: 'admin',
        revokedAt: new Date('2026-02-01T00:00:00.000Z'),
      });
      expect(await store.createClient({ name: 'Aplikasi JMO', role: 'member_channel', keyHash: 'h3' })).toMatchObject({
        role: 'member_channel',
      });
      await expect(store.createClient({ name: 'x', role: 'root' as 'admin', keyHash: 'h4' })).rejects.toThrow();
      await expect(store.createClient({ name: 'copy', role: 'bank', keyHash: 'h1' })).rejects.toThrow();
      await store.close();
    } finally {
      await cleanup();
    }
  });
});
