// The JKN fraud taxonomy (kecurangan) of DOMAIN.md section 3: Permenkes 36/2015, replaced by
// Permenkes 16/2019; BPJS procedure in Peraturan BPJS Kesehatan 6/2020. Every detector names
// its type by one of these codes.

export type FraudTypeCode =
  | 'UPCODING'
  | 'CLONING'
  | 'PHANTOM_BILLING'
  | 'INFLATED_BILL'
  | 'UNBUNDLING'
  | 'SELF_REFERRAL'
  | 'REPEAT_BILLING'
  | 'PROLONGED_LOS'
  | 'ROOM_CLASS'
  | 'CANCELLED_SERVICE'
  | 'UNNECESSARY_TREATMENT'
  | 'VENTILATOR'
  | 'READMISSION'
  | 'COB_KKPAK'
  | 'PARTICIPANT_ABUSE';

export interface FraudType {
  readonly code: FraudTypeCode;
  readonly nameId: string;
  readonly nameEn: string;
  /** Where the type shows in claims data. */
  readonly signal: string;
}

export const FRAUD_TYPES: readonly FraudType[] = Object.freeze(
  [
    {
      code: 'UPCODING',
      nameId: 'Penulisan kode diagnosis yang berlebihan',
      nameEn: 'Upcoding: diagnosis or procedure coded higher',
      signal:
        'Severity-III share vs peers of same hospital class and CBG; secondary diagnoses that raise severity with no supporting procedure or tariff component.',
    },
    {
      code: 'CLONING',
      nameId: 'Penjiplakan klaim dari pasien lain',
      nameEn: 'Cloning: claim copied from another patient',
      signal: 'Near-identical diagnosis/procedure/tariff vectors across different patients, same doctor or day.',
    },
    {
      code: 'PHANTOM_BILLING',
      nameId: 'Klaim palsu (klaim atas layanan yang tidak pernah diberikan)',
      nameEn: 'Phantom billing: claim for a service never given',
      signal:
        'Service after date of death; SEP issued after discharge; impossible doctor volume per day; one card at two distant facilities on the same day.',
    },
    {
      code: 'INFLATED_BILL',
      nameId: 'Penggelembungan tagihan obat dan alkes',
      nameEn: 'Inflated bill: drugs, devices, consumables inflated',
      signal: 'Tariff components as outliers within the same CBG; prosthesis top-up without the matching procedure.',
    },
    {
      code: 'UNBUNDLING',
      nameId: 'Pemecahan episode pelayanan',
      nameEn: 'Unbundling: one episode split into several',
      signal: 'Several SEPs for one patient on the same or adjacent days; readmission within 7 days; outpatient and inpatient same day.',
    },
    {
      code: 'SELF_REFERRAL',
      nameId: 'Rujukan semu',
      nameEn: 'Self-referral: sham referral',
      signal: 'Referral loops between facilities sharing doctors; transfer within 3 days; 1-2 day stays then referred.',
    },
    {
      code: 'REPEAT_BILLING',
      nameId: 'Tagihan berulang',
      nameEn: 'Repeat billing: same claim billed twice',
      signal: 'Same card, dates and CBG submitted twice.',
    },
    {
      code: 'PROLONGED_LOS',
      nameId: 'Memperpanjang lama perawatan',
      nameEn: 'Prolonged length of stay',
      signal: 'LOS above the 90th percentile for the CBG and severity.',
    },
    {
      code: 'ROOM_CLASS',
      nameId: 'Manipulasi kelas perawatan',
      nameEn: 'Room class manipulated',
      signal: 'Care class above entitlement; upgrade fields inconsistent with payer.',
    },
    {
      code: 'CANCELLED_SERVICE',
      nameId: 'Membatalkan tindakan yang wajib dilakukan',
      nameEn: 'Cancelled service: procedure billed but not done',
      signal: 'Procedure coded, surgical/OR components zero.',
    },
    {
      code: 'UNNECESSARY_TREATMENT',
      nameId: 'Tindakan yang tidak perlu',
      nameEn: 'Unnecessary admission or treatment',
      signal: '1-day severity-I admissions for conditions normally treated as outpatients.',
    },
    {
      code: 'VENTILATOR',
      nameId: 'Memperpanjang penggunaan ventilator',
      nameEn: 'Ventilator time extended',
      signal: 'Ventilator hours bunched just above 96 h.',
    },
    {
      code: 'READMISSION',
      nameId: 'Readmisi berulang',
      nameEn: 'Repeated readmissions',
      signal: 'Readmitted within 30 days with the same diagnosis cluster; observed/expected by hospital.',
    },
    {
      code: 'COB_KKPAK',
      nameId: 'Penagihan ganda atau salah penjamin kecelakaan kerja',
      nameEn: 'Wrong or double payer for a work accident',
      signal: 'Trauma codes (S/T chapters) for PPU members with no e-PLKK report; a KK/PAK case billed to both JKN and JKK.',
    },
    {
      code: 'PARTICIPANT_ABUSE',
      nameId: 'Penyalahgunaan kartu oleh peserta',
      nameEn: 'Participant abuse: card used by someone else, early refills',
      signal: 'Diagnosis inconsistent with age/sex; one card in distant places the same day; chronic drug refills too early.',
    },
  ].map((t) => Object.freeze({ ...t, code: t.code as FraudTypeCode })),
);
