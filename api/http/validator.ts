// Request validation with TypeBox's compiled checkers. Bodies are checked as sent (a
// number where a string belongs is an error, not coerced); query strings, params and
// headers arrive as text, so they are converted to the schema's types first.
import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import type { FastifySchemaCompiler } from 'fastify';
import { DATE_FORMATS } from './dates.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * TypeBox checks only the formats it is told about; these are the ones our schemas use.
 * Dates are checked against the calendar (http/dates.ts). Set, not "set if absent": the
 * registry is process-wide and an earlier, laxer registration must not win.
 */
let registered = false;
export function registerFormats(): void {
  if (registered) return;
  registered = true;
  FormatRegistry.Set('uuid', (v) => UUID.test(v));
  for (const [name, check] of Object.entries(DATE_FORMATS)) FormatRegistry.Set(name, check);
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
