// The credit routes over real HTTP with the embedded store: each consent refusal has its own
// code, revocation stops the next request, the access log holds exactly one row per served
// score and none for refusals, and a score response carries nothing but score, band, PD,
// reasons and model version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import type { FastifyInstance } from 'fastify';
import { buildApi } from '../../app.js';
import { generateApiKey, hashApiKey } from '../../auth/api-key.js';
import { ERRORS } from '../../errors/catalog.js';
import { openOpsStore } from '../../store/open-store.js';
import type { OpsStore } from '../../store/ops-store.js';
import type { ApiClient } from '../../store/records.js';
import { THIN_FILE_MIN_MONTHS, THIN_FILE_REASON } from '../../../features/credit/registry.js';
import { trainCreditScorecard } from '../../../models/credit/champion.js';
import { creditScorer } from '../../../models/credit/scorer.js';
import { driftReference } from '../../../models/credit/drift.js';
import { logBankTableAccess } from '../models/access-log.js';
import { scoreWithScorecard } from '../../../models/credit/champion.js';
import { applicantReader } from '../../../models/families/scorecard/train.js';
import { syntheticMemberKey, syntheticMembers } from '../../../models/credit/test-support/synthetic-members.js';
import { numericValues } from '../../../models/data/table.js';
import { creditRoutes } from './index.js';
import { ScoreResponse } from './schemas.js';

