// Champion and challenger on a synthetic member table: reason codes are exactly the points
// lost, thin files get no score, the challenger's reasons use the same vocabulary and its
// integrated gradients are complete, and the evaluation, fairness and drift figures add up.
import { beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_FEATURES, PAYMENT_HISTORY_REASON, THIN_FILE_MIN_MONTHS, THIN_FILE_REASON } from '../../features/credit/registry.js';
import { numericValues } from '../data/table.js';
import { explainClassifier } from '../families/classifier/train.js';
import { MAX_REASON_CODES } from '../families/scorecard/scorecard.js';
import { applicantReader } from '../families/scorecard/train.js';
import { initBackend } from '../tf/backend.js';
import { CREDIT_SCORECARD_SPEC, scoreWithScorecard, trainCreditScorecard } from './champion.js';
import type { CreditScorecardFit } from './champion.js';
import { challengerTable, scoreWithChallenger, trainCreditChallenger } from './challenger.js';
import type { ClassifierFit } from '../families/classifier/train.js';
import { CREDIT_BANDS, CREDIT_SCORE_RANGE, bandOf } from './config.js';
import { evaluateCredit } from './evaluation.js';
import { MIN_RECENT_VALUES, driftAgainst, driftReference } from './drift.js';
import { DISPARATE_IMPACT_MIN, attributeFairness, psiLevel, variableDrift } from './fairness.js';
import { creditScorer } from './scorer.js';
import { syntheticMemberKey, syntheticMembers } from './test-support/synthetic-members.js';

const ROWS = 6000;
const THIN_EVERY = 25;
const table = syntheticMembers(ROWS, 7, { thinEvery: THIN_EVERY });
const months = numericValues(table, 'ledger_months');
const all = Int32Array.from({ length: ROWS }, (_, i) => i);
const learn = all.filter((r) => r % 3 !== 0 && (months[r] as number) >= THIN_FILE_MIN_MONTHS);
const test = all.filter((r) => r % 3 === 0);
const codes = new Set([...CREDIT_FEATURES.map((f) => f.reasonCode), PAYMENT_HISTORY_REASON.reasonCode]);

let fit: CreditScorecardFit;
let net: ClassifierFit;
beforeAll(async () => {
  await initBackend();
  fit = trainCreditScorecard(table, learn);
  net = await trainCreditChallenger(table, learn, 3);
});

