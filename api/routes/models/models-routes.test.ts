// POST /models/{name}/score over real HTTP: banks only, rows of their own table in, per row
// a score with reasons and an explanation or the reason it was not scored; a model not
// served is MODEL_NOT_FOUND; too many rows are refused by the schema; a family that cannot
// be served is reported at start-up, not hidden. Every row scored is in the durable access
// log before the answer leaves, with what the bank got and nothing of the row.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveBundle } from '../../../models/bundle/bundle-io.js';
import { fingerprintTable } from '../../../models/bundle/digest.js';
import { ModelRegistry } from '../../../models/bundle/registry.js';
import { scorecardLayersModel, scorecardPreprocessing } from '../../../models/families/scorecard/tfjs-model.js';
import { trainScorecard } from '../../../models/families/scorecard/train.js';
import { loadServedModels } from '../../../models/scoring/served-models.js';
import type { ServedModels } from '../../../models/scoring/served-models.js';
import { useBackend } from '../../../models/tf/backend.js';
import { learnTestSplit } from '../../../models/tf/split.js';
import { CREDIT_SPEC, syntheticCredit } from '../../../models/tf/test-support/synthetic-tables.js';
import { openOpsStore } from '../../store/open-store.js';
import type { OpsStore } from '../../store/ops-store.js';
import { startApi } from '../../test-support/harness.js';
import type { Harness } from '../../test-support/harness.js';
import { BANK_TABLE_CONSENT, BANK_TABLE_ROW_PREFIX, MAX_ROWS_PER_REQUEST, modelRoutes } from './index.js';

let dir = '';
let h: Harness;
let served: ServedModels;
const table = syntheticCredit(1500, 4);

