// Case formation (CASE_RULE) on hand-built scores: a claim is in a case when fraud is more
// likely than not (the posterior: the model, or what its evidence proves: the signal's learned
// precision raised by the provider's excess of it) or its evidence is certain; the model does
// not veto a clean-history provider's repeated pattern; a single stray outlier of a signal
// audits rarely confirm, or a noisy signal at its network rate, does not make a case; a scheme
// of many cheap claims is a case even though one audit would not pay for itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { CASE_ECONOMICS, MIN_CASE_POSTERIOR, claimScoresSelect, claimScoresSql, signalPatternsSql } from './claim-scores.js';

interface Claim {
  sep: string;
  card?: string;
  facility: string;
  probability: number;
  paid: number;
  type?: string;
  signal?: string;
  strength?: 'certain' | 'suspicious';
  risk?: number;
}

const claims: Claim[] = [
  // a clean-history provider: five stays, each a clear outlier of a signal audits confirm 7 times in 10; the model sees nothing
  ...Array.from({ length: 5 }, (_, i): Claim => ({
    sep: `CLEAN-${i}`,
    facility: 'F-CLEAN',
    probability: 0.03,
    paid: 6_000_000,
    type: 'PROLONGED_LOS',
    signal: 'pattern',
    strength: 'suspicious',
    risk: 2_000_000,
  })),
  // one stray outlier of a signal audits confirm 1 in 4: alone it proves too little
  {
    sep: 'STRAY-1',
    facility: 'F-STRAY',
    probability: 0.03,
    paid: 6_000_000,
    type: 'PROLONGED_LOS',
    signal: 'outlier',
    strength: 'suspicious',
    risk: 2_000_000,
  },
  // the same kind of stray outlier, of a signal audits confirm 7 in 10: more likely than not on its own
  {
    sep: 'TRUSTED-1',
    facility: 'F-TRUSTED',
    probability: 0.03,
    paid: 6_000_000,
    type: 'PROLONGED_LOS',
    signal: 'pattern',
    strength: 'suspicious',
    risk: 2_000_000,
  },
  // a noisy signal (audits confirm 1 in 20) firing on one claim in five everywhere, here as often
  // as at three other providers the model also finds honest: no case however many claims
  ...['F-NOISY', 'F-BG1', 'F-BG2', 'F-BG3'].flatMap((facility) =>
    Array.from({ length: 40 }, (_, i): Claim =>
      i < 8
        ? {
            sep: `${facility === 'F-NOISY' ? 'NOISY' : facility}-${i}`,
            facility,
            probability: 0.01,
            paid: 3_000_000,
            type: 'COB_KKPAK',
            signal: 'noisy',
            strength: 'suspicious',
            risk: 3_000_000,
          }
        : { sep: `${facility}-QUIET-${i}`, facility, probability: 0.01, paid: 3_000_000 },
    ),
  ),
  // a certain hit where the model sees nothing: always a case
  {
    sep: 'GHOST-1',
    facility: 'F-GHOST',
    probability: 0.001,
    paid: 400_000,
    type: 'PHANTOM_BILLING',
    signal: 'after_death',
    strength: 'certain',
    risk: 400_000,
  },
  // at the same provider: the same patient's weak hit of the same type (alone no case), another
  // patient's weak hit of that type, and the same patient's claim with no hit at all
  {
    sep: 'GHOST-2',
    card: 'GHOST-1',
    facility: 'F-GHOST',
    probability: 0.001,
    paid: 400_000,
    type: 'PHANTOM_BILLING',
    signal: 'weak',
    strength: 'suspicious',
    risk: 400_000,
  },
  {
    sep: 'GHOST-4',
    facility: 'F-GHOST',
    probability: 0.001,
    paid: 400_000,
    type: 'PHANTOM_BILLING',
    signal: 'weak',
    strength: 'suspicious',
    risk: 400_000,
  },
  { sep: 'GHOST-3', card: 'GHOST-1', facility: 'F-GHOST', probability: 0.001, paid: 400_000 },
  // one doctor's impossible day: forty cheap sessions, each a certain-free but patterned signal audits confirm 9 in 10
  ...Array.from({ length: 40 }, (_, i): Claim => ({
    sep: `CHEAP-${i}`,
    facility: 'F-CHEAP',
    probability: 0.2,
    paid: 60_000,
    type: 'PHANTOM_BILLING',
    signal: 'volume',
    strength: 'suspicious',
    risk: 60_000,
  })),
  // the model alone, sure of a provider's claims with no detector hit
  ...Array.from({ length: 4 }, (_, i): Claim => ({ sep: `MODEL-${i}`, facility: 'F-MODEL', probability: 0.95, paid: 5_000_000 })),
];

