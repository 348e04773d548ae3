// Schemas of the models routes: a bank sends rows of its own table and gets, per row, the
// model's output with its reasons and explanation, or why the row was not scored. The
// response is closed: nothing beyond what the model computed goes back.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** Rows per request: enough for a batch of applications, small enough to answer in a second. */
export const MAX_ROWS_PER_REQUEST = 500;

export const ModelParams = Type.Object(
  { name: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,63}$', description: 'Model (registry product) name.' }) },
  { additionalProperties: false },
);
export type ModelParams = Static<typeof ModelParams>;

const Cell = Type.Union([Type.String({ maxLength: 256 }), Type.Number(), Type.Boolean(), Type.Null()]);

export const ModelScoreRequest = Type.Object(
  {
    rows: Type.Array(Type.Record(Type.String({ maxLength: 128 }), Cell), {
      minItems: 1,
      maxItems: MAX_ROWS_PER_REQUEST,
      description: "Rows of the bank's own table, columns named as in the model's spec. Not stored.",
    }),
  },
  { additionalProperties: false },
);
export type ModelScoreRequest = Static<typeof ModelScoreRequest>;

const Value = Type.Union([Type.String(), Type.Number(), Type.Null()]);
const Nullable = <T extends ReturnType<typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);

export const ModelScoreRow = Type.Object(
  {
    row: Type.Integer({ description: '1-based position of the row in the request.' }),
    id: Type.Union([Type.String(), Type.Null()], { description: "The spec's id column, when sent." }),
    status: Type.Union([Type.Literal('scored'), Type.Literal('not_scored')]),
    notScored: Type.Union([Type.Object({ code: Type.String(), reason: Type.String() }, { additionalProperties: false }), Type.Null()]),
    score: Nullable(Type.Number()),
    probabilityOfDefault: Nullable(Type.Number()),
    band: Type.Union([Type.String(), Type.Null()]),
    prediction: Nullable(Type.Number({ description: "The family's output: PD, or expected claims." })),
    reasons: Type.Array(
      Type.Object(
        { rank: Type.Integer(), code: Type.String(), feature: Type.String(), id: Type.String(), en: Type.String(), effect: Type.Number() },
        { additionalProperties: false },
      ),
      { maxItems: 4 },
    ),
    explanation: Type.Union([
      Type.Object(
        {
          method: Type.String(),
          space: Type.String(),
          output: Type.Number(),
          baselineOutput: Type.Number(),
          baseline: Type.String(),
          contributions: Type.Array(
            Type.Object(
              { feature: Type.String(), contribution: Type.Number(), value: Value, baselineValue: Value },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);

export const ModelScoreResponse = Type.Object(
  { model: Type.String(), modelVersion: Type.String(), family: Type.String(), results: Type.Array(ModelScoreRow) },
  { additionalProperties: false },
);
export type ModelScoreResponse = Static<typeof ModelScoreResponse>;

export const ModelList = Type.Object(
  {
    models: Type.Array(
      Type.Object(
        { name: Type.String(), family: Type.String(), modelVersion: Type.String(), columns: Type.Array(Type.String()) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
