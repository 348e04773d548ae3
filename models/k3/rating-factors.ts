// The a-priori rating factors of an employer and how its raw attributes map onto their
// levels: sector (pooled into its statutory group when too thin), size band, region
// (island group of the BPS province code) and JKK payment compliance band.

/** Inputs the a-priori tariff needs: what an underwriter knows of any employer, prospective or not. */
export interface EmployerAttributes {
  readonly sectorCode: string;
  /** Statutory JKK risk group 1-5 of the business type. */
  readonly statutoryGroup: number;
  readonly provinceCode: string;
  readonly sizeBand: string;
  /** Share of JKK months paid on time (1 without history). */
  readonly jkkOnTimeShare: number;
}

/** On-time share at or above which an employer counts as compliant (assumption: at most one late month in twenty). */
export const COMPLIANT_ON_TIME_SHARE = 0.95;
/** Below this on-time share payments are poor (assumption: more than one month in five late or missing). */
export const POOR_ON_TIME_SHARE = 0.8;

export type ComplianceBand = 'PATUH' | 'KURANG_PATUH' | 'TIDAK_PATUH';

export function complianceBand(onTimeShare: number): ComplianceBand {
  if (onTimeShare >= COMPLIANT_ON_TIME_SHARE) return 'PATUH';
  if (onTimeShare >= POOR_ON_TIME_SHARE) return 'KURANG_PATUH';
  return 'TIDAK_PATUH';
}

/** Island groups by the first digit of the BPS province code (BPS numbering: 1-2 Sumatra incl. 21 Kepulauan Riau, 3 Java, ...). */
export const REGION_BY_FIRST_DIGIT: Readonly<Record<string, string>> = Object.freeze({
  '1': 'SUMATERA',
  '2': 'SUMATERA',
  '3': 'JAWA',
  '5': 'BALI_NUSA_TENGGARA',
  '6': 'KALIMANTAN',
  '7': 'SULAWESI',
  '8': 'MALUKU_PAPUA',
  '9': 'MALUKU_PAPUA',
});

export function regionOf(provinceCode: string): string {
  return REGION_BY_FIRST_DIGIT[provinceCode.charAt(0)] ?? 'LAINNYA';
}

/** The pooled sector level of a statutory group, for sectors with too little experience alone. */
export function groupPoolLevel(statutoryGroup: number): string {
  return `KELOMPOK_${statutoryGroup}`;
}

/** Names of the frequency factors, in the order of the multiplicative decomposition. */
export const FACTOR_NAMES = Object.freeze(['sector', 'size', 'region', 'compliance', 'experience'] as const);
/** Drivers of the group and premium: the values multiply to the risk rate (PP 44/2015). */
export const PREMIUM_FACTOR_NAMES = Object.freeze([
  'statutory_rate',
  'relative_to_sector',
  'experience',
  'severity',
  'wage',
  'loading',
] as const);
export type FactorName = (typeof FACTOR_NAMES)[number] | (typeof PREMIUM_FACTOR_NAMES)[number];

export const FACTOR_LABELS: Readonly<Record<FactorName, { readonly id: string; readonly en: string }>> = Object.freeze({
  sector: { id: 'Tarif dasar sektor usaha', en: 'Sector base rate' },
  size: { id: 'Skala usaha', en: 'Size band' },
  region: { id: 'Wilayah', en: 'Region' },
  compliance: { id: 'Kepatuhan iuran JKK', en: 'JKK payment compliance' },
  experience: { id: 'Modifikasi pengalaman klaim', en: 'Claim experience modification' },
  statutory_rate: { id: 'Tarif statutori kelompok risiko', en: 'Statutory rate of the risk group' },
  relative_to_sector: { id: 'Risiko a-priori dibanding rata-rata sektor', en: 'A-priori risk relative to the sector average' },
  severity: { id: 'Biaya per kasus', en: 'Cost per case' },
  wage: { id: 'Tingkat upah', en: 'Wage level' },
  loading: { id: 'Pembebanan portofolio', en: 'Portfolio loading' },
});

/** Size bands by number of workers (schema: mikro <5, kecil 5-19, menengah 20-99, besar 100+). */
export const SIZE_BAND_MIN_WORKERS = Object.freeze([
  ['MIKRO', 1],
  ['KECIL', 5],
  ['MENENGAH', 20],
  ['BESAR', 100],
] as const);
export type SizeBand = (typeof SIZE_BAND_MIN_WORKERS)[number][0];

/** The size band of an employer with `workers` workers. */
export function sizeBandOf(workers: number): SizeBand {
  let band: SizeBand = 'MIKRO';
  for (const [b, min] of SIZE_BAND_MIN_WORKERS) if (workers >= min) band = b;
  return band;
}
