// Clinical reference data of the claim contract beyond the code lists: which ICD-9-CM
// procedures carry a side (laterality), and the doctors' specialties of the registry.

/**
 * ICD-9-CM procedures done on one side of a paired organ or limb, for which e-Klaim asks
 * the side (right, left or both): eye, inguinal hernia, limb fractures and joint
 * replacements, finger amputation, breast. Every other procedure has laterality `N`.
 */
export const LATERAL_PROCEDURES: readonly string[] = Object.freeze([
  '13.41',
  '13.71',
  '53.00',
  '78.62',
  '79.32',
  '79.35',
  '79.36',
  '81.51',
  '81.54',
  '84.01',
]);

/** Laterality codes of a procedure: N not applicable, R right, L left, B bilateral. */
export const LATERALITY_CODES = Object.freeze(['N', 'R', 'L', 'B'] as const);

/**
 * Specialties of the doctor registry (KKI registration; Indonesian title abbreviations):
 * general practitioner and the specialists a DPJP of the INA-CBG groups needs.
 */
export const SPECIALTIES = Object.freeze([
  'UMUM',
  'SP_PD',
  'SP_B',
  'SP_OG',
  'SP_A',
  'SP_JP',
  'SP_N',
  'SP_M',
  'SP_OT',
  'SP_P',
  'SP_THT',
  'SP_KK',
  'SP_U',
  'SP_AN',
  'SP_RAD',
  'SP_KFR',
] as const);
