// Writes the committed credit sample (models/credit/sample/): a table in the shape a bank
// exports to bring its own data, drawn from syntheticMembers with a fixed seed, so the
// README's train -> score -> serve path and its test run on any clean checkout.
//   npx tsx models/credit/test-support/write-bank-sample.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textValue } from '../../data/table.js';
import { createRng } from '../../tf/seed.js';
import { syntheticMembers } from './synthetic-members.js';

export const BANK_SAMPLE_ROWS = 4000;
export const BANK_SAMPLE_SEED = 13;
/** Share of rows in the out-of-time ('oot') part; the rest is development ('dev'). */
export const BANK_SAMPLE_OOT_SHARE = 0.25;

const COLUMNS = [
  'membership_months',
  'ledger_months',
  'on_time_share_6m',
  'on_time_share_12m',
  'on_time_share_24m',
  'arrears_months_12m',
  'self_paid_on_time_share_12m',
  'arrears_episodes_24m',
  'longest_arrears_months_24m',
  'longest_on_time_streak_months',
  'months_since_last_arrears',
  'wage_level',
  'wage_trend_12m',
  'employer_changes_24m',
  'jht_balance',
  'hospital_stays_12m',
  'kkpak_cases_24m',
  'segment',
  'sex',
  'province_code',
  'default_12m',
] as const;

function cell(v: string | null): string {
  if (v === null) return '';
  const n = Number(v);
  return Number.isFinite(n) && !Number.isInteger(n) ? String(Number(n.toFixed(4))) : v;
}

export function bankSampleCsv(): string {
  const t = syntheticMembers(BANK_SAMPLE_ROWS, BANK_SAMPLE_SEED, { thinEvery: 40 });
  const rng = createRng(BANK_SAMPLE_SEED);
  const lines = [['applicant_id', ...COLUMNS, 'sample'].join(',')];
  for (let r = 0; r < t.nRows; r++) {
    const values = COLUMNS.map((c) => cell(textValue(t.columns.get(c)!, r)));
    lines.push([`A${String(r + 1).padStart(5, '0')}`, ...values, rng() < BANK_SAMPLE_OOT_SHARE ? 'oot' : 'dev'].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The out-of-time rows without the outcome and the sample column: a file to score, as a bank would send it. */
export function bankHoldoutCsv(sample: string): string {
  const [header, ...lines] = sample.trimEnd().split('\n');
  const names = (header as string).split(',');
  const drop = new Set([names.indexOf('default_12m'), names.indexOf('sample')]);
  const keep = (cells: string[]): string => cells.filter((_, k) => !drop.has(k)).join(',');
  const rows = lines.map((l) => l.split(',')).filter((cells) => cells[names.indexOf('sample')] === 'oot');
  return `${[keep(names), ...rows.map(keep)].join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'sample');
  const sample = bankSampleCsv();
  writeFileSync(join(dir, 'credit-bank-sample.csv'), sample);
  writeFileSync(join(dir, 'credit-bank-holdout.csv'), bankHoldoutCsv(sample));
  console.log(`wrote ${dir}/credit-bank-sample.csv and credit-bank-holdout.csv`);
}
