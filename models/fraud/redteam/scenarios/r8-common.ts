// Shared pieces of the eighth red-team round: cities no earlier round used (so no scenario
// shares a hospital or a regency's peers with an earlier one) and the bill of a cheaper group
// billed under a dearer code (the upcoder's bill). Bills vary through r5-common.ts bill(); SEPs
// through r4-common.ts; clinic days and times through r6-common.ts.
import { INACBG } from '../../../../data-samples/reference/index.js';
import { addDays } from '../context.js';
import type { Place } from '../types.js';

/**
 * Cities of round 8: BPS regency code, city-centre coordinates and the INA-CBG regional tariff
 * group as places.ts assigns them (PMK 3/2023: Java/Bali 1, Sumatra 2-3, Kalimantan/Sulawesi
 * 3-4, eastern Indonesia 5).
 */
export const PLACES8 = {
  dumai: { name: 'Kota Dumai', regency: '1473', latitude: 1.6667, longitude: 101.45, tariffRegion: 3 },
  binjai: { name: 'Kota Binjai', regency: '1276', latitude: 3.6001, longitude: 98.4854, tariffRegion: 2 },
  tebingTinggi: { name: 'Kota Tebing Tinggi', regency: '1274', latitude: 3.3285, longitude: 99.1625, tariffRegion: 2 },
  sibolga: { name: 'Kota Sibolga', regency: '1273', latitude: 1.7427, longitude: 98.7792, tariffRegion: 2 },
  padangsidimpuan: { name: 'Kota Padangsidimpuan', regency: '1277', latitude: 1.3791, longitude: 99.2721, tariffRegion: 2 },
  gunungsitoli: { name: 'Kota Gunungsitoli', regency: '1278', latitude: 1.2885, longitude: 97.6143, tariffRegion: 2 },
  payakumbuh: { name: 'Kota Payakumbuh', regency: '1376', latitude: -0.2245, longitude: 100.6318, tariffRegion: 2 },
  solok: { name: 'Kota Solok', regency: '1372', latitude: -0.7885, longitude: 100.6548, tariffRegion: 2 },
  sawahlunto: { name: 'Kota Sawahlunto', regency: '1373', latitude: -0.6828, longitude: 100.7783, tariffRegion: 2 },
  pariaman: { name: 'Kota Pariaman', regency: '1377', latitude: -0.6262, longitude: 100.1205, tariffRegion: 2 },
  sungaiPenuh: { name: 'Kota Sungai Penuh', regency: '1572', latitude: -2.0631, longitude: 101.3949, tariffRegion: 2 },
  lubuklinggau: { name: 'Kota Lubuklinggau', regency: '1673', latitude: -3.2967, longitude: 102.8617, tariffRegion: 2 },
  prabumulih: { name: 'Kota Prabumulih', regency: '1674', latitude: -3.4325, longitude: 104.2356, tariffRegion: 2 },
  pagarAlam: { name: 'Kota Pagar Alam', regency: '1672', latitude: -4.0167, longitude: 103.25, tariffRegion: 2 },
  metro: { name: 'Kota Metro', regency: '1872', latitude: -5.1131, longitude: 105.3067, tariffRegion: 2 },
  langsa: { name: 'Kota Langsa', regency: '1174', latitude: 4.4683, longitude: 97.9683, tariffRegion: 2 },
  subulussalam: { name: 'Kota Subulussalam', regency: '1175', latitude: 2.6426, longitude: 98.0011, tariffRegion: 2 },
  banjar: { name: 'Kota Banjar', regency: '3279', latitude: -7.3707, longitude: 108.5342, tariffRegion: 1 },
  tangerangSelatan: { name: 'Kota Tangerang Selatan', regency: '3674', latitude: -6.2886, longitude: 106.7179, tariffRegion: 1 },
  mojokerto: { name: 'Kota Mojokerto', regency: '3576', latitude: -7.4722, longitude: 112.4338, tariffRegion: 1 },
  pasuruan: { name: 'Kota Pasuruan', regency: '3575', latitude: -7.6453, longitude: 112.9075, tariffRegion: 1 },
  batu: { name: 'Kota Batu', regency: '3579', latitude: -7.8672, longitude: 112.5239, tariffRegion: 1 },
  tomohon: { name: 'Kota Tomohon', regency: '7173', latitude: 1.3236, longitude: 124.8386, tariffRegion: 4 },
  kotamobagu: { name: 'Kota Kotamobagu', regency: '7174', latitude: 0.7333, longitude: 124.3167, tariffRegion: 4 },
  bontang: { name: 'Kota Bontang', regency: '6474', latitude: 0.1333, longitude: 117.5, tariffRegion: 4 },
  tual: { name: 'Kota Tual', regency: '8172', latitude: -5.6433, longitude: 132.7447, tariffRegion: 5 },
  tidore: { name: 'Kota Tidore Kepulauan', regency: '8272', latitude: 0.6883, longitude: 127.4017, tariffRegion: 5 },
  banyumas: { name: 'Kabupaten Banyumas', regency: '3302', latitude: -7.4245, longitude: 109.2344, tariffRegion: 1 },
  klaten: { name: 'Kabupaten Klaten', regency: '3310', latitude: -7.7058, longitude: 110.6063, tariffRegion: 1 },
  karawang: { name: 'Kabupaten Karawang', regency: '3215', latitude: -6.3227, longitude: 107.3376, tariffRegion: 1 },
  sikka: { name: 'Kabupaten Sikka', regency: '5310', latitude: -8.6199, longitude: 122.2111, tariffRegion: 5 },
  kotawaringinTimur: { name: 'Kabupaten Kotawaringin Timur', regency: '6202', latitude: -2.5333, longitude: 112.95, tariffRegion: 4 },
} as const satisfies Record<string, Place>;

const BASE_TARIFF = new Map(INACBG.map((g) => [g.code, g.baseTariff]));

/**
 * The billedRatio that puts the bill of an honest stay of `honestCbg` (85% of its tariff, the
 * context's default) on a claim grouped as `codedCbg`: the hospital codes up, the care and so
 * the bill stay what they were.
 */
export function billOf(honestCbg: string, codedCbg: string): number {
  const honest = BASE_TARIFF.get(honestCbg);
  const coded = BASE_TARIFF.get(codedCbg);
  if (!honest || !coded) throw new Error(`unknown INA-CBG ${honest ? codedCbg : honestCbg}`);
  return (0.85 * honest) / coded;
}

/** A birth date `years` before a day, moved by `i` weeks so that no two patients share one. */
export const bornBefore = (day: string, years: number, i: number): string =>
  addDays(`${Number(day.slice(0, 4)) - years}${day.slice(4)}`, -7 * i - 3);
