// Every driver of an employer's K3 rating as a factor with a sentence in Indonesian and
// English: the frequency decomposition (sector by name and statutory group, size, region,
// compliance, experience), whose values multiply to the expected frequency, and the drivers
// of the group and premium (statutory rate, relativity to the sector, experience, severity,
// wage, loading), whose values multiply to the risk rate under PP 44/2015. Each carries its
// interval and the training cases behind it where it has them.
import { SECTORS } from '../../data-samples/reference/index.js';
import { INTERVAL_LEVEL, logNormalInterval } from './confidence.js';
import type { Interval } from './confidence.js';
import { FACTOR_LABELS, complianceBand, groupPoolLevel, regionOf } from './rating-factors.js';
import type { EmployerAttributes, FactorName } from './rating-factors.js';
import { ROMAN_GROUP } from './recommend.js';
import type { RateTableName, TableRecommendation } from './recommend.js';
import { levelsOf, logRelativityVariance, relativeToSectorLogVariance, statutoryRelativity } from './tariff.js';
import { SECTOR_DETAIL } from './term-selection.js';
import type { K3Tariff, RatingTerm } from './tariff.js';
import type { ExperienceWorksheet } from './worksheet.js';

export interface RatingFactor {
  readonly factor: FactorName;
  readonly labelId: string;
  readonly labelEn: string;
  /** The employer's level of the factor (sector code, size band, ...). */
  readonly level: string;
  /** Multiplier; the sector factor is a frequency per worker-year, the statutory rate a share of wages, the rest relativities. */
  readonly value: number;
  readonly sentenceId: string;
  readonly sentenceEn: string;
  /** Interval of the value, when it is estimated. */
  readonly interval?: Interval;
  /** Training cases behind the value (of the fitted level it rates as). */
  readonly cases?: number;
}

const PER_THOUSAND = 1000;
const pct = (x: number): string => `${x >= 1 ? '+' : ''}${((x - 1) * 100).toFixed(0)}%`;
const perK = (f: number): string => (f * PER_THOUSAND).toFixed(2);
const range = (i: Interval, f: (x: number) => string = (x) => x.toFixed(3)): string => `${f(i.lower)}-${f(i.upper)}`;
const level95 = `${(INTERVAL_LEVEL * 100).toFixed(0)}%`;

/** "Sektor F (Konstruksi), kelompok risiko JKK V": the letter is the KBLI section, the roman numeral the statutory group. */
export function sectorPhrase(sectorCode: string, statutoryGroup: number): { id: string; en: string } {
  const s = SECTORS.find((x) => x.code === sectorCode);
  const g = ROMAN_GROUP[statutoryGroup as 1] ?? String(statutoryGroup);
  return {
    id: `Sektor KBLI ${sectorCode} (${s?.nameId ?? 'tidak dikenal'}), kelompok risiko JKK ${g}`,
    en: `KBLI section ${sectorCode} (${s?.nameEn ?? 'unknown'}), JKK risk group ${g}`,
  };
}

/** A term the likelihood-ratio tests dropped: every level rates at 1, estimated from no level's own cases. */
const dropped = (t: K3Tariff, term: string): boolean => t.termTests.some((x) => x.term === term && !x.kept);

