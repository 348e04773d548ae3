// The access log's rule under group commit: a bank gets a score only once the commit
// holding its access-log row has finished, and a commit that fails answers every request
// in it with an error and logs none of them. The embedded store's driver is wrapped so the
// test holds each commit open or fails it; everything else is the real route and store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApi } from '../../app.js';
import { generateApiKey, hashApiKey } from '../../auth/api-key.js';
import { openDuckDbDriver } from '../../store/sql/duckdb-driver.js';
import type { SqlDriver } from '../../store/sql/driver.js';
import { SqlOpsStore } from '../../store/sql/sql-ops-store.js';
import type { OpsStore } from '../../store/ops-store.js';
import type { ApiClient } from '../../store/records.js';
import { THIN_FILE_MIN_MONTHS } from '../../../features/credit/registry.js';
import { trainCreditScorecard } from '../../../models/credit/champion.js';
import { creditScorer } from '../../../models/credit/scorer.js';
import { syntheticMemberKey, syntheticMembers } from '../../../models/credit/test-support/synthetic-members.js';
import { numericValues } from '../../../models/data/table.js';
import { creditRoutes } from './index.js';

const table = syntheticMembers(500, 3);
const months = numericValues(table, 'ledger_months');
const rows = Int32Array.from({ length: table.nRows }, (_, i) => i);
const card = trainCreditScorecard(
  table,
  rows.filter((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS),
).card;

/** Commits the test releases (or fails) one at a time. */
const held: { release: () => void; fail: (err: Error) => void }[] = [];
let holding = false;

let app: FastifyInstance;
let store: OpsStore;
let bank: ApiClient;
const key = generateApiKey();
const consents: string[] = [];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits (up to 10 s: the store's lookups run on DuckDB's threads) until `ready` holds. */
async function until(ready: () => boolean): Promise<void> {
  for (let waited = 0; !ready() && waited < 10_000; waited += 5) await sleep(5);
}

beforeAll(async () => {
  const driver = await openDuckDbDriver(':memory:');
  const appendRows = driver.appendRows?.bind(driver);
  if (!appendRows) throw new Error('the DuckDB driver appends through its appender');
  const gated: SqlDriver = {
    ...driver,
    query: (sql, params) => driver.query(sql, params),
    exclusive: (work) => driver.exclusive(work),
    close: () => driver.close(),
    async appendRows(table, types, batch) {
      if (holding) await new Promise<void>((release, fail) => held.push({ release, fail }));
      await appendRows(table, types, batch);
    },
  };
  store = await SqlOpsStore.open(gated, { appendWindowMs: 0 });
  bank = await store.createClient({ name: 'Bank', role: 'bank', keyHash: hashApiKey(key) });
  for (let i = 0; i < 3; i++) {
    const consent = await store.grantConsent({
      memberKey: syntheticMemberKey(i),
      bankClientId: bank.id,
      purpose: 'credit_scoring',
      scope: ['score'],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    consents.push(consent.id);
  }
  const scorer = creditScorer({ family: 'scorecard', version: 'logged-first-1', card }, table);
  app = await buildApi({ store, log: { level: 'silent' }, routes: [creditRoutes({ store, scorer })] });
});

afterAll(async () => {
  await app.close();
  await store.close();
});

const score = (consentReference: string) =>
  app.inject({
    method: 'POST',
    url: '/credit/scores',
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    payload: { consentReference, purpose: 'credit_scoring' },
  });

describe('POST /credit/scores under group commit', () => {
  it('answers only after the commit holding its access-log row has finished', async () => {
    holding = true;
    let answered = false;
    const pending = score(consents[0]!).then((res) => {
      answered = true;
      return res;
    });
    // Let the request reach the store and its batch start.
    await until(() => held.length > 0);
    expect(held).toHaveLength(1);
    await sleep(200);
    expect(answered).toBe(false);
    expect(await store.countScoreAccess({ bankClientId: bank.id })).toBe(0);
    holding = false;
    held.shift()?.release();
    const res = await pending;
    expect(res.statusCode).toBe(200);
    expect(await store.countScoreAccess({ bankClientId: bank.id })).toBe(1);
  });

  it('answers every request of a failed commit with an error and logs none of them', async () => {
    const before = await store.countScoreAccess({ bankClientId: bank.id });
    holding = true;
    const first = score(consents[1]!);
    await until(() => held.length > 0);
    // Requests arriving while that commit is held wait for the next one.
    const second = score(consents[2]!);
    await sleep(200);
    expect(held).toHaveLength(1);
    held.shift()?.fail(new Error('disk full'));
    const failed = await first;
    expect(failed.statusCode).toBeGreaterThanOrEqual(500);
    expect(await store.countScoreAccess({ bankClientId: bank.id })).toBe(before);
    // The second request's row goes in the next commit, which succeeds.
    await until(() => held.length > 0);
    holding = false;
    held.shift()?.release();
    expect((await second).statusCode).toBe(200);
    expect(await store.countScoreAccess({ bankClientId: bank.id })).toBe(before + 1);
  });
});
