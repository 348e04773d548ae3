// The multiplicative decomposition of an employer's expected frequency (sector base x size
// x region x compliance x experience mod), each factor with a sentence in
// Indonesian and English that an underwriter can show the employer.
import type { ExperienceModification } from '../families/credibility/index.js';
import { FACTOR_LABELS, complianceBand, groupPoolLevel, regionOf } from './rating-factors.js';
import type { EmployerAttributes, FactorName } from './rating-factors.js';
import { statutoryRelativity } from './tariff.js';
import type { K3Tariff } from './tariff.js';

export interface RatingFactor {
  readonly factor: FactorName;
  readonly labelId: string;
  readonly labelEn: string;
  /** The employer's level of the factor (sector code, size band, ...). */
  readonly level: string;
  /** Multiplier; the sector factor is a frequency per worker-year, the rest are relativities. */
  readonly value: number;
  readonly sentenceId: string;
  readonly sentenceEn: string;
}

const PER_THOUSAND = 1000;
const pct = (x: number): string => `${x >= 1 ? '+' : ''}${((x - 1) * 100).toFixed(0)}%`;
const perK = (f: number): string => (f * PER_THOUSAND).toFixed(2);

function relativity(factor: FactorName, level: string, value: number, what: { id: string; en: string }): RatingFactor {
  const label = FACTOR_LABELS[factor];
  if (value === 1) {
    // A factor the term tests dropped (or the reference level): say so rather than "+0%".
    return {
      factor, labelId: label.id, labelEn: label.en, level, value,
      sentenceId: `${label.id} ${what.id} tidak mengubah frekuensi harapan (faktor 1).`,
      sentenceEn: `${label.en} ${what.en} does not change the expected frequency (factor 1).`,
    };
  }
  const dirId = value > 1 ? 'menaikkan' : 'menurunkan';
  const dirEn = value > 1 ? 'raises' : 'lowers';
  return {
    factor, labelId: label.id, labelEn: label.en, level, value,
    sentenceId: `${label.id} ${what.id} ${dirId} frekuensi harapan sebesar ${pct(value)} (faktor ${value.toFixed(3)}).`,
    sentenceEn: `${label.en} ${what.en} ${dirEn} the expected frequency by ${pct(value)} (factor ${value.toFixed(3)}).`,
  };
}

/** The factors, whose product is the rated frequency per worker-year exactly. */
export function factorSentences(
  t: K3Tariff, a: EmployerAttributes, exp: ExperienceModification, history: { observed: number; expected: number; years: number },
): RatingFactor[] {
  const sectorLevel = t.sectorLevelOf[a.sectorCode] ?? groupPoolLevel(a.statutoryGroup);
  const size = t.size[a.sizeBand] ?? 1;
  const region = regionOf(a.provinceCode);
  const band = complianceBand(a.jkkOnTimeShare);
  const sectorBase = t.baseFrequency * statutoryRelativity(a.statutoryGroup) * (t.sector[sectorLevel] ?? 1);
  const sector: RatingFactor = {
    factor: 'sector', labelId: FACTOR_LABELS.sector.id, labelEn: FACTOR_LABELS.sector.en, level: a.sectorCode, value: sectorBase,
    sentenceId: `Sektor ${a.sectorCode} (kelompok risiko ${a.statutoryGroup}) memiliki frekuensi dasar ${perK(sectorBase)} kasus KK/PAK per 1.000 tenaga kerja-tahun.`,
    sentenceEn: `Sector ${a.sectorCode} (risk group ${a.statutoryGroup}) has a base frequency of ${perK(sectorBase)} KK/PAK cases per 1,000 worker-years.`,
  };
  const expId = history.years === 0
    ? 'Tanpa riwayat klaim, modifikasi pengalaman = 1.'
    : `${history.years} tahun riwayat: ${history.observed} kasus terjadi dibanding ${history.expected.toFixed(2)} yang diharapkan; bobot kredibilitas ${(exp.credibility * 100).toFixed(1)}%, modifikasi ${exp.mod.toFixed(3)}.`;
  const expEn = history.years === 0
    ? 'No claim history: experience mod = 1.'
    : `${history.years} years of history: ${history.observed} cases against ${history.expected.toFixed(2)} expected; credibility ${(exp.credibility * 100).toFixed(1)}%, mod ${exp.mod.toFixed(3)}.`;
  return [
    sector,
    relativity('size', a.sizeBand, size, { id: `(${a.sizeBand})`, en: `(${a.sizeBand})` }),
    relativity('region', region, t.region[region] ?? 1, { id: `(${region})`, en: `(${region})` }),
    relativity('compliance', band, t.compliance[band] ?? 1, {
      id: `(${band}, ${(a.jkkOnTimeShare * 100).toFixed(0)}% bulan tepat waktu)`,
      en: `(${band}, ${(a.jkkOnTimeShare * 100).toFixed(0)}% of months on time)`,
    }),
    {
      factor: 'experience', labelId: FACTOR_LABELS.experience.id, labelEn: FACTOR_LABELS.experience.en,
      level: `${history.observed}/${history.expected.toFixed(2)}`, value: exp.mod, sentenceId: expId, sentenceEn: expEn,
    },
  ];
}
