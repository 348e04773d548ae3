// Request and response schemas of the credit routes. The score response is closed
// (additionalProperties: false): score, band, PD, reasons and model version, nothing else
// about the member, and the serializer drops anything a handler might add by mistake.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

const DateTime = Type.Unsafe<Date>(Type.String({ format: 'date-time' }));

/** The only purpose this product serves (UU 27/2022: consent is for a stated purpose). */
export const CREDIT_SCORING_PURPOSE = 'credit_scoring';
/** What a consent may cover; a score request needs 'score', reasons come with 'reasons'. */
export const CONSENT_SCOPES = Object.freeze(['score', 'reasons'] as const);

export const MemberKey = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Pseudonymous member key (HMAC-SHA256 of the NIK).' });

export const GrantConsentBody = Type.Object(
  {
    memberKey: MemberKey,
    bankClientId: Type.String({ format: 'uuid', description: 'API client id of the bank the member consents to.' }),
    purpose: Type.String({
      pattern: '^[a-z][a-z_]{1,63}$',
      description: `Stated purpose; scores are served only for ${CREDIT_SCORING_PURPOSE}.`,
    }),
    scope: Type.Array(Type.Union(CONSENT_SCOPES.map((s) => Type.Literal(s))), { minItems: 1, uniqueItems: true }),
    expiresAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type GrantConsentBody = Static<typeof GrantConsentBody>;

export const ConsentSchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The consent reference the bank presents.' }),
  memberKey: MemberKey,
  bankClientId: Type.String(),
  purpose: Type.String(),
  scope: Type.Array(Type.String()),
  grantedAt: DateTime,
  expiresAt: DateTime,
  status: Type.Union([Type.Literal('active'), Type.Literal('revoked'), Type.Literal('expired')]),
  revokedAt: Type.Union([DateTime, Type.Null()]),
});

export const MemberQuery = Type.Object({ memberKey: MemberKey }, { additionalProperties: false });
export type MemberQuery = Static<typeof MemberQuery>;
export const ConsentParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const AccessLogEntry = Type.Object({
  id: Type.String(),
  bankClientId: Type.String(),
  bankName: Type.Union([Type.String(), Type.Null()], { description: "The bank's client name, as the member knows it." }),
  consentId: Type.String(),
  purpose: Type.String(),
  score: Type.Union([Type.Number(), Type.Null()]),
  modelVersion: Type.String(),
  accessedAt: DateTime,
});

export const ScoreRequest = Type.Object(
  {
    consentReference: Type.String({ format: 'uuid' }),
    purpose: Type.Literal(CREDIT_SCORING_PURPOSE),
  },
  { additionalProperties: false },
);
export type ScoreRequest = Static<typeof ScoreRequest>;

export const ReasonSchema = Type.Object(
  {
    code: Type.String({ description: 'Stable reason code (CR00 thin file, CR01.. characteristics).' }),
    id: Type.String({ description: 'Reason in Indonesian, for the applicant.' }),
    en: Type.String({ description: 'Reason in English.' }),
  },
  { additionalProperties: false },
);

export const ScoreResponse = Type.Object(
  {
    score: Type.Union([Type.Integer(), Type.Null()], { description: 'Null for a thin file (see reasons).' }),
    band: Type.Union([Type.String(), Type.Null()]),
    probabilityOfDefault: Type.Union([Type.Number(), Type.Null()], { description: 'Within 12 months.' }),
    reasons: Type.Array(ReasonSchema, { maxItems: 4 }),
    modelVersion: Type.String(),
  },
  { additionalProperties: false },
);
export type ScoreResponse = Static<typeof ScoreResponse>;
