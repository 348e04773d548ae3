// The organ system of a stay's condition for READMISSION's "the same condition under another primary
// diagnosis" (readmission.ts). The INA-CBG case-mix group letter (CMG) names the organ system for most
// diagnoses, but an infection of one organ is grouped under the infection CMG (A): pulmonary
// tuberculosis (A15-A16) is a lung disease grouped with septicaemia, and its return as pneumonia
// with the tuberculosis coded second (RT-READMIT-141) stays in the lungs. ICD-10's own blocks of
// chapter I name the organ of these infections; the grouper's letter for the same organ follows.
import { literal } from '../../../data-samples/sql/index.js';

/** One ICD-10 block of infections and the CMG letter of the organ system it names. */
export interface InfectionOrgan {
  /** ICD-10 pattern (a regular expression on the code). */
  readonly pattern: string;
  readonly cmg: string;
  readonly block: string;
}

/**
 * Infections of chapter I whose ICD-10 block names one organ system, with the CMG letter of that
 * system in data-samples/reference/inacbg.ts (WHO ICD-10 2019, chapter I block titles).
 */
export const INFECTION_ORGAN_CMG: readonly InfectionOrgan[] = Object.freeze([
  { pattern: '^A0[0-9]', cmg: 'K', block: 'A00-A09 intestinal infectious diseases: digestive system' },
  { pattern: '^A1[56]', cmg: 'J', block: 'A15-A16 respiratory tuberculosis: respiratory system' },
  { pattern: '^A17', cmg: 'G', block: 'A17 tuberculosis of nervous system' },
  { pattern: '^A8[0-9]', cmg: 'G', block: 'A80-A89 viral infections of the central nervous system' },
  { pattern: '^B1[5-9]', cmg: 'B', block: 'B15-B19 viral hepatitis: hepatobiliary system' },
]);

/** SQL: the organ system (a CMG letter) of claim `x`'s primary diagnosis: the infection's organ where its block names one, else the claim's CMG. */
export function conditionOrganSql(x: string): string {
  const cases = INFECTION_ORGAN_CMG.map(
    ({ pattern, cmg }) => `WHEN regexp_matches(${x}.dx_primary, ${literal(pattern)}) THEN ${literal(cmg)}`,
  );
  return `(CASE ${cases.join(' ')} ELSE split_part(${x}.kode_inacbg, '-', 1) END)`;
}

/** SQL: claims `a` and `b` treat conditions of one organ system: the same CMG letter, or the same organ by conditionOrganSql. */
export function sameOrganSystemSql(a: string, b: string): string {
  return `(split_part(${a}.kode_inacbg, '-', 1) = split_part(${b}.kode_inacbg, '-', 1) OR ${conditionOrganSql(a)} = ${conditionOrganSql(b)})`;
}
