// What every fraud route module shares: the options the API builds the routes with, the
// published run they read (or FRAUD_NOT_PUBLISHED), and the OpenAPI tag.
import type { FraudWorklistService } from '../../../models/fraud/service.js';
import { apiError } from '../../errors/catalog.js';
import type { OpsStore } from '../../store/ops-store.js';

/** What the routes read: the published fraud run (FraudWorklistService), or a test double (signal precision is optional for older doubles). */
export type FraudReadService = Pick<FraudWorklistService, 'worklist' | 'caseDetail' | 'export' | 'scoreClaim' | 'providers'> &
  Partial<Pick<FraudWorklistService, 'signalPrecision' | 'publishedCapacity' | 'publishedCasesPerProvider'>>;

export interface FraudRoutesOptions {
  /** The ops store (a function: the API's store may be opened after the routes are built). */
  readonly store: () => OpsStore;
  /** The published fraud run; null answers FRAUD_NOT_PUBLISHED. */
  readonly service: () => FraudReadService | null;
  /** Worklist capacity in cases when a request names none and the published run states none. */
  readonly defaultCapacity: number;
}

export interface FraudRouteContext {
  readonly options: FraudRoutesOptions;
  /** The published run, or FRAUD_NOT_PUBLISHED (503). */
  readonly published: () => FraudReadService;
  readonly tags: string[];
}

export function fraudRouteContext(options: FraudRoutesOptions): FraudRouteContext {
  const published = (): FraudReadService => {
    const s = options.service();
    if (!s) throw apiError('FRAUD_NOT_PUBLISHED');
    return s;
  };
  return { options, published, tags: ['fraud'] };
}

/** The service's frozen (readonly) results serialise as they are; TypeBox only types arrays as mutable. */
export const wire = <T>(value: unknown): T => value as T;
