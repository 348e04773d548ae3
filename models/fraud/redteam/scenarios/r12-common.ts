// Shared pieces of the twelfth red-team round: regencies no earlier round used (so no scenario
// shares a hospital or a regency's peers with an earlier one), weighted to the WITA and WIT
// provinces and the industrial and mining regencies where work accidents happen (Morowali's and
// Weda Bay's nickel parks, Kutai Timur's coal, Luwu Timur's nickel mine). Patients come from
// r9-common.ts patient(), bills vary through r5-common.ts bill(), SEPs through r4-common.ts, clinic
// days and times through r6-common.ts.
import type { Place } from '../types.js';

/**
 * Cities of round 12: BPS regency code, centre coordinates and the INA-CBG regional tariff group
 * as places.ts assigns them (PMK 3/2023: Java/Bali 1, Sumatra 2-3, Kalimantan/Sulawesi 3-4,
 * Nusa Tenggara and eastern Indonesia 5).
 */
export const PLACES12 = {
  siak: { name: 'Kabupaten Siak', regency: '1405', latitude: 0.7833, longitude: 102.05, tariffRegion: 3 },
  muaroJambi: { name: 'Kabupaten Muaro Jambi', regency: '1505', latitude: -1.55, longitude: 103.82, tariffRegion: 2 },
  lahat: { name: 'Kabupaten Lahat', regency: '1604', latitude: -3.7864, longitude: 103.5428, tariffRegion: 2 },
  ogan: { name: 'Kabupaten Ogan Komering Ilir', regency: '1602', latitude: -3.3947, longitude: 104.8306, tariffRegion: 2 },
  kabCirebon: { name: 'Kabupaten Cirebon', regency: '3209', latitude: -6.7617, longitude: 108.4772, tariffRegion: 1 },
  kabKediri: { name: 'Kabupaten Kediri', regency: '3506', latitude: -7.8236, longitude: 112.1907, tariffRegion: 1 },
  kabKupang: { name: 'Kabupaten Kupang', regency: '5303', latitude: -10.0, longitude: 123.9, tariffRegion: 5 },
  kabBekasi: { name: 'Kabupaten Bekasi', regency: '3216', latitude: -6.2474, longitude: 107.1485, tariffRegion: 1 },
  purworejo: { name: 'Kabupaten Purworejo', regency: '3306', latitude: -7.7133, longitude: 110.0089, tariffRegion: 1 },
  kabMagelang: { name: 'Kabupaten Magelang', regency: '3308', latitude: -7.5921, longitude: 110.2195, tariffRegion: 1 },
  lumajang: { name: 'Kabupaten Lumajang', regency: '3508', latitude: -8.1335, longitude: 113.2248, tariffRegion: 1 },
  badung: { name: 'Kabupaten Badung', regency: '5103', latitude: -8.5819, longitude: 115.1771, tariffRegion: 1 },
  dompu: { name: 'Kabupaten Dompu', regency: '5205', latitude: -8.5367, longitude: 118.4633, tariffRegion: 5 },
  timorTengahSelatan: { name: 'Kabupaten Timor Tengah Selatan', regency: '5304', latitude: -9.8617, longitude: 124.2808, tariffRegion: 5 },
  kabBanjar: { name: 'Kabupaten Banjar', regency: '6303', latitude: -3.4131, longitude: 114.8475, tariffRegion: 4 },
  tabalong: { name: 'Kabupaten Tabalong', regency: '6309', latitude: -2.1667, longitude: 115.3833, tariffRegion: 4 },
  kutaiTimur: { name: 'Kabupaten Kutai Timur', regency: '6404', latitude: 0.5, longitude: 117.5667, tariffRegion: 4 },
  bulungan: { name: 'Kabupaten Bulungan', regency: '6502', latitude: 2.8417, longitude: 117.3667, tariffRegion: 4 },
  minahasaUtara: { name: 'Kabupaten Minahasa Utara', regency: '7106', latitude: 1.4333, longitude: 124.9833, tariffRegion: 4 },
  morowali: { name: 'Kabupaten Morowali', regency: '7203', latitude: -2.8333, longitude: 122.1667, tariffRegion: 4 },
  wajo: { name: 'Kabupaten Wajo', regency: '7313', latitude: -4.1333, longitude: 120.0333, tariffRegion: 4 },
  tanaToraja: { name: 'Kabupaten Tana Toraja', regency: '7318', latitude: -3.0753, longitude: 119.7425, tariffRegion: 4 },
  luwuTimur: { name: 'Kabupaten Luwu Timur', regency: '7325', latitude: -2.5333, longitude: 121.3667, tariffRegion: 4 },
  konaweSelatan: { name: 'Kabupaten Konawe Selatan', regency: '7405', latitude: -4.2, longitude: 122.4333, tariffRegion: 4 },
  kabGorontalo: { name: 'Kabupaten Gorontalo', regency: '7502', latitude: 0.6, longitude: 122.9, tariffRegion: 4 },
  mamuju: { name: 'Kabupaten Mamuju', regency: '7604', latitude: -2.6786, longitude: 118.8933, tariffRegion: 4 },
  buru: { name: 'Kabupaten Buru', regency: '8104', latitude: -3.3833, longitude: 127.1, tariffRegion: 5 },
  halmaheraTengah: { name: 'Kabupaten Halmahera Tengah', regency: '8202', latitude: 0.4667, longitude: 127.9, tariffRegion: 5 },
  manokwari: { name: 'Kabupaten Manokwari', regency: '9105', latitude: -0.8667, longitude: 134.0833, tariffRegion: 5 },
  kabJayapura: { name: 'Kabupaten Jayapura', regency: '9403', latitude: -2.5667, longitude: 140.5167, tariffRegion: 5 },
} as const satisfies Record<string, Place>;
