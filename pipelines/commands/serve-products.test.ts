// `telisik serve` alone serves all three products of one synthetic run together: the fraud
// worklist (auditor), the K3 portfolio (underwriter), the credit score of a consenting
// member (bank) and rows of a bank's own table scored by the registered credit champion
// at POST /models/credit/score, each with its reasons.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey } from '../../api/auth/api-key.js';
import { CREDIT_FEATURES_TABLE } from '../../features/credit/build.js';
import { openWarehouse } from '../../features/warehouse/warehouse.js';
import { serve } from './serve.js';
import type { ServeHandle } from './serve.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const CLI = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'pipelines/cli.ts')];

let dir = '';
let handle: ServeHandle | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byo-products-'));
  // The demo-sized run: synthetic members, every stage, in this machine's processes.
  await run(
    process.execPath,
    [
      ...CLI,
      'run',
      '--inline',
      '--members',
      '5000',
      '--db',
      join(dir, 'w.duckdb'),
      '--out',
      join(dir, 'run'),
      '--store',
      `duckdb:${join(dir, 'runs.duckdb')}`,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, TELISIK_DEMO: '1', LOG_LEVEL: 'warn' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}, 900_000);
afterAll(async () => {
  await handle?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('serve alone, all three products', () => {
  it('answers fraud, K3, credit and bank-table scores from one server', async () => {
    const out = join(dir, 'run');
    for (const d of ['fraud', 'k3', 'credit/registry']) expect(existsSync(join(out, d)), d).toBe(true);
    const w = await openWarehouse(join(dir, 'w.duckdb'), { readOnly: true });
    const [member] = await w.query<Record<string, unknown>>(
      `SELECT * FROM ${CREDIT_FEATURES_TABLE} WHERE ledger_months >= 12 ORDER BY member_key LIMIT 1`,
    );
    await w.close();
    expect(member).toBeDefined();
    const keys = { auditor: generateApiKey(), underwriter: generateApiKey(), bank: generateApiKey() };
    let consentId = '';
    handle = await serve(
      {
        port: '0',
        host: '127.0.0.1',
        store: 'duckdb::memory:',
        logLevel: 'warn',
        warehouse: join(dir, 'w.duckdb'),
        fraud: join(out, 'fraud'),
        k3Book: join(out, 'k3'),
        creditRegistry: join(out, 'credit/registry'),
      },
      async (_address, store) => {
        await store.createClient({ name: 'auditor', role: 'auditor', keyHash: hashApiKey(keys.auditor) });
        await store.createClient({ name: 'underwriter', role: 'underwriter', keyHash: hashApiKey(keys.underwriter) });
        const bank = await store.createClient({ name: 'bank', role: 'bank', keyHash: hashApiKey(keys.bank) });
        const consent = await store.grantConsent({
          memberKey: String(member?.['member_key']),
          bankClientId: bank.id,
          purpose: 'credit_scoring',
          scope: ['score', 'reasons'],
          expiresAt: new Date(Date.now() + 86_400_000),
        });
        consentId = consent.id;
      },
    );
    const get = (path: string, key: string) => fetch(`${handle?.address}${path}`, { headers: { 'x-api-key': key } });
    const post = (path: string, key: string, body: unknown) =>
      fetch(`${handle?.address}${path}`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const worklist = await get('/fraud/worklist', keys.auditor);
    expect(worklist.status).toBe(200);
    const portfolio = await get('/k3/portfolio', keys.underwriter);
    expect(portfolio.status).toBe(200);
    const credit = await post('/credit/scores', keys.bank, { consentReference: consentId, purpose: 'credit_scoring' });
    expect(credit.status).toBe(200);
    const score = (await credit.json()) as { score: number | null; reasons: unknown[]; modelVersion: string };
    expect(score.modelVersion).toMatch(/^(scorecard|classifier)-/);
    expect(score.score === null || score.reasons.length > 0 || score.score > 0).toBe(true);
    // The same champion scores a bank's own row (member features without the member key).
    const { member_key: _key, ...row } = member as Record<string, unknown>;
    void _key;
    const json = Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : (v as string | number | null),
      ]),
    );
    const models = await post('/models/credit/score', keys.bank, { rows: [json] });
    expect(models.status).toBe(200);
    const body = (await models.json()) as {
      modelVersion: string;
      results: { status: string; score: number | null; explanation: unknown; reasons: unknown[] }[];
    };
    expect(body.modelVersion).toBe(score.modelVersion);
    expect(body.results[0]?.status).toBe('scored');
    expect(body.results[0]?.explanation).not.toBeNull();
    if (score.score !== null && body.results[0]?.score !== null && body.results[0]?.score !== undefined)
      expect(body.results[0].score).toBe(score.score);
    expect((await get('/fraud/worklist', keys.bank)).status).toBe(403);
  });
});
