// Shared pieces of the thirteenth red-team round: regencies no earlier round used (so no scenario
// shares a hospital or a regency's peers with an earlier one), weighted this time to Java and
// Sumatra (Central and East Java, Madura, West Java, Aceh, North Sumatra, Riau, Jambi, South
// Sumatra, Lampung) with a few in Kalimantan, Sulawesi and Bali. Patients come from r9-common.ts
// patient(), bills vary through r5-common.ts bill(), SEPs through r4-common.ts, clinic days and
// times through r6-common.ts.
import type { Place } from '../types.js';

/**
 * Cities of round 13: BPS regency code, centre coordinates and the INA-CBG regional tariff group
 * as places.ts assigns them (PMK 3/2023: Java/Bali 1, Sumatra 2-3, Kalimantan/Sulawesi 3-4).
 */
export const PLACES13 = {
  kabTegal: { name: 'Kabupaten Tegal', regency: '3328', latitude: -6.9833, longitude: 109.1333, tariffRegion: 1 },
  kabPekalongan: { name: 'Kabupaten Pekalongan', regency: '3326', latitude: -7.0333, longitude: 109.5833, tariffRegion: 1 },
  sukoharjo: { name: 'Kabupaten Sukoharjo', regency: '3311', latitude: -7.6833, longitude: 110.8333, tariffRegion: 1 },
  wonogiri: { name: 'Kabupaten Wonogiri', regency: '3312', latitude: -7.8167, longitude: 110.9167, tariffRegion: 1 },
  blora: { name: 'Kabupaten Blora', regency: '3316', latitude: -6.9667, longitude: 111.4167, tariffRegion: 1 },
  rembang: { name: 'Kabupaten Rembang', regency: '3317', latitude: -6.7083, longitude: 111.3417, tariffRegion: 1 },
  kabSemarang: { name: 'Kabupaten Semarang', regency: '3322', latitude: -7.1333, longitude: 110.4, tariffRegion: 1 },
  temanggung: { name: 'Kabupaten Temanggung', regency: '3323', latitude: -7.3167, longitude: 110.1667, tariffRegion: 1 },
  kabBlitar: { name: 'Kabupaten Blitar', regency: '3505', latitude: -8.0833, longitude: 112.25, tariffRegion: 1 },
  bondowoso: { name: 'Kabupaten Bondowoso', regency: '3511', latitude: -7.9167, longitude: 113.8167, tariffRegion: 1 },
  situbondo: { name: 'Kabupaten Situbondo', regency: '3512', latitude: -7.7, longitude: 114.0, tariffRegion: 1 },
  bangkalan: { name: 'Kabupaten Bangkalan', regency: '3526', latitude: -7.0333, longitude: 112.75, tariffRegion: 1 },
  sampang: { name: 'Kabupaten Sampang', regency: '3527', latitude: -7.1917, longitude: 113.25, tariffRegion: 1 },
  batang: { name: 'Kabupaten Batang', regency: '3325', latitude: -6.9083, longitude: 109.7333, tariffRegion: 1 },
  kabTasikmalaya: { name: 'Kabupaten Tasikmalaya', regency: '3206', latitude: -7.3583, longitude: 108.1083, tariffRegion: 1 },
  kabBogor: { name: 'Kabupaten Bogor', regency: '3201', latitude: -6.4833, longitude: 106.85, tariffRegion: 1 },
  ciamis: { name: 'Kabupaten Ciamis', regency: '3207', latitude: -7.3333, longitude: 108.35, tariffRegion: 1 },
  kuningan: { name: 'Kabupaten Kuningan', regency: '3208', latitude: -6.9833, longitude: 108.4833, tariffRegion: 1 },
  bandungBarat: { name: 'Kabupaten Bandung Barat', regency: '3217', latitude: -6.8417, longitude: 107.4917, tariffRegion: 1 },
  jembrana: { name: 'Kabupaten Jembrana', regency: '5101', latitude: -8.3583, longitude: 114.6333, tariffRegion: 1 },
  acehBesar: { name: 'Kabupaten Aceh Besar', regency: '1108', latitude: 5.45, longitude: 95.4833, tariffRegion: 2 },
  bireuen: { name: 'Kabupaten Bireuen', regency: '1110', latitude: 5.2, longitude: 96.7, tariffRegion: 2 },
  karo: { name: 'Kabupaten Karo', regency: '1211', latitude: 3.1, longitude: 98.5, tariffRegion: 2 },
  deliSerdang: { name: 'Kabupaten Deli Serdang', regency: '1212', latitude: 3.5333, longitude: 98.8667, tariffRegion: 2 },
  bengkalis: { name: 'Kabupaten Bengkalis', regency: '1408', latitude: 1.4667, longitude: 102.1, tariffRegion: 3 },
  bungo: { name: 'Kabupaten Bungo', regency: '1509', latitude: -1.5, longitude: 102.1167, tariffRegion: 2 },
  musiBanyuasin: { name: 'Kabupaten Musi Banyuasin', regency: '1606', latitude: -2.8833, longitude: 103.85, tariffRegion: 2 },
  lampungTengah: { name: 'Kabupaten Lampung Tengah', regency: '1805', latitude: -4.8833, longitude: 105.25, tariffRegion: 2 },
  kotawaringinBarat: { name: 'Kabupaten Kotawaringin Barat', regency: '6201', latitude: -2.6833, longitude: 111.6333, tariffRegion: 4 },
  bone: { name: 'Kabupaten Bone', regency: '7311', latitude: -4.5333, longitude: 120.3333, tariffRegion: 4 },
} as const satisfies Record<string, Place>;
