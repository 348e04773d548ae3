// One measured step of the foundation bench, run in its own process so that its peak RSS
// (DuckDB's native memory included) is its own: `generate` or `ingest`. Prints one JSON line.
import { rm } from 'node:fs/promises';
import { generate } from '../../data-samples/generator/index.js';
import { ingestFiles, resolveInputs } from '../../features/ingest/index.js';
import { openWarehouse } from '../../features/warehouse/index.js';

const [step, dir, arg] = process.argv.slice(2);
if (!step || !dir) throw new Error('usage: foundation-step generate|ingest DIR [members|db]');

const started = performance.now();
let rows: Record<string, number> = {};
const perTable: Record<string, { rows: number; seconds: number }> = {};
if (step === 'generate') {
  const result = await generate({ outDir: dir, members: Number(arg), seed: 7, format: 'parquet' });
  rows = Object.fromEntries(Object.entries(result.tables).map(([t, f]) => [t, f.rows]));
} else if (step === 'ingest') {
  const db = arg ?? `${dir}/warehouse.duckdb`;
  await rm(db, { force: true });
  const warehouse = await openWarehouse(db);
  try {
    const { files } = await resolveInputs([dir]);
    for (const file of files) {
      const t0 = performance.now();
      const report = await ingestFiles(warehouse, file, { demoKey: true, onWarning: () => undefined });
      const read = report.totals.rowsRead;
      perTable[file.table] = { rows: read, seconds: (performance.now() - t0) / 1000 };
      rows[file.table] = read;
    }
  } finally {
    await warehouse.close();
  }
} else {
  throw new Error(`unknown step ${step}`);
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ step, seconds, rows, perTable, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
