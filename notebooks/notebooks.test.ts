// The analyst recipes run on small data and say what they should: the freMTPL2 GLM on a
// 1-in-20 sample of the committed file, the K3 portfolio of a small synthetic book, the
// fraud worklist breakdown over a handful of cases, and a recipe as a script (its own process).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB } from '../data-samples/sql/index.js';
import { fremtpl2Path } from '../models/families/poisson/fremtpl2.js';
import type { WorklistCase } from '../models/fraud/service.js';
import { formatWorklistRecipe, worklistRecipe } from './fraud-worklist.js';
import { formatRelativities, fremtpl2Relativities } from './fremtpl2-relativities.js';
import { formatPortfolio, k3Portfolio } from './k3-portfolio.js';

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-notebooks-'));
  sample = join(dir, 'fremtpl2-sample.parquet');
  const db = await createOfflineDuckDB(':memory:', { threads: 1 });
  const connection = await db.connect();
  await connection.run('COPY (SELECT * FROM read_parquet($1) WHERE IDpol % 20 = 0) TO $2 (FORMAT parquet)', [fremtpl2Path(), sample]);
  connection.closeSync();
  db.closeSync();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('freMTPL2 relativities', () => {
  it('fits the GLM on a sample, beats the one-rate model, and gives every level a relativity inside its interval', async () => {
    const recipe = await fremtpl2Relativities(sample);
    expect(recipe.converged).toBe(true);
    expect(recipe.learnRows).toBeGreaterThan(25_000);
    expect(recipe.learnRows).toBeLessThan(40_000);
    expect(recipe.testDeviance.glm).toBeLessThan(recipe.testDeviance.homogeneous);
    expect(recipe.relativities.length).toBeGreaterThan(30);
    for (const r of recipe.relativities) {
      expect(r.relativity, r.column).toBeGreaterThan(0);
      expect(r.lower, r.column).toBeLessThanOrEqual(r.relativity);
      expect(r.upper, r.column).toBeGreaterThanOrEqual(r.relativity);
    }
    // The strongest effects of the full data hold on a sample: new cars claim more, bonus-malus raises frequency per point.
    expect(recipe.relativities.find((r) => r.column === 'VehAge=[0,1)')?.relativity).toBeGreaterThan(1.5);
    expect(recipe.relativities.find((r) => r.column === 'BonusMalus')?.lower).toBeGreaterThan(1);
    const text = formatRelativities(recipe);
    expect(text).toContain('VehBrand=');
    expect(text).toMatch(/test deviance \(10\^-2\): one rate \d+\.\d{3}, GLM \d+\.\d{3}/);
  });
});

describe('K3 portfolio', () => {
  it('rates a small synthetic book: every employer once per rate table, A/E near 1', async () => {
    const summary = await k3Portfolio({ employers: 600, years: 4, seed: 3, asOf: '2026-06-30' });
    expect(summary.employers).toBe(600);
    expect(summary.history.ratio).toBeGreaterThan(0.7);
    expect(summary.history.ratio).toBeLessThan(1.3);
    for (const g of summary.groupShifts) expect(g.lower + g.same + g.higher, g.rateTable).toBe(600);
    const text = formatPortfolio(summary);
    expect(text).toContain('600 employers');
    for (const g of summary.groupShifts) expect(text).toContain(g.rateTable);
  });
});

describe('fraud worklist', () => {
  const CASES: WorklistCase[] = [
    {
      caseId: '3171R001-UPCODING',
      rank: 1,
      facilityId: '3171R001',
      province: '31',
      fraudType: 'UPCODING',
      claims: 4,
      amountAtRisk: 9_000_000,
      expectedRecovery: 8_000_000,
      reasons: [
        {
          kind: 'detector',
          fraudType: 'UPCODING',
          signal: 'severity_without_support',
          amountAtRisk: 4_500_000,
          relatedSep: [],
          en: 'Severity III without support',
          id: 'Severitas III tanpa dukungan',
        },
      ],
    },
    {
      caseId: '3273R002-PHANTOM',
      rank: 2,
      facilityId: '3273R002',
      province: '32',
      fraudType: 'PHANTOM_BILLING',
      claims: 2,
      amountAtRisk: 6_000_000,
      expectedRecovery: 5_000_000,
      reasons: [],
    },
    {
      caseId: '3171R003-UPCODING',
      rank: 3,
      facilityId: '3171R003',
      province: '31',
      fraudType: 'UPCODING',
      claims: 1,
      amountAtRisk: 1_000_000,
      expectedRecovery: 500_000,
      reasons: [],
    },
  ];

  it('breaks the cases down by province and fraud type, largest expected recovery first', async () => {
    const recipe = await worklistRecipe({ worklist: async () => CASES });
    expect(recipe.byProvince).toEqual([
      { key: '31', cases: 2, claims: 5, amountAtRisk: 10_000_000, expectedRecovery: 8_500_000 },
      { key: '32', cases: 1, claims: 2, amountAtRisk: 6_000_000, expectedRecovery: 5_000_000 },
    ]);
    expect(recipe.byFraudType.map((b) => b.key)).toEqual(['UPCODING', 'PHANTOM_BILLING']);
    const text = formatWorklistRecipe(recipe);
    expect(text).toContain('3 cases within capacity');
    expect(text).toContain('EN: Severity III without support');
    expect(text).toContain('ID: Severitas III tanpa dukungan');
  });
});

describe('as scripts', () => {
  it('runs a recipe in its own process and prints its report', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'fremtpl2-relativities.ts'), sample],
      { timeout: 120_000 },
    );
    expect(stdout).toMatch(/^Poisson GLM on [\d,]+ learning rows \(converged\)/);
    expect(stdout).toContain('VehAge=[0,1)');
  });
});
