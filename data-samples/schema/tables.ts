// Source tables of a telisik extract. Column names of `claims` follow e-Klaim's web
// service (DOMAIN.md section 2); the others are BPJS Ketenagakerjaan / e-PLKK concepts
// in English snake_case. Dates are ISO `YYYY-MM-DD`; money is whole rupiah.
// The definitions live in tables/ by area; this module keeps them in one list, in extract order.
import type { TableDef, TableName } from './types.js';
import { FACILITY_CODE_PATTERN } from './tables/columns.js';
import { CONTRIBUTIONS_TABLE, EMPLOYERS_TABLE, EMPLOYMENT_SPELLS_TABLE } from './tables/employment.js';
import { AUDIT_OUTCOMES_TABLE, CLAIMS_TABLE, TARIFF_COMPONENTS, type TariffComponent } from './tables/health-claims.js';
import { DOCTORS_TABLE, FACILITIES_TABLE, MAX_DOCTOR_LICENCES } from './tables/hospitals.js';
import {
  DEATHS_TABLE,
  MEMBERSHIP_EVENTS_TABLE,
  MEMBERS_TABLE,
  NEWBORN_REGISTRATION_DAYS,
  WAITING_PERIOD_DAYS,
} from './tables/membership.js';
import {
  CAPITATION_RATE_BOUNDS,
  CAPITATION_TABLE,
  FKTP_FACILITIES_TABLE,
  FKTP_VISITS_TABLE,
  PRB_CLAIMS_TABLE,
  PRB_MAX_DAYS_SUPPLY,
} from './tables/primary-care.js';
import { KKPAK_CASES_TABLE } from './tables/work-accidents.js';

export {
  CAPITATION_RATE_BOUNDS,
  FACILITY_CODE_PATTERN,
  MAX_DOCTOR_LICENCES,
  NEWBORN_REGISTRATION_DAYS,
  PRB_MAX_DAYS_SUPPLY,
  TARIFF_COMPONENTS,
  WAITING_PERIOD_DAYS,
  type TariffComponent,
};

export const TABLES: readonly TableDef[] = Object.freeze([
  MEMBERS_TABLE,
  MEMBERSHIP_EVENTS_TABLE,
  EMPLOYERS_TABLE,
  FACILITIES_TABLE,
  DOCTORS_TABLE,
  EMPLOYMENT_SPELLS_TABLE,
  CONTRIBUTIONS_TABLE,
  CLAIMS_TABLE,
  FKTP_FACILITIES_TABLE,
  FKTP_VISITS_TABLE,
  CAPITATION_TABLE,
  PRB_CLAIMS_TABLE,
  KKPAK_CASES_TABLE,
  DEATHS_TABLE,
  AUDIT_OUTCOMES_TABLE,
]);

export function tableDef(name: TableName): TableDef {
  const def = TABLES.find((t) => t.name === name);
  if (!def) throw new Error(`unknown table "${name}"`);
  return def;
}
