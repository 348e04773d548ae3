// Shared pieces of the ninth red-team round: cities no earlier round used (so no scenario shares
// a hospital or a regency's peers with an earlier one) and one patient of a scenario. Bills vary
// through r5-common.ts bill(); SEPs through r4-common.ts; the upcoder's bill through r8-common.ts.
import { addDays } from '../context.js';
import type { Facility, Member, Place, ScenarioContext, Segment, Sex } from '../types.js';
import { bornBefore } from './r8-common.js';

/**
 * Cities of round 9: BPS regency code, centre coordinates and the INA-CBG regional tariff group
 * as places.ts assigns them (PMK 3/2023: Java/Bali 1, Sumatra 2-3, Kalimantan/Sulawesi 3-4,
 * Nusa Tenggara and eastern Indonesia 5).
 */
export const PLACES9 = {
  garut: { name: 'Kabupaten Garut', regency: '3205', latitude: -7.2167, longitude: 107.9, tariffRegion: 1 },
  kudus: { name: 'Kabupaten Kudus', regency: '3319', latitude: -6.8048, longitude: 110.8405, tariffRegion: 1 },
  gresik: { name: 'Kabupaten Gresik', regency: '3525', latitude: -7.1539, longitude: 112.6561, tariffRegion: 1 },
  tuban: { name: 'Kabupaten Tuban', regency: '3523', latitude: -6.8976, longitude: 112.0649, tariffRegion: 1 },
  lamongan: { name: 'Kabupaten Lamongan', regency: '3524', latitude: -7.1167, longitude: 112.4167, tariffRegion: 1 },
  bojonegoro: { name: 'Kabupaten Bojonegoro', regency: '3522', latitude: -7.15, longitude: 111.8833, tariffRegion: 1 },
  kebumen: { name: 'Kabupaten Kebumen', regency: '3305', latitude: -7.6681, longitude: 109.6525, tariffRegion: 1 },
  pati: { name: 'Kabupaten Pati', regency: '3318', latitude: -6.7559, longitude: 111.038, tariffRegion: 1 },
  serang: { name: 'Kabupaten Serang', regency: '3604', latitude: -6.1167, longitude: 106.15, tariffRegion: 1 },
  sukabumi: { name: 'Kabupaten Sukabumi', regency: '3202', latitude: -6.9277, longitude: 106.93, tariffRegion: 1 },
  ponorogo: { name: 'Kabupaten Ponorogo', regency: '3502', latitude: -7.8651, longitude: 111.4696, tariffRegion: 1 },
  tabanan: { name: 'Kabupaten Tabanan', regency: '5102', latitude: -8.5389, longitude: 115.125, tariffRegion: 1 },
  lombokTimur: { name: 'Kabupaten Lombok Timur', regency: '5203', latitude: -8.65, longitude: 116.53, tariffRegion: 5 },
  gianyar: { name: 'Kabupaten Gianyar', regency: '5104', latitude: -8.5442, longitude: 115.3253, tariffRegion: 1 },
  sumbawa: { name: 'Kabupaten Sumbawa', regency: '5204', latitude: -8.4878, longitude: 117.4203, tariffRegion: 5 },
  ende: { name: 'Kabupaten Ende', regency: '5308', latitude: -8.8432, longitude: 121.6623, tariffRegion: 5 },
  kutaiKartanegara: { name: 'Kabupaten Kutai Kartanegara', regency: '6403', latitude: -0.4167, longitude: 117.0, tariffRegion: 4 },
  gowa: { name: 'Kabupaten Gowa', regency: '7306', latitude: -5.3167, longitude: 119.75, tariffRegion: 3 },
  bone: { name: 'Kabupaten Bone', regency: '7308', latitude: -4.5386, longitude: 120.3279, tariffRegion: 4 },
  minahasa: { name: 'Kabupaten Minahasa', regency: '7102', latitude: 1.2537, longitude: 124.83, tariffRegion: 4 },
  kolaka: { name: 'Kabupaten Kolaka', regency: '7404', latitude: -4.05, longitude: 121.6, tariffRegion: 4 },
  merauke: { name: 'Kabupaten Merauke', regency: '9101', latitude: -8.4932, longitude: 140.4018, tariffRegion: 5 },
  mimika: { name: 'Kabupaten Mimika', regency: '9109', latitude: -4.5467, longitude: 136.8833, tariffRegion: 5 },
  malukuTengah: { name: 'Kabupaten Maluku Tengah', regency: '8101', latitude: -3.3, longitude: 129.5, tariffRegion: 5 },
  agam: { name: 'Kabupaten Agam', regency: '1306', latitude: -0.25, longitude: 100.17, tariffRegion: 2 },
  deliSerdang: { name: 'Kabupaten Deli Serdang', regency: '1207', latitude: 3.5667, longitude: 98.8667, tariffRegion: 2 },
  kampar: { name: 'Kabupaten Kampar', regency: '1406', latitude: 0.3333, longitude: 101.1, tariffRegion: 3 },
  lampungSelatan: { name: 'Kabupaten Lampung Selatan', regency: '1801', latitude: -5.5622, longitude: 105.5474, tariffRegion: 2 },
  banyuasin: { name: 'Kabupaten Banyuasin', regency: '1607', latitude: -2.5, longitude: 104.75, tariffRegion: 2 },
  cianjur: { name: 'Kabupaten Cianjur', regency: '3203', latitude: -6.82, longitude: 107.14, tariffRegion: 1 },
  jepara: { name: 'Kabupaten Jepara', regency: '3320', latitude: -6.5924, longitude: 110.6713, tariffRegion: 1 },
} as const satisfies Record<string, Place>;

/** What sets one patient apart: age in years at admission; sex, segment and care class default by index. */
export interface PatientSpec {
  readonly age: number;
  readonly sex?: Sex;
  readonly segment?: Segment;
  readonly careClass?: 1 | 2 | 3;
}

/**
 * The i-th patient of a scenario, living in the hospital's regency: born `age` years before the
 * admission (moved by i weeks so that no two share a birth date), two PBI members in three.
 */
export function patient(ctx: ScenarioContext, rs: Facility, day: string, i: number, p: PatientSpec): Member {
  const segment = p.segment ?? (i % 3 ? 'PBI' : 'PBPU');
  return ctx.member({
    sex: p.sex ?? (i % 2 ? 'P' : 'L'),
    birthDate: bornBefore(day, p.age, i),
    segment,
    careClass: segment === 'PBI' ? 3 : (p.careClass ?? 3),
    regency: rs.regency,
  });
}

/** Admission days from `start`, one every `step` days (rounded), n of them. */
export const every = (start: string, n: number, step: number): string[] =>
  Array.from({ length: n }, (_, i) => addDays(start, Math.round(i * step)));
