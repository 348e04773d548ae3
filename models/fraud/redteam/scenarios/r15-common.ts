// Shared pieces of the fifteenth red-team round: regencies no earlier round used (so no scenario
// shares a hospital or a regency's peers with an earlier one), weighted this time to Aceh, the
// interior of North Sumatra, Bengkulu, Jambi, the Riau Islands, Bangka Belitung and Lampung, with
// West Java's south coast and Bali (every regency of Banten and Nusa Tenggara Barat was already
// used). Patients come from r9-common.ts patient(), bills vary through r5-common.ts bill(), SEPs
// through r4-common.ts, clinic days and times through r6-common.ts, the upcoder's bill through
// r8-common.ts billOf().
import type { Place } from '../types.js';

/**
 * Cities of round 15: BPS regency code, coordinates of the regency seat and the INA-CBG regional
 * tariff group as places.ts and the earlier rounds assign them (PMK 3/2023: Java/Bali 1, Sumatra
 * 2, the Riau Islands and Bangka Belitung 3).
 */
export const PLACES15 = {
  // Aceh
  acehSelatan: { name: 'Kabupaten Aceh Selatan', regency: '1101', latitude: 3.2564, longitude: 97.1836, tariffRegion: 2 },
  acehTenggara: { name: 'Kabupaten Aceh Tenggara', regency: '1102', latitude: 3.4914, longitude: 97.7972, tariffRegion: 2 },
  acehTimur: { name: 'Kabupaten Aceh Timur', regency: '1103', latitude: 4.9594, longitude: 97.7661, tariffRegion: 2 },
  acehTengah: { name: 'Kabupaten Aceh Tengah', regency: '1104', latitude: 4.6247, longitude: 96.8444, tariffRegion: 2 },
  acehBarat: { name: 'Kabupaten Aceh Barat', regency: '1105', latitude: 4.1447, longitude: 96.1264, tariffRegion: 2 },
  simeulue: { name: 'Kabupaten Simeulue', regency: '1109', latitude: 2.4806, longitude: 96.3786, tariffRegion: 2 },
  acehBaratDaya: { name: 'Kabupaten Aceh Barat Daya', regency: '1112', latitude: 3.7378, longitude: 96.8372, tariffRegion: 2 },
  acehTamiang: { name: 'Kabupaten Aceh Tamiang', regency: '1116', latitude: 4.3167, longitude: 98.05, tariffRegion: 2 },
  // North Sumatra's interior
  mandailingNatal: { name: 'Kabupaten Mandailing Natal', regency: '1202', latitude: 0.8392, longitude: 99.5661, tariffRegion: 2 },
  tapanuliUtara: { name: 'Kabupaten Tapanuli Utara', regency: '1205', latitude: 2.0136, longitude: 98.9689, tariffRegion: 2 },
  dairi: { name: 'Kabupaten Dairi', regency: '1210', latitude: 2.7444, longitude: 98.3117, tariffRegion: 2 },
  humbangHasundutan: { name: 'Kabupaten Humbang Hasundutan', regency: '1215', latitude: 2.2639, longitude: 98.5019, tariffRegion: 2 },
  // Jambi
  kerinci: { name: 'Kabupaten Kerinci', regency: '1501', latitude: -1.9519, longitude: 101.2969, tariffRegion: 2 },
  merangin: { name: 'Kabupaten Merangin', regency: '1502', latitude: -2.0833, longitude: 102.2833, tariffRegion: 2 },
  batanghari: { name: 'Kabupaten Batanghari', regency: '1504', latitude: -1.6992, longitude: 103.2583, tariffRegion: 2 },
  tebo: { name: 'Kabupaten Tebo', regency: '1508', latitude: -1.4833, longitude: 102.4333, tariffRegion: 2 },
  // Bengkulu
  bengkuluSelatan: { name: 'Kabupaten Bengkulu Selatan', regency: '1701', latitude: -4.4472, longitude: 102.9089, tariffRegion: 2 },
  bengkuluUtara: { name: 'Kabupaten Bengkulu Utara', regency: '1703', latitude: -3.4383, longitude: 102.1933, tariffRegion: 2 },
  kepahiang: { name: 'Kabupaten Kepahiang', regency: '1708', latitude: -3.6503, longitude: 102.5806, tariffRegion: 2 },
  // Lampung
  lampungUtara: { name: 'Kabupaten Lampung Utara', regency: '1803', latitude: -4.8256, longitude: 104.8936, tariffRegion: 2 },
  lampungBarat: { name: 'Kabupaten Lampung Barat', regency: '1804', latitude: -5.0311, longitude: 104.0703, tariffRegion: 2 },
  tanggamus: { name: 'Kabupaten Tanggamus', regency: '1806', latitude: -5.4931, longitude: 104.6269, tariffRegion: 2 },
  pringsewu: { name: 'Kabupaten Pringsewu', regency: '1810', latitude: -5.3583, longitude: 104.9747, tariffRegion: 2 },
  pesisirBarat: { name: 'Kabupaten Pesisir Barat', regency: '1813', latitude: -5.1919, longitude: 103.9317, tariffRegion: 2 },
  // Bangka Belitung
  belitung: { name: 'Kabupaten Belitung', regency: '1902', latitude: -2.7403, longitude: 107.6364, tariffRegion: 3 },
  bangkaBarat: { name: 'Kabupaten Bangka Barat', regency: '1903', latitude: -2.0631, longitude: 105.1628, tariffRegion: 3 },
  bangkaSelatan: { name: 'Kabupaten Bangka Selatan', regency: '1905', latitude: -3.0092, longitude: 106.4597, tariffRegion: 3 },
  // Riau Islands
  bintan: { name: 'Kabupaten Bintan', regency: '2102', latitude: 0.8625, longitude: 104.6033, tariffRegion: 3 },
  natuna: { name: 'Kabupaten Natuna', regency: '2103', latitude: 3.9433, longitude: 108.3833, tariffRegion: 3 },
  kepulauanAnambas: { name: 'Kabupaten Kepulauan Anambas', regency: '2105', latitude: 3.2158, longitude: 106.2211, tariffRegion: 3 },
  // West Java's south coast and Bali
  pangandaran: { name: 'Kabupaten Pangandaran', regency: '3218', latitude: -7.6961, longitude: 108.6528, tariffRegion: 1 },
  bangli: { name: 'Kabupaten Bangli', regency: '5106', latitude: -8.4544, longitude: 115.3547, tariffRegion: 1 },
} as const satisfies Record<string, Place>;

/** Admission days from `start`, one every `step` days (rounded), n of them, never later than `last`. */
export function spread(start: string, n: number, step: number, last = '2026-05-18'): string[] {
  const days: string[] = [];
  const t0 = Date.parse(`${start}T00:00:00Z`);
  for (let i = 0; i < n; i++) {
    const d = new Date(t0 + Math.round(i * step) * 86_400_000).toISOString().slice(0, 10);
    if (d > last) throw new Error(`round 15: admission ${d} past ${last}`);
    days.push(d);
  }
  return days;
}