beforeAll(async () => {
  await useBackend('wasm');
  dir = await mkdtemp(join(tmpdir(), 'byo-models-route-'));
  const split = learnTestSplit(CREDIT_SPEC, table, 4);
  const { card } = trainScorecard(CREDIT_SPEC, table, split.learn, { minObservedCharacteristics: 1 });
  const model = scorecardLayersModel(card);
  await saveBundle(join(dir, 'bundle'), {
    family: 'scorecard',
    model,
    featureSpec: CREDIT_SPEC,
    preprocessing: scorecardPreprocessing(card),
    metrics: {},
    trainingData: fingerprintTable(table, split.learn),
  });
  model.dispose();
  await new ModelRegistry(join(dir, 'registry')).register('bank-card', join(dir, 'bundle'));
  served = await loadServedModels(join(dir, 'registry'));
  const store: OpsStore = await openOpsStore('duckdb::memory:');
  h = await startApi({ rateLimit: false, openStore: async () => store, routes: [modelRoutes({ models: () => served, store })] });
});
afterAll(async () => {
  await h?.close();
  served?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('models routes', () => {
  it('scores rows for a bank, with reasons and an explanation, and says why a row was not scored', async () => {
    const features = CREDIT_SPEC.features.map((f) => f.column);
    const first: Record<string, string | number | null> = {};
    for (const name of features) {
      const col = table.columns.get(name)!;
      first[name] = col.kind === 'numeric' ? col.values[0]! : col.levels[col.codes[0]!]!;
    }
    const blank = Object.fromEntries(features.map((f) => [f, null]));
    const res = await h.fetch('/models/bank-card/score', { method: 'POST', key: h.keys.bank, json: { rows: [first, blank] } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      family: string;
      results: {
        row: number;
        status: string;
        score: number | null;
        reasons: unknown[];
        explanation: { contributions: unknown[] } | null;
        notScored: { code: string; reason: string } | null;
      }[];
    };
    expect(body.family).toBe('scorecard');
    expect(body.results[0]).toMatchObject({ row: 1, status: 'scored' });
    expect(body.results[0]?.explanation?.contributions).toHaveLength(features.length);
    expect(body.results[1]).toMatchObject({ row: 2, status: 'not_scored', score: null, notScored: { code: 'THIN_FILE' } });
    expect(body.results[1]?.notScored?.reason).toMatch(/only 0 of \d+ characteristics observed/);
  });

  it('names a column no row carries', async () => {
    const res = await h.fetch('/models/bank-card/score', { method: 'POST', key: h.keys.bank, json: { rows: [{ unrelated: 1 }] } });
    const body = (await res.json()) as { results: { notScored: { code: string; reason: string } }[] };
    expect(body.results[0]?.notScored.code).toBe('MISSING_COLUMN');
    expect(body.results[0]?.notScored.reason).toMatch(/are not in the table/);
  });

  it('is for banks only, knows which models it serves, and bounds the rows', async () => {
    expect((await h.fetch('/models/bank-card/score', { method: 'POST', key: h.keys.auditor, json: { rows: [{}] } })).status).toBe(403);
    expect((await h.fetch('/models/bank-card/score', { method: 'POST', json: { rows: [{}] } })).status).toBe(401);
    const missing = await h.fetch('/models/other/score', { method: 'POST', key: h.keys.bank, json: { rows: [{}] } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'MODEL_NOT_FOUND' });
    const many = Array.from({ length: MAX_ROWS_PER_REQUEST + 1 }, () => ({}));
    expect((await h.fetch('/models/bank-card/score', { method: 'POST', key: h.keys.bank, json: { rows: many } })).status).toBe(400);
    const list = (await (await h.fetch('/models', { key: h.keys.bank })).json()) as { models: { name: string }[] };
    expect(list.models.map((m) => m.name)).toEqual(['bank-card']);
  });

  it('logs every row in the access log before answering: who, which model version, what the row got, nothing of the row', async () => {
    const bank = (await h.store.listClients()).find((c) => c.role === 'bank')!;
    const before = await h.store.countScoreAccess({ bankClientId: bank.id });
    const features = CREDIT_SPEC.features.map((f) => f.column);
    const row = (r: number): Record<string, string | number | null> =>
      Object.fromEntries(
        features.map((name) => {
          const col = table.columns.get(name)!;
          return [name, col.kind === 'numeric' ? col.values[r]! : col.levels[col.codes[r]!]!];
        }),
      );
    const rows = [{ ...row(3), memberKey: 'SECRET-ID-1' }, Object.fromEntries(features.map((f) => [f, null])), row(7)];
    const res = await h.fetch('/models/bank-card/score', { method: 'POST', key: h.keys.bank, json: { rows } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { modelVersion: string; results: { score: number | null }[] };
    expect(await h.store.countScoreAccess({ bankClientId: bank.id })).toBe(before + 3);
    const logged = (await h.store.listScoreAccess({ bankClientId: bank.id, limit: 3 })).sort((a, b) =>
      a.memberKey.localeCompare(b.memberKey),
    );
    expect(logged.map((l) => l.consentId)).toEqual([BANK_TABLE_CONSENT, BANK_TABLE_CONSENT, BANK_TABLE_CONSENT]);
    expect(logged.every((l) => l.purpose === 'bank_table_scoring:bank-card' && l.modelVersion === body.modelVersion)).toBe(true);
    // One request reference, the row's position after it; never the row's id or values.
    const references = new Set(logged.map((l) => l.memberKey.slice(0, l.memberKey.indexOf('#'))));
    expect(references.size).toBe(1);
    expect(logged.map((l) => l.memberKey.slice(l.memberKey.indexOf('#') + 1))).toEqual(['1', '2', '3']);
    expect(logged.every((l) => l.memberKey.startsWith(BANK_TABLE_ROW_PREFIX))).toBe(true);
    expect(JSON.stringify(logged)).not.toContain('SECRET-ID-1');
    expect(logged.map((l) => l.score)).toEqual(body.results.map((r) => r.score));
    expect(logged[1]?.score).toBeNull();
  });
});
