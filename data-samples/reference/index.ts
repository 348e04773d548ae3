// Frozen reference data of telisik's source extracts: provinces, sectors, code sets, the fraud
// taxonomy and statutory rates. Ingestion validates codes against `referenceCodes`.
import type { ReferenceListName } from '../schema/types.js';
import { FRAUD_TYPES } from './fraud-types.js';
import { ICD10 } from './icd10.js';
import { ICD9CM } from './icd9cm.js';
import { INACBG } from './inacbg.js';
import { PROVINCES } from './provinces.js';
import { SECTORS } from './sectors.js';
import { HOLIDAYS } from './holidays.js';

export { PROVINCES, REGENCIES_PER_PROVINCE } from './provinces.js';
export type { Province } from './provinces.js';
export { SECTORS } from './sectors.js';
export type { Sector, JkkRiskGroup } from './sectors.js';
export { ICD10, icd10Chapter } from './icd10.js';
export type { Icd10Code } from './icd10.js';
export { ICD10_AGE_RULES } from './icd10-age.js';
export { ICD9CM } from './icd9cm.js';
export type { Icd9cmCode } from './icd9cm.js';
export {
  INACBG,
  SPECIAL_CMG,
  CASE_TYPES,
  SEVERITY_TARIFF_FACTOR,
  SEVERITY_LOS_FACTOR,
  CARE_CLASS_TARIFF_FACTOR,
  HOSPITAL_CLASS_TARIFF_FACTOR,
  REGION_TARIFF_FACTOR,
  PRIVATE_TARIFF_FACTOR,
} from './inacbg.js';
export type { InacbgGroup, CbgSeverity, CaseType, SpecialCmg, SpecialCmgKind } from './inacbg.js';
export { FRAUD_TYPES } from './fraud-types.js';
export { HOLIDAYS } from './holidays.js';
export type { Holiday, HolidayKind } from './holidays.js';
export { LATERAL_PROCEDURES, LATERALITY_CODES, SPECIALTIES } from './clinical.js';
export type { FraudType, FraudTypeCode } from './fraud-types.js';
export { JKK_RATES, JKK_RISK_GROUP_NAMES, CONTRIBUTION_RATES } from './rates.js';
export type { JkkRateTable } from './rates.js';

const CODE_LISTS: Readonly<Record<ReferenceListName, readonly string[]>> = Object.freeze({
  icd10: Object.freeze(ICD10.map((c) => c.code)),
  icd9cm: Object.freeze(ICD9CM.map((c) => c.code)),
  inacbg: Object.freeze(INACBG.map((c) => c.code)),
  province: Object.freeze(PROVINCES.map((p) => p.code)),
  sector: Object.freeze(SECTORS.map((s) => s.code)),
  fraud_type: Object.freeze(FRAUD_TYPES.map((t) => t.code)),
  holiday: Object.freeze(HOLIDAYS.map((d) => d.date)),
});

/** The valid codes of a reference list, as the text a source file carries. */
export function referenceCodes(list: ReferenceListName): readonly string[] {
  return CODE_LISTS[list];
}
