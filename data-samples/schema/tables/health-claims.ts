// JKN hospital claims as e-Klaim sends them, and the outcomes of past claim audits.
import { LATERALITY_CODES } from '../../reference/clinical.js';
import type { TableDef } from '../types.js';
import { CARD, FACILITY_CODE_PATTERN, date, money, optional } from './columns.js';

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

export const CLAIMS_TABLE: TableDef = {
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
};

export const AUDIT_OUTCOMES_TABLE: TableDef = {
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
};
