// What is in the warehouse: rows per raw table, the file register by status, and the
// quarantine by table and reason; plus a plain-text rendering for the CLI.
import type { TableName } from '../../data-samples/schema/index.js';
import { rawTableName, SOURCE_TABLES } from './raw-tables.js';
import { ident } from '../../data-samples/sql/index.js';
import { toNumber } from './sql.js';
import type { Warehouse } from './warehouse.js';

export interface WarehouseSummary {
  readonly path: string;
  readonly tables: ReadonlyArray<{ readonly table: TableName; readonly rawTable: string; readonly rows: number }>;
  readonly files: { readonly loaded: number; readonly rejected: number; readonly failed: number };
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsQuarantined: number;
  readonly quarantine: ReadonlyArray<{ readonly table: TableName; readonly reason: string; readonly rows: number }>;
}

export async function warehouseSummary(warehouse: Warehouse): Promise<WarehouseSummary> {
  const counts = await warehouse.query<{ t: string; n: bigint }>(
    SOURCE_TABLES.map((d) => `SELECT '${d.name}' AS t, count(*) AS n FROM ${ident(rawTableName(d.name))}`).join(' UNION ALL '),
  );
  const rows = new Map(counts.map((r) => [r.t, toNumber(r.n)]));
  const byStatus = await warehouse.query<{ status: string; n: bigint; read: bigint; loaded: bigint; quarantined: bigint }>(
    `SELECT status, count(*) AS n, sum(rows_read) AS read, sum(rows_loaded) AS loaded, sum(rows_quarantined) AS quarantined
     FROM ingest_files GROUP BY status`,
  );
  const status = (s: string): number => toNumber(byStatus.find((r) => r.status === s)?.n);
  const total = (f: (r: (typeof byStatus)[number]) => bigint): number => byStatus.reduce((a, r) => a + toNumber(f(r)), 0);
  const quarantine = await warehouse.query<{ table_name: TableName; reason: string; n: bigint }>(
    'SELECT table_name, reason, count(*) AS n FROM quarantine GROUP BY ALL ORDER BY table_name, n DESC, reason',
  );
  return {
    path: warehouse.path,
    tables: SOURCE_TABLES.map((d) => ({ table: d.name, rawTable: rawTableName(d.name), rows: rows.get(d.name) ?? 0 })),
    files: { loaded: status('loaded'), rejected: status('rejected'), failed: status('failed') },
    rowsRead: total((r) => r.read),
    rowsLoaded: total((r) => r.loaded),
    rowsQuarantined: total((r) => r.quarantined),
    quarantine: quarantine.map((q) => ({ table: q.table_name, reason: q.reason, rows: toNumber(q.n) })),
  };
}

const num = (n: number): string => n.toLocaleString('en-US');

/** A plain-text table for terminals and logs. */
export function formatWarehouseSummary(s: WarehouseSummary): string {
  const lines: string[] = [`warehouse ${s.path}`, ''];
  const width = Math.max(...s.tables.map((t) => t.rawTable.length));
  lines.push(`${'raw table'.padEnd(width)}  ${'rows'.padStart(12)}`);
  for (const t of s.tables) lines.push(`${t.rawTable.padEnd(width)}  ${num(t.rows).padStart(12)}`);
  lines.push('');
  lines.push(`files: ${s.files.loaded} loaded, ${s.files.rejected} rejected, ${s.files.failed} failed`);
  lines.push(`rows: ${num(s.rowsRead)} read = ${num(s.rowsLoaded)} loaded + ${num(s.rowsQuarantined)} quarantined`);
  lines.push('');
  if (s.quarantine.length === 0) {
    lines.push('quarantine: empty');
  } else {
    lines.push('quarantine by table and reason');
    const tw = Math.max(...s.quarantine.map((q) => q.table.length));
    const rw = Math.max(...s.quarantine.map((q) => q.reason.length));
    for (const q of s.quarantine) lines.push(`${q.table.padEnd(tw)}  ${q.reason.padEnd(rw)}  ${num(q.rows).padStart(10)}`);
  }
  return lines.join('\n');
}
