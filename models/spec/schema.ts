// The feature spec as one TypeBox schema: parseSpec validates every spec against it, and it
// is published as JSON Schema (feature-spec.schema.json, `$schema` in a spec file) so an
// editor completes and checks specs as they are written.
import { Type } from '@sinclair/typebox';
import type { TSchema } from '@sinclair/typebox';

const Column = Type.String({ minLength: 1, description: 'A column of the data file.' });
/** JSON has no infinities: null at either end of `breaks` stands for -Infinity / +Infinity. */
const Break = Type.Union([Type.Number(), Type.Null()]);

const NumericTransform = Type.Object(
  {
    cap: Type.Optional(
      Type.Object(
        { lower: Type.Optional(Type.Number()), upper: Type.Optional(Type.Number()) },
        { additionalProperties: false, description: 'Clip to [lower, upper].' },
      ),
    ),
    log: Type.Optional(Type.Boolean({ description: 'Natural log after capping; values must be > 0.' })),
    bins: Type.Optional(
      Type.Object(
        {
          breaks: Type.Array(Break, {
            minItems: 2,
            description: 'Increasing; null at either end is an open interval. On the capped, logged scale.',
          }),
          reference: Type.Optional(Type.Integer({ minimum: 0, description: 'Reference interval (GLM only).' })),
          labels: Type.Optional(Type.Array(Type.String())),
        },
        { additionalProperties: false, description: 'Bins by hand: the GLM dummy-codes them, the scorecard uses them as its ranges.' },
      ),
    ),
    codes: Type.Optional(Type.Record(Type.String(), Type.Number(), { description: 'Read a text column as numbers through this map.' })),
    missing: Type.Optional(Type.Number({ description: 'The number a missing value stands for, before cap and log.' })),
  },
  { additionalProperties: false, description: 'Applied in order: codes, missing, cap, log, bins.' },
);

const NumericFeature = Type.Object(
  {
    kind: Type.Literal('numeric'),
    column: Column,
    transform: Type.Optional(NumericTransform),
    monotone: Type.Optional(
      Type.Union([Type.Literal(1), Type.Literal(-1)], { description: 'Direction of risk: 1 rises with the value, -1 falls (scorecard).' }),
    ),
    special: Type.Optional(
      Type.Array(Type.Number(), { minItems: 1, description: 'Values with a meaning of their own, a bin each (scorecard).' }),
    ),
  },
  { additionalProperties: false },
);

const CategoricalFeature = Type.Object(
  {
    kind: Type.Literal('categorical'),
    column: Column,
    reference: Type.Optional(Type.String({ description: 'Reference level (GLM); default the most frequent.' })),
    map: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Raw value -> level.' })),
  },
  { additionalProperties: false },
);

export const FeatureSpecSchema: TSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    name: Type.String({ minLength: 1, description: 'Name of the data set, for reports.' }),
    features: Type.Array(Type.Union([NumericFeature, CategoricalFeature]), { minItems: 1 }),
    target: Type.Optional(Column),
    exposure: Type.Optional(Column),
    weight: Type.Optional(Column),
    id: Type.Optional(Column),
    split: Type.Optional(Type.Object({ column: Column, learn: Type.String(), test: Type.String() }, { additionalProperties: false })),
    targetCap: Type.Optional(Type.Number()),
    exposureCap: Type.Optional(Type.Number()),
  },
  { additionalProperties: false, $id: 'https://telisik/feature-spec.schema.json', title: 'telisik feature spec' },
);

/** The published JSON Schema text (what feature-spec.schema.json holds). */
export function featureSpecJsonSchema(): string {
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...FeatureSpecSchema }, null, 2)}\n`;
}
