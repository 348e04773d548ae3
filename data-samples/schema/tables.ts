// Source tables of a telisik extract. Column names of `claims` follow e-Klaim's web
// service (DOMAIN.md section 2); the others are BPJS Ketenagakerjaan / e-PLKK concepts
// in English snake_case. Dates are ISO `YYYY-MM-DD`; money is whole rupiah.
import { LATERALITY_CODES, SPECIALTIES } from '../reference/clinical.js';
import type { ColumnDef, TableDef, TableName } from './types.js';

const NIK: ColumnDef = {
  name: 'nik',
  type: 'VARCHAR',
  nullable: false,
  personal: 'nik',
  pseudonymAs: 'member_key',
  description:
    'National ID (16 digits: province, regency, district, DDMMYY with 40 added to DD for women, serial). Replaced by member_key at ingestion.',
};
const CARD: ColumnDef = {
  name: 'nomor_kartu',
  type: 'VARCHAR',
  nullable: false,
  personal: 'card',
  pseudonymAs: 'card_key',
  description: 'JKN card number (13 digits). Replaced by card_key at ingestion.',
};
const FAMILY_CARD: ColumnDef = {
  name: 'nomor_kk',
  type: 'VARCHAR',
  nullable: true,
  personal: 'family_card',
  pseudonymAs: 'family_key',
  optional: 'households: dependants and newborns cannot be told from misuse of a card, and household size is unknown',
  description:
    'Family card (Kartu Keluarga, KK) number: 16 digits, the first two the province code. Personal data: replaced by family_key at ingestion. Members of one household share it.',
};
const PROVINCE: ColumnDef = {
  name: 'province_code',
  type: 'VARCHAR',
  nullable: false,
  reference: 'province',
  description: 'BPS province code (2 digits).',
};
const REGENCY: ColumnDef = {
  name: 'regency_code',
  type: 'VARCHAR',
  nullable: false,
  pattern: '[0-9]{4}',
  description: 'BPS regency/city code (4 digits, starting with the province code).',
};
const EMPLOYER_ID: ColumnDef = {
  name: 'employer_id',
  type: 'VARCHAR',
  nullable: false,
  pattern: '[0-9]{8}',
  description: 'Employer registration number (NPP, 8 digits).',
};
const money = (name: string, description: string, nullable = false): ColumnDef => ({
  name,
  type: 'BIGINT',
  nullable,
  min: 0,
  description: `${description} (rupiah).`,
});
const date = (name: string, description: string, nullable = false): ColumnDef => ({
  name,
  type: 'DATE',
  nullable,
  description,
});
/** A column older extracts lack: nullable, and absent from a file it loads as empty. */
const optional = (column: Omit<ColumnDef, 'nullable' | 'optional'>, lost: string): ColumnDef => ({
  ...column,
  nullable: true,
  optional: lost,
});

/** Facility code (kode PPK): regency code, a letter for the kind (R hospital, P puskesmas, K klinik pratama), serial. */
export const FACILITY_CODE_PATTERN = '[0-9]{4}[RPK][0-9]{3}';
/** Days a newly registered self-paying (PBPU, BP) member waits before the card is active (Perpres 82/2018 as amended by Perpres 64/2020, Art. 17A; BPJS Kesehatan: 14 days). */
export const WAITING_PERIOD_DAYS = 14;
/** Most places a doctor may hold a practice licence (SIP) at (Permenkes 2052/2011 Art. 4). */
export const MAX_DOCTOR_LICENCES = 3;
/**
 * Days after birth within which a member's newborn must be registered (Perpres 82/2018 as
 * amended; BPJS Kesehatan): registered in time, the baby is covered from birth, so its first
 * stay may begin before its own registration.
 */
export const NEWBORN_REGISTRATION_DAYS = 28;
/** Facility code of a primary-care facility (FKTP): regency code, P puskesmas or K klinik pratama, serial. */
const FKTP_CODE_PATTERN = '[0-9]{4}[PK][0-9]{3}';
/**
 * Capitation per registered member per month, rupiah, by FKTP kind: the widest band of
 * Permenkes 52/2016 (puskesmas 3,000-6,000; klinik pratama 8,000-10,000) and Permenkes 3/2023
 * (puskesmas 3,600-9,000; klinik pratama 9,000-16,000). Not in DOMAIN.md.
 */
