// Advanced referral hospitals (FKRTL) and the doctors who may bill at them.
import { SPECIALTIES } from '../../reference/clinical.js';
import type { TableDef } from '../types.js';
import { FACILITY_CODE_PATTERN, PROVINCE, REGENCY } from './columns.js';

/** Most places a doctor may hold a practice licence (SIP) at (Permenkes 2052/2011 Art. 4). */
export const MAX_DOCTOR_LICENCES = 3;

export const FACILITIES_TABLE: TableDef = {
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
};

export const DOCTORS_TABLE: TableDef = {
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
};
