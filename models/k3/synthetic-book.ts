// A synthetic book of employer-years drawn directly at employer level (no persons, spells
// or ledger): for unit tests and for the 1-million-employer rating bench, where running the
// full generator would take hours. Frequencies follow the generator's calibration shape:
// a statutory group factor times a log-normal safety latent, Poisson counts.
import { SECTORS } from '../../data-samples/reference/index.js';
import type { EmployerYear, K3Claim } from '../../features/k3/index.js';

/** Relative frequency by statutory group I-V (same shape as the generator's JKK_GROUP_FACTOR). */
const GROUP_FACTOR = [0.35, 0.6, 1.0, 1.6, 2.4] as const;
/** Cases per worker-year at group factor 1 (DOMAIN.md section 1: ~4.5 per 1,000 overall). */
const BASE_FREQUENCY = 0.0045;
/** Sigma of the log-normal safety latent (generator calibration SAFETY_LOG_SIGMA). */
const SAFETY_SIGMA = 0.6;
const SIZE_BANDS = [
  ['MIKRO', 3],
  ['KECIL', 12],
  ['MENENGAH', 50],
  ['BESAR', 300],
] as const;
const PROVINCES = ['11', '12', '31', '32', '33', '35', '51', '61', '73', '94'] as const;
const MONTHLY_WAGE = 4_200_000;
/** Share of cases that are deaths (DOMAIN.md section 1 puts death or total disability near 2-3%). */
const DEATH_SHARE = 0.02;
/** Death benefit in wage months (PP 82/2019). */
const DEATH_WAGE_MONTHS = 48;

export interface SyntheticBookOptions {
  readonly employers: number;
  readonly years: number;
  readonly seed?: number;
}

export interface SyntheticBook {
  readonly years: EmployerYear[];
  /** The true safety latent per employer (standard normal). */
  readonly latent: Map<string, number>;
  /** The true expected frequency per worker-year of each employer. */
  readonly trueFrequency: Map<string, number>;
  /** One row per case, with its own cost (a death costs 48 months of wage). */
  readonly claims: K3Claim[];
}

/** Mulberry32: small, fast, seedable; statistical quality is ample for test books. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

function poisson(u: () => number, mean: number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(u)));
  const l = Math.exp(-mean);
  let k = 0;
  let p = u();
  while (p > l) {
    k++;
    p *= u();
  }
  return k;
}

export function syntheticBook(options: SyntheticBookOptions): SyntheticBook {
  const u = rng(options.seed ?? 1);
  // Claim costs come from their own stream, so the book's other draws stay as they were before claims were itemised.
  const v = rng((options.seed ?? 1) ^ 0x9e3779b9);
  const years: EmployerYear[] = [];
  const latent = new Map<string, number>();
  const trueFrequency = new Map<string, number>();
  const claims: K3Claim[] = [];
  const weights = SECTORS.map((s) => s.workforceWeight);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  for (let e = 0; e < options.employers; e++) {
    let pick = u() * totalWeight;
    let si = 0;
    while (si < SECTORS.length - 1 && (pick -= weights[si]!) > 0) si++;
    const sector = SECTORS[si]!;
    const [sizeBand, workers] = SIZE_BANDS[Math.floor(u() * SIZE_BANDS.length)]!;
    const z = normal(u);
    const employerId = String(10_000_000 + e).padStart(8, '0');
    latent.set(employerId, z);
    const safety = Math.exp(SAFETY_SIGMA * z - (SAFETY_SIGMA * SAFETY_SIGMA) / 2);
    trueFrequency.set(employerId, BASE_FREQUENCY * GROUP_FACTOR[sector.jkkRiskGroup - 1]! * safety);
    const provinceCode = PROVINCES[Math.floor(u() * PROVINCES.length)]!;
    const onTime = u() < 0.8 ? 1 : 0.6 + 0.4 * u();
    // A column of the feature row (fairness monitoring), never a rating factor.
    const femaleShare = Math.min(1, Math.max(0, 0.38 + 0.2 * normal(u)));
    for (let y = 0; y < options.years; y++) {
      const workerYears = workers * (0.7 + 0.6 * u());
      const mean = BASE_FREQUENCY * GROUP_FACTOR[sector.jkkRiskGroup - 1]! * safety * workerYears;
      const claimCount = poisson(u, mean);
      const endYear = 2026 - y;
      let benefitCost = 0;
      let deaths = 0;
      normal(u); // the draw the year's single cost used to take: keeps the other draws in place
      for (let c = 0; c < claimCount; c++) {
        const death = v() < DEATH_SHARE;
        const cost = death ? DEATH_WAGE_MONTHS * MONTHLY_WAGE : Math.round(8_000_000 * Math.exp(0.7 * normal(v)));
        if (death) deaths++;
        benefitCost += cost;
        claims.push({
          employerId,
          policyYear: y,
          caseId: `PLKK${employerId}${y}${c}`,
          memberKey: `m${employerId}${y}${c}`.padEnd(16, '0'),
          accidentDate: `${endYear - 1}-12-01`,
          caseType: 'KK',
          outcome: death ? 'MENINGGAL' : 'SEMBUH',
          daysOff: death ? 0 : 14,
          benefitCost: cost,
        });
      }
      years.push({
        employerId,
        policyYear: y,
        pyStart: `${endYear - 1}-07-01`,
        pyEnd: `${endYear}-06-30`,
        sectorCode: sector.code,
        statutoryGroup: sector.jkkRiskGroup,
        provinceCode,
        sizeBand,
        workerYears,
        femaleShare,
        wageBill: workerYears * 12 * MONTHLY_WAGE,
        workers,
        wageRatioToSector: 1,
        kkCases: claimCount,
        pakCases: 0,
        claimCount,
        highFatalityCases: deaths,
        daysOff: (claimCount - deaths) * 14,
        benefitCost,
        registeredJustBeforeAccident: 0,
        jkkMonthsDue: 12,
        jkkMonthsLate: Math.round(12 * (1 - onTime)),
        jkkMonthsUnpaid: 0,
        jkkOnTimeShare: onTime,
        lowWageFlag: false,
      });
    }
  }
  return { years, latent, trueFrequency, claims };
}
