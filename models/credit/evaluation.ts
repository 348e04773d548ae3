// Out-of-time evaluation of a credit model: AUC, KS, Gini and Brier on the later observation
// date, and calibration by risk band (observed default rate against mean PD per band).
import { auc, brierScore, gini, ksStatistic } from '../metrics/index.js';
import { CREDIT_BANDS } from './config.js';
import type { CreditScore } from './champion.js';

export interface BandCalibration {
  readonly band: string;
  readonly rows: number;
  readonly defaults: number;
  readonly observedDefaultRate: number | null;
  readonly meanPd: number | null;
}

export interface CreditEvaluation {
  readonly model: string;
  readonly rows: number;
  readonly thinFiles: number;
  readonly defaults: number;
  readonly auc: number;
  readonly ks: number;
  readonly gini: number;
  readonly brier: number;
  readonly calibrationByBand: readonly BandCalibration[];
}

/** Metrics over scored rows (thin files are counted, not scored). `labels[i]` belongs to `scores[i]`. */
export function evaluateCredit(model: string, scores: readonly CreditScore[], labels: ArrayLike<number>): CreditEvaluation {
  const y: number[] = [];
  const pd: number[] = [];
  const perBand = new Map<string, { rows: number; defaults: number; pd: number }>(
    CREDIT_BANDS.map((b) => [b.band, { rows: 0, defaults: 0, pd: 0 }]),
  );
  scores.forEach((s, i) => {
    if (s.thinFile) return;
    const label = labels[i] as number;
    y.push(label);
    pd.push(s.probabilityOfDefault);
    const b = perBand.get(s.band);
    if (b) {
      b.rows++;
      b.defaults += label;
      b.pd += s.probabilityOfDefault;
    }
  });
  const labelsArr = Float64Array.from(y);
  const pdArr = Float64Array.from(pd);
  return {
    model,
    rows: y.length,
    thinFiles: scores.length - y.length,
    defaults: y.reduce((a, b) => a + b, 0),
    auc: auc(labelsArr, pdArr),
    ks: ksStatistic(labelsArr, pdArr),
    gini: gini(labelsArr, pdArr),
    brier: brierScore(labelsArr, pdArr),
    calibrationByBand: [...perBand.entries()].map(([band, b]) => ({
      band,
      rows: b.rows,
      defaults: b.defaults,
      observedDefaultRate: b.rows > 0 ? b.defaults / b.rows : null,
      meanPd: b.rows > 0 ? b.pd / b.rows : null,
    })),
  };
}