describe('champion scorecard', () => {
  it('keeps only characteristics with the right sign and some information', () => {
    for (const c of fit.card.characteristics) {
      expect(c.coefficient).toBeLessThanOrEqual(0);
      expect(c.binning.informationValue).toBeGreaterThanOrEqual(0.02);
    }
    expect(fit.card.characteristics.length + fit.dropped.length).toBe(CREDIT_SCORECARD_SPEC.features.length);
  });

  it('gives reason codes that are exactly the characteristics losing the most points', () => {
    const names = fit.card.characteristics.map((c) => c.binning.characteristic);
    const read = applicantReader(table, [...names, 'ledger_months']);
    let checked = 0;
    for (const r of test) {
      const row = read(r);
      const s = scoreWithScorecard(fit.card, row);
      if (s.thinFile) continue;
      // Points lost by every characteristic, from the card itself.
      const lost = fit.card.characteristics.map((c) => {
        const value = row[c.binning.characteristic] ?? null;
        const bin = c.binning.bins.findIndex((_, k) => k === findBinIndex(c.binning, value));
        return { name: c.binning.characteristic, lost: c.maxPoints - (c.points[bin] ?? 0) };
      });
      const maxScore = fit.card.basePoints + fit.card.characteristics.reduce((t, c) => t + c.maxPoints, 0);
      // The points lost over all characteristics are the gap between best possible and actual score.
      expect(lost.reduce((t, l) => t + l.lost, 0)).toBeCloseTo(maxScore - s.points, 6);
      const expected = lost
        .filter((l) => l.lost > 1e-9)
        .sort((a, b) => b.lost - a.lost || a.name.localeCompare(b.name))
        .slice(0, MAX_REASON_CODES);
      expect(s.reasons.map((x) => x.characteristic)).toEqual(expected.map((l) => l.name));
      s.reasons.forEach((x, k) => {
        expect(x.pointsLost).toBeCloseTo(expected[k]!.lost, 9);
        expect(x.code).toBe(CREDIT_FEATURES.find((f) => f.name === x.characteristic)!.reasonCode);
        expect(x.sentence.id.length).toBeGreaterThan(0);
        expect(x.sentence.en.length).toBeGreaterThan(0);
      });
      expect(s.score).toBe(Math.round(Math.min(CREDIT_SCORE_RANGE.max, Math.max(CREDIT_SCORE_RANGE.min, s.points))));
      expect(s.band).toBe(bandOf(s.score));
      checked++;
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it('gives a thin file no score, only the thin-file reason', () => {
    const read = applicantReader(table, [...fit.card.characteristics.map((c) => c.binning.characteristic), 'ledger_months']);
    const thin = test.filter((r) => (months[r] as number) < THIN_FILE_MIN_MONTHS);
    expect(thin.length).toBeGreaterThan(10);
    for (const r of thin) {
      const s = scoreWithScorecard(fit.card, read(r));
      expect(s).toMatchObject({ thinFile: true, score: null, band: null, probabilityOfDefault: null });
      expect(s.reasons.map((x) => x.code)).toEqual([THIN_FILE_REASON.reasonCode]);
      expect(s.reasons[0]!.sentence.en).toContain(`Only ${months[r]} month`);
      expect(s.reasons[0]!.sentence.id).toContain(`${months[r]} bulan`);
    }
  });

  it('ranks defaults above repayments out of sample and is calibrated by band', () => {
    const read = applicantReader(table, [...fit.card.characteristics.map((c) => c.binning.characteristic), 'ledger_months']);
    const y = numericValues(table, 'default_12m');
    const e = evaluateCredit(
      'champion',
      Array.from(test, (r) => scoreWithScorecard(fit.card, read(r))),
      Float64Array.from(test, (r) => y[r] as number),
    );
    expect(e.auc).toBeGreaterThan(0.7);
    expect(e.gini).toBeCloseTo(2 * e.auc - 1, 9);
    expect(e.thinFiles).toBe(test.filter((r) => (months[r] as number) < THIN_FILE_MIN_MONTHS).length);
    expect(e.calibrationByBand.map((b) => b.band)).toEqual(CREDIT_BANDS.map((b) => b.band));
    expect(e.calibrationByBand.reduce((t, b) => t + b.rows, 0)).toBe(e.rows);
  });
});

describe('challenger network', () => {
  it('explains with complete integrated gradients and the champion vocabulary', () => {
    const ready = challengerTable(table);
    const rows = test.filter((r) => (months[r] as number) >= THIN_FILE_MIN_MONTHS).slice(0, 5);
    for (const r of rows) {
      expect(explainClassifier(net.classifier, ready, r).completeness.ok).toBe(true);
      const s = scoreWithChallenger(net.classifier, ready, r);
      expect(s.thinFile).toBe(false);
      expect(s.reasons.length).toBeLessThanOrEqual(MAX_REASON_CODES);
      for (const x of s.reasons) {
        expect(codes.has(x.code)).toBe(true);
        expect(x.pointsLost).toBeGreaterThan(0);
      }
    }
    const thin = test.find((r) => (months[r] as number) < THIN_FILE_MIN_MONTHS)!;
    expect(scoreWithChallenger(net.classifier, ready, thin).score).toBeNull();
  });
});

describe('serving scorer', () => {
  it('scores by member key and knows nothing of unknown members', () => {
    const scorer = creditScorer({ family: 'scorecard', version: 'v-test', card: fit.card }, table);
    expect(scorer.members).toBe(ROWS);
    const r = test.find((x) => (months[x] as number) >= THIN_FILE_MIN_MONTHS)!;
    const read = applicantReader(table, [...fit.card.characteristics.map((c) => c.binning.characteristic), 'ledger_months']);
    expect(scorer.score(syntheticMemberKey(r))).toEqual(scoreWithScorecard(fit.card, read(r)));
    expect(scorer.score('0'.repeat(64))).toBeUndefined();
  });
});

describe('fairness and drift', () => {
  it('computes disparate impact and equal opportunity per group and flags below the threshold', () => {
    const rows = [
      ...Array.from({ length: 200 }, (_, i) => ({
        approved: i < 150,
        defaulted: i % 10 === 0 ? 1 : 0,
        attributes: { sex: 'L', province_code: '31', sector: 'C', segment: 'PPU' },
      })),
      ...Array.from({ length: 200 }, (_, i) => ({
        approved: i < 100,
        defaulted: i % 10 === 0 ? 1 : 0,
        attributes: { sex: 'P', province_code: '31', sector: 'C', segment: 'PPU' },
      })),
    ];
    const f = attributeFairness('sex', rows);
    expect(f.disparateImpactRatio).toBeCloseTo(100 / 150, 9);
    expect(f.flags.some((x) => x.includes(String(DISPARATE_IMPACT_MIN)))).toBe(true);
    const tprL = rows.slice(0, 200).filter((r) => r.defaulted === 0 && r.approved).length / 180;
    const tprP = rows.slice(200).filter((r) => r.defaulted === 0 && r.approved).length / 180;
    expect(f.equalOpportunityDifference).toBeCloseTo(tprL - tprP, 9);
    expect(attributeFairness('province_code', rows).disparateImpactRatio).toBeNull();
  });

  it('reads PSI in the DOMAIN.md bands and treats missing as a bin', () => {
    expect([psiLevel(0.05), psiLevel(0.1), psiLevel(0.25)]).toEqual(['stable', 'watch', 'act']);
    const base = Float64Array.from({ length: 1000 }, (_, i) => i % 50);
    expect(variableDrift('x', base, base).level).toBe('stable');
    const missing = base.map((v, i) => (i % 2 === 0 ? Number.NaN : v));
    expect(variableDrift('x', base, missing).level).toBe('act');
  });

  it('keeps a development reference that judges recent requests without the training data', () => {
    const base = Float64Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? Number.NaN : i % 100));
    const ref = JSON.parse(JSON.stringify(driftReference('x', base))) as ReturnType<typeof driftReference>;
    expect(ref.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(driftAgainst(ref, base)).toMatchObject({ psi: 0, level: 'stable' });
    expect(
      driftAgainst(
        ref,
        base.map((v) => v + 60),
      )!.level,
    ).toBe('act');
    expect(
      driftAgainst(
        ref,
        base.map(() => Number.NaN),
      )!.level,
    ).toBe('act');
    expect(driftAgainst(ref, base.subarray(0, MIN_RECENT_VALUES - 1))).toBeNull();
  });
});

function findBinIndex(binning: (typeof fit.card.characteristics)[number]['binning'], value: number | string | null): number {
  const bins = binning.bins;
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return bins.findIndex((b) => b.kind === 'missing');
  if (binning.type === 'numeric') {
    const v = Number(value);
    return bins.findIndex((b) => b.kind === 'range' && (b.lower == null || v >= b.lower) && (b.upper == null || v < b.upper));
  }
  return bins.findIndex((b) => b.kind === 'levels' && (b.levels ?? []).includes(String(value)));
}
