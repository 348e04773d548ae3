// `telisik warehouse summary`: rows per raw table, files loaded and the quarantine by
// table and reason. Opens the warehouse read-only, so it runs beside a writer's readers.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { DEFAULT_WAREHOUSE_PATH, formatWarehouseSummary, openWarehouse, warehouseSummary } from '../../features/warehouse/index.js';

export function register(program: Command): void {
  const warehouse = program.command('warehouse').description('Inspect the DuckDB warehouse');
  warehouse
    .command('summary')
    .description('Rows per raw table, ingested files and quarantine counts by table and reason')
    .option('--db <path>', 'warehouse file', DEFAULT_WAREHOUSE_PATH)
    .option('--json', 'print the summary as JSON')
    .action(async (flags: { db: string; json?: boolean }) => {
      if (!existsSync(flags.db)) throw new Error(`no warehouse at ${flags.db}: run \`telisik ingest <dir> --db ${flags.db}\` first`);
      const wh = await openWarehouse(flags.db, { readOnly: true });
      try {
        const summary = await warehouseSummary(wh);
        console.log(flags.json ? JSON.stringify(summary, null, 2) : formatWarehouseSummary(summary));
      } finally {
        await wh.close();
      }
    });
}
