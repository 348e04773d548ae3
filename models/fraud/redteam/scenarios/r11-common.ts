// Shared pieces of the eleventh red-team round: regencies no earlier round used (so no scenario
// shares a hospital or a regency's peers with an earlier one), weighted to provinces and time
// zones the earlier rounds left out (Bengkulu, Bangka Belitung, Kepulauan Riau, Sulawesi Barat,
// Maluku Utara, Papua Tengah; WITA and WIT). Patients come from r9-common.ts patient(), bills vary
// through r5-common.ts bill(), SEPs through r4-common.ts, clinic days and times through
// r6-common.ts, the upcoder's bill through r8-common.ts billOf().
import { addDays } from '../context.js';
import type { Place } from '../types.js';

/**
 * Cities of round 11: BPS regency code, centre coordinates and the INA-CBG regional tariff group
 * as places.ts assigns them (PMK 3/2023: Java/Bali 1, Sumatra 2-3, Kalimantan/Sulawesi 3-4,
 * Nusa Tenggara and eastern Indonesia 5).
 */
export const PLACES11 = {
  rejangLebong: { name: 'Kabupaten Rejang Lebong', regency: '1702', latitude: -3.4667, longitude: 102.5333, tariffRegion: 2 },
  mukomuko: { name: 'Kabupaten Mukomuko', regency: '1706', latitude: -2.5833, longitude: 101.1167, tariffRegion: 2 },
  bangka: { name: 'Kabupaten Bangka', regency: '1901', latitude: -1.8667, longitude: 106.1, tariffRegion: 2 },
  karimun: { name: 'Kabupaten Karimun', regency: '2101', latitude: 1.05, longitude: 103.3667, tariffRegion: 3 },
  bireuen: { name: 'Kabupaten Bireuen', regency: '1111', latitude: 5.2, longitude: 96.7, tariffRegion: 2 },
  pidie: { name: 'Kabupaten Pidie', regency: '1107', latitude: 5.1, longitude: 96.0, tariffRegion: 2 },
  lampungTimur: { name: 'Kabupaten Lampung Timur', regency: '1807', latitude: -5.1, longitude: 105.68, tariffRegion: 2 },
  lebak: { name: 'Kabupaten Lebak', regency: '3602', latitude: -6.5644, longitude: 106.2522, tariffRegion: 1 },
  kabTangerang: { name: 'Kabupaten Tangerang', regency: '3603', latitude: -6.1872, longitude: 106.4877, tariffRegion: 1 },
  kabBandung: { name: 'Kabupaten Bandung', regency: '3204', latitude: -7.0251, longitude: 107.5197, tariffRegion: 1 },
  sumedang: { name: 'Kabupaten Sumedang', regency: '3211', latitude: -6.8586, longitude: 107.9164, tariffRegion: 1 },
  karanganyar: { name: 'Kabupaten Karanganyar', regency: '3313', latitude: -7.5961, longitude: 110.9508, tariffRegion: 1 },
  demak: { name: 'Kabupaten Demak', regency: '3321', latitude: -6.8909, longitude: 110.6396, tariffRegion: 1 },
  pemalang: { name: 'Kabupaten Pemalang', regency: '3327', latitude: -6.8898, longitude: 109.3807, tariffRegion: 1 },
  kabMalang: { name: 'Kabupaten Malang', regency: '3507', latitude: -8.1646, longitude: 112.6132, tariffRegion: 1 },
  kabProbolinggo: { name: 'Kabupaten Probolinggo', regency: '3513', latitude: -7.8718, longitude: 113.4776, tariffRegion: 1 },
  kabMadiun: { name: 'Kabupaten Madiun', regency: '3519', latitude: -7.6293, longitude: 111.5239, tariffRegion: 1 },
  magetan: { name: 'Kabupaten Magetan', regency: '3520', latitude: -7.6433, longitude: 111.3276, tariffRegion: 1 },
  ngawi: { name: 'Kabupaten Ngawi', regency: '3521', latitude: -7.4039, longitude: 111.4461, tariffRegion: 1 },
  klungkung: { name: 'Kabupaten Klungkung', regency: '5105', latitude: -8.5389, longitude: 115.4045, tariffRegion: 1 },
  lombokBarat: { name: 'Kabupaten Lombok Barat', regency: '5201', latitude: -8.6833, longitude: 116.1, tariffRegion: 5 },
  kabBima: { name: 'Kabupaten Bima', regency: '5206', latitude: -8.4619, longitude: 118.7278, tariffRegion: 5 },
  belu: { name: 'Kabupaten Belu', regency: '5306', latitude: -9.1, longitude: 124.8917, tariffRegion: 5 },
  ketapang: { name: 'Kabupaten Ketapang', regency: '6104', latitude: -1.85, longitude: 109.9833, tariffRegion: 3 },
  kotabaru: { name: 'Kabupaten Kotabaru', regency: '6302', latitude: -3.2957, longitude: 116.1667, tariffRegion: 4 },
  berau: { name: 'Kabupaten Berau', regency: '6405', latitude: 2.15, longitude: 117.4833, tariffRegion: 4 },
  banggai: { name: 'Kabupaten Banggai', regency: '7201', latitude: -0.95, longitude: 122.7833, tariffRegion: 4 },
  konawe: { name: 'Kabupaten Konawe', regency: '7403', latitude: -3.9333, longitude: 122.0833, tariffRegion: 4 },
  polewaliMandar: { name: 'Kabupaten Polewali Mandar', regency: '7602', latitude: -3.4167, longitude: 119.3333, tariffRegion: 4 },
  halmaheraUtara: { name: 'Kabupaten Halmahera Utara', regency: '8205', latitude: 1.7333, longitude: 128.0, tariffRegion: 5 },
  nabire: { name: 'Kabupaten Nabire', regency: '9601', latitude: -3.3667, longitude: 135.4833, tariffRegion: 5 },
} as const satisfies Record<string, Place>;

/** The clinic days (Tuesday and Friday) of a twice-weekly programme from a Monday, n sessions. */
export const tuesdaysAndFridays = (monday: string, n: number): string[] =>
  Array.from({ length: n }, (_, k) => addDays(monday, 7 * Math.floor(k / 2) + (k % 2 ? 4 : 1)));
