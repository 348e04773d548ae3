// `telisik k3 export`: the published K3 book and its rate tables as CSV or Parquet files for
// underwriters' spreadsheets and analysts' dataframes, the same tables as
// GET /k3/export/{table} (models/k3/export.ts).
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { TABLE_FILE_FORMATS, writeTableFile, type TableFileFormat } from '../../models/data/table-file.js';
import { K3_EXPORT_TABLES, k3ExportTable, type K3ExportTable } from '../../models/k3/export.js';
import { readK3Book } from '../../models/k3/index.js';

interface K3ExportFlags {
  book?: string;
  table: K3ExportTable | 'all';
  format: TableFileFormat;
  out: string;
}

/** Writes the chosen tables to `<out>/k3-<table>.<format>`; returns the files written. */
export async function exportK3Tables(flags: K3ExportFlags): Promise<string[]> {
  if (!flags.book) throw new Error('--book is required (or TELISIK_K3_BOOK): the published K3 book of a run, <outDir>/k3');
  const book = await readK3Book(resolve(flags.book));
  await mkdir(flags.out, { recursive: true });
  const tables = flags.table === 'all' ? K3_EXPORT_TABLES : [flags.table];
  const files: string[] = [];
  for (const table of tables) {
    const path = join(flags.out, `k3-${table}.${flags.format}`);
    await writeTableFile(path, k3ExportTable(book, table), flags.format);
    files.push(path);
  }
  return files;
}

export function register(program: Command): void {
  const k3 = program.command('k3').description('K3 (work accident) rating book');
  k3.command('export')
    .description('Write the K3 book (one rating row per employer) and its rate tables as CSV or Parquet')
    .option('--book <dir>', 'published K3 book of a run (<outDir>/k3)', process.env.TELISIK_K3_BOOK)
    .addOption(new Option('--table <name>', 'which table').choices([...K3_EXPORT_TABLES, 'all']).default('all'))
    .addOption(new Option('--format <format>', 'file format').choices([...TABLE_FILE_FORMATS]).default('parquet'))
    .option('--out <dir>', 'folder the files are written to', 'var/k3-export')
    .addHelpText('after', '\nExample:\n  $ telisik k3 export --book var/run/k3 --format csv --out var/k3-export')
    .action(async (flags: K3ExportFlags) => {
      for (const file of await exportK3Tables(flags)) console.log(file);
    });
}
