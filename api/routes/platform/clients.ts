// API clients for the admin: list, create (the key is in the response once and never
// again) and revoke. The CLI (`telisik clients`) does the same against the store directly.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { generateApiKey, hashApiKey } from '../../auth/api-key.js';
import { roles, type ClientResolver } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import type { OpsStore } from '../../store/ops-store.js';
import { ApiClientSchema, CreateClientBody, CreatedClient, IdParams } from './schemas.js';

export interface ClientRoutesOptions {
  readonly store: OpsStore;
  readonly resolver: ClientResolver;
}

export const clientRoutes: FastifyPluginAsyncTypebox<ClientRoutesOptions> = async (app, { store, resolver }) => {
  app.get(
    '/admin/clients',
    {
      config: roles('admin'),
      schema: {
        tags: ['platform'],
        summary: 'API clients, revoked ones included',
        response: { 200: Type.Object({ clients: Type.Array(ApiClientSchema) }), ...protectedErrors() },
      },
    },
    async () => ({ clients: await store.listClients() }),
  );

  app.post(
    '/admin/clients',
    {
      config: roles('admin'),
      schema: {
        tags: ['platform'],
        summary: 'Create a client; the response holds its API key, shown only this once',
        body: CreateClientBody,
        response: { 201: CreatedClient, ...protectedErrors() },
      },
    },
    async (request, reply) => {
      const apiKey = generateApiKey();
      const client = await store.createClient({ ...request.body, keyHash: hashApiKey(apiKey) });
      request.log.info({ clientId: client.id, role: client.role }, 'API client created');
      return reply.code(201).header('cache-control', 'no-store').send({ client, apiKey });
    },
  );

  app.post(
    '/admin/clients/:id/revoke',
    {
      config: roles('admin'),
      schema: {
        tags: ['platform'],
        summary: 'Revoke a client; its key is refused from the next request',
        params: IdParams,
        response: { 200: ApiClientSchema, ...protectedErrors(), 404: ErrorResponse },
      },
    },
    async (request) => {
      const client = await store.revokeClient(request.params.id);
      if (!client) throw apiError('CLIENT_NOT_FOUND');
      resolver.forget();
      request.log.info({ clientId: client.id }, 'API client revoked');
      return client;
    },
  );
};
