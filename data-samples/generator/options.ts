// Options of a generation run, their defaults, and the derived sizes every stage shares.
import type { TableName } from '../schema/types.js';
import { monthEndIso, monthIndex, monthStartIso } from './sql.js';

export type OutputFormat = 'parquet' | 'csv';

export interface GenerateOptions {
  /** Output directory: source tables at the top, ground truth under truth/. */
  readonly outDir: string;
  /** Number of persons in the extract. */
  readonly members: number;
  /** Length of the contribution ledger in months (default 36). */
  readonly months?: number;
  /** Last ledger month, 'YYYY-MM' (default '2026-06'). */
  readonly endPeriod?: string;
  readonly seed?: number;
  readonly format?: OutputFormat;
  /** Share of rows carrying an injected defect (default 0.002). */
  readonly defectRate?: number;
  /** Share of claims that are fraudulent (default 0.03). */
  readonly fraudRate?: number;
  /** Hospital claims per member-year (default 0.6: ~10 million claims for 5 million members over 3 years). */
  readonly claimsPerMemberYear?: number;
  /** DuckDB threads (default 2). */
  readonly threads?: number;
  /** DuckDB memory limit (default '1GB'). */
  readonly memoryLimit?: string;
}

export interface GenerateProgress {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}

export interface OutputFile {
  readonly path: string;
  readonly rows: number;
}

export type TruthTableName = 'claim_fraud' | 'claim_lookalike' | 'credit_outcome' | 'employer_safety' | 'defects';

export interface GenerateResult {
  readonly tables: Record<TableName, OutputFile>;
  readonly truth: Record<TruthTableName, OutputFile>;
  readonly seconds: number;
}

export const DEFAULTS = Object.freeze({
  months: 36,
  endPeriod: '2026-06',
  seed: 1,
  format: 'parquet' as OutputFormat,
  defectRate: 0.002,
  fraudRate: 0.03,
  claimsPerMemberYear: 0.6,
  threads: 2,
  memoryLimit: '1GB',
});

/** Workers per employer in the extract (assumption: mean establishment size seen in a sample). */
const WORKERS_PER_EMPLOYER = 15;
/** Members per contracted hospital (assumption: ~2,800 FKRTL for ~220M members, densified for samples). */
const MEMBERS_PER_FACILITY = 1500;
const MIN_FACILITIES = 40;
const MIN_EMPLOYERS = 40;

/** Everything a stage needs, resolved once. */
export interface RunPlan {
  readonly members: number;
  readonly months: number;
  readonly seed: number;
  readonly format: OutputFormat;
  readonly defectRate: number;
  readonly fraudRate: number;
  readonly claimsPerMemberYear: number;
  readonly employers: number;
  readonly facilities: number;
  /** Month index of the first and last ledger month. */
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** ISO first day of the ledger and last day of the ledger. */
  readonly ledgerStart: string;
  readonly ledgerEnd: string;
}

export function resolvePlan(options: GenerateOptions): RunPlan {
  const members = Math.trunc(options.members);
  if (!(members >= 100)) throw new Error('members must be at least 100');
  const months = Math.trunc(options.months ?? DEFAULTS.months);
  if (!(months >= 6 && months <= 240)) throw new Error('months must be between 6 and 240');
  const defectRate = options.defectRate ?? DEFAULTS.defectRate;
  const fraudRate = options.fraudRate ?? DEFAULTS.fraudRate;
  if (!(defectRate >= 0 && defectRate <= 0.2)) throw new Error('defect rate must be within [0, 0.2]');
  if (!(fraudRate >= 0 && fraudRate <= 0.3)) throw new Error('fraud rate must be within [0, 0.3]');
  const lastMonth = monthIndex(options.endPeriod ?? DEFAULTS.endPeriod);
  const firstMonth = lastMonth - months + 1;
  return {
    members,
    months,
    seed: Math.trunc(options.seed ?? DEFAULTS.seed),
    format: options.format ?? DEFAULTS.format,
    defectRate,
    fraudRate,
    claimsPerMemberYear: options.claimsPerMemberYear ?? DEFAULTS.claimsPerMemberYear,
    employers: Math.max(MIN_EMPLOYERS, Math.round((members * 0.39 * 1.5) / WORKERS_PER_EMPLOYER)),
    facilities: Math.max(MIN_FACILITIES, Math.round(members / MEMBERS_PER_FACILITY)),
    firstMonth,
    lastMonth,
    ledgerStart: monthStartIso(firstMonth),
    ledgerEnd: monthEndIso(lastMonth),
  };
}
