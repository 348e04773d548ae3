// Who may call what. Every route states its access in `config.access`: 'public' or the
// roles admitted. A route that states nothing (a third-party plugin's, e.g. Bull Board's
// static files) is admin-only, so forgetting never opens a route. The check runs in
// onRequest, before the body is read: an unknown caller learns nothing about the schema
// and costs us no parsing. Unknown URLs match no route and answer 404 to everyone.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS } from '../errors/catalog.js';
import { sendError } from '../errors/error-handler.js';
import type { OpsStore } from '../store/ops-store.js';
import { StoreUnavailableError } from '../store/store-errors.js';
import type { ApiClient, ClientRole } from '../store/records.js';
import { hashApiKey, presentedKey } from './api-key.js';

export type RouteAccess = 'public' | readonly ClientRole[];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'public', or the roles admitted; absent means admin only. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The authenticated client; null on public routes. */
    client: ApiClient | null;
  }
}

export const DEFAULT_ACCESS: RouteAccess = Object.freeze(['admin'] as const);

/** Shorthand for route options: `{ config: roles('bank') }`. */
export const roles = (...admitted: ClientRole[]): { access: RouteAccess } => ({ access: Object.freeze(admitted) });
export const publicRoute = (): { access: RouteAccess } => ({ access: 'public' });

export interface AuthOptions {
  readonly store: OpsStore;
  /**
   * How long a key lookup is reused (ms). Revocation through this server's admin route
   * takes effect at once (the cache is cleared); on other instances within this time.
   */
  readonly cacheMs: number;
}

export interface ClientResolver {
  resolve(key: string): Promise<ApiClient | null>;
  forget(): void;
}

/** Key -> client lookup with a short-lived cache keyed by the key's hash. */
export function clientResolver({ store, cacheMs }: AuthOptions): ClientResolver {
  const cache = new Map<string, { client: ApiClient | null; until: number }>();
  const MAX_ENTRIES = 10_000;
  return {
    async resolve(key) {
      const keyHash = hashApiKey(key);
      const now = Date.now();
      const hit = cache.get(keyHash);
      if (hit && hit.until > now) return hit.client;
      const client = await store.findClientByKeyHash(keyHash);
      if (cacheMs > 0) {
        // Unknown keys are cached too, so a flood of bogus keys does not reach the store.
        if (cache.size >= MAX_ENTRIES) cache.clear();
        cache.set(keyHash, { client, until: now + cacheMs });
      }
      return client;
    },
    forget: () => cache.clear(),
  };
}

export function accessOf(request: FastifyRequest): RouteAccess {
  return request.routeOptions.config?.access ?? DEFAULT_ACCESS;
}

/**
 * Adds the access check to every route registered from now on, in this context and its
 * children (third-party plugins included). It is appended as a route-level onRequest hook
 * so that it runs after the rate limiter's (which is attached the same way), so guessing
 * keys is rate limited too. Access is read per request, so a plugin scope may still mark
 * its routes public after this hook saw them (see plugins/docs.ts).
 */
export function installAuth(app: FastifyInstance, resolver: ClientResolver): void {
  app.decorateRequest('client', null);
  const check = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const access = accessOf(request);
    if (access === 'public') return undefined;
    const key = presentedKey(request.headers);
    let client: ApiClient | null;
    try {
      client = key === null ? null : await resolver.resolve(key);
    } catch (err) {
      // A key that cannot be checked is neither accepted nor refused: the store is down.
      if (!(err instanceof StoreUnavailableError)) throw err;
      request.log.warn({ err }, 'ops store unavailable: API key not checked');
      return sendError(reply, ERRORS.STORE_UNAVAILABLE);
    }
    // The reply is sent here rather than thrown: a plugin's own error handler (Bull
    // Board has one) must not turn a refusal into something else.
    // Returning the reply tells Fastify the request is answered.
    if (!client || client.revokedAt !== null) return sendError(reply.header('www-authenticate', 'Bearer'), ERRORS.UNAUTHORIZED);
    if (!access.includes(client.role)) return sendError(reply, ERRORS.FORBIDDEN);
    request.client = client;
    return undefined;
  };
  app.addHook('onRoute', (route) => {
    const existing = route.onRequest;
    route.onRequest = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), check] as typeof route.onRequest;
  });
}
