// Every route the app serves, with the access it grants, collected as routes register
// (third-party plugins' included). Tests walk it so that a new route is covered by the
// authentication checks without anyone listing it.
import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import { DEFAULT_ACCESS, type RouteAccess } from '../auth/access.js';

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
  /** The schemas the route was registered with (validation and the OpenAPI document). */
  readonly schema: FastifySchema | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The routes registered so far; complete once the app is ready. */
    routeTable(): RouteEntry[];
  }
}

export function installRouteTable(app: FastifyInstance): void {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  // Access is read at call time: a plugin scope may set it after this hook saw the route.
  app.decorate('routeTable', () =>
    routes.flatMap((r) =>
      (Array.isArray(r.method) ? r.method : [r.method]).map((method) => ({
        method: String(method),
        url: r.url,
        access: r.config?.access ?? DEFAULT_ACCESS,
        schema: r.schema,
      })),
    ),
  );
}
