// The warehouse's SQL helpers. Quoting is data-samples/sql's (the one quoting module);
// it is re-exported here for the ingestion files that still import it from this path.
export { ident, literal, literalList } from '../../data-samples/sql/index.js';

/** DuckDB returns BIGINT as bigint; counts in this package fit a JS number. */
export function toNumber(value: unknown): number {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return 0;
  return Number(value);
}
