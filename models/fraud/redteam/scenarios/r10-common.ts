// Shared pieces of the tenth red-team round: cities no earlier round used (so no scenario shares a
// hospital or a regency's peers with an earlier one). Patients come from r9-common.ts patient(),
// bills vary through r5-common.ts bill(), SEPs through r4-common.ts, clinic days and times through
// r6-common.ts, the upcoder's bill through r8-common.ts billOf().
import type { Place } from '../types.js';

/**
 * Cities of round 10: BPS regency code, centre coordinates and the INA-CBG regional tariff group
 * as places.ts assigns them (PMK 3/2023: Java/Bali 1, Sumatra 2-3, Kalimantan/Sulawesi 3-4,
 * Nusa Tenggara and eastern Indonesia 5).
 */
export const PLACES10 = {
  cilacap: { name: 'Kabupaten Cilacap', regency: '3301', latitude: -7.7167, longitude: 109.0167, tariffRegion: 1 },
  purbalingga: { name: 'Kabupaten Purbalingga', regency: '3303', latitude: -7.3883, longitude: 109.3636, tariffRegion: 1 },
  wonosobo: { name: 'Kabupaten Wonosobo', regency: '3307', latitude: -7.3632, longitude: 109.9003, tariffRegion: 1 },
  boyolali: { name: 'Kabupaten Boyolali', regency: '3309', latitude: -7.5322, longitude: 110.5958, tariffRegion: 1 },
  sragen: { name: 'Kabupaten Sragen', regency: '3314', latitude: -7.4303, longitude: 111.0214, tariffRegion: 1 },
  grobogan: { name: 'Kabupaten Grobogan', regency: '3315', latitude: -7.0219, longitude: 110.9628, tariffRegion: 1 },
  kendal: { name: 'Kabupaten Kendal', regency: '3324', latitude: -6.9196, longitude: 110.205, tariffRegion: 1 },
  brebes: { name: 'Kabupaten Brebes', regency: '3329', latitude: -6.8717, longitude: 109.0428, tariffRegion: 1 },
  tulungagung: { name: 'Kabupaten Tulungagung', regency: '3504', latitude: -8.0657, longitude: 111.902, tariffRegion: 1 },
  jombang: { name: 'Kabupaten Jombang', regency: '3517', latitude: -7.5469, longitude: 112.233, tariffRegion: 1 },
  nganjuk: { name: 'Kabupaten Nganjuk', regency: '3518', latitude: -7.605, longitude: 111.9035, tariffRegion: 1 },
  pamekasan: { name: 'Kabupaten Pamekasan', regency: '3528', latitude: -7.1568, longitude: 113.4746, tariffRegion: 1 },
  sumenep: { name: 'Kabupaten Sumenep', regency: '3529', latitude: -7.0049, longitude: 113.859, tariffRegion: 1 },
  pandeglang: { name: 'Kabupaten Pandeglang', regency: '3601', latitude: -6.3084, longitude: 106.1067, tariffRegion: 1 },
  majalengka: { name: 'Kabupaten Majalengka', regency: '3210', latitude: -6.8363, longitude: 108.2274, tariffRegion: 1 },
  indramayu: { name: 'Kabupaten Indramayu', regency: '3212', latitude: -6.3275, longitude: 108.3249, tariffRegion: 1 },
  subang: { name: 'Kabupaten Subang', regency: '3213', latitude: -6.5715, longitude: 107.7587, tariffRegion: 1 },
  purwakarta: { name: 'Kabupaten Purwakarta', regency: '3214', latitude: -6.5569, longitude: 107.4431, tariffRegion: 1 },
  kulonProgo: { name: 'Kabupaten Kulon Progo', regency: '3401', latitude: -7.8267, longitude: 110.1641, tariffRegion: 1 },
  gunungkidul: { name: 'Kabupaten Gunungkidul', regency: '3403', latitude: -7.9655, longitude: 110.6002, tariffRegion: 1 },
  karangasem: { name: 'Kabupaten Karangasem', regency: '5107', latitude: -8.4463, longitude: 115.6127, tariffRegion: 1 },
  lombokTengah: { name: 'Kabupaten Lombok Tengah', regency: '5202', latitude: -8.7, longitude: 116.27, tariffRegion: 5 },
  asahan: { name: 'Kabupaten Asahan', regency: '1208', latitude: 2.9833, longitude: 99.6167, tariffRegion: 2 },
  simalungun: { name: 'Kabupaten Simalungun', regency: '1209', latitude: 2.9, longitude: 99.0, tariffRegion: 2 },
  muaraEnim: { name: 'Kabupaten Muara Enim', regency: '1603', latitude: -3.65, longitude: 103.8, tariffRegion: 2 },
  lampungTengah: { name: 'Kabupaten Lampung Tengah', regency: '1802', latitude: -4.8, longitude: 105.3, tariffRegion: 2 },
  tanahLaut: { name: 'Kabupaten Tanah Laut', regency: '6301', latitude: -3.8, longitude: 114.8, tariffRegion: 4 },
  paser: { name: 'Kabupaten Paser', regency: '6401', latitude: -1.9, longitude: 116.2, tariffRegion: 4 },
  maros: { name: 'Kabupaten Maros', regency: '7309', latitude: -5.0, longitude: 119.57, tariffRegion: 3 },
  sumbaTimur: { name: 'Kabupaten Sumba Timur', regency: '5302', latitude: -9.6567, longitude: 120.2641, tariffRegion: 5 },
  bulukumba: { name: 'Kabupaten Bulukumba', regency: '7302', latitude: -5.55, longitude: 120.2, tariffRegion: 3 },
  indragiriHilir: { name: 'Kabupaten Indragiri Hilir', regency: '1403', latitude: -0.33, longitude: 103.17, tariffRegion: 3 },
  jayawijaya: { name: 'Kabupaten Jayawijaya', regency: '9102', latitude: -4.1, longitude: 138.95, tariffRegion: 5 },
} as const satisfies Record<string, Place>;
