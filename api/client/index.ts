// A typed client of the telisik API for integrators (banks, audit teams, underwriters):
// openapi-fetch over the types openapi-typescript generated from the API's own document
// (schema.gen.ts, from openapi.json). Every path, parameter, body and response is checked
// by the compiler; refusals come back as the catalog's `Error` body with its `code`.
//
//   const api = createTelisikClient({ baseUrl: 'https://telisik.example', apiKey });
//   const { data, error } = await api.POST('/models/{name}/score', {
//     params: { path: { name: 'bank-credit' } }, body: { rows: [{ applicant_id: 'X1', ... }] },
//   });
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.gen.js';

export type { components, operations, paths } from './schema.gen.js';

/** The catalog's error body, as every refusal returns it. */
export type ApiError = components['schemas']['Error'];

export type TelisikClient = Client<paths>;

export interface TelisikClientOptions {
  /** Where the API answers, e.g. `http://127.0.0.1:3000`. */
  readonly baseUrl: string;
  /** The client's API key, sent as `x-api-key` on every request. */
  readonly apiKey?: string;
  /** A fetch of your own (proxies, retries, tests); the global fetch by default. */
  readonly fetch?: typeof globalThis.fetch;
}

export function createTelisikClient(options: TelisikClientOptions): TelisikClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.apiKey ? { headers: { 'x-api-key': options.apiKey } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
