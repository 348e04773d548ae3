// Test helper: the API with every product's routes mounted over empty data (no published
// fraud run, no K3 book, no credit model), which is all the OpenAPI document and the
// metrics need to see every operation. Nothing is listened on: tests use inject().
import type { FastifyInstance } from 'fastify';
import { NO_SERVED_MODELS } from '../../../models/scoring/served-models.js';
import { buildApi } from '../../app.js';
import { generateApiKey, hashApiKey } from '../../auth/api-key.js';
import type { ApiDeps } from '../../deps.js';
import { creditRoutes } from '../../routes/credit/index.js';
import { fraudRoutes, type FraudReadService } from '../../routes/fraud/index.js';
import { k3Routes } from '../../routes/k3/index.js';
import { modelRoutes } from '../../routes/models/index.js';
import { openOpsStore } from '../../store/open-store.js';
import type { OpsStore } from '../../store/ops-store.js';
import { CLIENT_ROLES, type ClientRole } from '../../store/records.js';

export interface FullApi {
  readonly app: FastifyInstance;
  readonly store: OpsStore;
  readonly keys: Readonly<Record<ClientRole, string>>;
  close(): Promise<void>;
}

export async function buildFullApi(
  options: Partial<Omit<ApiDeps, 'store' | 'routes'>> & { fraud?: FraudReadService | null } = {},
): Promise<FullApi> {
  const { fraud = null, ...deps } = options;
  const store = await openOpsStore('duckdb::memory:');
  const keys = {} as Record<ClientRole, string>;
  for (const role of CLIENT_ROLES) {
    keys[role] = generateApiKey();
    await store.createClient({ name: `test ${role}`, role, keyHash: hashApiKey(keys[role]) });
  }
  const app = await buildApi({
    rateLimit: false,
    authCacheMs: 0,
    log: { level: 'silent' },
    ...deps,
    store,
    routes: [
      creditRoutes({ store, scorer: null }),
      k3Routes({ book: () => undefined }),
      fraudRoutes({ store: () => store, service: () => fraud, defaultCapacity: 50 }),
      modelRoutes({ models: () => NO_SERVED_MODELS, store }),
    ],
  });
  await app.ready();
  return {
    app,
    store,
    keys,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
