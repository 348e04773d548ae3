// The ops store suite on PostgreSQL, in a schema of its own that is dropped afterwards.
// Outside CI a missing server skips this file with a warning; under CI=true it fails.
import { describe } from 'vitest';
import { dropSchema, newTestSchema, postgresAvailable, TEST_POSTGRES_URL, withPostgres } from '../test-support/postgres.js';
import { describeOpsStore } from '../test-support/ops-store-suite.js';
import { openOpsStore } from './open-store.js';

const available = await postgresAvailable();

describe.skipIf(!available)('PostgreSQL', () => {
  describeOpsStore('PostgreSQL', async () => {
    const schema = newTestSchema();
    const emptySchemas: string[] = [];
    let current = await openOpsStore(TEST_POSTGRES_URL, { schema });
    return {
      store: current,
      // Several API instances start together: both migrate under the advisory lock.
      async reopen() {
        const [a, b] = await Promise.all([openOpsStore(TEST_POSTGRES_URL, { schema }), openOpsStore(TEST_POSTGRES_URL, { schema })]);
        await Promise.all([current.close(), b.close()]);
        current = a;
        return current;
      },
      raw: (sql) => withPostgres((c) => c.query(sql), schema),
      openEmpty() {
        const empty = newTestSchema();
        emptySchemas.push(empty);
        return openOpsStore(TEST_POSTGRES_URL, { schema: empty });
      },
      async cleanup() {
        for (const s of [schema, ...emptySchemas]) await dropSchema(s);
      },
    };
  });
});
