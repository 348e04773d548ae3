// Writes one source table: converts typed rows to the text an extract carries, injects the
// defects validation must catch (recording each in truth/defects with its file row number),
// and copies the result to Parquet or CSV in deterministic row order.
import type { DuckDBConnection } from '@duckdb/node-api';
import { tableDef } from '../schema/index.js';
import type { ColumnDef, TableName } from '../schema/types.js';
import type { OutputFormat, RunPlan } from './options.js';
import { ident, literal } from '../sql/index.js';

export type DefectClass =
  'malformed_nik' | 'discharge_before_admission' | 'unknown_icd10' | 'unknown_inacbg' | 'negative_amount' | 'duplicate_row' | 'wrong_type';

export const DEFECT_CLASSES: readonly DefectClass[] = Object.freeze([
  'malformed_nik',
  'discharge_before_admission',
  'unknown_icd10',
  'unknown_inacbg',
  'negative_amount',
  'duplicate_row',
  'wrong_type',
]);

/** Codes that are deliberately absent from the reference lists. */
export const UNKNOWN_ICD10 = 'K99.9';
export const UNKNOWN_INACBG = 'X-9-99-I';
/** The text a wrong-type defect puts in a numeric or date column. */
export const WRONG_TYPE_TEXT = 'abc';

interface DefectSpec {
  readonly classes: readonly DefectClass[];
  /** Money columns a negative_amount defect may hit. */
  readonly negative: readonly string[];
  /** Numeric or date columns a wrong_type defect may hit. */
  readonly wrongType: readonly string[];
}

const DEFECTS: Readonly<Record<TableName, DefectSpec>> = Object.freeze({
  members: {
    classes: ['malformed_nik', 'negative_amount', 'wrong_type', 'duplicate_row'],
    negative: ['jht_opening_balance'],
    wrongType: ['birth_date', 'care_class'],
  },
  // Only repeats: a lost event would change a card's status and quarantine honest claims.
  membership_events: { classes: ['duplicate_row'], negative: [], wrongType: [] },
  employers: { classes: ['wrong_type', 'duplicate_row'], negative: [], wrongType: ['registered_date', 'jkk_risk_group'] },
  facilities: { classes: ['wrong_type', 'duplicate_row'], negative: [], wrongType: ['tariff_region', 'latitude'] },
  doctors: { classes: ['duplicate_row'], negative: [], wrongType: [] },
  employment_spells: {
    classes: ['malformed_nik', 'negative_amount', 'wrong_type', 'duplicate_row'],
    negative: ['reported_wage'],
    wrongType: ['start_date', 'reported_wage'],
  },
  contributions: {
    classes: ['malformed_nik', 'negative_amount', 'wrong_type', 'duplicate_row'],
    negative: ['amount_due', 'amount_paid', 'jkn_due', 'jht_due'],
    wrongType: ['period', 'amount_paid', 'due_date'],
  },
  claims: {
    classes: ['discharge_before_admission', 'unknown_icd10', 'unknown_inacbg', 'negative_amount', 'wrong_type', 'duplicate_row'],
    negative: ['billed_cost', 'tarif_obat', 'tarif_inacbg'],
    wrongType: ['tgl_masuk', 'billed_cost', 'kelas_rawat'],
  },
  fktp_facilities: { classes: ['duplicate_row'], negative: [], wrongType: [] },
  fktp_visits: { classes: ['wrong_type', 'duplicate_row'], negative: [], wrongType: ['tgl_kunjungan'] },
  capitation: {
    classes: ['negative_amount', 'wrong_type', 'duplicate_row'],
    negative: ['capitation_amount'],
    wrongType: ['period', 'registered_members'],
  },
  prb_claims: {
    classes: ['negative_amount', 'wrong_type', 'duplicate_row'],
    negative: ['biaya_obat'],
    wrongType: ['tgl_resep', 'hari_obat'],
  },
  kkpak_cases: {
    classes: ['malformed_nik', 'negative_amount', 'wrong_type', 'duplicate_row'],
    negative: ['jkk_benefit_paid'],
    wrongType: ['accident_date', 'days_off'],
  },
  deaths: { classes: ['malformed_nik', 'wrong_type', 'duplicate_row'], negative: [], wrongType: ['death_date'] },
  audit_outcomes: {
    classes: ['negative_amount', 'wrong_type', 'duplicate_row'],
    negative: ['amount_recovered'],
    wrongType: ['audit_date'],
  },
});

function asText(col: ColumnDef): string {
  return col.type === 'VARCHAR' ? ident(col.name) : `CAST(${ident(col.name)} AS VARCHAR)`;
}

function defectedText(col: ColumnDef): string {
  const arms: string[] = [];
  const name = col.name;
  if (name === 'nik') arms.push(`WHEN _dclass = 'malformed_nik' THEN substr(nik, 1, 15)`);
  if (name === 'tgl_pulang')
    arms.push(`WHEN _dclass = 'discharge_before_admission' THEN CAST(tgl_masuk - 1 - ui(_key, 'dba', 5)::INTEGER AS VARCHAR)`);
  if (name === 'diagnosa') arms.push(`WHEN _dclass = 'unknown_icd10' THEN ${literal(UNKNOWN_ICD10 + '#')} || diagnosa`);
  if (name === 'kode_inacbg') arms.push(`WHEN _dclass = 'unknown_inacbg' THEN ${literal(UNKNOWN_INACBG)}`);
  arms.push(
    `WHEN _dclass = 'negative_amount' AND _dcol = ${literal(name)} THEN CAST(-greatest(coalesce(TRY_CAST(${ident(name)} AS BIGINT), 0), 1000) AS VARCHAR)`,
  );
  arms.push(`WHEN _dclass = 'wrong_type' AND _dcol = ${literal(name)} THEN ${literal(WRONG_TYPE_TEXT)}`);
  // the fast path first: almost every row carries no defect
  return `CASE WHEN _dclass IS NULL THEN ${asText(col)} ${arms.join(' ')} ELSE ${asText(col)} END AS ${ident(name)}`;
}

