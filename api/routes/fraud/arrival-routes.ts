// A claim scored on arrival (probability, amount at risk, triage route, reasons), and the
// learned precision of each detector signal those reasons cite.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { ArrivalClaimError } from '../../../models/fraud/arrival.js';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import { wire } from './context.js';
import type { FraudRouteContext } from './context.js';
import { ArrivalClaimBody, ArrivalScoreResponse, SignalsResponse } from './schemas.js';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

/** POST /fraud/claims/score and GET /fraud/signals. */
export function arrivalRoutes(app: App, { published, tags }: FraudRouteContext): void {
  app.post(
    '/fraud/claims/score',
    {
      config: roles('auditor'),
      schema: {
        tags,
        summary: 'Score a claim on arrival: probability, amount at risk, triage route, reasons',
        body: ArrivalClaimBody,
        querystring: Type.Object({ explain: Type.Optional(Type.Boolean()) }),
        response: { 200: ArrivalScoreResponse, ...protectedErrors(), 422: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request) => {
      const service = published();
      try {
        return wire<Static<typeof ArrivalScoreResponse>>(await service.scoreClaim(request.body, request.query.explain ?? false));
      } catch (err) {
        if (err instanceof ArrivalClaimError) throw apiError('FRAUD_CLAIM_UNSCORABLE', { field: err.field, problem: err.problem });
        // anything else is ours: logged with the request id, never echoed (database messages carry SQL)
        request.log.warn({ err }, 'claim could not be scored');
        throw apiError('FRAUD_CLAIM_UNSCORABLE', { reason: 'The claim could not be scored; quote the request id when reporting it.' });
      }
    },
  );

  app.get(
    '/fraud/signals',
    {
      config: roles('auditor'),
      schema: {
        tags,
        summary: "Each detector signal's strength and precision learned from audit outcomes (Beta prior per strength)",
        response: { 200: SignalsResponse, ...protectedErrors(), 503: ErrorResponse },
      },
    },
    async () => {
      const service = published();
      return { signals: wire<Static<typeof SignalsResponse>['signals']>(service.signalPrecision ? await service.signalPrecision() : []) };
    },
  );
}
