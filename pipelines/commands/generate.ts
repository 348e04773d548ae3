// `telisik generate`: writes a synthetic, seeded extract (source tables plus truth/) with a
// progress bar on a terminal and plain progress lines otherwise.
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { DEFAULTS, generate } from '../../data-samples/generator/index.js';
import type { GenerateProgress, OutputFormat } from '../../data-samples/generator/index.js';
import { nonNegativeInteger, positiveInteger, positiveNumber, share } from '../runtime/cli/number-options.js';

interface GenerateFlags {
  members: number;
  months: number;
  endPeriod: string;
  seed: number;
  out: string;
  format: string;
  defectRate: number;
  fraudRate: number;
  claimsPerMemberYear: number;
  threads: number;
  memoryLimit: string;
}

export function register(program: Command): void {
  program
    .command('generate')
    .description('Generate a synthetic BPJS extract (members, contributions, claims, KK/PAK cases, ...) with ground truth under truth/')
    .option('--members <n>', 'number of persons', positiveInteger, 100_000)
    .option('--months <n>', 'contribution ledger length in months', positiveInteger, DEFAULTS.months)
    .option('--end-period <YYYY-MM>', 'last ledger month', DEFAULTS.endPeriod)
    .option('--seed <n>', 'random seed (same seed, same bytes)', nonNegativeInteger, DEFAULTS.seed)
    .option('--out <dir>', 'output directory', 'var/extract')
    .option('--format <format>', 'parquet or csv', DEFAULTS.format)
    .option('--defect-rate <r>', 'share of rows with an injected defect, 0 to 1', share, DEFAULTS.defectRate)
    .option('--fraud-rate <r>', 'share of fraudulent claims, 0 to 1', share, DEFAULTS.fraudRate)
    .option('--claims-per-member-year <r>', 'hospital claims per member-year', positiveNumber, DEFAULTS.claimsPerMemberYear)
    .option('--threads <n>', 'DuckDB threads', positiveInteger, DEFAULTS.threads)
    .option('--memory-limit <size>', 'DuckDB memory limit', DEFAULTS.memoryLimit)
    .action(async (flags: GenerateFlags) => {
      const format = flags.format as OutputFormat;
      if (format !== 'parquet' && format !== 'csv') throw new Error(`--format must be parquet or csv, got "${flags.format}"`);
      const tty = process.stdout.isTTY === true;
      const bar = tty ? new SingleBar({ format: ' {bar} {value}/{total} {phase}', hideCursor: true }, Presets.shades_classic) : undefined;
      let started = false;
      const onProgress = (p: GenerateProgress): void => {
        if (bar) {
          if (!started) bar.start(p.total, p.done, { phase: p.phase });
          else bar.update(p.done, { phase: p.phase });
          started = true;
        } else {
          console.log(`generate: [${p.done}/${p.total}] ${p.phase}`);
        }
      };
      const result = await generate(
        {
          outDir: flags.out,
          members: flags.members,
          months: flags.months,
          endPeriod: flags.endPeriod,
          seed: flags.seed,
          format,
          defectRate: flags.defectRate,
          fraudRate: flags.fraudRate,
          claimsPerMemberYear: flags.claimsPerMemberYear,
          threads: flags.threads,
          memoryLimit: flags.memoryLimit,
        },
        onProgress,
      );
      bar?.stop();
      const rows = Object.values(result.tables).reduce((a, t) => a + t.rows, 0);
      for (const [name, file] of [
        ...Object.entries(result.tables),
        ...Object.entries(result.truth).map(([n, f]) => [`truth/${n}`, f] as const),
      ]) {
        console.log(`${name.padEnd(24)} ${String(file.rows).padStart(12)} rows  ${file.path}`);
      }
      console.log(`generated ${rows} source rows in ${result.seconds.toFixed(1)} s (${Math.round(rows / result.seconds)} rows/s)`);
    });
}
