// BPJamsostek employment: employers, membership spells and the monthly contribution ledger.
import type { TableDef } from '../types.js';
import { EMPLOYER_ID, NIK, PROVINCE, REGENCY, date, money } from './columns.js';

export const EMPLOYERS_TABLE: TableDef = {
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
};

export const EMPLOYMENT_SPELLS_TABLE: TableDef = {
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
};

export const CONTRIBUTIONS_TABLE: TableDef = {
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
};
