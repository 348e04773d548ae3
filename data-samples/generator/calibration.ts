// Calibration targets and behavioural parameters of the synthetic population, each with its
// source (DOMAIN.md section 1 unless said otherwise) or marked as a modelling assumption.
import { SECTORS } from '../reference/index.js';

/** Published BPJamsostek figures, March 2020 (DOMAIN.md section 1). */
export const PUBLISHED = Object.freeze({
  registeredWorkers: 48.5e6,
  activeWorkers: 31.9e6,
  activeBpuWorkers: 2.7e6,
  /** Tenure mix of registered workers: <1 year, 1-5 years, >5 years. */
  tenureShare: Object.freeze([0.125, 0.32, 0.555] as const),
  /** Mean reported wage by tenure band (rupiah); none is published for >5 years. */
  meanWageUnder1y: 3_800_000,
  meanWage1to5y: 4_200_000,
  /** JKK cases per 1,000 active workers a year (142,752 cases / 31.9M active, 2019). */
  jkkPerThousandWorkerYears: 4.5,
  jkkWomenShare: 0.25,
  jkkHighFatalityShare: 0.02,
  /** About 50% of PBPU members pay regularly (2019 report). */
  pbpuRegularPayerShare: 0.5,
  /** Mean JHT balance (rupiah) by age band [from, to); 40-45 is published as a 9.11M-12.0M range. */
  jhtBalanceByAge: Object.freeze([
    { from: 0, to: 20, mean: 1_220_000 },
    { from: 20, to: 25, mean: 4_230_000 },
    { from: 25, to: 30, mean: 3_620_000 },
    { from: 30, to: 35, mean: 5_580_000 },
    { from: 40, to: 45, mean: 10_555_000 },
    { from: 50, to: 55, mean: 15_320_000 },
  ]),
});

export const ACTIVE_SHARE = PUBLISHED.activeWorkers / PUBLISHED.registeredWorkers;
export const BPU_SHARE_OF_ACTIVE = PUBLISHED.activeBpuWorkers / PUBLISHED.activeWorkers;

/** Assumption: mean wage for tenure over 5 years (not published): a further 20% over 1-5 years. */
export const MEAN_WAGE_OVER_5Y = 5_000_000;
/** Assumption: log-normal wage dispersion (sigma of log wage). */
export const WAGE_LOG_SIGMA = 0.45;
/** Assumption: wages are not reported below this floor (about the lowest provincial minimum wage, 2024). */
export const WAGE_FLOOR = 1_500_000;
/** Assumption: an earlier spell paid this fraction of the next one. */
export const EARLIER_SPELL_WAGE_FACTOR = 0.93;

/** Mean JHT balance by age (rupiah) used to draw opening balances; gaps between published bands are interpolated. */
export const JHT_TARGET_BY_AGE: ReadonlyArray<readonly [fromAge: number, mean: number]> = [
  [0, 1_220_000],
  [20, 4_230_000],
  [25, 3_620_000],
  [30, 5_580_000],
  [35, 7_345_000],
  [40, 10_555_000],
  [45, 12_940_000],
  [50, 15_320_000],
  [55, 15_320_000],
];
/** Assumption: dispersion of JHT balances around the age mean (sigma of the log). */
export const JHT_LOG_SIGMA = 0.5;

/** Age mix of the persons in an extract at the ledger end (assumption after BPS 2020 pyramid): [fromAge, toAge, share]. */
export const AGE_BANDS: ReadonlyArray<readonly [number, number, number]> = [
  [0, 18, 0.28],
  [18, 65, 0.65],
  [65, 90, 0.07],
];
/**
 * Assumption: share of working-age persons registered with BPJamsostek. The extract is
 * worker-rich (about 39% of persons registered) so that a small sample holds enough workers.
 */
export const WORKING_AGE_REGISTERED_SHARE = 0.6;
/** Assumption: share of women among registered workers (BPS Sakernas: ~38% of formal workers). */
export const WOMEN_SHARE_OF_WORKERS = 0.38;
/** Assumption: second and third employment spells (job changes) of a registered worker. */
export const SECOND_SPELL_SHARE = 0.4;
export const THIRD_SPELL_SHARE = 0.15;

