// The member channel (a client with the member_channel role, acting for the member): grant
// a consent to a named bank, list consents, revoke one, and read who scored the member (the
// access log, each row naming the bank). The role reaches these routes and nothing else;
// admin keeps them for operators.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import type { OpsStore } from '../../store/ops-store.js';
import { consentState } from '../../store/records.js';
import type { Consent } from '../../store/records.js';
import type { ConsentReader } from './consent-cache.js';
import { AccessLogEntry, ConsentParams, ConsentSchema, GrantConsentBody, MemberQuery } from './schemas.js';

/** Rows of the access log one request returns, newest first; the response says when there are more. */
export const ACCESS_LOG_PAGE = 500;

/** Who may use the member routes. */
const MEMBER_CHANNEL = roles('member_channel', 'admin');

export interface MemberRoutesOptions {
  readonly store: OpsStore;
  readonly consents: ConsentReader;
  readonly now: () => Date;
}

const view = (c: Consent, now: Date) => ({ ...c, scope: [...c.scope], status: consentState(c, now) });

export const memberRoutes: FastifyPluginAsyncTypebox<MemberRoutesOptions> = async (app, { store, consents, now }) => {
  app.post(
    '/credit/consents',
    {
      config: MEMBER_CHANNEL,
      schema: {
        tags: ['credit'],
        summary: 'Grant a bank consent to score the member for a purpose, with scope and expiry',
        body: GrantConsentBody,
        response: { 201: ConsentSchema, ...protectedErrors(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const bank = await store.getClient(body.bankClientId);
      if (!bank || bank.role !== 'bank' || bank.revokedAt !== null) throw apiError('CREDIT_BANK_UNKNOWN');
      const expiresAt = new Date(body.expiresAt);
      if (expiresAt.getTime() <= now().getTime())
        throw apiError('VALIDATION_FAILED', [{ in: 'body', field: 'expiresAt', problem: 'must be in the future' }]);
      const consent = await store.grantConsent({
        memberKey: body.memberKey,
        bankClientId: bank.id,
        purpose: body.purpose,
        scope: body.scope,
        expiresAt,
      });
      request.log.info({ consentId: consent.id, bankClientId: bank.id, purpose: consent.purpose }, 'consent granted');
      return reply.code(201).send(view(consent, now()));
    },
  );

  app.get(
    '/credit/consents',
    {
      config: MEMBER_CHANNEL,
      schema: {
        tags: ['credit'],
        summary: "A member's consents, newest first",
        querystring: MemberQuery,
        response: { 200: Type.Object({ consents: Type.Array(ConsentSchema) }), ...protectedErrors() },
      },
    },
    async (request) => {
      const at = now();
      return { consents: (await store.listConsents({ memberKey: request.query.memberKey })).map((c) => view(c, at)) };
    },
  );

  app.post(
    '/credit/consents/:id/revoke',
    {
      config: MEMBER_CHANNEL,
      schema: {
        tags: ['credit'],
        summary: 'Revoke a consent: the next score request on it is refused',
        params: ConsentParams,
        response: { 200: ConsentSchema, ...protectedErrors(), 404: ErrorResponse },
      },
    },
    async (request) => {
      const consent = await store.revokeConsent(request.params.id);
      if (!consent) throw apiError('CONSENT_NOT_FOUND');
      consents.forget(consent.id);
      request.log.info({ consentId: consent.id }, 'consent revoked');
      return view(consent, now());
    },
  );

  app.get(
    '/credit/access-log',
    {
      config: MEMBER_CHANNEL,
      schema: {
        tags: ['credit'],
        summary: 'Who scored the member (the bank by name), when, under which consent, newest first',
        querystring: MemberQuery,
        response: {
          200: Type.Object({
            entries: Type.Array(AccessLogEntry, { maxItems: ACCESS_LOG_PAGE }),
            limit: Type.Integer({ description: 'Most entries one response carries.' }),
            truncated: Type.Boolean({ description: 'True when older entries exist beyond `limit`.' }),
          }),
          ...protectedErrors(),
        },
      },
    },
    async (request) => {
      const rows = await store.listScoreAccess({ memberKey: request.query.memberKey, limit: ACCESS_LOG_PAGE + 1 });
      return {
        entries: rows.slice(0, ACCESS_LOG_PAGE).map(({ memberKey: _member, ...rest }) => rest),
        limit: ACCESS_LOG_PAGE,
        truncated: rows.length > ACCESS_LOG_PAGE,
      };
    },
  );
};