function relativity(
  t: K3Tariff,
  a: EmployerAttributes,
  factor: RatingTerm & FactorName,
  level: string,
  value: number,
  what: { id: string; en: string },
): RatingFactor {
  const label = FACTOR_LABELS[factor];
  const cases = t.casesBehind[factor]?.[levelsOf(a, t.sectorLevelOf)[factor]] ?? 0;
  if (dropped(t, factor)) {
    return {
      factor,
      labelId: label.id,
      labelEn: label.en,
      level,
      value,
      cases: t.fit.claims,
      sentenceId: `${label.id} ${what.id} tidak mengubah frekuensi harapan: faktor ini tidak lolos uji rasio kemungkinan dan dihapus dari tarif (faktor 1, ${t.fit.claims} kasus).`,
      sentenceEn: `${label.en} ${what.en} does not change the expected frequency: the factor failed its likelihood-ratio test and was dropped from the tariff (factor 1, ${t.fit.claims} cases).`,
    };
  }
  const interval = logNormalInterval(value, logRelativityVariance(t, a, [factor]));
  const base = { factor, labelId: label.id, labelEn: label.en, level, value, interval, cases };
  if (value === 1) {
    // A factor the term tests dropped (or the reference level): say so rather than "+0%".
    return {
      ...base,
      sentenceId: `${label.id} ${what.id} tidak mengubah frekuensi harapan (faktor 1; ${cases} kasus di tingkat ini).`,
      sentenceEn: `${label.en} ${what.en} does not change the expected frequency (factor 1; ${cases} cases at this level).`,
    };
  }
  const dirId = value > 1 ? 'menaikkan' : 'menurunkan';
  const dirEn = value > 1 ? 'raises' : 'lowers';
  return {
    ...base,
    sentenceId: `${label.id} ${what.id} ${dirId} frekuensi harapan sebesar ${pct(value)} (faktor ${value.toFixed(3)}, selang ${level95} ${range(interval)}, dari ${cases} kasus).`,
    sentenceEn: `${label.en} ${what.en} ${dirEn} the expected frequency by ${pct(value)} (factor ${value.toFixed(3)}, ${level95} interval ${range(interval)}, from ${cases} cases).`,
  };
}

/** The frequency factors, whose product is the rated frequency per worker-year exactly. */
export function factorSentences(
  t: K3Tariff,
  a: EmployerAttributes,
  ws: ExperienceWorksheet,
  frequencyInterval: Interval,
  betweenVariance: number,
  intervalVariance = betweenVariance,
): RatingFactor[] {
  const sectorLevel = t.sectorLevelOf[a.sectorCode] ?? groupPoolLevel(a.statutoryGroup);
  const size = t.size[a.sizeBand] ?? 1;
  const region = regionOf(a.provinceCode);
  const band = complianceBand(a.jkkOnTimeShare);
  const sectorBase = t.baseFrequency * statutoryRelativity(a.statutoryGroup) * (t.sector[sectorLevel] ?? 1);
  const sectorInterval = logNormalInterval(sectorBase, logRelativityVariance(t, a, ['sector'], true));
  const sp = sectorPhrase(a.sectorCode, a.statutoryGroup);
  // How the sector is rated: its own deviation from the statutory relativity, its statutory group's pooled one, or none (tests failed).
  const sectorDropped = dropped(t, 'sector');
  const poolOnly = !sectorDropped && (dropped(t, SECTOR_DETAIL) || sectorLevel !== a.sectorCode);
  const sectorCases = sectorDropped ? t.fit.claims : (t.casesBehind.sector?.[sectorLevel] ?? 0);
  const howId = sectorDropped
    ? 'pada relativitas statutori kelompoknya: penyimpangan sektor tidak lolos uji'
    : poolOnly
      ? `dinilai bersama kelompok statutorinya (${groupPoolLevel(a.statutoryGroup)})`
      : 'dinilai sendiri';
  const howEn = sectorDropped
    ? "at its statutory group's relativity: sector deviations failed their test"
    : poolOnly
      ? `rated with its statutory group's pool (${groupPoolLevel(a.statutoryGroup)})`
      : 'rated on its own';
  const sector: RatingFactor = {
    factor: 'sector',
    labelId: FACTOR_LABELS.sector.id,
    labelEn: FACTOR_LABELS.sector.en,
    level: a.sectorCode,
    value: sectorBase,
    interval: sectorInterval,
    cases: sectorCases,
    sentenceId:
      `${sp.id} memiliki frekuensi dasar ${perK(sectorBase)} kasus KK/PAK per 1.000 tenaga kerja-tahun (selang ${level95} ${range(sectorInterval, perK)}; ` +
      `${howId}, ${sectorCases} kasus).`,
    sentenceEn:
      `${sp.en} has a base frequency of ${perK(sectorBase)} KK/PAK cases per 1,000 worker-years (${level95} interval ${range(sectorInterval, perK)}; ` +
      `${howEn}, ${sectorCases} cases).`,
  };
  const mod = ws.mod;
  const freq = (x: number): string => perK(x);
  return [
    sector,
    relativity(t, a, 'size', a.sizeBand, size, { id: `(${a.sizeBand})`, en: `(${a.sizeBand})` }),
    relativity(t, a, 'region', region, t.region[region] ?? 1, {
      id: `(${region}, provinsi ${a.provinceCode})`,
      en: `(${region}, province ${a.provinceCode})`,
    }),
    relativity(t, a, 'compliance', band, t.compliance[band] ?? 1, {
      id: `(${band}, ${(a.jkkOnTimeShare * 100).toFixed(0)}% bulan tepat waktu)`,
      en: `(${band}, ${(a.jkkOnTimeShare * 100).toFixed(0)}% of months on time)`,
    }),
    {
      factor: 'experience',
      labelId: FACTOR_LABELS.experience.id,
      labelEn: FACTOR_LABELS.experience.en,
      level: `${ws.totals.actualCases}/${ws.totals.expectedCases.toFixed(2)}`,
      value: mod,
      cases: ws.totals.actualCases,
      sentenceId: `${ws.sentenceId} Frekuensi harapan ${freq(frequencyInterval.lower)}-${freq(frequencyInterval.upper)} per 1.000 tenaga kerja-tahun (selang ${level95}, varians antar-pemberi kerja ${betweenVariance.toFixed(3)}; selang memakai ${intervalVariance.toFixed(3)}, batas atas selang ${level95}-nya).`,
      sentenceEn: `${ws.sentenceEn} Expected frequency ${freq(frequencyInterval.lower)}-${freq(frequencyInterval.upper)} per 1,000 worker-years (${level95} interval, between-employer variance ${betweenVariance.toFixed(3)}; the interval uses ${intervalVariance.toFixed(3)}, the upper end of its ${level95} interval).`,
    },
  ];
}

