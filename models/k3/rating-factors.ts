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

/** Names of the factors, in the order of the multiplicative decomposition. */
export const FACTOR_NAMES = Object.freeze(['sector', 'size', 'region', 'compliance', 'experience'] as const);
export type FactorName = (typeof FACTOR_NAMES)[number];

export const FACTOR_LABELS: Readonly<Record<FactorName, { readonly id: string; readonly en: string }>> = Object.freeze({
  sector: { id: 'Tarif dasar sektor usaha', en: 'Sector base rate' },
  size: { id: 'Skala usaha', en: 'Size band' },
  region: { id: 'Wilayah', en: 'Region' },
  compliance: { id: 'Kepatuhan iuran JKK', en: 'JKK payment compliance' },
  experience: { id: 'Modifikasi pengalaman klaim', en: 'Claim experience modification' },
});