let instance: DuckDBInstance;
let c: DuckDBConnection;
let scores: Map<string, { in_case: boolean; posterior: number; expected_recovery: number; amount_at_risk: bigint }>;

beforeAll(async () => {
  instance = await createOfflineDuckDB(':memory:');
  c = await instance.connect();
  await c.run(`CREATE TABLE fraud_claim_base (nomor_sep VARCHAR, facility_id VARCHAR, facility_province VARCHAR, submit_month DATE, tgl_masuk DATE, tgl_pulang DATE,
    card_key VARCHAR, member_key VARCHAR, kode_dpjp VARCHAR, diagnosa VARCHAR, procedure VARCHAR, kode_inacbg VARCHAR, jenis_rawat INTEGER, paid_amount BIGINT, billed_cost BIGINT)`);
  await c.run('CREATE TABLE fraud_model_scores (nomor_sep VARCHAR, probability DOUBLE, anomaly_score DOUBLE)');
  await c.run(`CREATE TABLE fraud_detector_hits (fraud_type VARCHAR, nomor_sep VARCHAR, signal VARCHAR, strength VARCHAR, amount_at_risk BIGINT,
    related_sep VARCHAR[], evidence_en VARCHAR, evidence_id VARCHAR)`);
  await c.run(`CREATE TABLE fraud_signal_precision AS SELECT * FROM (VALUES ('PROLONGED_LOS', 'pattern', 0.7), ('PROLONGED_LOS', 'outlier', 0.25), ('COB_KKPAK', 'noisy', 0.05),
    ('PHANTOM_BILLING', 'after_death', 0.9), ('PHANTOM_BILLING', 'volume', 0.9)) t(fraud_type, signal, precision)`);
  await c.run('CREATE TABLE fraud_risk_share AS SELECT 0.3 AS model_only_share');
  for (const x of claims) {
    await c.run(
      `INSERT INTO fraud_claim_base VALUES ($1, $2, '31', DATE '2024-03-01', DATE '2024-03-01', DATE '2024-03-05', $4, $4, 'D1', 'A01.0', NULL, 'A-4-11-I', 1, $3, $3)`,
      [x.sep, x.facility, x.paid, x.card ?? x.sep],
    );
    await c.run('INSERT INTO fraud_model_scores VALUES ($1, $2, 0)', [x.sep, x.probability]);
    if (x.type)
      await c.run(`INSERT INTO fraud_detector_hits VALUES ($1, $2, $3, $4, $5, []::VARCHAR[], 'evidence', 'bukti')`, [
        x.type,
        x.sep,
        x.signal ?? '',
        x.strength ?? '',
        x.risk ?? 0,
      ]);
  }
  await c.run(signalPatternsSql());
  const rows = (await c.runAndReadAll(claimScoresSelect())).getRowObjectsJS() as Record<string, unknown>[];
  scores = new Map(rows.map((r) => [String(r['nomor_sep']), r as never]));
});

afterAll(() => {
  c?.closeSync();
  instance?.closeSync();
});

