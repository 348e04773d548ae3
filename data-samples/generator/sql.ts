// SQL building blocks of the generator: seeded hash randomness as DuckDB macros and
// inverse-CDF pickers compiled from TypeScript weight tables. Quoting is data-samples/sql's.
//
// Why hash-based randomness: every draw is a pure function of (seed, entity key, salt), so
// DuckDB can evaluate it in parallel, in any order, out of core, and the same seed always
// gives the same data. No random state is carried between rows.

/** 2^53: the resolution of a double; hash bits above it are dropped. */
const TWO_POW_53 = 9007199254740992;

/**
 * Macros every generator query uses:
 * - `u(key, salt)`: uniform on the open interval (0, 1);
 * - `z(key, salt)`: standard normal (Box-Muller on two uniforms);
 * - `ui(key, salt, n)`: integer uniform on 0..n-1;
 * - `lognorm(key, salt, sigma)`: log-normal with mean 1;
 * - `month_date(mi)`: first day of month index mi (year*12 + month-1);
 * - `sigmoid(x)`.
 */
export function randomMacros(seed: number): string[] {
  const s = Math.trunc(seed);
  return [
    `CREATE OR REPLACE MACRO u(k, salt) AS (((hash(k, salt, ${s}::BIGINT) >> 11)::DOUBLE + 0.5) / ${TWO_POW_53}.0)`,
    `CREATE OR REPLACE MACRO z(k, salt) AS sqrt(-2.0 * ln(u(k, salt || '#1'))) * cos(2.0 * pi() * u(k, salt || '#2'))`,
    `CREATE OR REPLACE MACRO ui(k, salt, n) AS least(floor(u(k, salt) * (n))::BIGINT, (n)::BIGINT - 1)`,
    `CREATE OR REPLACE MACRO lognorm(k, salt, sigma) AS exp((sigma) * z(k, salt) - (sigma) * (sigma) / 2.0)`,
    `CREATE OR REPLACE MACRO month_date(mi) AS make_date(((mi) // 12)::BIGINT, ((mi) % 12 + 1)::BIGINT, 1)`,
    `CREATE OR REPLACE MACRO sigmoid(x) AS 1.0 / (1.0 + exp(-(x)))`,
  ];
}

/**
 * Inverse-CDF pick: a CASE expression mapping a uniform `uExpr` to one of `values`
 * with probability proportional to `weights`.
 */
export function pick(uExpr: string, values: readonly string[], weights: readonly number[]): string {
  if (values.length !== weights.length || values.length === 0) throw new Error('pick: values and weights differ in length');
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const arms: string[] = [];
  for (let i = 0; i < values.length - 1; i++) {
    cumulative += (weights[i] ?? 0) / total;
    arms.push(`WHEN ${uExpr} < ${cumulative.toFixed(12)} THEN ${values[i]}`);
  }
  return `(CASE ${arms.join(' ')} ELSE ${values[values.length - 1]} END)`;
}

/** Month index (year*12 + month-1) of a 'YYYY-MM' period. */
export function monthIndex(period: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) throw new Error(`period "${period}" is not YYYY-MM`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** ISO date of the first day of a month index. */
export function monthStartIso(mi: number): string {
  const y = Math.floor(mi / 12);
  const mo = (mi % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-01`;
}

/** ISO date of the last day of a month index. */
export function monthEndIso(mi: number): string {
  const next = new Date(Date.UTC(Math.floor((mi + 1) / 12), (mi + 1) % 12, 1) - 86_400_000);
  return next.toISOString().slice(0, 10);
}
