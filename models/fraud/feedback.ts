// Feedback: investigator outcomes recorded through the API become labels of the next training
// run (fraud_investigator_outcomes, synced by the fraud stage), and the worklist's precision
// is reported by period and fraud type from the same outcomes.

export interface OutcomeForPrecision {
  readonly caseId: string;
  readonly fraudType: string | null;
  readonly verdict: 'confirmed' | 'not_fraud' | 'inconclusive';
  readonly amountRecovered: number;
  readonly recordedAt: Date;
}

export interface PrecisionRow {
  /** Month the outcomes were recorded, YYYY-MM. */
  readonly period: string;
  readonly fraudType: string;
  readonly confirmed: number;
  readonly notFraud: number;
  readonly inconclusive: number;
  /** confirmed / (confirmed + not fraud); inconclusive cases carry no verdict. Null with no verdicts. */
  readonly precision: number | null;
  readonly amountRecovered: number;
}

/** The fraud type a case was opened for: the part of its id after the facility code. */
export function caseFraudType(caseId: string): string {
  const at = caseId.indexOf('-');
  return at >= 0 ? caseId.slice(at + 1) : caseId;
}

export function precisionByPeriodAndType(outcomes: readonly OutcomeForPrecision[]): PrecisionRow[] {
  const groups = new Map<
    string,
    { period: string; fraudType: string; confirmed: number; notFraud: number; inconclusive: number; amountRecovered: number }
  >();
  for (const o of outcomes) {
    const period = o.recordedAt.toISOString().slice(0, 7);
    // precision is of the worklist: a case counts under the type it was opened for
    const fraudType = caseFraudType(o.caseId);
    const key = `${period}|${fraudType}`;
    const g = groups.get(key) ?? { period, fraudType, confirmed: 0, notFraud: 0, inconclusive: 0, amountRecovered: 0 };
    if (o.verdict === 'confirmed') g.confirmed++;
    else if (o.verdict === 'not_fraud') g.notFraud++;
    else g.inconclusive++;
    g.amountRecovered += o.amountRecovered;
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.period.localeCompare(b.period) || a.fraudType.localeCompare(b.fraudType))
    .map((g) => ({ ...g, precision: g.confirmed + g.notFraud > 0 ? g.confirmed / (g.confirmed + g.notFraud) : null }));
}