describe('case formation: more likely than not, or certain; worth ranks, it does not exclude', () => {
  it('makes a case of a scheme of many cheap claims, though its net value after audit cost is negative', () => {
    for (let i = 0; i < 40; i++) expect(scores.get(`CHEAP-${i}`)?.in_case, `CHEAP-${i}`).toBe(true);
    const worth = [...scores.entries()].filter(([k]) => k.startsWith('CHEAP-')).reduce((s, [, v]) => s + v.expected_recovery, 0);
    expect(worth).toBeLessThan(CASE_ECONOMICS.caseAuditCost + 40 * CASE_ECONOMICS.claimReviewCost);
  });

  it('makes a case of a repeated pattern at a provider with a clean history, which the model alone would veto', () => {
    for (let i = 0; i < 5; i++) expect(scores.get(`CLEAN-${i}`)?.in_case, `CLEAN-${i}`).toBe(true);
    const clean = [...scores.entries()].filter(([k]) => k.startsWith('CLEAN-')).reduce((s, [, v]) => s + v.expected_recovery, 0);
    expect(clean).toBeGreaterThan(CASE_ECONOMICS.caseAuditCost + 5 * CASE_ECONOMICS.claimReviewCost);
  });

  it('leaves one stray outlier of a signal audits confirm 1 in 4 out, and takes one of a signal they confirm 7 in 10', () => {
    expect(scores.get('STRAY-1')?.in_case).toBe(false);
    expect(scores.get('TRUSTED-1')?.in_case).toBe(true);
  });

  it('keeps a noisy signal at its network rate out of cases, at a provider the model finds honest', () => {
    for (let i = 0; i < 8; i++) expect(scores.get(`NOISY-${i}`)?.in_case).toBe(false);
  });

  it('always makes a case of certain evidence, whatever the model and the amount', () => {
    expect(scores.get('GHOST-1')?.in_case).toBe(true);
  });

  it("joins a patient's weak hit to the case that patient is in, never another patient's weak hit or a claim without a hit", async () => {
    expect(scores.get('GHOST-2')?.in_case, 'alone (as on arrival)').toBe(false);
    await c.run(claimScoresSql());
    const batch = new Map(
      (await c.runAndReadAll('SELECT nomor_sep, in_case FROM fraud_claim_scores'))
        .getRowObjectsJS()
        .map((r) => [String(r['nomor_sep']), r['in_case']]),
    );
    expect(batch.get('GHOST-2')).toBe(true);
    expect(batch.get('GHOST-3')).toBe(false);
    expect(batch.get('GHOST-4')).toBe(false);
    expect(batch.get('STRAY-1')).toBe(false);
    for (const [sep, alone] of scores) if (alone.in_case) expect(batch.get(sep), sep).toBe(true);
  });

  it("raises a suspicious signal's precision by the provider's excess, takes it over a lower model probability, and the model alone without one", async () => {
    const rows = (
      await c.runAndReadAll('SELECT facility_id, signal, pattern, excess_share FROM fraud_signal_patterns ORDER BY 1, 2')
    ).getRowObjectsJS();
    const excess = (facility: string): number => Number(rows.find((p) => p['facility_id'] === facility)?.['excess_share']);
    expect(rows.find((p) => p['facility_id'] === 'F-CLEAN')?.['pattern']).toBe(true);
    expect(rows.find((p) => p['facility_id'] === 'F-STRAY')?.['pattern']).toBe(false);
    // five hits where the network has almost none: most of them the provider's own doing
    expect(excess('F-CLEAN')).toBeGreaterThan(0.5);
    // the noisy signal as often as elsewhere: little excess
    expect(excess('F-NOISY')).toBeLessThan(0.3);
    const clean = scores.get('CLEAN-0');
    expect(clean?.posterior).toBeCloseTo(0.7 + 0.3 * excess('F-CLEAN'), 10);
    expect(scores.get('STRAY-1')?.posterior).toBeCloseTo(0.25 + 0.75 * excess('F-STRAY'), 10);
    expect(scores.get('STRAY-1')?.posterior).toBeLessThan(MIN_CASE_POSTERIOR);
    expect(scores.get('MODEL-0')?.posterior).toBeCloseTo(0.95, 10);
    // no detector hit: no taxonomy type and nothing an auditor can check, so no case however sure the model is
    expect(scores.get('MODEL-0')?.in_case).toBe(false);
    expect(clean?.expected_recovery).toBeCloseTo((clean?.posterior ?? 0) * Number(clean?.amount_at_risk) * CASE_ECONOMICS.recoveryShare, 3);
  });
});
