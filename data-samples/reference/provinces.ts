// The 38 Indonesian provinces with their BPS codes, an approximate centroid and a population weight.
// Codes: BPS master file 2023 (after the 2022 Papua split). Weights: 2020 census population in
// millions (Sensus Penduduk 2020); the six Papua provinces are split from the 2020 figures of
// Papua (4.30M) and Papua Barat (1.13M) by their 2022 regencies, so they are approximate.
// Centroids are rounded to 0.1 degree near each province's main population area.

export interface Province {
  /** BPS 2-digit province code. */
  readonly code: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** Population in millions (2020 census); used as a sampling weight. */
  readonly populationWeight: number;
}

const rows: ReadonlyArray<readonly [string, string, number, number, number]> = [
  ['11', 'Aceh', 4.7, 96.7, 5.27],
  ['12', 'Sumatera Utara', 2.5, 99.0, 14.8],
  ['13', 'Sumatera Barat', -0.7, 100.6, 5.53],
  ['14', 'Riau', 0.5, 101.7, 6.39],
  ['15', 'Jambi', -1.6, 103.3, 3.55],
  ['16', 'Sumatera Selatan', -3.3, 104.2, 8.47],
  ['17', 'Bengkulu', -3.6, 102.3, 2.01],
  ['18', 'Lampung', -4.9, 105.2, 9.01],
  ['19', 'Kepulauan Bangka Belitung', -2.5, 106.3, 1.46],
  ['21', 'Kepulauan Riau', 0.9, 104.4, 2.06],
  ['31', 'DKI Jakarta', -6.2, 106.8, 10.56],
  ['32', 'Jawa Barat', -6.9, 107.6, 48.27],
  ['33', 'Jawa Tengah', -7.2, 110.2, 36.52],
  ['34', 'DI Yogyakarta', -7.8, 110.4, 3.67],
  ['35', 'Jawa Timur', -7.6, 112.3, 40.67],
  ['36', 'Banten', -6.4, 106.1, 11.9],
  ['51', 'Bali', -8.4, 115.2, 4.32],
  ['52', 'Nusa Tenggara Barat', -8.6, 117.4, 5.32],
  ['53', 'Nusa Tenggara Timur', -9.4, 122.0, 5.33],
  ['61', 'Kalimantan Barat', -0.1, 110.5, 5.41],
  ['62', 'Kalimantan Tengah', -1.7, 113.4, 2.67],
  ['63', 'Kalimantan Selatan', -3.1, 115.3, 4.07],
  ['64', 'Kalimantan Timur', 0.5, 116.4, 3.77],
  ['65', 'Kalimantan Utara', 3.1, 116.0, 0.7],
  ['71', 'Sulawesi Utara', 1.2, 124.6, 2.62],
  ['72', 'Sulawesi Tengah', -1.4, 121.4, 2.99],
  ['73', 'Sulawesi Selatan', -4.3, 120.0, 9.07],
  ['74', 'Sulawesi Tenggara', -4.1, 122.2, 2.62],
  ['75', 'Gorontalo', 0.7, 122.4, 1.17],
  ['76', 'Sulawesi Barat', -2.8, 119.2, 1.42],
  ['81', 'Maluku', -3.3, 128.9, 1.85],
  ['82', 'Maluku Utara', 1.0, 127.8, 1.28],
  ['91', 'Papua Barat', -1.3, 133.2, 0.56],
  ['92', 'Papua Barat Daya', -1.0, 131.6, 0.6],
  ['94', 'Papua', -2.6, 140.1, 1.03],
  ['95', 'Papua Selatan', -7.0, 139.8, 0.51],
  ['96', 'Papua Tengah', -3.6, 136.2, 1.43],
  ['97', 'Papua Pegunungan', -4.1, 138.9, 1.45],
];

export const PROVINCES: readonly Province[] = Object.freeze(
  rows.map(([code, name, lat, lon, populationWeight]) => Object.freeze({ code, name, lat, lon, populationWeight })),
);

/** Regencies generated per province (codes PP01..PPnn); real counts vary 5-38, this keeps the data light. */
export const REGENCIES_PER_PROVINCE = 12;
