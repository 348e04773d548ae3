// What the workbench's route files share: its options, assets and page helpers. Kept apart
// from index.ts (which registers the route files) so that nothing imports in a circle.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PublishedCaseEvidence } from '../../models/fraud/case-view.js';
import type { FraudReadService } from '../routes/fraud/index.js';
import type { OpsStore } from '../store/ops-store.js';
import type { loadAssets } from './assets.js';
import type { Html } from './html.js';
import type { PageContext } from './pages/layout.js';

export interface WorkbenchOptions {
  readonly store: () => OpsStore;
  /** The published fraud run (the JSON API's service); null answers FRAUD_NOT_PUBLISHED. */
  readonly service: () => FraudReadService | null;
  /** Evidence, related claims and the provider network over the same published directory; without it the case page shows the case only. */
  readonly evidence?: () => PublishedCaseEvidence | null;
  /** Worklist capacity in cases when the published run states none. */
  readonly defaultCapacity: number;
  /** Signs session and CSRF cookies: TELISIK_WORKBENCH_SECRET, shared by every instance (random per process when absent). */
  readonly secret?: string;
}

/** What the route files share. */
export interface Workbench {
  readonly options: WorkbenchOptions;
  readonly assets: ReturnType<typeof loadAssets>;
  ctx(request: FastifyRequest, reply: FastifyReply): PageContext;
  send(reply: FastifyReply, status: number, body: Html): FastifyReply;
  published(): FraudReadService;
}
