// OpenAPI from the route schemas (@fastify/swagger) and Swagger UI at /docs with its
// assets served from the package (no CDN). Roles each route admits are written into its
// description and public routes drop the security requirement, from `config.access`.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { DEFAULT_ACCESS } from '../auth/access.js';

export const DOCS_PREFIX = '/docs';

/** Registers the generator; must run before any route so it sees them all. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route: RouteOptions) => documentAccess(route));
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'telisik API',
        description: 'Risk analytics for BPJS data. Every error body is an entry of the error catalog (code, message, requestId).',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
          bearer: { type: 'http', scheme: 'bearer', description: 'The same API key as a bearer token.' },
        },
      },
      security: [{ apiKey: [] }, { bearer: [] }],
    },
  });
}

function documentAccess(route: RouteOptions): void {
  if (!route.schema || route.schema.hide) return;
  const access = route.config?.access ?? DEFAULT_ACCESS;
  const schema = route.schema as Record<string, unknown>;
  if (access === 'public') {
    schema.security = [];
    return;
  }
  const note = `Roles: ${access.join(', ')}.`;
  schema.description = typeof schema.description === 'string' ? `${schema.description}\n\n${note}` : note;
}

/** Swagger UI, public, in a scope of its own so marking its routes public touches nothing else. */
export async function registerDocsUi(app: FastifyInstance): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route: RouteOptions) => {
      route.config = { ...(route.config ?? {}), access: 'public' };
    });
    await scope.register(swaggerUi, { routePrefix: DOCS_PREFIX, staticCSP: true });
  });
}