const MODEL_VERSION = 'scorecard-test-1';
const table = syntheticMembers(3000, 11, { thinEvery: 20 });
const months = numericValues(table, 'ledger_months');
const rows = Int32Array.from({ length: table.nRows }, (_, i) => i);
const card = trainCreditScorecard(
  table,
  rows.filter((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS),
).card;
const thickMember = syntheticMemberKey(rows.find((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS)!);
const thinMember = syntheticMemberKey(rows.find((r) => (months[r] as number) < THIN_FILE_MIN_MONTHS)!);
const unknownMember = 'f'.repeat(64);
/** Names of every raw feature, sequence and attribute column: none may be a response field. */
const rawColumns = [...table.columns.keys()].filter((c) => c !== 'default_12m');

let app: FastifyInstance;
let store: OpsStore;
let base: string;
let clock = new Date('2026-07-15T00:00:00Z');
const keys = { admin: generateApiKey(), bank: generateApiKey(), otherBank: generateApiKey() };
let bank: ApiClient;
let refs: ReturnType<typeof driftReference>[] = [];
const references = () => refs;
let otherBank: ApiClient;

async function call(path: string, key: string, json?: unknown, method = json === undefined ? 'GET' : 'POST') {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-api-key': key, ...(json !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, text: '' };
}

async function grant(memberKey: string, overrides: Record<string, unknown> = {}) {
  const res = await call('/credit/consents', keys.admin, {
    memberKey,
    bankClientId: bank.id,
    purpose: 'credit_scoring',
    scope: ['score', 'reasons'],
    expiresAt: new Date(clock.getTime() + 30 * 86_400_000).toISOString(),
    ...overrides,
  });
  expect(res.status).toBe(201);
  return res.body['id'] as string;
}

const score = (consentReference: string, key = keys.bank) => call('/credit/scores', key, { consentReference, purpose: 'credit_scoring' });

beforeAll(async () => {
  store = await openOpsStore('duckdb::memory:');
  await store.createClient({ name: 'member channel', role: 'admin', keyHash: hashApiKey(keys.admin) });
  bank = await store.createClient({ name: 'Bank Digital A', role: 'bank', keyHash: hashApiKey(keys.bank) });
  otherBank = await store.createClient({ name: 'Bank Digital B', role: 'bank', keyHash: hashApiKey(keys.otherBank) });
  const read = applicantReader(table, [...card.characteristics.map((c) => c.binning.characteristic), 'ledger_months']);
  const devScores = Array.from(rows, (r) => scoreWithScorecard(card, read(r)).score).filter((x): x is number => x !== null);
  refs = [
    driftReference('score', devScores),
    ...card.characteristics.map((c) => driftReference(c.binning.characteristic, numericValues(table, c.binning.characteristic))),
  ];
  const scorer = creditScorer({ family: 'scorecard', version: MODEL_VERSION, card }, table, refs);
  app = await buildApi({ store, authCacheMs: 0, log: { level: 'warn' }, routes: [creditRoutes({ store, scorer, now: () => clock })] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await app.close();
  await store.close();
});

describe('credit score with consent', () => {
  it('serves score, band, PD, reasons and model version, and nothing else about the member', async () => {
    const consent = await grant(thickMember);
    const res = await score(consent);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['band', 'modelVersion', 'probabilityOfDefault', 'reasons', 'score']);
    expect(Value.Check(ScoreResponse, res.body)).toBe(true);
    expect(res.body['modelVersion']).toBe(MODEL_VERSION);
    expect(typeof res.body['score']).toBe('number');
    const reasons = res.body['reasons'] as { code: string; id: string; en: string }[];
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(Object.keys(r).sort()).toEqual(['code', 'en', 'id']);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(thickMember);
    // No field at any depth is a feature, sequence month or attribute of the member.
    const keysDeep = (v: unknown): string[] =>
      Array.isArray(v) ? v.flatMap(keysDeep) : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => [k, ...keysDeep(x)]) : [];
    for (const k of keysDeep(res.body)) expect(rawColumns).not.toContain(k);
    expect(new Set(keysDeep(res.body))).toEqual(
      new Set(['score', 'band', 'probabilityOfDefault', 'reasons', 'modelVersion', 'code', 'id', 'en']),
    );
    // The schema itself admits no other field.
    expect(ScoreResponse.additionalProperties).toBe(false);
    expect(Object.keys(ScoreResponse.properties).sort()).toEqual(['band', 'modelVersion', 'probabilityOfDefault', 'reasons', 'score']);
  });

  it('answers a thin file with no score and the reason', async () => {
    const consent = await grant(thinMember);
    const res = await score(consent);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ score: null, band: null, probabilityOfDefault: null, modelVersion: MODEL_VERSION });
    expect((res.body['reasons'] as { code: string }[]).map((r) => r.code)).toEqual([THIN_FILE_REASON.reasonCode]);
  });

  it('refuses each bad consent with its own code and logs none of them', async () => {
    const before = await store.countScoreAccess({});
    const expired = await grant(thickMember, { expiresAt: new Date(clock.getTime() + 60_000).toISOString() });
    const wrongPurpose = await grant(thickMember, { purpose: 'account_opening' });
    const noScoreScope = await grant(thickMember, { scope: ['reasons'] });
    const revoked = await grant(thickMember);
    expect((await call(`/credit/consents/${revoked}/revoke`, keys.admin, {})).status).toBe(200);
    const good = await grant(thickMember);
    clock = new Date(clock.getTime() + 120_000);
    const cases: [string, string, keyof typeof ERRORS][] = [
      ['unknown reference', '00000000-0000-4000-8000-000000000000', 'CONSENT_NOT_FOUND'],
      ['expired', expired, 'CONSENT_EXPIRED'],
      ['revoked', revoked, 'CONSENT_REVOKED'],
      ['wrong purpose', wrongPurpose, 'CONSENT_WRONG_PURPOSE'],
      ['out of scope', noScoreScope, 'CONSENT_OUT_OF_SCOPE'],
    ];
    for (const [, ref, code] of cases) {
      const res = await score(ref);
      expect(res.body['code']).toBe(code);
      expect(res.status).toBe(ERRORS[code].status);
    }
    const wrongBank = await score(good, keys.otherBank);
    expect(wrongBank.body['code']).toBe('CONSENT_WRONG_BANK');
    expect(wrongBank.status).toBe(403);
    expect(new Set(cases.map((c) => c[2])).size).toBe(cases.length);
    expect(await store.countScoreAccess({})).toBe(before);
    expect(await store.countScoreAccess({ bankClientId: otherBank.id })).toBe(0);
  });

  it('stops the next request after a revocation', async () => {
    const consent = await grant(thickMember);
    expect((await score(consent)).status).toBe(200);
    const revoked = await call(`/credit/consents/${consent}/revoke`, keys.admin, {});
    expect(revoked.body['status']).toBe('revoked');
    const next = await score(consent);
    expect(next.body['code']).toBe('CONSENT_REVOKED');
    expect(await store.countScoreAccess({ consentId: consent })).toBe(1);
  });

  it('writes exactly one access-log row per served score, which the member can read', async () => {
    const consent = await grant(thickMember);
    const served: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await score(consent);
      expect(res.status).toBe(200);
      served.push(res.body['score'] as number);
    }
    expect(await store.countScoreAccess({ consentId: consent })).toBe(5);
    const log = await call(`/credit/access-log?memberKey=${thickMember}`, keys.admin);
    const mine = (log.body['entries'] as Record<string, unknown>[]).filter((e) => e['consentId'] === consent);
    expect(mine).toHaveLength(5);
    for (const e of mine)
      expect(e).toMatchObject({ bankClientId: bank.id, purpose: 'credit_scoring', score: served[0], modelVersion: MODEL_VERSION });
    const listed = await call(`/credit/consents?memberKey=${thickMember}`, keys.admin);
    expect((listed.body['consents'] as { id: string }[]).some((c) => c.id === consent)).toBe(true);
  });

  it('answers a consented member without a published record with its own code', async () => {
    const consent = await grant(unknownMember);
    expect((await score(consent)).body['code']).toBe('CREDIT_MEMBER_UNKNOWN');
  });

  it('keeps consent routes to the member channel and scores to banks', async () => {
    expect((await call(`/credit/consents?memberKey=${thickMember}`, keys.bank)).status).toBe(403);
    expect(
      (await call('/credit/scores', keys.admin, { consentReference: '00000000-0000-4000-8000-000000000000', purpose: 'credit_scoring' }))
        .status,
    ).toBe(403);
    const refused = await call('/credit/consents', keys.admin, {
      memberKey: thickMember,
      bankClientId: bank.id,
      purpose: 'credit_scoring',
      scope: ['score'],
      expiresAt: new Date(clock.getTime() - 1000).toISOString(),
    });
    expect(refused.status).toBe(400);
    const notABank = await call('/credit/consents', keys.admin, {
      memberKey: thickMember,
      bankClientId: '00000000-0000-4000-8000-000000000000',
      purpose: 'credit_scoring',
      scope: ['score'],
      expiresAt: new Date(clock.getTime() + 60_000).toISOString(),
    });
    expect(notABank.body['code']).toBe('CREDIT_BANK_UNKNOWN');
  });

  it('monitors drift of recent requests against the development sample', async () => {
    const members = rows.filter((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS).slice(0, 120);
    for (const r of members) expect((await score(await grant(syntheticMemberKey(r)))).status).toBe(200);
    const res = await call('/credit/monitoring/drift?requests=1000', keys.admin);
    expect(res.status).toBe(200);
    expect(res.body['modelVersion']).toBe(MODEL_VERSION);
    expect(res.body['requests'] as number).toBeGreaterThanOrEqual(members.length);
    const variables = res.body['variables'] as { variable: string; psi: number | null; level: string | null }[];
    expect(variables.map((v) => v.variable)).toEqual(references().map((x) => x.variable));
    for (const v of variables) {
      expect(v.psi).not.toBeNull();
      expect(['stable', 'watch', 'act']).toContain(v.level);
    }
    expect((await call('/credit/monitoring/drift', keys.bank)).status).toBe(403);
    // Rows a bank scored from its own table with the same model version are not members' requests.
    const bank = (await store.listClients()).find((c) => c.role === 'bank')!;
    await logBankTableAccess(store, { bankClientId: bank.id, model: 'credit', modelVersion: MODEL_VERSION, outputs: [900, 900, null] });
    const after = await call('/credit/monitoring/drift?requests=1000', keys.admin);
    expect(after.body['requests']).toBe(res.body['requests']);
  });

  it('documents the credit routes in the OpenAPI document, the score response closed', async () => {
    const doc = (await (await fetch(`${base}/docs/json`)).json()) as {
      paths: Record<
        string,
        Record<
          string,
          { responses: Record<string, { content: Record<string, { schema: { additionalProperties?: boolean; properties?: object } }> }> }
        >
      >;
    };
    for (const path of [
      '/credit/scores',
      '/credit/consents',
      '/credit/consents/{id}/revoke',
      '/credit/access-log',
      '/credit/monitoring/drift',
    ])
      expect(doc.paths[path]).toBeDefined();
    const ok = doc.paths['/credit/scores']!['post']!.responses['200']!.content['application/json']!.schema;
    expect(ok.additionalProperties).toBe(false);
    expect(Object.keys(ok.properties ?? {}).sort()).toEqual(['band', 'modelVersion', 'probabilityOfDefault', 'reasons', 'score']);
  });
});