/** JKN segment of persons who are not active wage earners (assumption after 2019 shares: PBI ~60%). */
export const NON_WORKER_SEGMENTS = Object.freeze({ PBI: 0.65, PBPU: 0.28, BP: 0.07 });
/** Active BPU workers: self-paying PBPU or state-paid PBI (assumption). */
export const BPU_WORKER_PBPU_SHARE = 0.7;
/** Care class chosen by self-paying members (assumption): class 1, 2, 3. */
export const MANDIRI_CLASS_SHARES = Object.freeze([0.17, 0.28, 0.55] as const);
/** PPU care class: class 1 above this wage, class 2 at or below (Perpres 64/2020 art. 32). */
export const PPU_CLASS1_WAGE = 4_000_000;

/**
 * Self-payer monthly payment: P(paid) = sigmoid(PAYMENT_INTERCEPT + PAYMENT_SLOPE * discipline).
 * "Pays regularly" is defined as: at least 10 of the last 12 ledger months paid (by ledger
 * end). The intercept 1.32 gives E[P(Binomial(12, p) >= 10)] = 0.50 under discipline ~ N(0,1).
 */
export const PAYMENT_INTERCEPT = 1.32;
export const PAYMENT_SLOPE = 2.0;
/** Employers pay a month (assumption): base rate, shifted by the employer's compliance latent. */
export const EMPLOYER_PAYMENT_INTERCEPT = 3.2;
/** Share of paid months paid after the due date, at average discipline (assumption). */
export const LATE_PAYMENT_BASE = 0.15;

/** Relative JKK frequency by risk group 1-5 (assumption: rising, group V ~7x group I). */
export const JKK_GROUP_FACTOR = Object.freeze([0.35, 0.6, 1.0, 1.6, 2.4] as const);
/** Relative JKK frequency of women, so that ~25% of cases are women given 38% of workers. */
export const JKK_WOMEN_FACTOR =
  (PUBLISHED.jkkWomenShare * (1 - WOMEN_SHARE_OF_WORKERS)) / ((1 - PUBLISHED.jkkWomenShare) * WOMEN_SHARE_OF_WORKERS);
/** BPU workers are priced as risk group III (assumption). */
export const BPU_RISK_GROUP = 3;

const totalSectorWeight = SECTORS.reduce((a, s) => a + s.workforceWeight, 0);
const meanGroupFactor =
  SECTORS.reduce((a, s) => a + s.workforceWeight * (JKK_GROUP_FACTOR[s.jkkRiskGroup - 1] ?? 1), 0) / totalSectorWeight;
const meanSexFactor = WOMEN_SHARE_OF_WORKERS * JKK_WOMEN_FACTOR + (1 - WOMEN_SHARE_OF_WORKERS);
/**
 * Base JKK frequency per worker-year, scaled so the population mean is 4.5 per 1,000. The
 * employer's size, region and compliance factors are renormalised in the extract itself
 * (population.ts, emp_jkk): an extract's size mix depends on its scale.
 */
export const JKK_BASE_FREQUENCY = PUBLISHED.jkkPerThousandWorkerYears / 1000 / (meanGroupFactor * meanSexFactor);
/** Employer safety latent: frequency multiplier exp(sigma*s - sigma^2/2), mean 1. */
export const SAFETY_LOG_SIGMA = 0.6;

/** Size band by the distinct workers an employer has in the extract (schema: mikro <5, kecil 5-19, menengah 20-99, besar 100+). */
export const SIZE_BAND_MIN_WORKERS = Object.freeze([
  ['MIKRO', 0],
  ['KECIL', 5],
  ['MENENGAH', 20],
  ['BESAR', 100],
] as const);
/**
 * Relative JKK frequency per worker by size band (assumption). Small firms have more
 * accidents per worker: fewer K3 officers and safety committees (P2K3 is compulsory only
 * from 100 workers, Permenaker 4/1987), older equipment, less training; ILO and EU-OSHA
 * reviews of micro and small enterprises put their injury rates at roughly 1.5-2x those of
 * large ones. Here mikro is 2x besar.
 */
