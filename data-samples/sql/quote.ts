// The one quoting module. Values reach SQL as bound parameters ($1, ...) wherever DuckDB
// and PostgreSQL allow it; where they do not (DDL, file paths in table functions, literals
// compiled into generated SQL, identifiers), they are quoted here and nowhere else.
// It sits in the lowest layer (data-samples) because the generator needs it too and
// data-samples imports nothing of ours.

/** A double-quoted SQL identifier: `a"b` becomes `"a""b"`. */
export function ident(name: string): string {
  if (name.includes('\0')) throw new Error('an SQL identifier cannot contain a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

/** A single-quoted SQL string literal: `it's` becomes `'it''s'`. */
export function literal(value: string): string {
  if (value.includes('\0')) throw new Error('an SQL string literal cannot contain a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}

/** A parenthesised list of string literals for an IN clause: `('a', 'b')`. */
export function literalList(values: readonly string[]): string {
  return `(${values.map(literal).join(', ')})`;
}

/** A DuckDB list literal of strings: `['a', 'b']::VARCHAR[]`. */
export function varcharList(values: readonly string[]): string {
  return `[${values.map(literal).join(', ')}]::VARCHAR[]`;
}

/** A finite number as a DOUBLE literal (DuckDB reads `0.1` as DECIMAL, whose products can overflow). */
export function double(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} is not a finite number`);
  return `${value}::DOUBLE`;
}

/** A DuckDB list literal of numbers: `[1, 2.5]::DOUBLE[]`. */
export function doubleList(values: readonly number[]): string {
  return `[${values
    .map((v) => {
      if (!Number.isFinite(v)) throw new Error(`${v} is not a finite number`);
      return String(v);
    })
    .join(', ')}]::DOUBLE[]`;
}
