// Primary care (FKTP): facilities, P-Care visits, capitation and chronic-programme (PRB) pharmacy claims.
import type { TableDef } from '../types.js';
import { CARD, PROVINCE, REGENCY, date, money } from './columns.js';

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

export const FKTP_FACILITIES_TABLE: TableDef = {
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
};

export const FKTP_VISITS_TABLE: TableDef = {
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
};

export const CAPITATION_TABLE: TableDef = {
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
};

export const PRB_CLAIMS_TABLE: TableDef = {
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
};
