// Opens the ops store for run history: `TELISIK_STORE` (duckdb:PATH or postgres://...),
// default the embedded DuckDB file. The embedded store belongs to one process; when
// another one (say `telisik serve`) holds it, the run goes on without history and says so.
import { DEFAULT_STORE, openOpsStore } from '../../../api/store/open-store.js';
import type { OpsStore } from '../../../api/store/ops-store.js';
import type { RuntimeLog } from '../runtime-log.js';

export const STORE_ENV = 'TELISIK_STORE';

export function storeLocationFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env[STORE_ENV]?.trim() || DEFAULT_STORE;
}

export async function openRunHistory(location: string, log: RuntimeLog): Promise<OpsStore | undefined> {
  try {
    return await openOpsStore(location);
  } catch (err) {
    log.warn(
      `run history off: cannot open the ops store ${location} (${err instanceof Error ? err.message : String(err)}); use PostgreSQL when several processes share it`,
    );
    return undefined;
  }
}
