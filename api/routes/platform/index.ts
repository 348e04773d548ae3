// The platform's own routes, for the admin: runs and API clients. Product routes live
// beside this folder (fraud, credit, k3), one plugin per user.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { clientRoutes, type ClientRoutesOptions } from './clients.js';
import { runRoutes, type RunRoutesOptions } from './runs.js';

export type PlatformRoutesOptions = RunRoutesOptions & ClientRoutesOptions;

export const platformRoutes: FastifyPluginAsyncTypebox<PlatformRoutesOptions> = async (app, options) => {
  await app.register(runRoutes, options);
  await app.register(clientRoutes, options);
};
