// The new claim's row of arr_new, appended value by value through the appender's typed calls.
// It used to be a prepared `SELECT $1::VARCHAR AS nomor_sep, ...` of some fifty parameters, and
// DuckDB plans a statement that has parameters again at every execution, for the values bound
// (its profile shows them as constants): 2-4 ms of CPU per claim for one row. The appender
// costs microseconds and plans nothing.
//
// The values are the validated claim's (validateArrivalClaim: text for VARCHAR, DATE and
// TIMESTAMP, whole numbers in range for the integer types, finite numbers for DOUBLE). Dates
// and times go in as text: the appender casts text to the column's type with DuckDB's own
// cast, as `$n::DATE` did, so a date is read the same way on both paths.
import type { DuckDBAppender } from '@duckdb/node-api';

/** A claim field's value as a request carries it (validated against its column type first). */
export type ClaimFieldValue = string | number | null | undefined;

type AppendValue = (appender: DuckDBAppender, value: string | number) => void;

const asText: AppendValue = (a, v) => a.appendVarchar(String(v));

/** The appender call of each column type arr_new may have (the claims contract's types). */
const APPEND_BY_TYPE: Readonly<Record<string, AppendValue>> = Object.freeze({
  VARCHAR: asText,
  DATE: asText,
  TIMESTAMP: asText,
  TINYINT: (a, v) => a.appendTinyInt(Number(v)),
  SMALLINT: (a, v) => a.appendSmallInt(Number(v)),
  INTEGER: (a, v) => a.appendInteger(Number(v)),
  BIGINT: (a, v) => a.appendBigInt(BigInt(v)),
  UTINYINT: (a, v) => a.appendUTinyInt(Number(v)),
  USMALLINT: (a, v) => a.appendUSmallInt(Number(v)),
  UINTEGER: (a, v) => a.appendUInteger(Number(v)),
  UBIGINT: (a, v) => a.appendUBigInt(BigInt(v)),
  DOUBLE: (a, v) => a.appendDouble(Number(v)),
  FLOAT: (a, v) => a.appendFloat(Number(v)),
});

/** Appends one claim as a row of a table whose columns (in table order, with their DuckDB types) are `columns`. */
export type ClaimRowWriter = (appender: DuckDBAppender, claim: Readonly<Record<string, ClaimFieldValue>>) => void;

/**
 * The writer of claim rows for `columns`. Throws at once for a column type it has no appender
 * call for (the contract gained a type: add its call here), so no request meets it half-way.
 */
export function claimRowWriter(columns: ReadonlyMap<string, string>): ClaimRowWriter {
  const plan = [...columns].map(([name, type]) => {
    const append = APPEND_BY_TYPE[type];
    if (!append) throw new Error(`arr_new.${name} has type ${type}, which the arrival claim row cannot append`);
    return [name, append] as const;
  });
  return (appender, claim) => {
    for (const [name, append] of plan) {
      const v = claim[name];
      if (v === null || v === undefined) appender.appendNull();
      else append(appender, v);
    }
    appender.endRow();
  };
}
