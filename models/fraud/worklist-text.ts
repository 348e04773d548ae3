// The top of a published fraud worklist as text, for the end of `npm start`: rank, case,
// claims, amount at risk, expected recovery and the first reason in Indonesian and English.
import { FraudWorklistService } from './service.js';
import type { WorklistCase } from './service.js';

/** Cases shown at the end of a run: one screen (assumption). */
export const WORKLIST_TOP_CASES = 10;

const rupiah = (v: number): string => `Rp${Math.round(v).toLocaleString('id-ID')}`;

export function formatWorklistTop(cases: readonly WorklistCase[]): string {
  const lines = ['Fraud worklist (cases ranked by expected recovery) / Daftar kerja fraud (diurutkan menurut perkiraan pemulihan)'];
  for (const c of cases) {
    lines.push(
      `${String(c.rank).padStart(3)}. ${c.caseId}  province ${c.province}  ${c.claims} claims  at risk ${rupiah(c.amountAtRisk)}  expected recovery ${rupiah(c.expectedRecovery)}`,
    );
    const reason = c.reasons[0];
    if (reason) lines.push(`     EN: ${reason.en}`, `     ID: ${reason.id}`);
  }
  return lines.join('\n');
}

/** Opens the published fraud output of a run (<outDir>/fraud) and formats its top cases. */
export async function fraudWorklistTop(publishedDir: string, count = WORKLIST_TOP_CASES): Promise<string> {
  const service = await FraudWorklistService.open(publishedDir);
  try {
    const cases = await service.worklist({});
    return formatWorklistTop(cases.slice(0, count));
  } finally {
    service.close();
  }
}
