// Fraud routes for audit teams (role auditor): the worklist with reasons (capacity in cases,
// a cap per provider), one case, a claim scored on arrival with its triage route, investigator
// outcomes (they feed the next training run), worklist precision by period and fraud type,
// each detector signal's learned precision, worklist exports, and the case workflow.
// Registered in one order (the OpenAPI document lists the paths so, and api/client/openapi.json
// is compared with it).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { arrivalRoutes } from './arrival-routes.js';
import { caseDetailRoute, caseOutcomeRoutes } from './case-routes.js';
import { fraudRouteContext } from './context.js';
import type { FraudRoutesOptions } from './context.js';
import { caseWorkflowRoutes } from './workflow-routes.js';
import { worklistRoutes } from './worklist-routes.js';

export type { FraudReadService, FraudRoutesOptions } from './context.js';
export { DEFAULT_PROVIDER_LIMIT } from './worklist-routes.js';

export const fraudRoutes =
  (options: FraudRoutesOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const context = fraudRouteContext(options);
    worklistRoutes(app, context);
    caseDetailRoute(app, context);
    arrivalRoutes(app, context);
    caseOutcomeRoutes(app, context);
    caseWorkflowRoutes(app, context);
  };
