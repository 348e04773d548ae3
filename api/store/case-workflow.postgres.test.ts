// The case workflow suite on a real PostgreSQL, in a schema of its own dropped afterwards.
// Outside CI a missing server skips this file with a warning; under CI=true it fails.
import { describe } from 'vitest';
import { dropSchema, newTestSchema, postgresAvailable, TEST_POSTGRES_URL, withPostgres } from '../test-support/postgres.js';
import { describeCaseWorkflow } from './test-support/case-workflow-suite.js';
import { openOpsStore } from './open-store.js';

const available = await postgresAvailable();

describe.skipIf(!available)('PostgreSQL', () => {
  describeCaseWorkflow('PostgreSQL', async () => {
    const schema = newTestSchema();
    return {
      store: await openOpsStore(TEST_POSTGRES_URL, { schema }),
      raw: (sql) => withPostgres((c) => c.query(sql), schema),
      cleanup: () => dropSchema(schema),
    };
  });
});
