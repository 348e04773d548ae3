// Fairness by any column the analyst names, for the scorecard and the classifier alike:
// approval rate and true-positive rate per group, the disparate impact ratio and the
// equal-opportunity difference (DOMAIN.md 5), on the test rows.
import { DISPARATE_IMPACT_MIN, EQUAL_OPPORTUNITY_MAX_GAP, MIN_GROUP_ROWS, attributeFairness } from '../../credit/fairness.js';
import type { AttributeFairness, FairnessRow } from '../../credit/fairness.js';
import { getColumn, numericValues, textValue } from '../../data/table.js';
import type { DataTable } from '../../data/table.js';
import type { ReportTable } from '../write-report.js';

/**
 * Approval for the fairness table: the share of test rows with the lowest PD a lender would
 * approve (assumption, stated in the table title: 60%, roughly bands A-C of five).
 */
export const FAIRNESS_APPROVAL_SHARE = 0.6;

/** `pd[i]` belongs to `testRows[i]`; NaN (not scored) rows are left out. */
export function fairnessTable(
  table: DataTable,
  target: string,
  testRows: ArrayLike<number>,
  pd: Float64Array,
  columns: readonly string[],
): ReportTable {
  const scored = Array.from(testRows, (r, i) => ({ r, p: pd[i] as number })).filter((x) => !Number.isNaN(x.p));
  const sorted = scored.map((x) => x.p).sort((a, b) => a - b);
  const cut = sorted[Math.max(0, Math.ceil(FAIRNESS_APPROVAL_SHARE * sorted.length) - 1)] ?? Number.POSITIVE_INFINITY;
  const y = numericValues(table, target);
  const cols = columns.map((c) => [c, getColumn(table, c)] as const);
  const rows: FairnessRow<string>[] = scored.map(({ r, p }) => ({
    approved: p <= cut,
    defaulted: Number.isNaN(y[r] as number) ? null : (y[r] as number),
    attributes: Object.fromEntries(cols.map(([c, col]) => [c, textValue(col, r) ?? '(missing)'])),
  }));
  const out: (string | number | null)[][] = [];
  for (const c of columns) {
    const f = attributeFairness<string>(c, rows);
    for (const g of f.groups)
      out.push([
        c,
        g.group,
        g.rows,
        g.approvalRate,
        g.truePositiveRate,
        f.disparateImpactRatio,
        f.equalOpportunityDifference,
        f.flags.join('; ') || (g.rows < MIN_GROUP_ROWS ? `fewer than ${MIN_GROUP_ROWS} rows: not judged` : 'ok'),
      ]);
  }
  return {
    title: `Fairness on the test rows (approval: the ${FAIRNESS_APPROVAL_SHARE * 100}% with the lowest PD; flags: disparate impact < ${DISPARATE_IMPACT_MIN}, equal-opportunity gap > ${EQUAL_OPPORTUNITY_MAX_GAP})`,
    columns: [
      'column',
      'group',
      'rows',
      'approval rate',
      'approval rate of goods (TPR)',
      'disparate impact ratio',
      'equal-opportunity difference',
      'flags',
    ],
    rows: out,
  };
}

/** Fairness already computed per attribute (the credit product's own approval rule), as a report table. */
export function attributeFairnessTable(title: string, attributes: readonly AttributeFairness<string>[]): ReportTable {
  return {
    title,
    columns: [
      'column',
      'group',
      'rows',
      'approval rate',
      'approval rate of goods (TPR)',
      'disparate impact ratio',
      'equal-opportunity difference',
      'flags',
    ],
    rows: attributes.flatMap((f) =>
      f.groups.map((g) => [
        f.attribute,
        g.group,
        g.rows,
        g.approvalRate,
        g.truePositiveRate,
        f.disparateImpactRatio,
        f.equalOpportunityDifference,
        f.flags.join('; ') || (g.rows < MIN_GROUP_ROWS ? `fewer than ${MIN_GROUP_ROWS} rows: not judged` : 'ok'),
      ]),
    ),
  };
}
