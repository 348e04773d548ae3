// Cities the scenarios put members and hospitals in: BPS regency code, coordinates of the
// city centre, and the INA-CBG regional tariff group (PMK 3/2023: Java/Bali 1, Sumatra 2-3,
// Kalimantan/Sulawesi 3-4, eastern Indonesia 5).
import type { Place } from './types.js';

export const PLACES = {
  jakartaSelatan: { name: 'Kota Jakarta Selatan', regency: '3174', latitude: -6.2615, longitude: 106.8106, tariffRegion: 1 },
  jakartaTimur: { name: 'Kota Jakarta Timur', regency: '3175', latitude: -6.225, longitude: 106.9004, tariffRegion: 1 },
  bekasi: { name: 'Kota Bekasi', regency: '3275', latitude: -6.2383, longitude: 106.9756, tariffRegion: 1 },
  bandung: { name: 'Kota Bandung', regency: '3273', latitude: -6.9175, longitude: 107.6191, tariffRegion: 1 },
  semarang: { name: 'Kota Semarang', regency: '3374', latitude: -6.9932, longitude: 110.4203, tariffRegion: 1 },
  yogyakarta: { name: 'Kota Yogyakarta', regency: '3471', latitude: -7.7956, longitude: 110.3695, tariffRegion: 1 },
  sleman: { name: 'Kabupaten Sleman', regency: '3404', latitude: -7.7167, longitude: 110.35, tariffRegion: 1 },
  surabaya: { name: 'Kota Surabaya', regency: '3578', latitude: -7.2575, longitude: 112.7521, tariffRegion: 1 },
  sidoarjo: { name: 'Kabupaten Sidoarjo', regency: '3515', latitude: -7.4478, longitude: 112.7183, tariffRegion: 1 },
  denpasar: { name: 'Kota Denpasar', regency: '5171', latitude: -8.6705, longitude: 115.2126, tariffRegion: 1 },
  medan: { name: 'Kota Medan', regency: '1275', latitude: 3.5952, longitude: 98.6722, tariffRegion: 2 },
  palembang: { name: 'Kota Palembang', regency: '1671', latitude: -2.9761, longitude: 104.7754, tariffRegion: 2 },
  pekanbaru: { name: 'Kota Pekanbaru', regency: '1471', latitude: 0.5071, longitude: 101.4478, tariffRegion: 3 },
  balikpapan: { name: 'Kota Balikpapan', regency: '6471', latitude: -1.2379, longitude: 116.8529, tariffRegion: 4 },
  makassar: { name: 'Kota Makassar', regency: '7371', latitude: -5.1477, longitude: 119.4327, tariffRegion: 3 },
  kupang: { name: 'Kota Kupang', regency: '5371', latitude: -10.1772, longitude: 123.607, tariffRegion: 5 },
  jayapura: { name: 'Kota Jayapura', regency: '9471', latitude: -2.5337, longitude: 140.7181, tariffRegion: 5 },
} as const satisfies Record<string, Place>;
