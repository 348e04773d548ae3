// Reading a source file as text: one SQL relation with `_row` (1-based record number) and
// one VARCHAR column per contract column found in the file, empty strings as NULL. Typed
// Parquet/NDJSON values are cast to text so that one set of rules validates every format.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { TableDef } from '../../data-samples/schema/index.js';
import type { LineKind } from '../warehouse/schema.js';
import { ident, literal } from '../warehouse/sql.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { UnreadableSourceError } from './ingest-errors.js';
import type { SourceFormat } from './sources.js';

/** Temporary tables (never in the file) where DuckDB puts CSV lines it could not parse. */
export const CSV_REJECTS_TABLE = 'telisik_csv_rejects';
export const CSV_REJECT_SCANS_TABLE = 'telisik_csv_reject_scans';

export interface TextSource {
  /** SELECT yielding `_row` and the present contract columns (by contract name) as VARCHAR. */
  readonly selectSql: string;
  /** Contract columns the file has. */
  readonly present: ReadonlySet<string>;
  /** File columns that are not in the contract (ignored, reported as a warning). */
  readonly extra: readonly string[];
  readonly lineKind: LineKind;
  /** CSV: the header fields, so that DuckDB's positional column names can be named back. */
  readonly csvHeader?: readonly string[];
}

export async function openTextSource(warehouse: Warehouse, def: TableDef, path: string, format: SourceFormat): Promise<TextSource> {
  if (format === 'csv' || format === 'csv.gz') return csvSource(def, path, format);
  const reader =
    format === 'parquet'
      ? `read_parquet(${literal(path)}, file_row_number = true)`
      : `read_json(${literal(path)}, format = 'newline_delimited')`;
  let described: { column_name: string }[];
  try {
    described = await warehouse.query<{ column_name: string }>(`DESCRIBE SELECT * FROM ${reader}`);
  } catch (err) {
    throw new UnreadableSourceError(path, format, err instanceof Error ? err.message : String(err), { cause: err });
  }
  const fileColumns = described.map((r) => r.column_name).filter((c) => c !== 'file_row_number');
  const { matched, extra } = matchColumns(def, fileColumns);
  const text = [...matched].map(([contract, fileCol]) => `NULLIF(CAST(${ident(fileCol)} AS VARCHAR), '') AS ${ident(contract)}`);
  if (format === 'parquet') {
    return {
      selectSql: `SELECT file_row_number + 1 AS _row${text.map((t) => `, ${t}`).join('')} FROM ${reader}`,
      present: new Set(matched.keys()),
      extra,
      lineKind: 'row_number',
    };
  }
  // Reading NDJSON with every present key as VARCHAR keeps numbers, strings and nested
  // values alike as text for the rules; DESCRIBE above used DuckDB's sampled key set.
  const columns = `{${[...matched.values()].map((c) => `${literal(c)}: 'VARCHAR'`).join(', ')}}`;
  const typedReader = matched.size > 0 ? `read_json(${literal(path)}, format = 'newline_delimited', columns = ${columns})` : reader;
  return {
    selectSql: `SELECT ordinality AS _row${text.map((t) => `, ${t}`).join('')} FROM ${typedReader} WITH ORDINALITY`,
    present: new Set(matched.keys()),
    extra,
    lineKind: 'row_number',
  };
}

/** Contract column -> file column, matched case-insensitively; the first of duplicates wins. */
function matchColumns(def: TableDef, fileColumns: readonly string[]): { matched: Map<string, string>; extra: string[] } {
  const byLower = new Map<string, string>();
  for (const c of fileColumns) if (!byLower.has(c.trim().toLowerCase())) byLower.set(c.trim().toLowerCase(), c);
  const matched = new Map<string, string>();
  for (const col of def.columns) {
    const fileCol = byLower.get(col.name);
    if (fileCol !== undefined) matched.set(col.name, fileCol);
  }
  const contract = new Set(def.columns.map((c) => c.name));
  const extra = fileColumns.filter((c) => !contract.has(c.trim().toLowerCase()));
  return { matched, extra };
}

/**
 * CSV: the header is read here, not sniffed, because DuckDB's sniffer gives up on a file
 * with one bad line; columns are then given positionally, all VARCHAR, and lines DuckDB
 * cannot parse go to a temporary rejects table instead of failing or vanishing.
 */
async function csvSource(def: TableDef, path: string, format: 'csv' | 'csv.gz'): Promise<TextSource> {
  const header = parseCsvHeader(await readFirstLine(path, format === 'csv.gz'));
  const positional = header.map((_, i) => `c${i}`);
  const { matched, extra } = matchColumns(def, header);
  const text = [...matched].map(([contract, fileCol]) => `NULLIF(${positional[header.indexOf(fileCol)]}, '') AS ${ident(contract)}`);
  const columns = `{${positional.map((c) => `'${c}': 'VARCHAR'`).join(', ')}}`;
  const reader =
    `read_csv(${literal(path)}, auto_detect = false, header = true, delim = ',', quote = '"', escape = '"', ` +
    `columns = ${columns}, store_rejects = true, rejects_table = '${CSV_REJECTS_TABLE}', rejects_scan = '${CSV_REJECT_SCANS_TABLE}')`;
  return {
    selectSql: `SELECT ordinality AS _row${text.map((t) => `, ${t}`).join('')} FROM ${reader} WITH ORDINALITY`,
    present: new Set(matched.keys()),
    extra,
    lineKind: 'csv_line',
    csvHeader: header,
  };
}

async function readFirstLine(path: string, gzipped: boolean): Promise<string> {
  const file = createReadStream(path, { highWaterMark: 64 * 1024 });
  const stream = gzipped ? file.pipe(createGunzip()) : file;
  const parts: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const nl = chunk.indexOf(10);
      if (nl !== -1) {
        parts.push(chunk.subarray(0, nl));
        break;
      }
      parts.push(chunk);
    }
  } finally {
    file.destroy();
  }
  return Buffer.concat(parts)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '');
}

/** Splits a CSV header line on commas outside double quotes; "" inside quotes is a quote. */
export function parseCsvHeader(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}