export const CAPITATION_RATE_BOUNDS = Object.freeze({ P: [3_000, 9_000], K: [8_000, 16_000] } as const);
/** Days of chronic medication one PRB (Program Rujuk Balik) dispensing covers at most (BPJS Kesehatan: 30 days). */
export const PRB_MAX_DAYS_SUPPLY = 30;

/** The 18 hospital tariff components of an e-Klaim claim, in e-Klaim order. */
export const TARIFF_COMPONENTS = [
  ['tarif_prosedur_non_bedah', 'non-surgical procedures'],
  ['tarif_prosedur_bedah', 'surgical procedures'],
  ['tarif_konsultasi', 'consultation'],
  ['tarif_tenaga_ahli', 'specialist fees'],
  ['tarif_keperawatan', 'nursing'],
  ['tarif_penunjang', 'support services'],
  ['tarif_radiologi', 'radiology'],
  ['tarif_laboratorium', 'laboratory'],
  ['tarif_pelayanan_darah', 'blood services'],
  ['tarif_rehabilitasi', 'rehabilitation'],
  ['tarif_kamar', 'room and board'],
  ['tarif_rawat_intensif', 'intensive care'],
  ['tarif_obat', 'drugs'],
  ['tarif_obat_kronis', 'chronic drugs'],
  ['tarif_obat_kemoterapi', 'chemotherapy drugs'],
  ['tarif_alkes', 'medical devices'],
  ['tarif_bmhp', 'consumables (BMHP)'],
  ['tarif_sewa_alat', 'equipment rental'],
] as const;

export type TariffComponent = (typeof TARIFF_COMPONENTS)[number][0];

