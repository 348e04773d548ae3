// Models routes: a bank scores rows of its own table with a registered champion
// (POST /models/{name}/score) and lists what is served (GET /models). The rows are scored
// in memory and dropped with the response: nothing of them is stored (UU 27/2022 data
// minimisation); each access is written to the durable access log (access-log.ts), one row
// per request row with what the bank received, before the response leaves.
import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServedModels } from '../../../models/scoring/served-models.js';
import type { OpsStore } from '../../store/ops-store.js';
import { tableFromJsonRows } from '../../../models/scoring/rows-table.js';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import { logBankTableAccess } from './access-log.js';
import { ModelList, ModelParams, ModelScoreRequest, ModelScoreResponse } from './schemas.js';
import type { ModelScoreResponse as ModelScoreBody } from './schemas.js';

export { MAX_ROWS_PER_REQUEST } from './schemas.js';
export { BANK_TABLE_CONSENT, BANK_TABLE_PURPOSE, BANK_TABLE_ROW_PREFIX, isBankTableAccess } from './access-log.js';

export interface ModelRoutesDeps {
  readonly models: () => ServedModels;
  /** The ops store holding the access log. */
  readonly store: OpsStore;
}

const routes: FastifyPluginAsyncTypebox<ModelRoutesDeps> = async (app, { models, store }) => {
  app.get(
    '/models',
    {
      config: roles('bank', 'admin', 'auditor'),
      schema: {
        tags: ['models'],
        summary: 'Models served for bank tables, with the columns each reads',
        response: { 200: ModelList, ...protectedErrors() },
      },
    },
    async () => {
      const served = models();
      return {
        models: served.names.map((name) => {
          const s = served.get(name)!;
          return { name, family: s.family, modelVersion: s.version, columns: [...s.requiredColumns] };
        }),
      };
    },
  );

  app.post(
    '/models/:name/score',
    {
      config: roles('bank'),
      schema: {
        tags: ['models'],
        summary:
          "Score rows of the bank's own table with a registered champion: output, reasons and explanation per row, or why a row was not scored",
        params: ModelParams,
        body: ModelScoreRequest,
        response: { 200: ModelScoreResponse, ...protectedErrors(), 404: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request): Promise<ModelScoreBody> => {
      const bank = request.client;
      if (!bank) throw apiError('UNAUTHORIZED');
      const scorer = models().get(request.params.name);
      if (!scorer) throw apiError('MODEL_NOT_FOUND');
      const { table, absent } = tableFromJsonRows(scorer, request.body.rows);
      const scored = scorer.scoreTable(table, absent);
      // The access log, durable before the answer leaves: who, which model version, what each row got; never the rows.
      const reference = await logBankTableAccess(store, {
        bankClientId: bank.id,
        model: request.params.name,
        modelVersion: scorer.version,
        outputs: scored.map((r) => (r.notScored ? null : (r.score ?? r.prediction))),
      });
      request.log.info(
        {
          access: 'model-score',
          reference,
          bankClientId: bank.id,
          model: request.params.name,
          modelVersion: scorer.version,
          rows: scored.length,
          scored: scored.filter((r) => !r.notScored).length,
        },
        'model score access',
      );
      return {
        model: request.params.name,
        modelVersion: scorer.version,
        family: scorer.family,
        results: scored.map((r) => ({
          row: r.row + 1,
          id: r.id,
          status: r.notScored ? 'not_scored' : 'scored',
          notScored: r.notScored,
          score: r.score,
          probabilityOfDefault: r.probabilityOfDefault,
          band: r.band,
          prediction: r.prediction,
          reasons: r.reasons.map((x) => ({
            rank: x.rank,
            code: x.code,
            feature: x.feature,
            id: x.sentence.id,
            en: x.sentence.en,
            effect: x.effect,
          })),
          explanation: r.explanation
            ? {
                method: r.explanation.method,
                space: r.explanation.space,
                output: r.explanation.output,
                baselineOutput: r.explanation.baselineOutput,
                baseline: r.explanation.baseline,
                contributions: r.explanation.contributions.map((c) => ({
                  feature: c.feature,
                  contribution: c.contribution,
                  value: c.value,
                  baselineValue: c.baselineValue,
                })),
              }
            : null,
        })),
      };
    },
  );
};

/** The models routes as one plugin for `buildApi({ routes })`. */
export function modelRoutes(deps: ModelRoutesDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(routes, deps);
  };
}
