// The ops store suite on an embedded DuckDB file (the default store).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeOpsStore } from '../test-support/ops-store-suite.js';
import { openOpsStore } from './open-store.js';

describeOpsStore('DuckDB', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'telisik-ops-'));
  const location = `duckdb:${join(dir, 'ops.duckdb')}`;
  let current = await openOpsStore(location);
  return {
    store: current,
    // One process owns a DuckDB file, so the next instance opens it after this one closes.
    async reopen() {
      await current.close();
      current = await openOpsStore(location);
      return current;
    },
    raw: () => Promise.reject(new Error('DuckDB is reached only through the store')),
    openEmpty: () => openOpsStore(`duckdb:${join(dir, `empty-${randomUUID()}.duckdb`)}`),
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
