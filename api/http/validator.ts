// Request validation with TypeBox's compiled checkers. Bodies are checked as sent (a
// number where a string belongs is an error, not coerced); query strings, params and
// headers arrive as text, so they are converted to the schema's types first.
import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import type { FastifySchemaCompiler } from 'fastify';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** TypeBox checks only the formats it is told about; these are the ones our schemas use. */
export function registerFormats(): void {
  if (!FormatRegistry.Has('uuid')) FormatRegistry.Set('uuid', (v) => UUID.test(v));
  if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', (v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)));
  if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', (v) => DATE.test(v) && !Number.isNaN(Date.parse(v)));
}

/** "Expected union value" says little; for a union of literals, name the allowed values. */
function describe(schema: TSchema, message: string): string {
  const options = (schema as { anyOf?: ReadonlyArray<{ const?: unknown }> }).anyOf;
  if (options && options.length > 0 && options.every((o) => typeof o.const === 'string')) {
    return `Expected one of: ${options.map((o) => String(o.const)).join(', ')}`;
  }
  return message;
}

/** At most this many problems are reported per request: enough to fix it, not a flood. */
const MAX_PROBLEMS = 10;

export const typeboxValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  registerFormats();
  const checker = TypeCompiler.Compile(schema);
  const convert = httpPart !== 'body';
  return (input: unknown) => {
    const value = convert ? Value.Convert(schema, input) : input;
    if (checker.Check(value)) return { value };
    const problems = [];
    for (const e of checker.Errors(value)) {
      // Fastify's validation error shape (ajv's): instancePath names the field.
      problems.push({ instancePath: e.path, keyword: 'type', schemaPath: '', params: {}, message: describe(e.schema, e.message) });
      if (problems.length >= MAX_PROBLEMS) break;
    }
    return { error: problems as never };
  };
};
