// Turns an API run request (api/runs) into the RunSpec the stages take. The request says
// what to run; where the warehouse and run outputs live is this deployment's setting.
import { join } from 'node:path';
import type { RunRequest } from '../../../api/runs/run-request.js';
import type { RunSpec } from '../stages/stage-definition.js';

export interface RunLocations {
  readonly warehousePath: string;
  /** Each run writes under `<runsDir>/<runId>`. */
  readonly runsDir: string;
  /** Extract folder ingested when a request names none. */
  readonly defaultSource?: string;
}

export function runSpecFromRequest(request: RunRequest, locations: RunLocations): RunSpec {
  const source = request.source ?? locations.defaultSource;
  return {
    runId: request.runId,
    warehousePath: locations.warehousePath,
    outDir: join(locations.runsDir, request.runId),
    ...(source ? { inputs: [source] } : {}),
    ...(request.stages ? { stages: [...request.stages] } : {}),
    ...(request.products ? { params: { products: request.products.join(',') } } : {}),
  };
}
