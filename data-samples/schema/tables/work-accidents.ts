// Work accidents (KK) and occupational diseases (PAK) reported through e-PLKK.
import type { TableDef } from '../types.js';
import { EMPLOYER_ID, NIK, date, money } from './columns.js';

export const KKPAK_CASES_TABLE: TableDef = {
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
};