/** The column a defect class touches, or NULL for a duplicated row. */
function defectColumnSql(spec: DefectSpec): string {
  const choose = (cols: readonly string[], salt: string): string =>
    cols.length ? `[${cols.map(literal).join(', ')}][1 + ui(_key, ${literal(salt)}, ${cols.length})]` : 'NULL';
  return `CASE _dclass WHEN 'malformed_nik' THEN 'nik' WHEN 'discharge_before_admission' THEN 'tgl_pulang'
    WHEN 'unknown_icd10' THEN 'diagnosa' WHEN 'unknown_inacbg' THEN 'kode_inacbg'
    WHEN 'negative_amount' THEN ${choose(spec.negative, 'negcol')} WHEN 'wrong_type' THEN ${choose(spec.wrongType, 'wtcol')} END`;
}

export interface WrittenTable {
  readonly path: string;
  readonly rows: number;
}

/**
 * Materialise `parts` (typed SELECTs with a BIGINT `_key` and the contract's columns) into the
 * table `out_<table>`, record its defects, copy it as text to `<dir>/<table>.<format>` and drop it.
 *
 * Why the table keeps the typed values and the defect choice, and the text is made by the
 * COPY: writing a table of text costs DuckDB about three times a table of the typed values
 * (string compression on every column; measured on the 828k KES contribution rows of a
 * 25k-member run: 1.4 CPU-s against 0.6), and the contribution ledger is most of the rows of
 * a national run. The file is the same: the same text in the same row order.
 */
export async function writeSourceTable(
  conn: DuckDBConnection,
  plan: RunPlan,
  table: TableName,
  parts: readonly string[],
  dir: string,
): Promise<WrittenTable> {
  const def = tableDef(table);
  const spec = DEFECTS[table];
  const out = ident(`out_${table}`);
  const cols = def.columns;
  const classPick = `[${spec.classes.map(literal).join(', ')}][1 + ui(_key, 'dclass', ${spec.classes.length})]`;
  const kept = ['_key', ...cols.map((c) => ident(c.name)), '_dclass', '_dcol', '_copy'].join(', ');
  for (const [i, part] of parts.entries()) {
    const rows = `
SELECT ${kept}
FROM (
  SELECT *, unnest(CASE WHEN _dclass = 'duplicate_row' THEN [0, 1] ELSE [0] END) AS _copy
  FROM (
    SELECT *, ${defectColumnSql(spec)} AS _dcol
    FROM (SELECT p.*, CASE WHEN u(p._key, ${literal(`defect-${table}`)}) < ${plan.defectRate} THEN ${classPick} END AS _dclass FROM (${part}) p)
  )
)`;
    if (i === 0) {
      await conn.run(`CREATE OR REPLACE TABLE ${out} AS ${rows}`);
    } else {
      await assertSameTypes(conn, out, rows, table);
      await conn.run(`INSERT INTO ${out} ${rows}`);
    }
  }
  // A duplicated row's defect is recorded on its second copy only.
  await conn.run(
    `INSERT INTO truth_defects SELECT ${literal(table)}, rowid + 1, CASE WHEN _dclass = 'duplicate_row' THEN NULL ELSE _dcol END, _dclass
     FROM ${out} WHERE _dclass IS NOT NULL AND (_dclass <> 'duplicate_row' OR _copy = 1) ORDER BY rowid`,
  );
  const path = `${dir}/${table}.${plan.format}`;
  await copyTo(conn, `SELECT ${cols.map(defectedText).join(', ')} FROM ${out}`, path, plan.format);
  const rows = await countRows(conn, out);
  await conn.run(`DROP TABLE ${out}`);
  return { path, rows };
}

/**
 * Later parts go into the table the first part typed: a column of another type would be cast
 * to the first part's type before it becomes text, and its text could change (a DOUBLE made
 * DECIMAL), so that is refused rather than written.
 */
async function assertSameTypes(conn: DuckDBConnection, out: string, rows: string, table: TableName): Promise<void> {
  const types = async (sql: string): Promise<string[]> =>
    (await conn.runAndReadAll(`DESCRIBE ${sql}`)).getRowObjectsJS().map((r) => `${String(r['column_name'])} ${String(r['column_type'])}`);
  const have = await types(`SELECT * FROM ${out}`);
  const next = await types(rows);
  const differing = next.filter((t, i) => t !== have[i]);
  if (differing.length > 0 || have.length !== next.length)
    throw new Error(`generator: the parts of ${table} differ in column types (${differing.join(', ')} against ${have.join(', ')})`);
}

export async function copyTo(conn: DuckDBConnection, select: string, path: string, format: OutputFormat): Promise<void> {
  const options = format === 'parquet' ? `FORMAT parquet, COMPRESSION zstd` : `FORMAT csv, HEADER true`;
  await conn.run(`COPY (${select}) TO ${literal(path)} (${options})`);
}

export async function countRows(conn: DuckDBConnection, table: string): Promise<number> {
  const reader = await conn.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM ${table}`);
  return Number(reader.getRowObjectsJS()[0]?.['n'] ?? 0);
}
