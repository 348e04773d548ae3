// The case workflow suite on an embedded DuckDB file (the default store).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCaseWorkflow } from './test-support/case-workflow-suite.js';
import { openOpsStore } from './open-store.js';

describeCaseWorkflow('DuckDB', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'telisik-case-workflow-'));
  return {
    store: await openOpsStore(`duckdb:${join(dir, 'ops.duckdb')}`),
    raw: () => Promise.reject(new Error('DuckDB is reached only through the store')),
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
