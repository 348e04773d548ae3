// The case assembler on hand-built rows: one reason per signal however many claims hit it,
// each naming its claims and carrying their evidence fields; certain evidence first; model
// contributions grouped per feature and direction, raising and lowering.
import { describe, expect, it } from 'vitest';
import { assembleCases, detectorReasons, modelReasons } from './cases.js';
import type { DetectorHitRow } from './explain.js';
import type { ModelReasonRow, WorklistClaimRow } from './published.js';

const claimRow = (sep: string, over: Partial<WorklistClaimRow> = {}): WorklistClaimRow => ({
  caseId: '3171R001-UPCODING',
  caseRank: 2,
  caseClaims: 6,
  caseExpectedRecovery: 1,
  caseAmountAtRisk: 1,
  caseEvidence: 'certain',
  inWorklist: true,
  rankInCase: 1,
  nomorSep: sep,
  facilityId: '3171R001',
  province: '31',
  submitMonth: '2024-03-01',
  admitted: '2024-03-10',
  discharged: '2024-03-14',
  cardKey: `card-${sep}`,
  memberKey: `m-${sep}`,
  doctor: 'D1',
  diagnoses: ['A01.0', 'J96.0'],
  procedures: [],
  cbg: 'A-4-11-III',
  paidAmount: 5_000_000,
  probability: 0.7,
  amountAtRisk: 1_000_000,
  expectedRecovery: 700_000,
  primaryType: 'UPCODING',
  evidenceStrength: 'suspicious',
  evidencePrecision: 0.4,
  fraudTypes: ['UPCODING'],
  ...over,
});
const hit = (sep: string, over: Partial<DetectorHitRow> = {}): DetectorHitRow => ({
  nomor_sep: sep,
  fraud_type: 'UPCODING',
  signal: 'severity_without_support',
  strength: 'suspicious',
  amount_at_risk: 1_000_000n,
  related_sep: [],
  evidence_en: 'Severity III (A-4-11-III) with 2 severity-raising secondary diagnoses, no ICU stay and no ventilation',
  evidence_id: 'Severitas III (A-4-11-III) dengan 2 diagnosis sekunder penaik keparahan',
  precision: 0.4,
  ...over,
});
const seps = ['S1', 'S2', 'S3', 'S4', 'S5'];

describe('case assembler', () => {
  it('gives five claims hitting one signal with the same sentence one reason that names all five, with their evidence', () => {
    const reasons = detectorReasons(
      seps.map((s) => hit(s)),
      seps.map((s) => claimRow(s)),
    );
    expect(reasons).toHaveLength(1);
    const [r] = reasons;
    expect(r?.claims).toEqual(seps);
    for (const s of seps) expect(r?.en).toContain(s);
    expect(r?.evidence?.map((e) => e.nomorSep)).toEqual(seps);
    expect(r?.evidence?.[0]).toMatchObject({
      memberKey: 'm-S1',
      admitted: '2024-03-10',
      doctor: 'D1',
      cbg: 'A-4-11-III',
      diagnoses: ['A01.0', 'J96.0'],
      paidAmount: 5_000_000,
    });
    expect(r?.amountAtRisk).toBe(5_000_000);
  });

  it('puts certain evidence before suspicious evidence, whatever the amounts', () => {
    const reasons = detectorReasons(
      [
        hit('S1', { amount_at_risk: 9_000_000n }),
        hit('S2', {
          fraud_type: 'PHANTOM_BILLING',
          signal: 'service_after_death',
          strength: 'certain',
          amount_at_risk: 100_000n,
          evidence_en: 'Admitted 30 days after death',
          evidence_id: 'Masuk 30 hari setelah meninggal',
          precision: 0.9,
        }),
      ],
      [claimRow('S1'), claimRow('S2')],
    );
    expect(reasons.map((r) => r.strength)).toEqual(['certain', 'suspicious']);
    expect(reasons[0]?.claims).toEqual(['S2']);
  });

  it('groups model contributions per feature and direction, keeping raising and lowering ones', () => {
    const row = (sep: string, feature: string, contribution: number): ModelReasonRow => ({
      nomorSep: sep,
      rank: 1,
      feature,
      contribution,
      value: '2',
      baselineValue: '0.5',
      peerValue: '0.5',
      en: `${feature}: 2 against 0.5 in the model baseline; ${contribution > 0 ? 'raises' : 'lowers'} the fraud score`,
      id: `${feature} id`,
    });
    const reasons = modelReasons([row('S1', 'los_ratio', 0.8), row('S2', 'los_ratio', 0.6), row('S1', 'member_claims_90d', -0.3)]);
    expect(reasons.map((r) => [r.feature, r.direction, r.claims])).toEqual([
      ['los_ratio', 'raises', ['S1', 'S2']],
      ['member_claims_90d', 'lowers', ['S1']],
    ]);
    expect(reasons[0]?.contribution).toBeCloseTo(0.7);
  });

  it('assembles cases in rank order with no repeated sentence and every reason about claims of its case', () => {
    const rows = [
      ...seps.map((s) => claimRow(s)),
      claimRow('T1', {
        caseId: '3171R002-CLONING',
        caseRank: 3,
        facilityId: '3171R002',
        primaryType: 'CLONING',
        caseEvidence: 'suspicious',
      }),
    ];
    const hits = [
      ...seps.map((s) => hit(s)),
      hit('S1'),
      hit('T1', {
        fraud_type: 'CLONING',
        signal: 'near_identical_claim_other_patient',
        evidence_en: 'Copy of S9',
        evidence_id: 'Salinan S9',
      }),
    ];
    const cases = assembleCases(rows, hits, []);
    expect(cases.map((c) => [c.caseId, c.rank, c.claims])).toEqual([
      ['3171R001-UPCODING', 2, 5],
      ['3171R002-CLONING', 3, 1],
    ]);
    for (const c of cases) {
      const mine = new Set(rows.filter((r) => r.caseId === c.caseId).map((r) => r.nomorSep));
      expect(new Set(c.reasons.map((r) => r.en)).size).toBe(c.reasons.length);
      for (const r of c.reasons) for (const s of r.claims ?? []) expect(mine.has(s)).toBe(true);
    }
  });
});