export interface PremiumDrivers {
  readonly relativeRisk: number;
  readonly mod: number;
  readonly loading: Readonly<Record<RateTableName, number>>;
  /** Rated mean monthly wage (rupiah). */
  readonly wage: number;
  readonly underReporting: { readonly ratedWageRatioToSectorNorm: number | null; readonly wageBelowSectorNorm: boolean };
  readonly worksheet: ExperienceWorksheet;
  readonly recommendations: readonly TableRecommendation[];
}

const rp = (x: number): string => `Rp${Math.round(x).toLocaleString('id-ID')}`;

/** Drivers of the group and premium under PP 44/2015; the product of their values is that table's risk rate (below the 100% cap). */
export function premiumFactors(t: K3Tariff, a: EmployerAttributes, d: PremiumDrivers): RatingFactor[] {
  const [p44, p49] = d.recommendations;
  const sp = sectorPhrase(a.sectorCode, a.statutoryGroup);
  const f = (
    factor: FactorName,
    level: string,
    value: number,
    sentenceId: string,
    sentenceEn: string,
    extra: Partial<RatingFactor> = {},
  ): RatingFactor => ({
    factor,
    labelId: FACTOR_LABELS[factor].id,
    labelEn: FACTOR_LABELS[factor].en,
    level,
    value,
    sentenceId,
    sentenceEn,
    ...extra,
  });
  const sev = t.severity;
  const g = String(a.statutoryGroup);
  const sevMultiple = sev.wageMonths * (sev.group[g] ?? 1);
  const ratio = d.underReporting.ratedWageRatioToSectorNorm;
  const ratioText = ratio === null ? '' : ` (${(ratio * 100).toFixed(0)}% of the sector median)`;
  const ratioTextId = ratio === null ? '' : ` (${(ratio * 100).toFixed(0)}% dari median sektor)`;
  const relVariance = relativeToSectorLogVariance(t, a);
  const boundary = p44?.nearestBoundary;
  return [
    f(
      'statutory_rate',
      ROMAN_GROUP[a.statutoryGroup as 1] ?? g,
      p44?.statutoryRate ?? 0,
      `${sp.id}: tarif statutori ${((p44?.statutoryRate ?? 0) * 100).toFixed(2)}% dari upah (${p44?.regulation ?? ''}); ${((p49?.statutoryRate ?? 0) * 100).toFixed(2)}% menurut ${p49?.regulation ?? ''}.`,
      `${sp.en}: statutory rate ${((p44?.statutoryRate ?? 0) * 100).toFixed(2)}% of wages (${p44?.regulation ?? ''}); ${((p49?.statutoryRate ?? 0) * 100).toFixed(2)}% under ${p49?.regulation ?? ''}.`,
    ),
    f(
      'relative_to_sector',
      `${a.sizeBand}/${regionOf(a.provinceCode)}/${complianceBand(a.jkkOnTimeShare)}`,
      d.relativeRisk / d.mod,
      `Skala, wilayah dan kepatuhan membuat frekuensi a-priori ${pct(d.relativeRisk / d.mod)} dibanding rata-rata sektor (faktor ${(d.relativeRisk / d.mod).toFixed(3)}).`,
      `Size, region and compliance put the a-priori frequency ${pct(d.relativeRisk / d.mod)} against the sector average (factor ${(d.relativeRisk / d.mod).toFixed(3)}).`,
      { interval: logNormalInterval(d.relativeRisk / d.mod, relVariance) },
    ),
    f('experience', d.worksheet.eligible ? 'eligible' : 'not eligible', d.mod, d.worksheet.sentenceId, d.worksheet.sentenceEn, {
      cases: d.worksheet.totals.actualCases,
    }),
    f(
      'severity',
      `${sevMultiple.toFixed(2)} wage months`,
      1,
      `Biaya per kasus ${sevMultiple.toFixed(2)} bulan upah (${sev.groupTest.kept ? 'faktor kelompok lolos uji' : 'faktor kelompok tidak lolos uji, satu nilai untuk semua kelompok'}; ${sev.cases} kasus): tidak mengubah kelompok, karena tarif statutori sektor sudah memuat biaya per kasus.`,
      `Cost per case ${sevMultiple.toFixed(2)} wage months (${sev.groupTest.kept ? 'group factors passed their test' : 'group factors failed their test, one value for every group'}; ${sev.cases} cases): it does not move the group, the sector's statutory rate already prices the cost per case.`,
      { cases: sev.cases, interval: logNormalInterval(sevMultiple, (sev.logStandardError[g] ?? 0) ** 2) },
    ),
    f(
      'wage',
      rp(d.wage),
      1,
      d.underReporting.wageBelowSectorNorm
        ? `Upah rata-rata ${rp(d.wage)} per bulan${ratioTextId} di bawah norma sektor: kemungkinan upah dilaporkan lebih rendah; kelompok ditahan pada kelompok statutori sampai upah diverifikasi.`
        : `Upah rata-rata ${rp(d.wage)} per bulan${ratioTextId}: manfaat JKK adalah kelipatan upah (elastisitas 1), jadi upah tidak mengubah tarif atau kelompok, hanya besarnya iuran.`,
      d.underReporting.wageBelowSectorNorm
        ? `Mean wage ${rp(d.wage)} a month${ratioText} is below the sector norm: wages may be under-reported; the group is held at statutory until wages are verified.`
        : `Mean wage ${rp(d.wage)} a month${ratioText}: JKK benefits are multiples of the wage (elasticity 1), so the wage changes neither the rate nor the group, only the premium amount.`,
    ),
    f(
      'loading',
      `pp44 ${d.loading.pp44_2015.toFixed(4)} / pp49 ${d.loading.pp49_2023.toFixed(4)}`,
      d.loading.pp44_2015,
      `Pembebanan ${d.loading.pp44_2015.toFixed(4)} (PP 44/2015; ${d.loading.pp49_2023.toFixed(4)} PP 49/2023) membuat portofolio mengumpulkan iuran statutori yang sama.${boundary ? ` Batas kelompok terdekat ${boundary.between}: ${(Math.abs(boundary.relativeDistance) * 100).toFixed(1)}% ${boundary.relativeDistance < 0 ? 'di bawah' : 'di atas'}nya.` : ''}`,
      `Loading ${d.loading.pp44_2015.toFixed(4)} (PP 44/2015; ${d.loading.pp49_2023.toFixed(4)} PP 49/2023) makes the portfolio collect the same statutory premium.${boundary ? ` Nearest group boundary ${boundary.between}: ${(Math.abs(boundary.relativeDistance) * 100).toFixed(1)}% ${boundary.relativeDistance < 0 ? 'below' : 'above'} it.` : ''}`,
    ),
  ];
}
