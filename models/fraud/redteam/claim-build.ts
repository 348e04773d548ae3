// The steps that turn a scenario's ClaimSpec into a claims.csv row, given its SEP number: codes
// checked, dates, the bill (claim-row.ts), the SEP-era columns (claim-sep.ts), the row. One path for
// the claim a scenario asks for (context.ts) and for the background stay the harness re-dates
// afterwards (background-stays.ts), so a re-dated row differs from the written one in its dates only.
import { ICD10, ICD9CM } from '../../../data-samples/reference/index.js';
import type { InacbgGroup } from '../../../data-samples/reference/index.js';
import { CBG } from './bill-profile.js';
import { claimBill, claimRow } from './claim-row.js';
import { sepFields } from './claim-sep.js';
import { addDays } from './dates.js';
import { defaultLengthOfStay } from './discharge-spread.js';
import type { ClaimSpec, StayAroundSpec } from './types.js';

const ICD10_CODES = new Set(ICD10.map((c) => c.code));
const ICD9_CODES = new Set(ICD9CM.map((c) => c.code));

/** The claim's INA-CBG group, after checking every code against data-samples/reference. */
export function groupOf(scenario: string, s: ClaimSpec): InacbgGroup {
  const g = CBG.get(s.cbg);
  if (!g) throw new Error(`${scenario}: unknown INA-CBG ${s.cbg}`);
  for (const dx of s.dx) if (!ICD10_CODES.has(dx)) throw new Error(`${scenario}: ICD-10 ${dx} is not in data-samples/reference`);
  for (const px of s.px ?? []) if (!ICD9_CODES.has(px)) throw new Error(`${scenario}: ICD-9-CM ${px} is not in data-samples/reference`);
  if (s.laterality && s.laterality.length !== (s.px ?? []).length) throw new Error(`${scenario}: laterality needs one side per procedure`);
  return g;
}

/** Whether an ICD-10 code is in data-samples/reference. */
export const knownIcd10 = (code: string): boolean => ICD10_CODES.has(code);

/** The stay's discharge drawn around `losNorm`, keyed by the stay (scenario, card, admission, group) so a stay billed twice keeps one date. */
export function spreadDischarge(scenario: string, stay: StayAroundSpec, losNorm: number, atLeast: number): string {
  const key = [scenario, stay.member.nomorKartu, stay.masuk, stay.cbg].join('|');
  return addDays(stay.masuk, defaultLengthOfStay({ key, losNorm, atLeast }));
}

/**
 * Discharge of a stay the scenario gives no date: spread around the group's norm
 * (discharge-spread.ts), long enough for the claim's ICU days, ventilation and upgraded days.
 */
export function defaultDischarge(scenario: string, s: ClaimSpec): string {
  const g = groupOf(scenario, s);
  // a day more than the ventilated hours fill: an evening arrival and a late-morning discharge lose about half a day
  const ventilationDays = s.ventilatorHours ? Math.ceil(s.ventilatorHours / 24) + 1 : 1;
  const atLeast = Math.max(s.icuDays ?? 1, ventilationDays, s.upgrade?.days ?? 1);
  return spreadDischarge(scenario, s, g.losNorm, atLeast);
}

/** Inpatient (1) or outpatient (2): as the scenario says, else by the group. */
export function careTypeOf(scenario: string, s: ClaimSpec): 1 | 2 {
  return s.jenisRawat ?? (groupOf(scenario, s).inpatient ? 1 : 2);
}

/**
 * The claims.csv row of a claim under its SEP number. The discharge is the scenario's `pulang`,
 * or, when it gives none or `spread` is set, the default: spread around the norm for a stay, the
 * admission day for a visit.
 */
export function buildClaimRow(scenario: string, s: ClaimSpec, nomorSep: string, spread = false): Record<string, string> {
  const jenis = careTypeOf(scenario, s);
  const written = spread ? undefined : s.pulang;
  const pulang = written ?? (jenis === 1 ? defaultDischarge(scenario, s) : s.masuk);
  const tglSep = s.tglSep ?? s.masuk;
  const kelas = s.kelas ?? s.member.careClass;
  const bill = claimBill(scenario, s, jenis, kelas);
  const sepColumns = s.sep
    ? sepFields({ scenario, claim: s, sep: s.sep, jenis, pulang, operated: bill.components.tarif_prosedur_bedah > 0 })
    : {};
  return claimRow({ claim: s, nomorSep, jenis, kelas, tglSep, pulang, bill, sepColumns });
}
