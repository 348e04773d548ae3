// Rupiah amounts in detector evidence: one SQL form for every detector, so an auditor reads the
// same figure the same way in every hit, in English and in Indonesian.
import { literal } from '../../../data-samples/sql/index.js';

/**
 * SQL: `amount` (an SQL expression, or a threshold's number) as whole rupiah with thousands
 * separators (Rp350,000). Tariff lines, peer medians and sums of them are DOUBLE in the warehouse,
 * and DuckDB's format('{:,}') prints a DOUBLE with its decimal (an auditor read "operation fee at
 * Rp350,000.0"); JKN pays in whole rupiah, so the amount is rounded. The separator is the comma in
 * both languages, as every other number of the evidence (ratios such as 2.5x) is written with the
 * decimal point in both. NULL stays NULL, as in format().
 */
export function rupiahSql(amount: string | number): string {
  return `('Rp' || format('{:,}', round(${amount})::BIGINT))`;
}

/** SQL: rupiahSql(amount), or the words `none` where there is no amount (a peer norm with too few claims). */
export function rupiahOrSql(amount: string | number, none: string): string {
  return `coalesce(${rupiahSql(amount)}, ${literal(none)})`;
}
