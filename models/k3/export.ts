// The K3 book and its rate tables as flat tables underwriters open in a spreadsheet (CSV) or
// a dataframe (Parquet): `book`, one rating row per employer exactly as the batch writes it
// to the warehouse; `rates`, both statutory JKK rate tables with the risk-rate band that
// recommends each group and the table's loading; `factors`, the a-priori tariff's
// relativities per rating term and level (with the sector codes rated at each sector level).
import type { TypedTable, TableColumn } from '../data/table-file.js';
import type { K3Book, RatingRow } from './book.js';
import { ratingRow } from './book.js';
import { rateEmployer, ratingInputOf } from './rating.js';
import { RATE_TABLE_NAMES, ROMAN_GROUP, JKK_GROUPS, groupBoundaries, rateTable } from './recommend.js';

export const K3_EXPORT_TABLES = Object.freeze(['book', 'rates', 'factors'] as const);
export type K3ExportTable = (typeof K3_EXPORT_TABLES)[number];

type BookColumn = TableColumn & { readonly name: keyof RatingRow };
/** In the order of RatingRow (book.ts); a test checks that every field is here. */
export const BOOK_COLUMNS: readonly BookColumn[] = Object.freeze([
  { name: 'employer_id', type: 'VARCHAR' },
  { name: 'sector_code', type: 'VARCHAR' },
  { name: 'statutory_group', type: 'INTEGER' },
  { name: 'worker_years', type: 'DOUBLE' },
  { name: 'wage_bill', type: 'DOUBLE' },
  { name: 'apriori_per_1000', type: 'DOUBLE' },
  { name: 'credibility', type: 'DOUBLE' },
  { name: 'experience_mod', type: 'DOUBLE' },
  { name: 'expected_per_1000', type: 'DOUBLE' },
  { name: 'relative_risk_to_sector', type: 'DOUBLE' },
  { name: 'expected_cost', type: 'DOUBLE' },
  { name: 'pp44_recommended_group', type: 'VARCHAR' },
  { name: 'pp44_recommended_rate', type: 'DOUBLE' },
  { name: 'pp44_premium', type: 'DOUBLE' },
  { name: 'pp49_recommended_group', type: 'VARCHAR' },
  { name: 'pp49_recommended_rate', type: 'DOUBLE' },
  { name: 'pp49_premium', type: 'DOUBLE' },
  { name: 'pp44_reason', type: 'VARCHAR' },
  { name: 'pp44_risk_rate', type: 'DOUBLE' },
  { name: 'experience_eligible', type: 'BOOLEAN' },
] as const);

const RATE_COLUMNS: readonly TableColumn[] = Object.freeze([
  { name: 'rate_table', type: 'VARCHAR' },
  { name: 'regulation', type: 'VARCHAR' },
  { name: 'applies_to', type: 'VARCHAR' },
  { name: 'risk_group', type: 'VARCHAR' },
  { name: 'group_number', type: 'INTEGER' },
  { name: 'statutory_rate', type: 'DOUBLE' },
  // the risk-based rate (fraction of wage) for which the group is indicated: [from, to)
  { name: 'risk_rate_from', type: 'DOUBLE' },
  { name: 'risk_rate_to', type: 'DOUBLE' },
  { name: 'loading', type: 'DOUBLE' },
]);

const FACTOR_COLUMNS: readonly TableColumn[] = Object.freeze([
  { name: 'term', type: 'VARCHAR' },
  { name: 'level', type: 'VARCHAR' },
  { name: 'relativity', type: 'DOUBLE' },
  { name: 'sector_codes', type: 'VARCHAR' },
  { name: 'base_frequency', type: 'DOUBLE' },
]);

function bookTable(book: K3Book): TypedTable {
  const rows = book.employerIds().map((id) => {
    const history = book.history(id)!;
    const row = ratingRow(rateEmployer(book.model, ratingInputOf(history, book.claims(id))), history[0]!);
    return BOOK_COLUMNS.map((c) => row[c.name]);
  });
  return { columns: BOOK_COLUMNS, rows };
}

function ratesTable(book: K3Book): TypedTable {
  const rows = RATE_TABLE_NAMES.flatMap((name) => {
    const table = rateTable(name);
    const bounds = groupBoundaries(name);
    return JKK_GROUPS.map((g) => [
      name,
      table.regulation,
      table.appliesTo,
      ROMAN_GROUP[g],
      g,
      table.rateByGroup[g],
      g === 1 ? 0 : bounds[g - 2]!,
      g === JKK_GROUPS.length ? null : bounds[g - 1]!,
      book.model.loading[name],
    ]);
  });
  return { columns: RATE_COLUMNS, rows };
}

function factorsTable(book: K3Book): TypedTable {
  const t = book.model.tariff;
  const codesAt = new Map<string, string[]>();
  for (const [code, level] of Object.entries(t.sectorLevelOf)) codesAt.set(level, [...(codesAt.get(level) ?? []), code]);
  const terms = { sector: t.sector, size: t.size, region: t.region, compliance: t.compliance };
  const rows = Object.entries(terms).flatMap(([term, relativities]) =>
    Object.entries(relativities)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([level, relativity]) => [
        term,
        level,
        relativity,
        term === 'sector' ? (codesAt.get(level) ?? []).sort().join(' ') : null,
        t.baseFrequency,
      ]),
  );
  return { columns: FACTOR_COLUMNS, rows };
}

const BUILDERS: Readonly<Record<K3ExportTable, (book: K3Book) => TypedTable>> = {
  book: bookTable,
  rates: ratesTable,
  factors: factorsTable,
};
// a loaded book never changes: rate its employers once per book, not per download
const cache = new WeakMap<K3Book, Map<K3ExportTable, TypedTable>>();

/** One export table of a loaded book. */
export function k3ExportTable(book: K3Book, table: K3ExportTable): TypedTable {
  const tables = cache.get(book) ?? new Map<K3ExportTable, TypedTable>();
  cache.set(book, tables);
  const built = tables.get(table) ?? BUILDERS[table](book);
  tables.set(table, built);
  return built;
}
