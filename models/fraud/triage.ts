// Pre-payment triage: a claim scored on arrival goes straight through, to a desk review or
// to an investigation. Certain evidence is investigated whatever the score (the record itself
// says the claim should not be paid as billed); otherwise the thresholds on expected recovery
// come from the day's claim volume, the reviewers' and investigators' capacity, and what a
// review or investigation costs, and a claim more likely fraud than not (its posterior, CASE_RULE)
// is at least reviewed.
import { MIN_CASE_POSTERIOR } from './claim-scores.js';

export type TriageRoute = 'straight_through' | 'review' | 'investigate';

export interface TriageCapacity {
  /** Claims arriving per day. */
  readonly claimsPerDay: number;
  readonly investigationsPerDay: number;
  readonly reviewsPerDay: number;
}

export interface TriageCosts {
  /** Rupiah one investigation costs (auditor time, travel). */
  readonly investigationCost: number;
  /** Rupiah one desk review costs. */
  readonly reviewCost: number;
}

/** Assumption: one auditor-day (salary, travel, hospital visit) per investigated claim. */
export const DEFAULT_INVESTIGATION_COST = 2_500_000;
/** Assumption: a 15-minute verifier desk review. */
export const DEFAULT_REVIEW_COST = 150_000;

export interface TriagePolicy {
  /** Expected recovery (rupiah) above which a claim is investigated. */
  readonly investigateAbove: number;
  /** Expected recovery above which it is reviewed. */
  readonly reviewAbove: number;
  /** Why: which bound set each threshold. */
  readonly basis: { readonly investigate: 'capacity' | 'cost'; readonly review: 'capacity' | 'cost' };
}

/** The value below which a share `1 - share` of `sortedDesc` lies (the capacity cut). */
function capacityCut(sortedDesc: Float64Array, share: number): number {
  if (sortedDesc.length === 0) return Number.POSITIVE_INFINITY;
  const k = Math.floor(share * sortedDesc.length);
  if (k <= 0) return Number.POSITIVE_INFINITY;
  if (k >= sortedDesc.length) return 0;
  return sortedDesc[k] as number;
}

/**
 * Thresholds on expected recovery from recent claims' expected recoveries: investigate the
 * top share investigators can take, review the next share reviewers can take, and never
 * spend more on a claim than its expected recovery (the cost floor).
 */
export function deriveTriagePolicy(recentExpectedRecovery: Float64Array, capacity: TriageCapacity, costs: TriageCosts): TriagePolicy {
  if (!(capacity.claimsPerDay > 0)) throw new Error('claimsPerDay must be positive');
  const sorted = Float64Array.from(recentExpectedRecovery).sort().reverse();
  const investigateCapacity = capacityCut(sorted, capacity.investigationsPerDay / capacity.claimsPerDay);
  const reviewCapacity = capacityCut(sorted, (capacity.investigationsPerDay + capacity.reviewsPerDay) / capacity.claimsPerDay);
  const investigateAbove = Math.max(investigateCapacity, costs.investigationCost);
  const reviewAbove = Math.min(investigateAbove, Math.max(reviewCapacity, costs.reviewCost));
  return {
    investigateAbove,
    reviewAbove,
    basis: {
      investigate: investigateCapacity >= costs.investigationCost ? 'capacity' : 'cost',
      review: reviewCapacity >= costs.reviewCost ? 'capacity' : 'cost',
    },
  };
}

/** What triage routes on: evidence strength, posterior probability (CASE_RULE) and expected recovery. */
export interface TriageInput {
  readonly expectedRecovery: number;
  readonly probability?: number;
  readonly evidenceStrength?: 'certain' | 'suspicious' | null;
}

/** Posterior from which a claim is at least reviewed: more likely fraud than not (MIN_CASE_POSTERIOR, the case threshold). */
export const REVIEW_PROBABILITY = MIN_CASE_POSTERIOR;

export function triageRoute(score: number | TriageInput, policy: TriagePolicy): TriageRoute {
  const s: TriageInput = typeof score === 'number' ? { expectedRecovery: score } : score;
  if (s.evidenceStrength === 'certain') return 'investigate';
  if (s.expectedRecovery > policy.investigateAbove) return 'investigate';
  if (s.expectedRecovery > policy.reviewAbove) return 'review';
  if (s.probability !== undefined && s.probability >= REVIEW_PROBABILITY && s.expectedRecovery > 0) return 'review';
  return 'straight_through';
}
