// The bank client is generated from the API's own OpenAPI document and works against a real
// server: the committed document and types are the ones the API serves now, the document
// passes Redocly's recommended OpenAPI rules with no error, and the typed client scores a
// bank's rows over HTTP (loopback) with a served scorecard, and reads refusals as `Error`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServedModels, SERVED_MODEL, type ServedModelRegistry } from '../fuzz/test-support/served-models.js';
import { modelRoutes } from '../routes/models/index.js';
import { openOpsStore } from '../store/open-store.js';
import { startApi, type Harness } from '../test-support/harness.js';
import { createTelisikClient, type ApiError } from './index.js';
import { CLIENT_DIR, DOCUMENT_FILE, TYPES_FILE, documentText, liveDocument, typesText } from './test-support/openapi-source.js';

const REGENERATE = 'out of date: run `npm run client:generate` and commit api/client/';

describe('generated client files', () => {
  let doc: Record<string, unknown>;
  beforeAll(async () => {
    doc = await liveDocument();
  });

  it('match the document the API serves', async () => {
    expect(await readFile(join(CLIENT_DIR, DOCUMENT_FILE), 'utf8'), `${DOCUMENT_FILE} ${REGENERATE}`).toBe(documentText(doc));
    expect(await readFile(join(CLIENT_DIR, TYPES_FILE), 'utf8'), `${TYPES_FILE} ${REGENERATE}`).toBe(await typesText(doc));
  });

  it("pass Redocly's recommended OpenAPI rules with no error", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: documentText(doc), absoluteRef: join(CLIENT_DIR, DOCUMENT_FILE), config });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`);
    expect(errors).toEqual([]);
    // the rules did run: a warning this document knowingly keeps (no licence for a private API)
    expect(problems.map((p) => p.ruleId)).toContain('info-license');
  });
});

describe('typed client over HTTP', () => {
  let models: ServedModelRegistry;
  let h: Harness;
  beforeAll(async () => {
    models = await buildServedModels(3);
    const store = await openOpsStore('duckdb::memory:');
    h = await startApi({ rateLimit: false, openStore: async () => store, routes: [modelRoutes({ models: () => models.served, store })] });
  });
  afterAll(async () => {
    await h?.close();
    await models?.close();
  });

  it("scores a bank's rows with the served champion", async () => {
    const bank = createTelisikClient({ baseUrl: h.base, apiKey: h.keys.bank });
    const { data, error, response } = await bank.POST('/models/{name}/score', {
      params: { path: { name: SERVED_MODEL } },
      body: { rows: [...models.rows] },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.model).toBe(SERVED_MODEL);
    expect(data?.family).toBe('scorecard');
    expect(data?.results.map((r) => r.row)).toEqual([1, 2, 3]);
    const scored = data?.results.filter((r) => r.status === 'scored') ?? [];
    expect(scored.length).toBeGreaterThan(0);
    for (const row of scored) {
      expect(row.score).toEqual(expect.any(Number));
      expect(row.probabilityOfDefault).toBeGreaterThan(0);
      expect(row.probabilityOfDefault).toBeLessThan(1);
      expect(row.reasons.length).toBeLessThanOrEqual(4);
    }
    const list = await bank.GET('/models');
    expect(list.data?.models.map((m) => m.name)).toEqual([SERVED_MODEL]);
  });

  it("reads refusals as the catalog's Error", async () => {
    const bank = createTelisikClient({ baseUrl: h.base, apiKey: h.keys.bank });
    const missing = await bank.POST('/models/{name}/score', { params: { path: { name: 'no-such-model' } }, body: { rows: [{}] } });
    expect(missing.response.status).toBe(404);
    const notFound: ApiError | undefined = missing.error;
    expect(notFound?.code).toBe('MODEL_NOT_FOUND');
    const anonymous = await createTelisikClient({ baseUrl: h.base }).GET('/models');
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.error?.code).toBe('UNAUTHORIZED');
  });
});
