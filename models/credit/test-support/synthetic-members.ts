// Test helper: a member feature table in the shape features/credit publishes (every
// characteristic, the 24-month sequence, fairness attributes, outcome), drawn from a latent
// payment discipline so that the models have something real to find. No warehouse needed.
import { createHash } from 'node:crypto';
import { sequenceColumns } from '../../../features/credit/features-sql.js';
import { PAYMENT_STATUS } from '../../../features/credit/registry.js';
import { encodeCategorical, makeTable } from '../../data/table.js';
import type { Column, DataTable } from '../../data/table.js';
import { createRng } from '../../tf/seed.js';
import type { Rng } from '../../tf/seed.js';

const SEGMENTS = ['PBI', 'PPU', 'PBPU', 'BP'] as const;
const SEXES = ['L', 'P'] as const;
const PROVINCES = ['31', '32', '33', '35'] as const;
const SECTORS = ['C', 'F', 'G', 'NONE'] as const;

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

/** A member key as ingestion makes them (64 hex characters). */
export function syntheticMemberKey(i: number): string {
  return createHash('sha256').update(`member-${i}`).digest('hex');
}

export interface SyntheticMembersOptions {
  /** Every n-th member gets a thin file (ledger_months < 6); 0 for none. */
  readonly thinEvery?: number;
}

export function syntheticMembers(rows: number, seed: number, options: SyntheticMembersOptions = {}): DataTable {
  const rng = createRng(seed);
  const num = new Map<string, Float64Array>();
  const col = (name: string) => {
    let c = num.get(name);
    if (!c) num.set(name, (c = new Float64Array(rows)));
    return c;
  };
  const text: Record<string, string[]> = { member_key: [], segment: [], sex: [], province_code: [], sector: [] };
  const seq = sequenceColumns();
  for (let i = 0; i < rows; i++) {
    const discipline = normal(rng);
    const segment = pick(rng, SEGMENTS);
    const thin = options.thinEvery ? i % options.thinEvery === 0 : false;
    const months = thin ? Math.floor(rng() * 6) : 6 + Math.floor(rng() * 90);
    const pPaid = 1 / (1 + Math.exp(-(1.8 + 1.2 * discipline)));
    const statuses = seq.map((_, k) => {
      if (seq.length - k > months) return PAYMENT_STATUS.none;
      const u = rng();
      return u < pPaid ? PAYMENT_STATUS.onTime : u < pPaid + (1 - pPaid) / 2 ? PAYMENT_STATUS.late : PAYMENT_STATUS.unpaid;
    });
    statuses.forEach((s, k) => (col(seq[k]!)[i] = s));
    const window = (n: number) => statuses.slice(seq.length - n);
    const share = (n: number) => {
      const due = window(n).filter((s) => s !== PAYMENT_STATUS.none);
      return due.length === 0 ? Number.NaN : due.filter((s) => s === PAYMENT_STATUS.onTime).length / due.length;
    };
    const unpaid = statuses.map((s) => s === PAYMENT_STATUS.unpaid);
    let episodes = 0,
      longest = 0,
      run = 0,
      streak = 0,
      bestStreak = 0,
      last = -1;
    statuses.forEach((s, k) => {
      if (unpaid[k]) {
        run++;
        if (run === 1) episodes++;
        longest = Math.max(longest, run);
        last = k;
      } else run = 0;
      if (s === PAYMENT_STATUS.onTime) {
        streak++;
        bestStreak = Math.max(bestStreak, streak);
      } else streak = 0;
    });
    const wage = segment === 'PPU' ? Math.round(3_000_000 * Math.exp(0.4 * normal(rng) + 0.2 * discipline)) : Number.NaN;
    col('membership_months')[i] = months + Math.floor(rng() * 12);
    col('ledger_months')[i] = months;
    col('on_time_share_6m')[i] = share(6);
    col('on_time_share_12m')[i] = share(12);
    col('on_time_share_24m')[i] = share(24);
    col('self_paid_on_time_share_12m')[i] = segment === 'PBPU' || segment === 'BP' ? share(12) : Number.NaN;
    col('arrears_months_12m')[i] = window(12).filter((s) => s === PAYMENT_STATUS.unpaid).length;
    col('arrears_episodes_24m')[i] = episodes;
    col('longest_arrears_months_24m')[i] = longest;
    col('longest_on_time_streak_months')[i] = bestStreak;
    col('months_since_last_arrears')[i] = last < 0 ? Number.NaN : seq.length - last;
    col('wage_level')[i] = wage;
    col('wage_trend_12m')[i] = Number.isNaN(wage) ? Number.NaN : Math.exp(0.1 * normal(rng));
    col('employer_changes_24m')[i] = Math.floor(rng() * 1.3);
    col('jht_balance')[i] = Number.isNaN(wage) ? Number.NaN : Math.round(wage * (1 + rng() * 3));
    col('hospital_stays_12m')[i] = rng() < 0.05 ? 1 : 0;
    col('kkpak_cases_24m')[i] = rng() < 0.01 ? 1 : 0;
    const logitBad = -2.6 - 1.3 * discipline + (segment === 'PBPU' ? 0.3 : 0);
    col('default_12m')[i] = rng() < 1 / (1 + Math.exp(-logitBad)) ? 1 : 0;
    text.member_key!.push(syntheticMemberKey(i));
    text.segment!.push(segment);
    text.sex!.push(pick(rng, SEXES));
    text.province_code!.push(pick(rng, PROVINCES));
    text.sector!.push(segment === 'PPU' ? pick(rng, SECTORS.slice(0, 3)) : 'NONE');
  }
  const columns = new Map<string, Column>();
  for (const [name, values] of num) columns.set(name, { kind: 'numeric', values });
  for (const [name, values] of Object.entries(text)) columns.set(name, encodeCategorical(values));
  return makeTable(columns);
}
