// Shared pieces of the fourteenth red-team round: regencies no earlier round used (so no scenario
// shares a hospital or a regency's peers with an earlier one), weighted this time to Nusa Tenggara,
// Maluku, Papua, Sulawesi and Kalimantan, with a few on Java. Patients come from r9-common.ts
// patient(), bills vary through r5-common.ts bill(), SEPs through r4-common.ts, clinic days and
// times through r6-common.ts, the upcoder's bill through r8-common.ts billOf().
import type { Place } from '../types.js';

/**
 * Cities of round 14: BPS regency code, centre coordinates and the INA-CBG regional tariff group
 * as places.ts assigns them (PMK 3/2023: Java/Bali 1, Kalimantan/Sulawesi 3-4, Nusa Tenggara,
 * Maluku and Papua 5).
 */
export const PLACES14 = {
  // Nusa Tenggara
  manggaraiBarat: { name: 'Kabupaten Manggarai Barat', regency: '5315', latitude: -8.4964, longitude: 119.8877, tariffRegion: 5 },
  alor: { name: 'Kabupaten Alor', regency: '5307', latitude: -8.2167, longitude: 124.5167, tariffRegion: 5 },
  ngada: { name: 'Kabupaten Ngada', regency: '5312', latitude: -8.7833, longitude: 120.9833, tariffRegion: 5 },
  floresTimur: { name: 'Kabupaten Flores Timur', regency: '5309', latitude: -8.3378, longitude: 122.9836, tariffRegion: 5 },
  timorTengahUtara: { name: 'Kabupaten Timor Tengah Utara', regency: '5305', latitude: -9.4536, longitude: 124.4833, tariffRegion: 5 },
  sumbaBaratDaya: { name: 'Kabupaten Sumba Barat Daya', regency: '5317', latitude: -9.4333, longitude: 119.25, tariffRegion: 5 },
  lombokUtara: { name: 'Kabupaten Lombok Utara', regency: '5208', latitude: -8.35, longitude: 116.15, tariffRegion: 5 },
  sumbawaBarat: { name: 'Kabupaten Sumbawa Barat', regency: '5207', latitude: -8.7431, longitude: 116.8667, tariffRegion: 5 },
  // Maluku and Papua
  seramBagianBarat: { name: 'Kabupaten Seram Bagian Barat', regency: '8106', latitude: -3.0667, longitude: 128.1833, tariffRegion: 5 },
  halmaheraSelatan: { name: 'Kabupaten Halmahera Selatan', regency: '8204', latitude: -0.6333, longitude: 127.4833, tariffRegion: 5 },
  biakNumfor: { name: 'Kabupaten Biak Numfor', regency: '9409', latitude: -1.1833, longitude: 136.0833, tariffRegion: 5 },
  kepulauanYapen: { name: 'Kabupaten Kepulauan Yapen', regency: '9408', latitude: -1.8833, longitude: 136.2333, tariffRegion: 5 },
  telukBintuni: { name: 'Kabupaten Teluk Bintuni', regency: '9104', latitude: -2.1, longitude: 133.5167, tariffRegion: 5 },
  // Sulawesi
  pinrang: { name: 'Kabupaten Pinrang', regency: '7315', latitude: -3.7917, longitude: 119.6522, tariffRegion: 4 },
  sinjai: { name: 'Kabupaten Sinjai', regency: '7307', latitude: -5.1241, longitude: 120.2528, tariffRegion: 4 },
  muna: { name: 'Kabupaten Muna', regency: '7402', latitude: -4.8333, longitude: 122.7167, tariffRegion: 4 },
  boneBolango: { name: 'Kabupaten Bone Bolango', regency: '7504', latitude: 0.5167, longitude: 123.1667, tariffRegion: 4 },
  majene: { name: 'Kabupaten Majene', regency: '7601', latitude: -3.5403, longitude: 118.9707, tariffRegion: 4 },
  poso: { name: 'Kabupaten Poso', regency: '7204', latitude: -1.3961, longitude: 120.7528, tariffRegion: 4 },
  parigiMoutong: { name: 'Kabupaten Parigi Moutong', regency: '7208', latitude: -0.8, longitude: 120.1833, tariffRegion: 4 },
  kepulauanSangihe: { name: 'Kabupaten Kepulauan Sangihe', regency: '7103', latitude: 3.6, longitude: 125.4833, tariffRegion: 4 },
  // Kalimantan
  sanggau: { name: 'Kabupaten Sanggau', regency: '6105', latitude: 0.1167, longitude: 110.5833, tariffRegion: 3 },
  sintang: { name: 'Kabupaten Sintang', regency: '6107', latitude: 0.0667, longitude: 111.5, tariffRegion: 3 },
  kapuas: { name: 'Kabupaten Kapuas', regency: '6203', latitude: -3.0, longitude: 114.3833, tariffRegion: 4 },
  huluSungaiTengah: { name: 'Kabupaten Hulu Sungai Tengah', regency: '6307', latitude: -2.6, longitude: 115.3833, tariffRegion: 4 },
  kutaiBarat: { name: 'Kabupaten Kutai Barat', regency: '6402', latitude: -0.2333, longitude: 115.7, tariffRegion: 4 },
  nunukan: { name: 'Kabupaten Nunukan', regency: '6504', latitude: 4.1333, longitude: 117.6667, tariffRegion: 4 },
  // Java
  banjarnegara: { name: 'Kabupaten Banjarnegara', regency: '3304', latitude: -7.3972, longitude: 109.6947, tariffRegion: 1 },
  trenggalek: { name: 'Kabupaten Trenggalek', regency: '3503', latitude: -8.05, longitude: 111.7167, tariffRegion: 1 },
  kabMojokerto: { name: 'Kabupaten Mojokerto', regency: '3516', latitude: -7.5583, longitude: 112.4833, tariffRegion: 1 },
  jakartaBarat: { name: 'Kota Jakarta Barat', regency: '3173', latitude: -6.1683, longitude: 106.7589, tariffRegion: 1 },
} as const satisfies Record<string, Place>;
