// One scenario set for every OpsStore implementation (Kysely's habit: same assertions over
// every dialect). The *.test.ts files call it once per database.
// The scenarios live in ops-store-suite/ by concern; this file opens the store and runs them in one describe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpsStore } from '../store/ops-store.js';
import { clientScenarios } from './ops-store-suite/clients.js';
import { outcomeScenarios } from './ops-store-suite/outcomes.js';
import { runScenarios } from './ops-store-suite/runs.js';
import { scoreAccessScenarios } from './ops-store-suite/score-access.js';
import { storedValueScenarios } from './ops-store-suite/stored-values.js';
import { hash, type StoreUnderTest, type SuiteState } from './ops-store-suite/support.js';

export function describeOpsStore(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`OpsStore on ${name}`, () => {
    let t: StoreUnderTest;
    let store: OpsStore;
    beforeAll(async () => {
      t = await open();
      store = t.store;
    });
    afterAll(async () => {
      await store?.close();
      await t?.cleanup();
    });

    it('migrates once: reopening the same database finds the schema current and the data kept', async () => {
      const before = await store.createClient({ name: 'before reopen', role: 'auditor', keyHash: hash() });
      store = await t.reopen();
      await store.ping();
      expect((await store.getClient(before.id))?.name).toBe('before reopen');
    });

    // read when each scenario runs, after beforeAll opened the store (and the first scenario reopened it)
    const s: SuiteState = {
      get t() {
        return t;
      },
      get store() {
        return store;
      },
    };
    clientScenarios(s);
    scoreAccessScenarios(s);
    outcomeScenarios(s);
    storedValueScenarios(s);
    runScenarios(s);
  });
}
