// Bühlmann-Straub credibility with exposure weights, parameters estimated from the
// portfolio: sigma^2 from the year-to-year variation within risks (Bühlmann and Gisler
// 2005, section 4.8); a by the moment estimator weighted by m_i^2, which for rare events
// (KK/PAK: a few hundredths of a case per small employer-year) is far steadier than the
// classical m_i weights, whose sum is dominated by tiny risks with one case.
// Each cell is one risk in one period, observed as a ratio X = observed / expected to an
// a-priori rate, weighted by the a-priori expected count m: E[X | theta] = theta, E theta = 1,
// Var(X | theta) = sigma^2 / m. The credibility estimate of theta is Z Xbar + (1 - Z),
// Z = m / (m + sigma^2 / a).

export interface CredibilityCell {
  readonly risk: string;
  /** A-priori expected count of the period (the weight m). */
  readonly expected: number;
  readonly observed: number;
}

export interface BuhlmannStraubParameters {
  /** sigma^2: expected within-risk variance per unit weight. */
  readonly withinVariance: number;
  /** a: variance of the risk's true relativity theta between risks (0 when none is detectable). */
  readonly betweenVariance: number;
  /** k = sigma^2 / a: the weight at which credibility reaches one half (Infinity when a = 0). */
  readonly k: number;
  readonly risks: number;
  readonly cells: number;
}

interface RiskTotals {
  m: number;
  n: number;
  cells: { m: number; x: number }[];
}

function totalsByRisk(cells: readonly CredibilityCell[]): Map<string, RiskTotals> {
  const byRisk = new Map<string, RiskTotals>();
  for (const c of cells) {
    if (!(c.expected > 0)) continue;
    let t = byRisk.get(c.risk);
    if (!t) byRisk.set(c.risk, (t = { m: 0, n: 0, cells: [] }));
    t.m += c.expected;
    t.n += c.observed;
    t.cells.push({ m: c.expected, x: c.observed / c.expected });
  }
  return byRisk;
}

/** Estimates sigma^2 and a from the portfolio; cells with zero expected count carry no weight. */
export function estimateBuhlmannStraub(cells: readonly CredibilityCell[]): BuhlmannStraubParameters {
  const byRisk = totalsByRisk(cells);
  let within = 0;
  let withinDf = 0;
  let mTotal = 0;
  let nTotal = 0;
  let mSquares = 0;
  for (const t of byRisk.values()) {
    const xbar = t.n / t.m;
    for (const c of t.cells) within += c.m * (c.x - xbar) ** 2;
    withinDf += t.cells.length - 1;
    mTotal += t.m;
    nTotal += t.n;
    mSquares += t.m * t.m;
  }
  const risks = byRisk.size;
  if (withinDf < 1 || risks < 2) throw new Error('Bühlmann-Straub needs at least two risks and one risk with two periods');
  const withinVariance = within / withinDf;
  const grand = nTotal / mTotal;
  // E[(N_i - m_i g)^2] = sigma^2 m_i g + a m_i^2 g^2 given E theta = g: solve for a.
  let excess = 0;
  for (const t of byRisk.values()) excess += (t.n - t.m * grand) ** 2 - withinVariance * t.m * grand;
  // A negative moment estimate means no detectable heterogeneity: credibility zero.
  const betweenVariance = grand > 0 ? Math.max(0, excess / (mSquares * grand * grand)) : 0;
  const k = betweenVariance > 0 ? withinVariance / betweenVariance : Number.POSITIVE_INFINITY;
  return { withinVariance, betweenVariance, k, risks, cells: cells.length };
}

/** Z = m / (m + k): zero without history, rising towards one with exposure. */
export function credibilityWeight(expected: number, params: Pick<BuhlmannStraubParameters, 'k'>): number {
  if (!(expected > 0) || !Number.isFinite(params.k)) return 0;
  return expected / (expected + params.k);
}

export interface ExperienceModification {
  readonly credibility: number;
  /** Observed / a-priori expected over the history (1 without history). */
  readonly observedRatio: number;
  /** Z * observedRatio + (1 - Z): multiplies the a-priori rate. */
  readonly mod: number;
}

/** The experience mod of one risk from its total expected and observed counts. */
export function experienceModification(
  expected: number,
  observed: number,
  params: Pick<BuhlmannStraubParameters, 'k'>,
): ExperienceModification {
  const credibility = credibilityWeight(expected, params);
  const observedRatio = expected > 0 ? observed / expected : 1;
  return { credibility, observedRatio, mod: credibility * observedRatio + (1 - credibility) };
}
