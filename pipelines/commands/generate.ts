// `telisik generate`: writes a synthetic, seeded extract (source tables plus truth/) with a
// progress bar on a terminal and plain progress lines otherwise.
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { DEFAULTS, generate } from '../../data-samples/generator/index.js';
import type { GenerateProgress, OutputFormat } from '../../data-samples/generator/index.js';

interface GenerateFlags {
  members: string;
  months: string;
  endPeriod: string;
  seed: string;
  out: string;
  format: string;
  defectRate: string;
  fraudRate: string;
  claimsPerMemberYear: string;
  threads: string;
  memoryLimit: string;
}

function positiveNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got "${value}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('generate')
    .description('Generate a synthetic BPJS extract (members, contributions, claims, KK/PAK cases, ...) with ground truth under truth/')
    .option('--members <n>', 'number of persons', '100000')
    .option('--months <n>', 'contribution ledger length in months', String(DEFAULTS.months))
    .option('--end-period <YYYY-MM>', 'last ledger month', DEFAULTS.endPeriod)
    .option('--seed <n>', 'random seed (same seed, same bytes)', String(DEFAULTS.seed))
    .option('--out <dir>', 'output directory', 'var/extract')
    .option('--format <format>', 'parquet or csv', DEFAULTS.format)
    .option('--defect-rate <r>', 'share of rows with an injected defect', String(DEFAULTS.defectRate))
    .option('--fraud-rate <r>', 'share of fraudulent claims', String(DEFAULTS.fraudRate))
    .option('--claims-per-member-year <r>', 'hospital claims per member-year', String(DEFAULTS.claimsPerMemberYear))
    .option('--threads <n>', 'DuckDB threads', String(DEFAULTS.threads))
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
      const result = await generate({
        outDir: flags.out,
        members: positiveNumber('members', flags.members),
        months: positiveNumber('months', flags.months),
        endPeriod: flags.endPeriod,
        seed: positiveNumber('seed', flags.seed),
        format,
        defectRate: positiveNumber('defect-rate', flags.defectRate),
        fraudRate: positiveNumber('fraud-rate', flags.fraudRate),
        claimsPerMemberYear: positiveNumber('claims-per-member-year', flags.claimsPerMemberYear),
        threads: positiveNumber('threads', flags.threads),
        memoryLimit: flags.memoryLimit,
      }, onProgress);
      bar?.stop();
      const rows = Object.values(result.tables).reduce((a, t) => a + t.rows, 0);
      for (const [name, file] of [...Object.entries(result.tables), ...Object.entries(result.truth).map(([n, f]) => [`truth/${n}`, f] as const)]) {
        console.log(`${name.padEnd(24)} ${String(file.rows).padStart(12)} rows  ${file.path}`);
      }
      console.log(`generated ${rows} source rows in ${result.seconds.toFixed(1)} s (${Math.round(rows / result.seconds)} rows/s)`);
    });
}
