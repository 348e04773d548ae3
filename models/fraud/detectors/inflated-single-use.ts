// Single-use devices a coded condition requires (INFLATED_BILL, drug_device_outlier). Most
// Indonesian dialysis units reprocess a patient's dialyser for several sessions, so the peers of a
// haemodialysis session (the same CBG and procedure) bill a reprocessed dialyser's share of the
// consumables and devices. A patient with hepatitis B or HIV may not join a reuse programme: each
// session takes a new dialyser and bloodline set, two to two and a half times the consumables and
// devices of a reused session (red team RT-NM-DIALYSER-108), with the infection coded on the claim.
// Such a session's ordinary line (drugs, devices, consumables) is judged against its peers' times
// the single-use allowance below: honest single use passes, a single-use kit billed for a patient
// with no such infection (RT-INFLATED-101: reused dialysers billed new) is judged as before, and a
// single-use session inflated beyond the kit itself still stands out.
import { literal } from '../../../data-samples/sql/index.js';

/** A procedure whose devices must be single use for patients with a coded condition, with the guidance. */
export interface SingleUseIndication {
  /** ICD-9-CM procedure the devices belong to. */
  readonly procedure: string;
  /** ICD-10 codes (any diagnosis of the claim) that forbid reprocessing the devices. */
  readonly icd10: RegExp;
  /** How many times the peers' share of drugs, devices and consumables the single-use kit may take. */
  readonly allowance: number;
  readonly source: string;
}

export const SINGLE_USE_INDICATIONS: readonly SingleUseIndication[] = [
  {
    procedure: '39.95',
    // hepatitis B (acute B16, chronic B18.0-B18.1) and HIV disease or infection (B20-B24, Z21); hepatitis C is left
    // out: CDC and KDIGO (Hepatitis C in CKD, 2018/2022) allow reuse for patients with HCV under standard precautions
    icd10: /^(B16|B18\.[01]|B2[0-4]|Z21)/,
    allowance: 2.5,
    source:
      'KDIGO Clinical Practice Guideline for Hepatitis C in CKD (2018) and the CDC Recommendations for preventing transmission of infections among chronic hemodialysis patients (MMWR 2001; 50 RR-5): HBsAg-positive patients are dialysed on a dedicated machine and do not take part in dialyser reuse; PERNEFRI guidance on dialyser reuse (as issue 11 cites it) likewise keeps patients with hepatitis B and HIV out of reuse. Allowance (assumption): a new dialyser and bloodline set every session against one reprocessed over six to eight sessions brings consumables and devices to about two to two and a half times a reused session (red team RT-NM-DIALYSER-108), and the drug line is unchanged, so the whole ordinary line rises by less than that factor.',
  },
];

/**
 * SQL: the factor claim `b`'s peers' share of drugs, devices and consumables is multiplied by before it is compared:
 * the allowance of the first single-use indication whose procedure the claim carries and whose condition it codes, else 1.
 */
export function singleUseAllowanceSql(b: string): string {
  const arms = SINGLE_USE_INDICATIONS.map(
    (s) =>
      `WHEN list_contains(${b}.px_list, ${literal(s.procedure)}) AND len(list_filter(${b}.dx_list, d -> regexp_matches(d, ${literal(s.icd10.source)}))) > 0 THEN ${s.allowance}`,
  );
  return `(CASE ${arms.join(' ')} ELSE 1 END)`;
}
