// One case of the published run, and what its investigation found: the case with its claims
// and evidence (every view logged), the investigator's outcome (it closes the case and feeds the
// next training run), and worklist precision from the recorded outcomes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import { precisionByPeriodAndType } from '../../../models/fraud/feedback.js';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import { logCaseView, recordCaseOutcome } from './case-workflow.js';
import { wire } from './context.js';
import type { FraudRouteContext } from './context.js';
import { CaseDetailResponse, CaseParams, OutcomeBody, OutcomeResponse, PrecisionResponse } from './schemas.js';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

/** GET /fraud/cases/:caseId. */
export function caseDetailRoute(app: App, { options, published, tags }: FraudRouteContext): void {
  app.get(
    '/fraud/cases/:caseId',
    {
      config: roles('auditor'),
      schema: {
        tags,
        summary: 'One case: its claims, detector evidence, model reasons, amount at risk',
        params: CaseParams,
        response: { 200: CaseDetailResponse, ...protectedErrors(), 404: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request) => {
      const detail = await published().caseDetail(request.params.caseId);
      if (!detail) throw apiError('FRAUD_CASE_NOT_FOUND');
      // every view of a case is in the access log, whichever way it was looked at
      await logCaseView(options.store(), detail.caseId, request.client?.id ?? 'unknown', 'api');
      return wire<Static<typeof CaseDetailResponse>>(detail);
    },
  );
}

/** POST /fraud/cases/:caseId/outcome and GET /fraud/precision. */
export function caseOutcomeRoutes(app: App, { options, published, tags }: FraudRouteContext): void {
  app.post(
    '/fraud/cases/:caseId/outcome',
    {
      config: roles('auditor'),
      schema: {
        tags,
        summary: 'Record what the investigation found; the next training run learns from it',
        params: CaseParams,
        body: OutcomeBody,
        response: { 201: OutcomeResponse, ...protectedErrors(), 404: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { verdict, amountRecovered } = request.body;
      if (verdict !== 'confirmed' && amountRecovered > 0) throw apiError('FRAUD_OUTCOME_AMOUNT');
      const detail = await published().caseDetail(request.params.caseId);
      if (!detail) throw apiError('FRAUD_CASE_NOT_FOUND');
      // the finding closes the case (case-workflow.ts): the same path as the workbench's form
      const { outcome: recorded, state } = await recordCaseOutcome(options.store(), detail, request.body, request.client?.id ?? 'unknown');
      return reply.code(201).send({
        id: recorded.id,
        caseId: recorded.caseId,
        claims: recorded.claimIds.length,
        verdict: recorded.verdict,
        recordedAt: recorded.recordedAt.toISOString(),
        status: state.status,
      });
    },
  );

  app.get(
    '/fraud/precision',
    {
      config: roles('auditor'),
      schema: {
        tags,
        summary: 'Worklist precision by month and fraud type, from recorded outcomes',
        response: { 200: PrecisionResponse, ...protectedErrors() },
      },
    },
    async () => ({ rows: precisionByPeriodAndType(await options.store().listOutcomes({})) }),
  );
}
