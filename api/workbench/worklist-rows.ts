// The worklist page's rows, light: one row per case from the worklist's claim rows (the same
// ranked SELECT as the worklist, read as Arrow through the service's export) without
// assembling every case's reasons, which the page does not show. A list of thousands of
// cases then costs one query; the case page reads its reasons through caseDetail.
import { tableFromIPC } from 'apache-arrow';
import type { WorklistOptions } from '../../models/fraud/worklist.js';
import type { FraudReadService } from '../routes/fraud/index.js';

export interface WorklistRow {
  readonly caseId: string;
  readonly rank: number;
  readonly facilityId: string;
  readonly province: string;
  /** The case type: the primary type of its first claim, as the case assembler has it. */
  readonly fraudType: string;
  readonly evidenceStrength: 'certain' | 'suspicious' | 'model';
  readonly claims: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
}

const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v ?? 0));
const strength = (v: unknown): WorklistRow['evidenceStrength'] => (v === 'certain' || v === 'suspicious' ? v : 'model');

/** Cases of the worklist under `options`, in rank order. */
export async function worklistRows(service: Pick<FraudReadService, 'export'>, options: WorklistOptions): Promise<WorklistRow[]> {
  const table = tableFromIPC(await service.export(options, 'arrow'));
  const cases = new Map<string, { row: WorklistRow; claims: number; atRisk: number; recovery: number }>();
  for (const r of table) {
    const caseId = String(r['case_id']);
    let c = cases.get(caseId);
    if (!c) {
      c = {
        row: {
          caseId,
          rank: num(r['case_rank']),
          facilityId: String(r['facility_id']),
          province: String(r['province_code']),
          fraudType: String(r['primary_type']),
          evidenceStrength: strength(r['case_evidence']),
          claims: 0,
          amountAtRisk: 0,
          expectedRecovery: 0,
        },
        claims: 0,
        atRisk: 0,
        recovery: 0,
      };
      cases.set(caseId, c);
    }
    c.claims += 1;
    c.atRisk += num(r['amount_at_risk']);
    c.recovery += num(r['expected_recovery']);
  }
  return [...cases.values()]
    .map((c) => ({ ...c.row, claims: c.claims, amountAtRisk: c.atRisk, expectedRecovery: c.recovery }))
    .sort((a, b) => a.rank - b.rank);
}