export const JKK_SIZE_FACTOR: Readonly<Record<(typeof SIZE_BAND_MIN_WORKERS)[number][0], number>> = Object.freeze({
  MIKRO: 1.5,
  KECIL: 1.25,
  MENENGAH: 1.0,
  BESAR: 0.75,
});
/**
 * Relative JKK frequency by island group, by the first digit of the BPS province code (the
 * grouping models/k3/rating-factors.ts rates on; assumption). Java is the reference:
 * labour inspectors, K3 service firms and SMK3-certified workplaces concentrate there.
 * Outside Java fewer inspections, longer commutes on poorer roads (JKK covers commuting
 * accidents) and remote plantation, logging and smelter sites raise frequency within a
 * sector; Bali and Nusa Tenggara, mostly tourism services, sit a little under Java.
 */
export const JKK_REGION_FACTOR: ReadonlyArray<readonly [islandGroup: string, firstDigits: readonly string[], factor: number]> =
  Object.freeze([
    ['SUMATERA', ['1', '2'], 1.15],
    ['JAWA', ['3'], 1.0],
    ['BALI_NUSA_TENGGARA', ['5'], 0.95],
    ['KALIMANTAN', ['6'], 1.3],
    ['SULAWESI', ['7'], 1.2],
    ['MALUKU_PAPUA', ['8', '9'], 1.3],
  ] as const);
/**
 * Employer compliance latent (higher pays more reliably) moves JKK frequency by
 * exp(-b*c - b^2/2) (assumption, b below): an employer that lets contributions lapse tends
 * to skimp on K3 as well (one management-quality trait), so 1 SD poorer compliance is
 * about 35% more accidents. Mean 1 over the latent.
 */
export const JKK_COMPLIANCE_LOG_SLOPE = 0.3;
/** Share of occupational disease (PAK) among JKK cases (assumption). */
export const PAK_SHARE = 0.03;
/** JKK outcomes: recovered, partial disability, total disability, death (2% high-fatality, DOMAIN.md). */
export const KK_OUTCOMES = Object.freeze([
  ['SEMBUH', 0.85],
  ['CACAT_SEBAGIAN', 0.13],
  ['CACAT_TOTAL', 0.006],
  ['MENINGGAL', 0.014],
] as const);
/** JKK cases treated at an e-PLKK partner hospital, with an SEP (assumption). */
export const KK_HOSPITAL_SHARE = 0.6;
/** JKK lump sums (PP 82/2019): death 48 x wage, total disability 56 x wage, partial % x 80 x wage. */
export const JKK_DEATH_WAGES = 48;
export const JKK_TOTAL_DISABILITY_WAGES = 56;
export const JKK_PARTIAL_DISABILITY_WAGES = 80;
/** Employers under-reporting wages report this fraction of the true wage (assumption). */
export const UNDER_REPORTED_WAGE_FACTOR = 0.7;
export const UNDER_REPORTING_EMPLOYER_SHARE = 0.1;
/** Employers that register a worker only after an accident (assumption). */
export const LATE_REGISTERING_EMPLOYER_SHARE = 0.05;

/** Annual mortality by age band (assumption, rounded from Indonesian life tables): <40, 40-64, 65+. */
export const MORTALITY = Object.freeze({ under40: 0.001, from40: 0.005, from65: 0.03 });

/** Credit outcome: P(default within 12 months) = sigmoid(intercept - slope*discipline + ...), ~6% overall. */
export const CREDIT = Object.freeze({
  intercept: -3.3,
  disciplineSlope: 1.3,
  lowWageSlope: 0.5,
  selfPayerShift: 0.4,
  /** Observation dates: 24 and 12 months before the ledger end, so the later one is out-of-time. */
  observationMonthsBeforeEnd: [24, 12] as const,
});
