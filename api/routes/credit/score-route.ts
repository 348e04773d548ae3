// The bank's score request: present a consent reference, get score, band, PD, reasons and
// model version. The consent comes through the ConsentReader (see consent-cache.ts for when
// it may cache), so a revocation stops the very next request; the access-log row is written
// before the response.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import type { OpsStore } from '../../store/ops-store.js';
import type { CreditScorer } from '../../../models/credit/scorer.js';
import type { ConsentReader } from './consent-cache.js';
import { consentRefusal } from './consent-check.js';
import { ScoreRequest, ScoreResponse } from './schemas.js';
import type { ScoreResponse as ScoreResponseBody } from './schemas.js';

export interface ScoreRouteOptions {
  readonly store: OpsStore;
  readonly consents: ConsentReader;
  /** Null until a model is loaded: requests get CREDIT_MODEL_UNAVAILABLE. */
  readonly scorer: () => CreditScorer | null;
  readonly now: () => Date;
}

export const scoreRoute: FastifyPluginAsyncTypebox<ScoreRouteOptions> = async (app, { store, consents, scorer, now }) => {
  app.post(
    '/credit/scores',
    {
      config: roles('bank'),
      schema: {
        tags: ['credit'],
        summary: 'Credit score for the member of a consent (score, band, PD, reasons, model version)',
        body: ScoreRequest,
        response: { 200: ScoreResponse, ...protectedErrors(), 403: ErrorResponse, 404: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request): Promise<ScoreResponseBody> => {
      const bank = request.client;
      if (!bank) throw apiError('UNAUTHORIZED');
      const consent = await consents.get(request.body.consentReference);
      const refusal = consentRefusal(consent, bank.id, now());
      if (refusal || !consent) throw apiError(refusal ?? 'CONSENT_NOT_FOUND');
      const model = scorer();
      if (!model) throw apiError('CREDIT_MODEL_UNAVAILABLE');
      const result = model.score(consent.memberKey);
      if (!result) throw apiError('CREDIT_MEMBER_UNKNOWN');
      // A thin-file answer is logged too (score null): the bank learnt something about the member.
      await store.appendScoreAccess({
        bankClientId: bank.id,
        memberKey: consent.memberKey,
        consentId: consent.id,
        purpose: consent.purpose,
        score: result.score,
        modelVersion: model.modelVersion,
      });
      // Reasons are always given for a thin file (it is the answer); otherwise when the consent covers them.
      const withReasons = result.thinFile || consent.scope.includes('reasons');
      return {
        score: result.score,
        band: result.band,
        probabilityOfDefault: result.probabilityOfDefault,
        reasons: withReasons ? result.reasons.map((r) => ({ code: r.code, id: r.sentence.id, en: r.sentence.en })) : [],
        modelVersion: model.modelVersion,
      };
    },
  );
};
