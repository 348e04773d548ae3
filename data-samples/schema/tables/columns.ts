// Columns and column builders several source tables share: the person, card and place keys,
// rupiah amounts, dates, and columns older extracts lack.
import type { ColumnDef } from '../types.js';

export const NIK: ColumnDef = {
  name: 'nik',
  type: 'VARCHAR',
  nullable: false,
  personal: 'nik',
  pseudonymAs: 'member_key',
  description:
    'National ID (16 digits: province, regency, district, DDMMYY with 40 added to DD for women, serial). Replaced by member_key at ingestion.',
};
export const CARD: ColumnDef = {
  name: 'nomor_kartu',
  type: 'VARCHAR',
  nullable: false,
  personal: 'card',
  pseudonymAs: 'card_key',
  description: 'JKN card number (13 digits). Replaced by card_key at ingestion.',
};
export const PROVINCE: ColumnDef = {
  name: 'province_code',
  type: 'VARCHAR',
  nullable: false,
  reference: 'province',
  description: 'BPS province code (2 digits).',
};
export const REGENCY: ColumnDef = {
  name: 'regency_code',
  type: 'VARCHAR',
  nullable: false,
  pattern: '[0-9]{4}',
  description: 'BPS regency/city code (4 digits, starting with the province code).',
};
export const EMPLOYER_ID: ColumnDef = {
  name: 'employer_id',
  type: 'VARCHAR',
  nullable: false,
  pattern: '[0-9]{8}',
  description: 'Employer registration number (NPP, 8 digits).',
};
export const money = (name: string, description: string, nullable = false): ColumnDef => ({
  name,
  type: 'BIGINT',
  nullable,
  min: 0,
  description: `${description} (rupiah).`,
});
export const date = (name: string, description: string, nullable = false): ColumnDef => ({
  name,
  type: 'DATE',
  nullable,
  description,
});
/** A column older extracts lack: nullable, and absent from a file it loads as empty. */
export const optional = (column: Omit<ColumnDef, 'nullable' | 'optional'>, lost: string): ColumnDef => ({
  ...column,
  nullable: true,
  optional: lost,
});

/** Facility code (kode PPK): regency code, a letter for the kind (R hospital, P puskesmas, K klinik pratama), serial. */
export const FACILITY_CODE_PATTERN = '[0-9]{4}[RPK][0-9]{3}';
