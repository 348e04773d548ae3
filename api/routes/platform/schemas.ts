// Response and request schemas of the platform routes (runs and API clients).
import { Type, type Static, type TLiteral, type TUnion } from '@sinclair/typebox';

const DateTime = Type.Unsafe<Date>(Type.String({ format: 'date-time' }));
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

/** A union of string literals, typed per member so handlers see the literal types. */
function literals<const T extends readonly string[]>(...values: T): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> {
  return Type.Union(values.map((v) => Type.Literal(v))) as never;
}

// Spelled out (not mapped from CLIENT_ROLES / RUN_STAGES) so the static types stay literal;
// api/routes/platform/schemas.test.ts checks they match.
export const RoleSchema = literals('auditor', 'bank', 'underwriter', 'admin', 'member_channel');
export const RunStageSchema = literals('ingest', 'features', 'train', 'score', 'report');
const RunStatusSchema = literals('queued', 'running', 'succeeded', 'failed', 'cancelled');

export const ApiClientSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  role: RoleSchema,
  createdAt: DateTime,
  revokedAt: Type.Union([DateTime, Type.Null()]),
});

export const CreateClientBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'Institution or channel, e.g. "Bank Digital Nusantara".' }),
    role: RoleSchema,
  },
  { additionalProperties: false },
);
export type CreateClientBody = Static<typeof CreateClientBody>;

export const CreatedClient = Type.Object({
  client: ApiClientSchema,
  apiKey: Type.String({ description: 'Shown once; only its hash is stored.' }),
});

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const RunRequestBody = Type.Object(
  {
    stages: Type.Optional(Type.Array(RunStageSchema, { minItems: 1, uniqueItems: true, description: 'All stages when absent.' })),
    products: Type.Optional(Type.Array(literals('fraud', 'credit', 'k3'), { minItems: 1, uniqueItems: true })),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'Source extract folder for ingest.' })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type RunRequestBody = Static<typeof RunRequestBody>;

export const RunAccepted = Type.Object({
  runId: Type.String({ format: 'uuid' }),
  status: Type.Literal('queued'),
  href: Type.String({ description: 'Where to follow the run.' }),
});

const RunStageRecordSchema = Type.Object({
  stage: Type.String(),
  partition: Type.String(),
  status: literals('waiting', 'active', 'completed', 'failed'),
  progress: Type.Number({ minimum: 0, maximum: 100 }),
  attempts: Type.Integer(),
  jobId: Nullable(Type.String()),
  error: Nullable(Type.String()),
  updatedAt: DateTime,
});

export const RunSchema = Type.Object({
  id: Type.String(),
  status: RunStatusSchema,
  requestedBy: Type.String(),
  mode: Type.Union([Type.Literal('workers'), Type.Literal('inline')]),
  params: Type.Record(Type.String(), Type.Unknown()),
  stages: Type.Array(RunStageRecordSchema),
  createdAt: DateTime,
  startedAt: Type.Union([DateTime, Type.Null()]),
  finishedAt: Type.Union([DateTime, Type.Null()]),
  error: Nullable(Type.String()),
});

export const RunListQuery = Type.Object(
  {
    status: Type.Optional(RunStatusSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
