// Quoting helpers for the SQL this package generates from the source-table contract.
// Identifiers and literals come from our own frozen definitions, but file paths and
// reference codes come from outside, so everything is quoted, never spliced raw.

/** A double-quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A single-quoted SQL string literal. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A SQL list of string literals, e.g. `('a', 'b')` for an IN clause. */
export function literalList(values: readonly string[]): string {
  return `(${values.map(literal).join(', ')})`;
}

/** DuckDB returns BIGINT as bigint; counts in this package fit a JS number. */
export function toNumber(value: unknown): number {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return 0;
  return Number(value);
}
