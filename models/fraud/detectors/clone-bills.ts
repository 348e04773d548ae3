// How CLONING compares two bills (DOMAIN.md: near-identical tariff vectors across patients): as
// amounts (the 18 tariff components within a distance), as shares of the bill (a copy rescaled,
// by the care-class tariff ratio or any factor, keeps every component's share of its bill), and
// line by line on what follows the patient (drugs, tests, consumables), which two patients do not
// share by chance. Pure SQL fragments over claim aliases of fraud_claim_base.
import { CARE_CLASS_TARIFF_FACTOR } from '../../../data-samples/reference/index.js';
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';

/**
 * The bill lines that follow the patient, not the facility's fee schedule: what was given and
 * tested (drugs, chronic and chemotherapy drugs, consumables, devices, laboratory, radiology,
 * support services, blood). Room, nursing, consultation and procedure fees are priced per day or
 * per act and may honestly be equal to the rupiah; two patients' doses and tests are not.
 */
export const PATIENT_LINES = [
  'tarif_obat',
  'tarif_obat_kronis',
  'tarif_obat_kemoterapi',
  'tarif_bmhp',
  'tarif_alkes',
  'tarif_laboratorium',
  'tarif_radiologi',
  'tarif_penunjang',
  'tarif_pelayanan_darah',
] as const;

/** SQL: the patient lines of claim `alias`, in PATIENT_LINES order. */
export const patientLinesSql = (alias: string): string => `[${PATIENT_LINES.map((c) => `${alias}.${c}`).join(', ')}]::BIGINT[]`;

/** SQL: sum of absolute differences of the 18 tariff components of claims a and b (rupiah). */
export const componentDistanceSql = (a: string, b: string): string =>
  `(${TARIFF_COMPONENTS.map(([c]) => `abs(${a}.${c} - ${b}.${c})`).join(' + ')})`;

/**
 * SQL: sum of absolute differences of the 18 components as shares of each claim's bill: 0 for the
 * same bill in proportion (however rescaled), 2 for bills with no component in common.
 */
export const shareDistanceSql = (a: string, b: string): string =>
  `(${TARIFF_COMPONENTS.map(([c]) => `abs(${a}.${c} / greatest(${a}.billed_cost, 1) - ${b}.${c} / greatest(${b}.billed_cost, 1))`).join(' + ')})`;

/** SQL: patient lines billed on either claim (lists of patientLinesSql). */
export const linesBilledSql = (a: string, b: string): string => `len(list_filter(list_zip(${a}, ${b}), z -> z[1] > 0 OR z[2] > 0))`;

/**
 * SQL: patient lines billed on both claims and within `tolerance` of each other once the second's
 * is multiplied by `ratio` (1: as amounts; the bills' ratio: in proportion).
 */
export const linesCopiedSql = (a: string, b: string, tolerance: number, ratio = '1'): string =>
  `len(list_filter(list_zip(${a}, ${b}), z -> z[1] > 0 AND z[2] > 0 AND abs(z[1] - ${ratio} * z[2]) <= ${tolerance} * greatest(z[1], ${ratio} * z[2])))`;

/**
 * SQL: the care-class tariff factor of claim `alias` (data-samples/reference, PMK 3/2023: class 2
 * is paid 1.2 and class 1 1.4 times class 3). A facility prices its packages per class in the same
 * steps, so a bill divided by it is the package's class-3 price.
 */
export const careClassFactorSql = (alias: string): string =>
  `CASE ${Object.entries(CARE_CLASS_TARIFF_FACTOR)
    .map(([k, f]) => `WHEN ${alias}.kelas_rawat = ${k} THEN ${f}`)
    .join(' ')} ELSE 1 END`;
