// OpenAPI from the route schemas (@fastify/swagger) and Swagger UI at /docs with its
// assets served from the package (no CDN). What makes the document usable by a client
// generator (operation ids, the roles note, the Error component, response descriptions,
// file media types, examples) is applied centrally, in api/openapi/document.ts.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { describeOperation, finishDocument, type OpenApiDocument } from '../openapi/document.js';

export const DOCS_PREFIX = '/docs';

/** Registers the generator; must run before any route so it sees them all. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'telisik API',
        description: 'Risk analytics for BPJS data. Every error body is an entry of the error catalog (`Error`: code, message, requestId).',
        version: '0.1.0',
      },
      // relative: the server that served this document (each deployment has its own host)
      servers: [{ url: '/', description: 'The server this document was fetched from' }],
      tags: [
        { name: 'platform', description: 'Health, readiness, metrics, runs and API clients' },
        { name: 'credit', description: 'Consents and consented credit scores (banks, the member channel)' },
        { name: 'k3', description: 'K3 (work accident) employer ratings, quotes and the portfolio (underwriters)' },
        { name: 'fraud', description: 'Fraud worklist, cases, claim scores and outcomes (auditors)' },
        { name: 'models', description: "Registered models scoring a bank's own rows" },
      ],
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
          bearer: { type: 'http', scheme: 'bearer', description: 'The same API key as a bearer token.' },
        },
      },
      security: [{ apiKey: [] }, { bearer: [] }],
    },
    transform: describeOperation as never,
    transformObject: (documents) =>
      ('openapiObject' in documents
        ? finishDocument(documents.openapiObject as unknown as OpenApiDocument)
        : documents.swaggerObject) as never,
  });
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
