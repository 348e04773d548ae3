// Business sectors (KBLI 2020 sections A-U) with their JKK risk group and workforce weight.
// Risk groups follow the spirit of PP 44/2015 Lampiran I (which assigns groups per business
// type, not per section): a section gets the group of its dominant business types. Weights are
// approximate shares of formal (BPJamsostek wage-earner) employment by section, after
// Sakernas August 2019 formal-worker tabulations, rounded; they sum to 100.

export type JkkRiskGroup = 1 | 2 | 3 | 4 | 5;

export interface Sector {
  /** KBLI 2020 section letter. */
  readonly code: string;
  readonly nameId: string;
  readonly nameEn: string;
  /** Statutory JKK risk group I-V as 1-5. */
  readonly jkkRiskGroup: JkkRiskGroup;
  /** Share of registered workers in the sector, percent. */
  readonly workforceWeight: number;
}

const rows: ReadonlyArray<readonly [string, string, string, JkkRiskGroup, number]> = [
  ['A', 'Pertanian, Kehutanan dan Perikanan', 'Agriculture, forestry and fishing', 4, 8],
  ['B', 'Pertambangan dan Penggalian', 'Mining and quarrying', 5, 2],
  ['C', 'Industri Pengolahan', 'Manufacturing', 3, 24],
  ['D', 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin', 'Electricity, gas, steam and air conditioning supply', 4, 1],
  ['E', 'Pengelolaan Air, Pengelolaan Air Limbah, Daur Ulang Sampah', 'Water supply, sewerage and waste management', 3, 1],
  ['F', 'Konstruksi', 'Construction', 5, 7],
  ['G', 'Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor', 'Wholesale and retail trade; repair of motor vehicles', 2, 16],
  ['H', 'Pengangkutan dan Pergudangan', 'Transportation and storage', 4, 5],
  ['I', 'Penyediaan Akomodasi dan Makan Minum', 'Accommodation and food service activities', 2, 5],
  ['J', 'Informasi dan Komunikasi', 'Information and communication', 1, 2],
  ['K', 'Aktivitas Keuangan dan Asuransi', 'Financial and insurance activities', 1, 4],
  ['L', 'Real Estat', 'Real estate activities', 1, 1],
  ['M', 'Aktivitas Profesional, Ilmiah dan Teknis', 'Professional, scientific and technical activities', 1, 2],
  ['N', 'Aktivitas Penyewaan, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha', 'Administrative and support service activities', 2, 6],
  [
    'O',
    'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib',
    'Public administration and defence; compulsory social security',
    1,
    3,
  ],
  ['P', 'Pendidikan', 'Education', 1, 5],
  ['Q', 'Aktivitas Kesehatan Manusia dan Aktivitas Sosial', 'Human health and social work activities', 2, 3],
  ['R', 'Kesenian, Hiburan dan Rekreasi', 'Arts, entertainment and recreation', 2, 1],
  ['S', 'Aktivitas Jasa Lainnya', 'Other service activities', 2, 3],
  ['T', 'Aktivitas Rumah Tangga sebagai Pemberi Kerja', 'Activities of households as employers', 2, 0.5],
  ['U', 'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya', 'Activities of extraterritorial organisations', 1, 0.5],
];

export const SECTORS: readonly Sector[] = Object.freeze(
  rows.map(([code, nameId, nameEn, jkkRiskGroup, workforceWeight]) =>
    Object.freeze({ code, nameId, nameEn, jkkRiskGroup, workforceWeight }),
  ),
);
