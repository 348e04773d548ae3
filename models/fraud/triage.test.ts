// Triage thresholds follow capacity and cost, and feedback precision is counted per period and type.
import { describe, expect, it } from 'vitest';
import { precisionByPeriodAndType } from './feedback.js';
import { deriveTriagePolicy, triageRoute } from './triage.js';

const recoveries = Float64Array.from({ length: 1000 }, (_, i) => (i + 1) * 10_000); // Rp10k .. Rp10M

describe('pre-payment triage', () => {
  it('investigates the share investigators can take when that share is worth its cost', () => {
    const policy = deriveTriagePolicy(
      recoveries,
      { claimsPerDay: 1000, investigationsPerDay: 10, reviewsPerDay: 90 },
      { investigationCost: 100_000, reviewCost: 10_000 },
    );
    expect(policy.basis).toEqual({ investigate: 'capacity', review: 'capacity' });
    const routes = Array.from(recoveries, (r) => triageRoute(r, policy));
    expect(routes.filter((r) => r === 'investigate')).toHaveLength(10);
    expect(routes.filter((r) => r === 'review')).toHaveLength(90);
  });

  it('more capacity lowers the threshold; a higher cost raises it above what capacity allows', () => {
    const small = deriveTriagePolicy(
      recoveries,
      { claimsPerDay: 1000, investigationsPerDay: 10, reviewsPerDay: 0 },
      { investigationCost: 0, reviewCost: 0 },
    );
    const large = deriveTriagePolicy(
      recoveries,
      { claimsPerDay: 1000, investigationsPerDay: 100, reviewsPerDay: 0 },
      { investigationCost: 0, reviewCost: 0 },
    );
    expect(large.investigateAbove).toBeLessThan(small.investigateAbove);
    const costly = deriveTriagePolicy(
      recoveries,
      { claimsPerDay: 1000, investigationsPerDay: 100, reviewsPerDay: 0 },
      { investigationCost: 9_500_000, reviewCost: 0 },
    );
    expect(costly.investigateAbove).toBe(9_500_000);
    expect(costly.basis.investigate).toBe('cost');
    expect(triageRoute(9_600_000, costly)).toBe('investigate');
    expect(triageRoute(9_400_000, costly)).not.toBe('investigate');
  });

  it('sends everything straight through with no capacity', () => {
    const none = deriveTriagePolicy(
      recoveries,
      { claimsPerDay: 1000, investigationsPerDay: 0, reviewsPerDay: 0 },
      { investigationCost: 0, reviewCost: 0 },
    );
    expect(Array.from(recoveries, (r) => triageRoute(r, none)).every((r) => r === 'straight_through')).toBe(true);
  });
});

describe('worklist precision from investigator outcomes', () => {
  it('counts confirmed over confirmed plus not-fraud, per month and the type the case was opened for', () => {
    const at = (d: string): Date => new Date(`${d}T10:00:00Z`);
    const rows = precisionByPeriodAndType([
      {
        caseId: '3171R001-UPCODING',
        fraudType: 'UPCODING',
        verdict: 'confirmed',
        amountRecovered: 5_000_000,
        recordedAt: at('2026-05-02'),
      },
      { caseId: '3171R002-UPCODING', fraudType: null, verdict: 'not_fraud', amountRecovered: 0, recordedAt: at('2026-05-20') },
      { caseId: '3171R003-UPCODING', fraudType: null, verdict: 'inconclusive', amountRecovered: 0, recordedAt: at('2026-05-21') },
      { caseId: '3171R001-CLONING', fraudType: 'CLONING', verdict: 'confirmed', amountRecovered: 1_000_000, recordedAt: at('2026-06-01') },
    ]);
    expect(rows).toEqual([
      { period: '2026-05', fraudType: 'UPCODING', confirmed: 1, notFraud: 1, inconclusive: 1, amountRecovered: 5_000_000, precision: 0.5 },
      { period: '2026-06', fraudType: 'CLONING', confirmed: 1, notFraud: 0, inconclusive: 0, amountRecovered: 1_000_000, precision: 1 },
    ]);
  });
});
