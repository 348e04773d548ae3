// Drift of recent score requests for the model owner (admin): PSI of the served scores and
// of each characteristic of the requested members against the development sample the
// champion carries, with the DOMAIN.md 5 reading (stable / watch / act).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import { SCORE_ACCESS_LIST_MAX, type OpsStore } from '../../store/ops-store.js';
import { driftAgainst } from '../../../models/credit/drift.js';
import type { CreditScorer } from '../../../models/credit/scorer.js';
import { isBankTableAccess } from '../models/access-log.js';

/** Requests read by default and at most (newest first); the most is what one store list returns, so a window is never cut short unsaid. */
export const DRIFT_DEFAULT_REQUESTS = 5_000;
export const DRIFT_MAX_REQUESTS = SCORE_ACCESS_LIST_MAX;

const DriftQuery = Type.Object(
  {
    requests: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: DRIFT_MAX_REQUESTS,
        description: `Most recent requests to compare (default ${DRIFT_DEFAULT_REQUESTS}, at most ${DRIFT_MAX_REQUESTS}).`,
      }),
    ),
  },
  { additionalProperties: false },
);
const DriftReport = Type.Object({
  modelVersion: Type.String(),
  requested: Type.Integer({ description: 'The window asked for: most recent access-log rows to read.' }),
  maxRequests: Type.Integer({ description: 'The largest window this route reads.' }),
  requests: Type.Integer({
    description:
      'Access-log rows read (newest first) that the served model version answered; fewer than `requested` when the log is shorter.',
  }),
  variables: Type.Array(
    Type.Object({
      variable: Type.String(),
      psi: Type.Union([Type.Number(), Type.Null()], { description: 'Null when too few recent values.' }),
      level: Type.Union([Type.Literal('stable'), Type.Literal('watch'), Type.Literal('act'), Type.Null()]),
    }),
  ),
});

export interface MonitorRouteOptions {
  readonly store: OpsStore;
  readonly scorer: () => CreditScorer | null;
}

export const monitorRoute: FastifyPluginAsyncTypebox<MonitorRouteOptions> = async (app, { store, scorer }) => {
  app.get(
    '/credit/monitoring/drift',
    {
      config: roles('admin'),
      schema: {
        tags: ['credit'],
        summary: 'PSI of recent requests against the development sample',
        querystring: DriftQuery,
        response: { 200: DriftReport, ...protectedErrors(), 503: ErrorResponse },
      },
    },
    async (request) => {
      const model = scorer();
      if (!model) throw apiError('CREDIT_MODEL_UNAVAILABLE');
      const requested = request.query.requests ?? DRIFT_DEFAULT_REQUESTS;
      // Rows a bank scored from its own table (POST /models/{name}/score) are not members' requests.
      const rows = (await store.listScoreAccess({ limit: requested })).filter(
        (r) => r.modelVersion === model.modelVersion && !isBankTableAccess(r),
      );
      const names = model.driftReferences.map((r) => r.variable).filter((v) => v !== 'score');
      const values = rows.map((r) => model.characteristics(r.memberKey, names)).filter((v): v is number[] => v !== undefined);
      const variables = model.driftReferences.map((ref) => {
        const recent =
          ref.variable === 'score'
            ? Float64Array.from(
                rows.filter((r) => r.score !== null),
                (r) => r.score as number,
              )
            : Float64Array.from(values, (v) => v[names.indexOf(ref.variable)] as number);
        const row = driftAgainst(ref, recent);
        return { variable: ref.variable, psi: row?.psi ?? null, level: row?.level ?? null };
      });
      return { modelVersion: model.modelVersion, requested, maxRequests: DRIFT_MAX_REQUESTS, requests: rows.length, variables };
    },
  );
};
