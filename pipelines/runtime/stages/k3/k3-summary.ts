// The portfolio summary of a book rated in partitions: each rating job summarises its own
// employers (models/k3 rateBook), and every figure of the summary is a sum over employers or
// a ratio of two such sums, so the merge adds the parts and recomputes the ratios. Sums of
// floating-point parts may differ from one pass in the last digits; counts are exact.
import type { GroupShift, ModelScore, PortfolioSummary, SegmentAe } from '../../../../models/k3/index.js';

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
const sum = <T>(parts: readonly T[], of: (p: T) => number): number => parts.reduce((s, p) => s + of(p), 0);

function mergeShifts(parts: readonly (readonly GroupShift[])[]): GroupShift[] {
  const first = parts[0] ?? [];
  return first.map((shift, i) => {
    const same = parts.map((p) => p[i]!);
    const reasons = Object.fromEntries(
      Object.keys(shift.reasons).map((r) => [r, sum(same, (s) => s.reasons[r as keyof GroupShift['reasons']])]),
    ) as unknown as GroupShift['reasons'];
    return {
      rateTable: shift.rateTable,
      lower: sum(same, (s) => s.lower),
      same: sum(same, (s) => s.same),
      higher: sum(same, (s) => s.higher),
      statutoryPremium: sum(same, (s) => s.statutoryPremium),
      recommendedPremium: sum(same, (s) => s.recommendedPremium),
      reasons,
      zeroClaimTwoUpIndicated: sum(same, (s) => s.zeroClaimTwoUpIndicated),
    };
  });
}

function mergeSegments(parts: readonly (readonly SegmentAe[])[]): SegmentAe[] {
  const acc = new Map<string, { employerYears: number; workerYears: number; actual: number; expected: number }>();
  for (const s of parts.flat()) {
    const x = acc.get(s.segment) ?? { employerYears: 0, workerYears: 0, actual: 0, expected: 0 };
    x.employerYears += s.employerYears;
    x.workerYears += s.workerYears;
    x.actual += s.actual;
    x.expected += s.expected;
    acc.set(s.segment, x);
  }
  // The same order as rateBook's one pass: by segment name.
  return [...acc].sort((p, q) => (p[0] < q[0] ? -1 : 1)).map(([segment, x]) => ({ segment, ...x, ratio: ratio(x.actual, x.expected) }));
}

/**
 * One summary from the partitions' summaries. `policyYears` is counted over the whole book
 * (a partition sees only its employers' years); `validation` is the book's out-of-time scores.
 */
export function mergePortfolioSummaries(
  parts: readonly PortfolioSummary[],
  policyYears: number,
  validation?: readonly ModelScore[],
): PortfolioSummary {
  const first = parts[0];
  if (!first) throw new Error('no partition summaries to merge');
  const workerYears = sum(parts, (p) => p.workerYears);
  const expected = sum(parts, (p) => p.expectedCases);
  const history = {
    policyYears,
    workerYears: sum(parts, (p) => p.history.workerYears),
    observedCases: sum(parts, (p) => p.history.observedCases),
    expectedCases: sum(parts, (p) => p.history.expectedCases),
  };
  return {
    asOf: first.asOf,
    employers: sum(parts, (p) => p.employers),
    workerYears,
    history: { ...history, ratio: ratio(history.observedCases, history.expectedCases) },
    observedCases: sum(parts, (p) => p.observedCases),
    expectedCases: expected,
    expectedPerThousandWorkerYears: ratio(expected, workerYears) * 1000,
    credibility: { ...first.credibility, experienceRated: sum(parts, (p) => p.credibility.experienceRated) },
    groupShifts: mergeShifts(parts.map((p) => p.groupShifts)),
    actualExpected: {
      sector: mergeSegments(parts.map((p) => p.actualExpected.sector)),
      size: mergeSegments(parts.map((p) => p.actualExpected.size)),
      region: mergeSegments(parts.map((p) => p.actualExpected.region)),
    },
    ...(validation ? { validation: validation.map(({ lorenz: _lorenz, ...s }) => s) } : {}),
  };
}