export const TABLES: readonly TableDef[] = Object.freeze([
  {
    name: 'members',
    description: 'Persons known to either agency: JKN membership and, for workers, BPJamsostek registration.',
    primaryKey: ['nik'],
    columns: [
      NIK,
      CARD,
      date('birth_date', 'Date of birth.'),
      {
        name: 'sex',
        type: 'VARCHAR',
        nullable: false,
        values: ['L', 'P'],
        description: 'Sex: L (laki-laki, male) or P (perempuan, female).',
      },
      PROVINCE,
      REGENCY,
      {
        name: 'jkn_segment',
        type: 'VARCHAR',
        nullable: false,
        values: ['PBI', 'PPU', 'PBPU', 'BP'],
        description: 'JKN segment: PBI state-paid, PPU wage earner, PBPU self-paying non-wage earner, BP non-worker.',
      },
      {
        name: 'care_class',
        type: 'INTEGER',
        nullable: false,
        min: 1,
        max: 3,
        description: 'JKN care class entitlement (1 highest, 3 lowest).',
      },
      date('jkn_registered_date', 'Date of JKN registration.'),
      date('bpjstk_registered_date', 'Date of first BPJamsostek registration; empty if never registered.', true),
      money(
        'jht_opening_balance',
        'JHT balance at the first month of the contribution ledger; empty if never registered with BPJamsostek',
        true,
      ),
      FAMILY_CARD,
      optional(
        {
          name: 'hubungan_keluarga',
          type: 'VARCHAR',
          values: ['KEPALA', 'PASANGAN', 'ANAK', 'FAMILI_LAIN'],
          description:
            'Relationship to the head of the household on the family card: KEPALA head, PASANGAN spouse, ANAK child, FAMILI_LAIN other relative (a parent or in-law of the head).',
        },
        "who in a household is a parent, so a newborn's claim cannot be checked against its household",
      ),
    ],
  },
  {
    name: 'membership_events',
    description:
      'JKN membership over time: registration, activation after the waiting period, segment changes and card status changes (deactivated for arrears, reactivated on payment). The status of a card on a day is that of its latest event on or before the day. Optional as a table: without it, claims are not checked against card status.',
    primaryKey: ['event_id'],
    columns: [
      { name: 'event_id', type: 'VARCHAR', nullable: false, description: 'Event identifier.' },
      CARD,
      date('event_date', 'Date the event takes effect.'),
      {
        name: 'event_type',
        type: 'VARCHAR',
        nullable: false,
        values: ['DAFTAR', 'AKTIVASI', 'PINDAH_SEGMEN', 'NONAKTIF_TUNGGAKAN', 'AKTIF_KEMBALI'],
        description: `DAFTAR registration; AKTIVASI activation (a self-paying member ${WAITING_PERIOD_DAYS} days after registration, on the first payment); PINDAH_SEGMEN segment change; NONAKTIF_TUNGGAKAN card deactivated for arrears (from the month after an unpaid month); AKTIF_KEMBALI reactivated when the arrears are paid.`,
      },
      {
        name: 'jkn_segment',
        type: 'VARCHAR',
        nullable: false,
        values: ['PBI', 'PPU', 'PBPU', 'BP'],
        description: 'Segment from this event on.',
      },
      {
        name: 'card_status',
        type: 'VARCHAR',
        nullable: false,
        values: ['AKTIF', 'NONAKTIF'],
        description: 'Card status from this event on: only an AKTIF card can be issued an SEP.',
      },
    ],
  },
  {
    name: 'employers',
    description: 'Employers registered with BPJamsostek.',
    primaryKey: ['employer_id'],
    columns: [
      EMPLOYER_ID,
      { name: 'sector_code', type: 'VARCHAR', nullable: false, reference: 'sector', description: 'Business sector (KBLI section code).' },
      {
        name: 'jkk_risk_group',
        type: 'INTEGER',
        nullable: false,
        min: 1,
        max: 5,
        description: 'Statutory JKK risk group I-V (1-5) of the business type (PP 44/2015 Lampiran I).',
      },
      PROVINCE,
      REGENCY,
      {
        name: 'size_band',
        type: 'VARCHAR',
        nullable: false,
        values: ['MIKRO', 'KECIL', 'MENENGAH', 'BESAR'],
        description: 'Size band by workforce: mikro <5, kecil 5-19, menengah 20-99, besar 100+.',
      },
      date('registered_date', 'Date the employer registered.'),
    ],
  },
  {
    name: 'facilities',
    description: 'Advanced referral health facilities (FKRTL) contracted by BPJS Kesehatan.',
    primaryKey: ['facility_id'],
    columns: [
      {
        name: 'facility_id',
        type: 'VARCHAR',
        nullable: false,
        pattern: '[0-9]{4}R[0-9]{3}',
        description: 'Facility code (kode PPK, 8 characters: regency code, R, serial).',
      },
      {
        name: 'facility_type',
        type: 'VARCHAR',
        nullable: false,
        values: ['RSU', 'RSK'],
        description: 'RSU general hospital, RSK specialty hospital.',
      },
      {
        name: 'hospital_class',
        type: 'VARCHAR',
        nullable: false,
        values: ['A', 'B', 'C', 'D'],
        description: 'Hospital class A (top referral) to D.',
      },
      PROVINCE,
      REGENCY,
      {
        name: 'ownership',
        type: 'VARCHAR',
        nullable: false,
        values: ['PEMERINTAH', 'TNI_POLRI', 'BUMN', 'SWASTA'],
        description: 'Ownership: government, military/police, state-owned enterprise, private.',
      },
      { name: 'tariff_region', type: 'INTEGER', nullable: false, min: 1, max: 5, description: 'INA-CBG regional tariff group (1-5).' },
      { name: 'latitude', type: 'DOUBLE', nullable: false, min: -11.5, max: 6.5, description: 'Latitude in degrees.' },
      { name: 'longitude', type: 'DOUBLE', nullable: false, min: 94.5, max: 141.5, description: 'Longitude in degrees.' },
    ],
  },
  {
    name: 'doctors',
    description:
      "Doctor registry: every doctor who may appear as DPJP on a claim, with the facilities holding the doctor's practice licences (SIP, at most three places).",
    primaryKey: ['doctor_id'],
    columns: [
      {
        name: 'doctor_id',
        type: 'VARCHAR',
        nullable: false,
        pattern: '[A-Z0-9]{4,16}',
        description: 'Pseudonymous national doctor id (derived from the KKI registration number by BPJS; no clear registration number).',
      },
      {
        name: 'specialty',
        type: 'VARCHAR',
        nullable: false,
        values: SPECIALTIES,
        description:
          'Specialty: UMUM general practitioner, SP_* specialist (Sp.PD internal medicine, Sp.B surgery, Sp.OG obstetrics, Sp.A paediatrics, Sp.JP cardiology, Sp.N neurology, Sp.M ophthalmology, Sp.OT orthopaedics, Sp.P pulmonology, Sp.THT ENT, Sp.KK dermatology, Sp.U urology, Sp.An anaesthesiology, Sp.Rad radiology, Sp.KFR rehabilitation).',
      },
      {
        name: 'licensed_facilities',
        type: 'VARCHAR',
        nullable: false,
        list: true,
        pattern: `${FACILITY_CODE_PATTERN}(#${FACILITY_CODE_PATTERN})*`,
        description: `Facilities (kode PPK) where the doctor holds a practice licence, separated by #; at most ${MAX_DOCTOR_LICENCES}.`,
      },
    ],
  },
  {
    name: 'employment_spells',
    description: 'BPJamsostek membership spells: wage earner (PU) with an employer, or non-wage earner (BPU) self-declared.',
    primaryKey: ['spell_id'],
    columns: [
      { name: 'spell_id', type: 'VARCHAR', nullable: false, description: 'Spell identifier.' },
      NIK,
      { ...EMPLOYER_ID, nullable: true, description: 'Employer (NPP); empty for BPU spells.' },
      {
        name: 'worker_category',
        type: 'VARCHAR',
        nullable: false,
        values: ['PU', 'BPU'],
        description: 'PU wage earner (penerima upah), BPU non-wage earner (bukan penerima upah).',
      },
      date('start_date', 'First day of the spell.'),
      date('end_date', 'Last day of the spell; empty if ongoing.', true),
      money('reported_wage', 'Monthly wage (PU) or declared income (BPU) reported for contributions'),
    ],
  },
  {
    name: 'contributions',
    description: 'Monthly contribution (iuran) ledger: one row per member, agency and month, with the amount due per programme.',
    primaryKey: ['contribution_id'],
    columns: [
      { name: 'contribution_id', type: 'VARCHAR', nullable: false, description: 'Ledger row identifier.' },
      NIK,
      {
        name: 'agency',
        type: 'VARCHAR',
        nullable: false,
        values: ['KES', 'TK'],
        description: 'KES: BPJS Kesehatan (JKN); TK: BPJS Ketenagakerjaan (JHT, JKK, JKM, JP).',
      },
      { ...EMPLOYER_ID, nullable: true, description: 'Paying employer (NPP); empty when the member pays.' },
      date('period', 'Contribution month (first day of the month).'),
      date('due_date', 'Payment due date (the 10th of the month for JKN, 15th of the next month for BPJamsostek).'),
      date('paid_date', 'Date paid; empty if unpaid (arrears).', true),
      money('amount_due', 'Total due for the month, the sum of the programme amounts'),
      money('amount_paid', 'Amount paid for the month'),
      money('jkn_due', 'JKN health contribution due'),
      money('jht_due', 'JHT old-age savings due'),
      money('jkk_due', 'JKK work-accident contribution due'),
      money('jkm_due', 'JKM death benefit contribution due'),
      money('jp_due', 'JP pension contribution due'),
    ],
  },
  {
    name: 'claims',
    description: 'JKN hospital claims as submitted through e-Klaim and verified by BPJS Kesehatan.',
    primaryKey: ['nomor_sep'],
    columns: [
      {
        name: 'nomor_sep',
        type: 'VARCHAR',
        nullable: false,
        pattern: '[0-9]{4}R[0-9]{3}[0-9]{4}V[0-9]{6}',
        description: 'SEP (eligibility letter) number, 19 characters: facility code, MMYY, V, serial.',
      },
      CARD,
      { name: 'facility_id', type: 'VARCHAR', nullable: false, pattern: '[0-9]{4}R[0-9]{3}', description: 'Treating facility (kode PPK).' },
      date('tgl_sep', 'Date the SEP was issued.'),
      date('tgl_masuk', 'Admission date.'),
      date('tgl_pulang', 'Discharge date.'),
      date('tgl_pengajuan', 'Date the claim was submitted to BPJS Kesehatan.'),
      { name: 'jenis_rawat', type: 'INTEGER', nullable: false, values: ['1', '2'], description: 'Care type: 1 inpatient, 2 outpatient.' },
      { name: 'kelas_rawat', type: 'INTEGER', nullable: false, min: 1, max: 3, description: 'Care class billed (1-3).' },
      {
        name: 'discharge_status',
        type: 'INTEGER',
        nullable: false,
        values: ['1', '2', '3', '4', '5'],
        description: "Discharge: 1 home on doctor's approval, 2 referred, 3 own request, 4 died, 5 other.",
      },
      { name: 'icu_indikator', type: 'INTEGER', nullable: false, values: ['0', '1'], description: 'ICU stay indicator.' },
      { name: 'icu_los', type: 'INTEGER', nullable: false, min: 0, description: 'Days in ICU.' },
      { name: 'ventilator_hour', type: 'INTEGER', nullable: false, min: 0, description: 'Hours on a ventilator.' },
      { name: 'upgrade_class_ind', type: 'INTEGER', nullable: false, values: ['0', '1'], description: 'Room class upgrade indicator.' },
      {
        name: 'upgrade_class_class',
        type: 'VARCHAR',
        nullable: true,
        values: ['kelas_1', 'kelas_2', 'vip', 'vvip'],
        description: 'Upgraded room class, if any.',
      },
      { name: 'upgrade_class_los', type: 'INTEGER', nullable: false, min: 0, description: 'Days in the upgraded class.' },
      {
        name: 'upgrade_class_payor',
        type: 'VARCHAR',
        nullable: true,
        values: ['peserta', 'pemberi_kerja', 'asuransi_tambahan'],
        description: 'Who pays the upgrade difference.',
      },
      {
        name: 'diagnosa',
        type: 'VARCHAR',
        nullable: false,
        reference: 'icd10',
        list: true,
        description: 'ICD-10 diagnoses separated by #; the first is primary.',
      },
      {
        name: 'procedure',
        type: 'VARCHAR',
        nullable: true,
        reference: 'icd9cm',
        list: true,
        description: 'ICD-9-CM procedures separated by #.',
      },
      { name: 'coder_id', type: 'VARCHAR', nullable: false, description: 'Coder identifier (pseudonymous staff id).' },
      {
        name: 'kode_dpjp',
        type: 'VARCHAR',
        nullable: false,
        description:
          'Attending doctor (DPJP): doctor_id of the doctors table (pseudonymous). A DPJP not licensed at the facility is a fraud signal, not a validation failure.',
      },
      ...TARIFF_COMPONENTS.map(([name, what]) => money(name, `Hospital tariff component: ${what}`)),
      {
        name: 'kode_inacbg',
        type: 'VARCHAR',
        nullable: false,
        reference: 'inacbg',
        description: 'INA-CBG group from the grouper, e.g. K-4-17-I (CMG, case type, group, severity).',
      },
      money('tarif_inacbg', 'INA-CBG tariff for the group, care class, hospital class, region and ownership'),
      {
        name: 'special_cmg',
        type: 'VARCHAR',
        nullable: true,
        list: true,
        description: 'Special CMG top-up codes separated by # (SP procedure, RR prosthesis, SI investigation, SD drug, SA sub-acute).',
      },
      money('tarif_special_cmg', 'Special CMG top-up tariff'),
      money('billed_cost', 'Hospital tariff billed: the sum of the 18 components'),
      money('verified_cost', 'Amount approved after verification (INA-CBG plus top-ups); empty while pending', true),
      optional(
        {
          name: 'no_rujukan',
          type: 'VARCHAR',
          pattern: `${FACILITY_CODE_PATTERN}[0-9]{4}[A-Z][0-9]{6}`,
          description:
            'Referral (rujukan) number on the SEP: referring facility code, MMYY, a letter, serial; empty for an emergency admission (no referral needed).',
        },
        'referral patterns: a transfer between hospitals looks like two unrelated claims, and referral loops cannot be followed',
      ),
      optional(
        {
          name: 'ppk_rujukan',
          type: 'VARCHAR',
          pattern: FACILITY_CODE_PATTERN,
          description: 'Referring facility (kode PPK): a primary-care facility (P puskesmas, K klinik) or a hospital (R) for a transfer.',
        },
        'who referred the patient',
      ),
      optional(
        { name: 'tgl_rujukan', type: 'DATE', description: 'Date of the referral letter (valid 90 days).' },
        'the referral date, so referrals issued after admission or long expired cannot be seen',
      ),
      optional(
        {
          name: 'asal_rujukan',
          type: 'INTEGER',
          values: ['1', '2'],
          description: 'Origin of the referral on the SEP: 1 primary care (FKTP), 2 hospital (FKRTL, a transfer or internal referral).',
        },
        'whether a referral came from primary care or from another hospital',
      ),
      optional(
        {
          name: 'jenis_pelayanan',
          type: 'VARCHAR',
          values: ['RAWAT_INAP', 'RAWAT_JALAN', 'IGD'],
          description: 'Service type on the SEP: inpatient, outpatient clinic, emergency department (IGD, admitted without a referral).',
        },
        'emergency care told apart from referred care',
      ),
      optional(
        {
          name: 'waktu_masuk',
          type: 'TIMESTAMP',
          description: 'Admission (or arrival) date and time, YYYY-MM-DD HH:MM:SS; its date is tgl_masuk.',
        },
        'hours of the stay: ventilator and ICU time can only be bounded by calendar days',
      ),
      optional(
        { name: 'waktu_pulang', type: 'TIMESTAMP', description: 'Discharge date and time, YYYY-MM-DD HH:MM:SS; its date is tgl_pulang.' },
        'hours of the stay (see waktu_masuk)',
      ),
      optional(
        {
          name: 'waktu_operasi',
          type: 'TIMESTAMP',
          description:
            'Start of the operation, YYYY-MM-DD HH:MM:SS, when a surgical procedure is billed (tarif_prosedur_bedah above zero); within the stay.',
        },
        'whether and when a billed operation took place',
      ),
      optional(
        {
          name: 'lateralitas',
          type: 'VARCHAR',
          list: true,
          pattern: `[${LATERALITY_CODES.join('')}](#[${LATERALITY_CODES.join('')}])*`,
          description:
            'Side of each procedure, in the order of procedure, separated by #: N not applicable, R right, L left, B bilateral. Sided procedures (eye, hernia, limb, joint, breast) must not be N; others must be N.',
        },
        'the side of a procedure: a second cataract or hip operation cannot be told from a repeat of the first',
      ),
    ],
  },
  {
    name: 'fktp_facilities',
    description:
      'Primary-care facilities (FKTP: puskesmas, klinik pratama) contracted by BPJS Kesehatan; every member is registered with one. Optional as a table: without it, FKTP codes on referrals are not known facilities and capitation cannot be read per facility.',
    optional: 'primary-care facilities: referring FKTPs and capitation cannot be put on the map or compared by kind',
    primaryKey: ['facility_id'],
    columns: [
      {
        name: 'facility_id',
        type: 'VARCHAR',
        nullable: false,
        pattern: FKTP_CODE_PATTERN,
        description: 'Facility code (kode PPK, 8 characters: regency code, P puskesmas or K klinik pratama, serial).',
      },
      {
        name: 'facility_type',
        type: 'VARCHAR',
        nullable: false,
        values: ['PUSKESMAS', 'KLINIK_PRATAMA'],
        description: 'PUSKESMAS community health centre (government), KLINIK_PRATAMA primary clinic.',
      },
      PROVINCE,
      REGENCY,
    ],
  },
  {
    name: 'fktp_visits',
    description:
      "Primary-care (P-Care) visits at an FKTP, with the referral written when the member is sent to a hospital (rujukan keluar). Optional as a table: without it, hospital claims' FKTP referrals cannot be traced to the visit that wrote them.",
    optional: 'primary-care visits: referral ratios per FKTP and referrals with no visit behind them cannot be seen',
    primaryKey: ['visit_id'],
    columns: [
      { name: 'visit_id', type: 'VARCHAR', nullable: false, description: 'P-Care visit identifier.' },
      CARD,
      { name: 'facility_id', type: 'VARCHAR', nullable: false, pattern: FKTP_CODE_PATTERN, description: 'FKTP visited (kode PPK).' },
      date('tgl_kunjungan', 'Date of the visit.'),
      {
        name: 'jenis_kunjungan',
        type: 'VARCHAR',
        nullable: false,
        values: ['SAKIT', 'SEHAT'],
        description: 'SAKIT sick visit (diagnosed and treated), SEHAT healthy visit (screening, immunisation, antenatal care).',
      },
      {
        name: 'diagnosa',
        type: 'VARCHAR',
        nullable: true,
        reference: 'icd10',
        list: true,
        description: 'ICD-10 diagnoses of a sick visit, separated by #; empty for a healthy visit.',
      },
      {
        name: 'no_rujukan',
        type: 'VARCHAR',
        nullable: true,
        pattern: `${FKTP_CODE_PATTERN}[0-9]{4}B[0-9]{6}`,
        description:
          "Referral written at this visit (the no_rujukan a hospital claim's SEP then carries): FKTP code, MMYY, B, serial; empty if the member was not referred.",
      },
      {
        name: 'ppk_tujuan',
        type: 'VARCHAR',
        nullable: true,
        pattern: '[0-9]{4}R[0-9]{3}',
        description: 'Hospital referred to (kode PPK); given exactly when no_rujukan is.',
      },
    ],
  },
  {
    name: 'capitation',
    description:
      'Monthly capitation paid to each FKTP: members registered with it times the rate per member per month. Optional as a table: without it, primary-care spending is unknown.',
    optional: 'capitation: what primary care costs per member cannot be set beside hospital claims',
    primaryKey: ['facility_id', 'period'],
    columns: [
      { name: 'facility_id', type: 'VARCHAR', nullable: false, pattern: FKTP_CODE_PATTERN, description: 'FKTP paid (kode PPK).' },
      date('period', 'Capitation month (first day of the month).'),
      {
        name: 'registered_members',
        type: 'INTEGER',
        nullable: false,
        min: 0,
        description: 'Members registered with the FKTP in the month (alive, registered by the first of the month).',
      },
      money(
        'capitation_rate',
        `Capitation per registered member per month; within ${CAPITATION_RATE_BOUNDS.P.join('-')} for a puskesmas, ${CAPITATION_RATE_BOUNDS.K.join('-')} for a klinik pratama (Permenkes 52/2016, 3/2023)`,
      ),
      money('capitation_amount', 'Capitation paid for the month: registered_members x capitation_rate'),
    ],
  },
  {
    name: 'prb_claims',
    description:
      "Chronic-programme (PRB, Program Rujuk Balik) pharmacy claims: a stable chronic patient referred back to primary care collects a month's medication at a PRB pharmacy. Optional as a table: without it, chronic medication outside hospital claims is unknown.",
    optional: "chronic-programme medication: refills too early or on a dead member's card cannot be seen",
    primaryKey: ['prb_claim_id'],
    columns: [
      { name: 'prb_claim_id', type: 'VARCHAR', nullable: false, description: 'PRB claim identifier.' },
      CARD,
      {
        name: 'fktp_id',
        type: 'VARCHAR',
        nullable: false,
        pattern: FKTP_CODE_PATTERN,
        description: 'FKTP the member is referred back to, which prescribes the refill (kode PPK).',
      },
      {
        name: 'apotek_id',
        type: 'VARCHAR',
        nullable: false,
        pattern: '[0-9]{4}A[0-9]{3}',
        description: 'PRB pharmacy that dispensed (regency code, A, serial).',
      },
      date('tgl_resep', 'Date the medication was dispensed.'),
      {
        name: 'diagnosa',
        type: 'VARCHAR',
        nullable: false,
        reference: 'icd10',
        description:
          'The chronic condition of the programme (diabetes, hypertension, heart disease, asthma, COPD, epilepsy, schizophrenia, stroke), ICD-10.',
      },
      {
        name: 'hari_obat',
        type: 'INTEGER',
        nullable: false,
        min: 1,
        max: PRB_MAX_DAYS_SUPPLY,
        description: `Days of medication dispensed (at most ${PRB_MAX_DAYS_SUPPLY}).`,
      },
      money('biaya_obat', 'Medication cost claimed'),
    ],
  },
  {
    name: 'kkpak_cases',
    description: 'Work accident (KK) and occupational disease (PAK) cases reported through e-PLKK and paid by JKK.',
    primaryKey: ['case_id'],
    columns: [
      { name: 'case_id', type: 'VARCHAR', nullable: false, description: 'e-PLKK case identifier.' },
      NIK,
      { ...EMPLOYER_ID, nullable: true, description: 'Employer (NPP); empty for a non-wage earner (BPU) case.' },
      date('accident_date', 'Date of the accident or diagnosis of the occupational disease.'),
      date('reported_date', 'Date the employer reported the case.'),
      {
        name: 'case_type',
        type: 'VARCHAR',
        nullable: false,
        values: ['KK', 'PAK'],
        description: 'KK work accident, PAK occupational disease.',
      },
      {
        name: 'location',
        type: 'VARCHAR',
        nullable: false,
        values: ['TEMPAT_KERJA', 'PERJALANAN', 'LUAR_TEMPAT_KERJA'],
        description: 'Where: at the workplace, commuting, elsewhere on duty.',
      },
      {
        name: 'outcome',
        type: 'VARCHAR',
        nullable: false,
        values: ['SEMBUH', 'CACAT_SEBAGIAN', 'CACAT_TOTAL', 'MENINGGAL'],
        description: 'Outcome: recovered, partial disability, total permanent disability, death.',
      },
      { name: 'days_off', type: 'INTEGER', nullable: false, min: 0, description: 'Days of temporary inability to work (STMB).' },
      {
        name: 'nomor_sep',
        type: 'VARCHAR',
        nullable: true,
        description: 'SEP issued for the treatment under e-PLKK, if treated at a partner hospital.',
      },
      money('jkk_benefit_paid', 'JKK benefit paid (care, wage replacement, lump sums)'),
    ],
  },
  {
    name: 'deaths',
    description: 'Recorded deaths, from civil registration or benefit claims.',
    primaryKey: ['nik'],
    columns: [
      NIK,
      date('death_date', 'Date of death.'),
      {
        name: 'source',
        type: 'VARCHAR',
        nullable: false,
        values: ['DUKCAPIL', 'JKM', 'JKN'],
        description: 'Source: civil registry, JKM death claim, JKN discharge status.',
      },
    ],
  },
  {
    name: 'audit_outcomes',
    description: 'Outcomes of past claim audits: the only fraud labels a model may learn from.',
    primaryKey: ['audit_id'],
    columns: [
      { name: 'audit_id', type: 'VARCHAR', nullable: false, description: 'Audit case identifier.' },
      { name: 'nomor_sep', type: 'VARCHAR', nullable: false, description: 'Audited claim (SEP).' },
      date('audit_date', 'Date the audit concluded.'),
      {
        name: 'outcome',
        type: 'VARCHAR',
        nullable: false,
        values: ['CONFIRMED', 'NOT_FRAUD', 'INCONCLUSIVE'],
        description: 'Audit finding.',
      },
      {
        name: 'fraud_type',
        type: 'VARCHAR',
        nullable: true,
        reference: 'fraud_type',
        description: 'Fraud type found (JKN taxonomy code), when confirmed.',
      },
      money('amount_recovered', 'Amount recovered from the provider'),
    ],
  },
] satisfies TableDef[]);

export function tableDef(name: TableName): TableDef {
  const def = TABLES.find((t) => t.name === name);
  if (!def) throw new Error(`unknown table "${name}"`);
  return def;
}
