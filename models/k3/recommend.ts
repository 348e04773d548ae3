// From expected frequency to a JKK risk group: the revenue-neutral risk rate of an employer,
// the group whose band holds it, and the rule that decides whether the employer actually
// moves there, under either rate table of DOMAIN.md section 6 (PP 44/2015 or PP 49/2023).
import { JKK_RATES } from '../../data-samples/reference/index.js';
import type { JkkRateTable } from '../../data-samples/reference/index.js';
import { logNormalInterval, normalCdf } from './confidence.js';
import type { Interval } from './confidence.js';

export type RateTableName = 'pp44_2015' | 'pp49_2023';
export const RATE_TABLE_NAMES: readonly RateTableName[] = Object.freeze(['pp44_2015', 'pp49_2023']);
export const JKK_GROUPS = Object.freeze([1, 2, 3, 4, 5] as const);
export const ROMAN_GROUP = Object.freeze({ 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V' } as const);

export function rateTable(name: RateTableName): JkkRateTable {
  return JKK_RATES[name];
}

export function statutoryRate(name: RateTableName, group: number): number {
  const r = rateTable(name).rateByGroup[group as 1];
  if (r === undefined) throw new Error(`no JKK risk group ${group}`);
  return r;
}

/**
 * Upper bounds of groups I-IV: the geometric midpoint of adjacent statutory rates, so an
 * employer lands in the group whose rate is nearest on the relative (log) scale that
 * premiums multiply on.
 */
export function groupBoundaries(name: RateTableName): readonly number[] {
  return [1, 2, 3, 4].map((g) => Math.sqrt(statutoryRate(name, g) * statutoryRate(name, g + 1)));
}

/** The recommended group 1-5 for a risk-based rate (fraction of wage). */
export function recommendedGroup(name: RateTableName, riskRate: number): number {
  const bounds = groupBoundaries(name);
  let g = 1;
  while (g <= bounds.length && riskRate >= bounds[g - 1]!) g++;
  return g;
}

/** Why the recommended group is what it is: a frozen catalog, one sentence per reason. */
export const GROUP_REASONS = Object.freeze({
  SAME_GROUP: { id: 'Tarif risiko berada dalam rentang kelompok statutori', en: "The risk rate lies within the statutory group's band" },
  MOVED: { id: 'Bukti cukup untuk pindah satu kelompok', en: 'The evidence supports a move of one group' },
  THIN_EVIDENCE: { id: 'Bukti belum cukup: tetap pada kelompok statutori', en: 'Evidence too thin: the statutory group is kept' },
  MOVE_TOO_LARGE: {
    id: 'Perpindahan dua kelompok atau lebih: tetap pada kelompok statutori, perlu telaah underwriter',
    en: 'A move of two groups or more: the statutory group is kept pending underwriter review',
  },
  NO_OWN_EXPERIENCE: {
    id: 'Belum ada pengalaman klaim sendiri yang cukup (tidak memenuhi syarat penilaian pengalaman): tetap pada kelompok statutori',
    en: 'Not enough claim experience of its own (not experience rated): the statutory group is kept',
  },
  WAGE_OUTSIDE_SECTOR_NORM: {
    id: 'Upah di bawah norma sektor (indikasi pelaporan upah lebih rendah): tetap pada kelompok statutori sampai upah diverifikasi',
    en: 'Wage below the sector norm (possible under-reported wages): the statutory group is kept until wages are verified',
  },
} as const);
export type GroupReason = keyof typeof GROUP_REASONS;

/**
 * Probability that the employer's risk rate lies beyond its statutory group's band, in the
 * direction of the indicated move, needed to move it (assumption: four chances in five). With
 * the group moved only on the employer's own record (NO_OWN_EXPERIENCE otherwise), two
 * generated books of 1M members gave the same group to 99.9% of employers, and 69% of the
 * employers changed under one book's model were changed alike under the other's; letting the
 * class factors alone move groups (at 95%) gave 96.4% and 19%: near a boundary, a class
 * relativity estimated on one book crosses it and on the other does not.
 */
export const MOVE_CONFIDENCE = 0.8;
/** A move of this many groups or more is never made by the rule alone. */
export const MAX_AUTOMATIC_MOVE = 1;

export interface TableRecommendation {
  readonly rateTable: RateTableName;
  readonly regulation: string;
  readonly statutoryGroup: string;
  readonly statutoryRate: number;
  /** Revenue-neutral risk rate: loading x statutory rate x expected frequency relative to the sector. */
  readonly riskRate: number;
  readonly riskRateInterval: Interval;
  /** The group whose band holds the risk rate, before the rule. */
  readonly indicatedGroup: string;
  readonly recommendedGroup: string;
  readonly recommendedRate: number;
  readonly reason: GroupReason;
  /** Probability that the true risk rate lies beyond the statutory band in the indicated direction (0 when no move is indicated). */
  readonly moveProbability: number;
  /** The group boundary nearest the risk rate and the risk rate's relative distance to it (negative: below). */
  readonly nearestBoundary: { readonly between: string; readonly rate: number; readonly relativeDistance: number };
  readonly sentenceId: string;
  readonly sentenceEn: string;
  /** Premium per year at the wage bill (rupiah). */
  readonly statutoryPremium: number;
  readonly recommendedPremium: number;
  /** The risk premium (risk rate x wage bill) with its interval. */
  readonly riskPremium: number;
  readonly riskPremiumInterval: Interval;
}

/** What the rule weighs besides the point estimate. */
export interface GroupEvidence {
  /** Variance of log(risk rate): the tariff's estimation error and the experience mod's. */
  readonly logVariance: number;
  /** The declared wage sits below the sector's norm: the rule keeps the statutory group. */
  readonly wageBelowSectorNorm: boolean;
  /** The employer is experience rated (worksheet eligibility): without its own record the class factors alone never move the group. */
  readonly experienceRated: boolean;
}

const pct = (x: number, digits = 2): string => `${(x * 100).toFixed(digits)}%`;

function nearestBoundary(name: RateTableName, riskRate: number): TableRecommendation['nearestBoundary'] {
  const bounds = groupBoundaries(name);
  let best = 0;
  for (let i = 1; i < bounds.length; i++)
    if (Math.abs(Math.log(riskRate / bounds[i]!)) < Math.abs(Math.log(riskRate / bounds[best]!))) best = i;
  const rate = bounds[best]!;
  return { between: `${ROMAN_GROUP[(best + 1) as 1]}/${ROMAN_GROUP[(best + 2) as 1]}`, rate, relativeDistance: riskRate / rate - 1 };
}

/**
 * The recommendation under one table. The risk rate is the statutory rate of the employer's
 * group times its expected frequency relative to its sector, times the table's loading (so
 * the book collects what the statutory tariff does): the sector's group stays the
 * regulation's, and severity and wage cannot move it. The group moves only by one, only for
 * an experience-rated employer (experience rating is this product's proposal, DOMAIN.md
 * section 6: class factors show in the risk rate, not in the group), only when the evidence
 * puts the rate beyond the statutory band with MOVE_CONFIDENCE, and never on a wage below the
 * sector's norm; every outcome carries its reason.
 */
export function recommendUnder(
  name: RateTableName,
  statutoryGroup: number,
  relativeRisk: number,
  wageBill: number,
  loading: number,
  evidence: GroupEvidence,
): TableRecommendation {
  // A book employer may carry no reported wage (premium 0 is then the truth); quotes are checked for a positive wage at the API.
  if (!(wageBill >= 0) || !Number.isFinite(wageBill)) throw new Error(`wage bill must be a finite number >= 0, got ${wageBill}`);
  if (!(relativeRisk > 0) || !Number.isFinite(relativeRisk) || !(loading > 0))
    throw new Error('relative risk and loading must be positive and finite');
  const sRate = statutoryRate(name, statutoryGroup);
  // A risk rate is a share of wages: never above 100%.
  const riskRate = Math.min(1, loading * sRate * relativeRisk);
  const interval = logNormalInterval(riskRate, evidence.logVariance);
  const indicated = recommendedGroup(name, riskRate);
  const bounds = groupBoundaries(name);
  const sd = Math.sqrt(Math.max(evidence.logVariance, 1e-12));
  let moveProbability = 0;
  if (indicated > statutoryGroup) moveProbability = 1 - normalCdf((Math.log(bounds[statutoryGroup - 1]!) - Math.log(riskRate)) / sd);
  else if (indicated < statutoryGroup) moveProbability = normalCdf((Math.log(bounds[statutoryGroup - 2]!) - Math.log(riskRate)) / sd);
  let reason: GroupReason;
  if (indicated === statutoryGroup) reason = 'SAME_GROUP';
  else if (evidence.wageBelowSectorNorm) reason = 'WAGE_OUTSIDE_SECTOR_NORM';
  else if (Math.abs(indicated - statutoryGroup) > MAX_AUTOMATIC_MOVE) reason = 'MOVE_TOO_LARGE';
  else if (!evidence.experienceRated) reason = 'NO_OWN_EXPERIENCE';
  else if (moveProbability < MOVE_CONFIDENCE) reason = 'THIN_EVIDENCE';
  else reason = 'MOVED';
  const group = reason === 'MOVED' ? indicated : statutoryGroup;
  const rRate = statutoryRate(name, group);
  const near = nearestBoundary(name, riskRate);
  const ind = ROMAN_GROUP[indicated as 1];
  const stat = ROMAN_GROUP[statutoryGroup as 1];
  const rec = ROMAN_GROUP[group as 1];
  const side = (en: boolean): string => (near.relativeDistance < 0 ? (en ? 'below' : 'di bawah') : en ? 'above' : 'di atas');
  const why = GROUP_REASONS[reason];
  return {
    rateTable: name,
    regulation: rateTable(name).regulation,
    statutoryGroup: stat,
    statutoryRate: sRate,
    riskRate,
    riskRateInterval: interval,
    indicatedGroup: ind,
    recommendedGroup: rec,
    recommendedRate: rRate,
    reason,
    moveProbability,
    nearestBoundary: near,
    sentenceId:
      `${why.id}. Tarif risiko ${pct(riskRate)} (selang ${pct(interval.lower)}-${pct(interval.upper)}) menunjuk kelompok ${ind}; ` +
      `kelompok statutori ${stat}, rekomendasi ${rec}${indicated !== statutoryGroup ? `; peluang di luar rentang kelompok ${stat}: ${pct(moveProbability, 0)}` : ''}. ` +
      `Batas terdekat ${near.between} (${pct(near.rate)}): ${pct(Math.abs(near.relativeDistance), 1)} ${side(false)}nya.`,
    sentenceEn:
      `${why.en}. Risk rate ${pct(riskRate)} (interval ${pct(interval.lower)}-${pct(interval.upper)}) indicates group ${ind}; ` +
      `statutory group ${stat}, recommended ${rec}${indicated !== statutoryGroup ? `; probability beyond group ${stat}'s band: ${pct(moveProbability, 0)}` : ''}. ` +
      `Nearest boundary ${near.between} (${pct(near.rate)}): ${pct(Math.abs(near.relativeDistance), 1)} ${side(true)} it.`,
    statutoryPremium: sRate * wageBill,
    recommendedPremium: rRate * wageBill,
    riskPremium: riskRate * wageBill,
    riskPremiumInterval: { lower: interval.lower * wageBill, upper: interval.upper * wageBill, level: interval.level },
  };
}
