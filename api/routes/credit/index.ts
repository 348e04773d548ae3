// Credit routes: the bank's score request, the member channel's consent and access-log
// routes and the model owner's drift monitor, as one plugin for `buildApi({ routes })`.
import type { FastifyPluginAsync } from 'fastify';
import type { CreditScorer } from '../../../models/credit/scorer.js';
import type { OpsStore } from '../../store/ops-store.js';
import { consentReader } from './consent-cache.js';
import { memberRoutes } from './member-routes.js';
import { monitorRoute } from './monitor-route.js';
import { scoreRoute } from './score-route.js';

export { CONSENT_SCOPES, CREDIT_SCORING_PURPOSE, ScoreResponse } from './schemas.js';
export { consentRefusal } from './consent-check.js';
export { CONSENT_CACHE_MAX_ENTRIES, consentReader } from './consent-cache.js';
export { loadCreditScorer } from './load-scorer.js';

export interface CreditRoutesDeps {
  readonly store: OpsStore;
  readonly scorer: CreditScorer | null | (() => CreditScorer | null);
  /** Injectable clock so expiry is testable. */
  readonly now?: () => Date;
  /** Cache consents in this process (default: only with the embedded DuckDB store; see consent-cache.ts). */
  readonly cacheConsents?: boolean;
}

export function creditRoutes(deps: CreditRoutesDeps): FastifyPluginAsync {
  const now = deps.now ?? (() => new Date());
  const scorer = typeof deps.scorer === 'function' ? deps.scorer : () => deps.scorer as CreditScorer | null;
  const consents = consentReader(deps.store, deps.cacheConsents);
  return async (app) => {
    await app.register(memberRoutes, { store: deps.store, consents, now });
    await app.register(scoreRoute, { store: deps.store, consents, scorer, now });
    await app.register(monitorRoute, { store: deps.store, scorer });
  };
}
