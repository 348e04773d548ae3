// A request body example made from its JSON schema: the schema's own `examples`/`default`
// when it has them, otherwise the smallest value it accepts (required properties only,
// first enum member, lower bounds, a string matching simple patterns). Routes wanting a
// realistic example add `examples` to their TypeBox schema; this is the fallback.

type Schema = Record<string, unknown>;

const FORMAT_EXAMPLES: Readonly<Record<string, string>> = Object.freeze({
  uuid: '3f0e1b9c-2a4d-4e8f-9b1c-5d6e7f809a1b',
  date: '2026-01-31',
  'date-time': '2026-12-31T00:00:00Z',
  'year-month': '2026-01',
  email: 'analyst@example.org',
});

/**
 * A string matching a pattern made of literals, character classes and groups of alternatives with quantifiers
 * (`^[0-9a-f]{64}$`, `^[0-9]{4}R[0-9]{3}$`); undefined for anything richer.
 */
export function stringMatching(pattern: string): string | undefined {
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '');
  let out = '';
  let i = 0;
  while (i < body.length) {
    let atom: string;
    if (body[i] === '[') {
      const end = body.indexOf(']', i + 2);
      if (end < 0) return undefined;
      const cls = body.slice(i + 1, end);
      atom = cls.startsWith('^') ? 'a' : cls.startsWith('\\d') ? '0' : cls.startsWith('\\') ? 'a' : (cls[0] ?? 'a');
      i = end + 1;
    } else if (body[i] === '\\') {
      const next = body[i + 1] ?? '';
      atom = next === 'd' ? '0' : /[A-Za-z]/.test(next) ? '' : next;
      if (atom === '') return undefined;
      i += 2;
    } else if (body[i] === '(') {
      // A group of alternatives without nesting, e.g. (0|I|II): its first alternative.
      const end = body.indexOf(')', i);
      const inner = end < 0 ? undefined : body.slice(i + 1, end);
      if (inner === undefined || inner.includes('(')) return undefined;
      const alternative = stringMatching(inner.split('|')[0] ?? '');
      if (alternative === undefined) return undefined;
      atom = alternative;
      i = end + 1;
    } else if (')|.*+?{'.includes(body[i]!)) {
      return undefined;
    } else {
      atom = body[i]!;
      i += 1;
    }
    let times = 1;
    const quantifier = /^(\{(\d+)(,(\d*))?\}|\+|\*|\?)/.exec(body.slice(i));
    if (quantifier) {
      times = quantifier[2] !== undefined ? Number(quantifier[2]) : quantifier[0] === '+' ? 1 : 0;
      i += quantifier[0].length;
    }
    out += atom.repeat(times);
  }
  return out;
}

function first<T>(values: unknown): T | undefined {
  return Array.isArray(values) && values.length > 0 ? (values[0] as T) : undefined;
}

/** The example for one schema, or undefined when none can be made. */
export function exampleFor(schema: Schema, depth = 0): unknown {
  if (depth > 12) return undefined;
  if (schema.example !== undefined) return schema.example;
  const given = first(schema.examples);
  if (given !== undefined) return given;
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  const member = first(schema.enum);
  if (member !== undefined) return member;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) {
      for (const option of options as Schema[]) {
        const value = exampleFor(option, depth + 1);
        if (value !== undefined) return value;
      }
      return undefined;
    }
  }
  if (Array.isArray(schema.allOf)) {
    return (schema.allOf as Schema[]).reduce<Record<string, unknown>>(
      (all, part) => ({ ...all, ...(exampleFor(part, depth + 1) as Record<string, unknown>) }),
      {},
    );
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const out: Record<string, unknown> = {};
      for (const name of (schema.required ?? []) as string[]) {
        const property = properties[name];
        if (!property) return undefined;
        const value = exampleFor(property, depth + 1);
        if (value === undefined) return undefined;
        out[name] = value;
      }
      return out;
    }
    case 'array': {
      const items = (schema.items ?? {}) as Schema;
      const count = Number(schema.minItems ?? 1);
      if (count === 0) return [];
      // Distinct members for uniqueItems: walk the enum/literal options when there are some.
      const options =
        (items.anyOf as Schema[] | undefined) ??
        (Array.isArray(items.enum) ? (items.enum as unknown[]).map((v) => ({ const: v })) : undefined);
      if (options && options.length >= count) return options.slice(0, count).map((o) => exampleFor(o, depth + 1));
      const value = exampleFor(items, depth + 1);
      return value === undefined || (schema.uniqueItems && count > 1) ? undefined : Array.from({ length: count }, () => value);
    }
    case 'string': {
      const format = typeof schema.format === 'string' ? FORMAT_EXAMPLES[schema.format] : undefined;
      if (format !== undefined) return format;
      if (typeof schema.pattern === 'string') return stringMatching(schema.pattern);
      return 'x'.repeat(Math.max(1, Number(schema.minLength ?? 1)));
    }
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number'
        ? schema.minimum
        : typeof schema.exclusiveMinimum === 'number'
          ? schema.exclusiveMinimum + 1
          : 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return undefined;
  }
}
