// The worklist's filters as the API and the workbench read them from a query string, and the
// one place a filter the schema let through but the worklist cannot use becomes the client's
// error (400 naming the field), never a 5xx.
import { WorklistFilterError } from '../../../models/fraud/worklist.js';
import type { WorklistOptions } from '../../../models/fraud/worklist.js';
import { apiError } from '../../errors/catalog.js';

/** The filter fields both query strings share. */
export interface WorklistFilterQuery {
  readonly province?: string;
  readonly provider?: string;
  readonly fraudType?: string;
  readonly periodFrom?: string;
  readonly periodTo?: string;
}

/** Worklist options of `capacityCases` cases and the query's filters (absent ones left out). */
export function worklistFilterOptions(q: WorklistFilterQuery, capacityCases: number): WorklistOptions {
  return {
    capacityCases,
    ...(q.province ? { province: q.province } : {}),
    ...(q.provider ? { facilityId: q.provider } : {}),
    ...(q.fraudType ? { fraudType: q.fraudType } : {}),
    ...(q.periodFrom ? { periodFrom: q.periodFrom } : {}),
    ...(q.periodTo ? { periodTo: q.periodTo } : {}),
  };
}

/** Runs `work`; a WorklistFilterError becomes a 400 naming its field. */
export async function withClientFilterErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof WorklistFilterError)
      throw apiError('VALIDATION_FAILED', [{ in: 'querystring', field: err.field, problem: err.message }]);
    throw err;
  }
}
