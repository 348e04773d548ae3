// Test helper: a real API on a loopback port (listen on port 0, then fetch), an embedded
// store, one client per role, and the log lines captured for inspection.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApi } from '../app.js';
import { generateApiKey, hashApiKey } from '../auth/api-key.js';
import type { ApiDeps } from '../deps.js';
import { openOpsStore } from '../store/open-store.js';
import type { OpsStore } from '../store/ops-store.js';
import { CLIENT_ROLES, type ClientRole } from '../store/records.js';

export interface Harness {
  readonly app: FastifyInstance;
  readonly store: OpsStore;
  readonly base: string;
  /** A valid key per role. */
  readonly keys: Readonly<Record<ClientRole, string>>;
  /** Every log line written so far, parsed. */
  logs(): Array<Record<string, unknown>>;
  /** Raw log text, for "this string never appears" checks. */
  rawLogs(): string;
  fetch(path: string, init?: RequestInit & { key?: string; json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

export type HarnessOptions = Partial<Omit<ApiDeps, 'store'>> & {
  /** The store to serve from (default: a fresh embedded DuckDB in memory); closed with the harness. */
  readonly openStore?: () => Promise<OpsStore>;
};

export async function startApi(harnessOptions: HarnessOptions = {}): Promise<Harness> {
  const { openStore, ...options } = harnessOptions;
  const store = await (openStore ?? (() => openOpsStore('duckdb::memory:')))();
  const keys = {} as Record<ClientRole, string>;
  for (const role of CLIENT_ROLES) {
    keys[role] = generateApiKey();
    await store.createClient({ name: `test ${role}`, role, keyHash: hashApiKey(keys[role]) });
  }
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  const app = await buildApi({ authCacheMs: 0, ...options, store, log: { level: options.log?.level ?? 'info', stream } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const base = `http://127.0.0.1:${address.port}`;

  return {
    app,
    store,
    base,
    keys,
    logs: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    rawLogs: () => text,
    fetch(path, init = {}) {
      const { key, json, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (key !== undefined) merged.set('x-api-key', key);
      if (json !== undefined) merged.set('content-type', 'application/json');
      return fetch(`${base}${path}`, { ...rest, headers: merged, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** A concrete URL for a route pattern: params and wildcards filled with harmless values. */
export function concreteUrl(pattern: string): string {
  return pattern
    .replace(/:id\b/g, '00000000-0000-4000-8000-000000000000')
    .replace(/:[A-Za-z]+/g, 'x')
    .replace(/\*/g, 'x');
}
