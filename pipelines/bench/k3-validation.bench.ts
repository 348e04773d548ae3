// K3 validation on generated data with ground truth (issue 6): a generated extract
// (K3_VALIDATION_MEMBERS, default 1,000,000 members; K3_VALIDATION_MONTHS, default 48, so
// that two origins can be rolled) is ingested and turned into employer x policy-year
// features; the statutory groups, the a-priori tariff, the credibility-rated model and the
// CANN challenger are scored out of time on the latest policy year, then on every origin
// with at least two earlier years (paired z of the deviance differences), and the
// experience mods are compared with the true safety latent. Set K3_VALIDATION_CANN=0 to
// skip the challenger, K3_VALIDATION_SEED to change the extract, K3_VALIDATION_DIR to keep
// the extract and warehouse there (a later run with the same directory reuses them).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JKK_WOMEN_FACTOR } from '../../data-samples/generator/calibration.js';
import { generate } from '../../data-samples/generator/index.js';
import { buildEmployerYearTable, loadEmployerYears } from '../../features/k3/index.js';
import type { EmployerYear } from '../../features/k3/index.js';
import { ingestFiles } from '../../features/ingest/index.js';
import { openWarehouse } from '../../features/warehouse/index.js';
import { complianceBand, latentAgreement, regionOf, scoreCannChallenger, validateK3 } from '../../models/k3/index.js';
import type { K3Validation, ModelScore } from '../../models/k3/index.js';
import { averagePoissonDeviance } from '../../models/metrics/index.js';
import { useBackend } from '../../models/tf/index.js';
import { LATENT_CREDIBILITY_BANDS } from '../runtime/stages/k3/k3-stage.js';

/**
 * About 1,000 KK/PAK cases per held-out year (~5 minutes on 2 cores). At 200,000 members a
 * year holds ~200 cases and the paired z of a-priori against statutory stays within +-1.
 */
const MEMBERS = Number(process.env['K3_VALIDATION_MEMBERS'] ?? 1_000_000);
const MONTHS = Number(process.env['K3_VALIDATION_MONTHS'] ?? 48);
const SEED = Number(process.env['K3_VALIDATION_SEED'] ?? 6);
const WITH_CANN = process.env['K3_VALIDATION_CANN'] !== '0';
const KEEP_DIR = process.env['K3_VALIDATION_DIR'];
/** One DuckDB thread: the bench must leave a core to other work on a 2-core machine. */
const THREADS = 1;
/** Source tables the K3 features read; hospital claims are irrelevant and generated sparsely. */
const K3_TABLES = ['members', 'employers', 'employment_spells', 'contributions', 'kkpak_cases'] as const;

interface Truth { readonly latent: number; readonly expectedFrequency: number; readonly size: number; readonly region: number; readonly compliance: number }

function printTable(rows: readonly Record<string, string | number>[]): void {
  const keys = Object.keys(rows[0] ?? {});
  const cells = rows.map((r) => keys.map((k) => String(r[k])));
  const widths = keys.map((k, i) => Math.max(k.length, ...cells.map((c) => c[i]!.length)));
  console.log(keys.map((k, i) => k.padEnd(widths[i]!)).join('  '));
  for (const c of cells) console.log(c.map((v, i) => v.padEnd(widths[i]!)).join('  '));
}

/** Per-row Poisson deviance contributions, for paired comparisons. */
function rowDeviances(actual: Float64Array, pred: Float64Array): Float64Array {
  return pred.map((mu, i) => 2 * (mu - actual[i]! + (actual[i]! > 0 ? actual[i]! * Math.log(actual[i]! / mu) : 0)));
}

/** z of mean(dev(base) - dev(challenger)): positive when the challenger has the lower deviance. */
function pairedZ(actual: Float64Array, base: Float64Array, challenger: Float64Array): { diff: number; z: number } {
  const a = rowDeviances(actual, base);
  const b = rowDeviances(actual, challenger);
  const d = a.map((v, i) => v - b[i]!);
  const mean = d.reduce((s, v) => s + v, 0) / d.length;
  const variance = d.reduce((s, v) => s + (v - mean) ** 2, 0) / (d.length - 1);
  return { diff: mean, z: mean / Math.sqrt(variance / d.length) };
}

const dev = (v: number): string => (100 * v).toFixed(4);

function scoreRows(v: K3Validation, extra: readonly ModelScore[]): Record<string, string | number>[] {
  return [...v.scores, ...extra].map((s) => ({
    model: s.model, 'deviance x100': dev(s.deviance), gini: s.gini.toFixed(4), 'gini vs statutory': s.giniVsStatutory.toFixed(4),
    'predicted/actual': (s.predicted / v.testClaims).toFixed(3),
  }));
}

/** The truth's expected count of an employer-year: per male worker-year frequency, women at JKK_WOMEN_FACTOR. */
function oracle(test: readonly EmployerYear[], truth: ReadonlyMap<string, Truth>): Float64Array {
  return Float64Array.from(test, (y) => (truth.get(y.employerId)?.expectedFrequency ?? 0) * y.workerYears * (1 - y.femaleShare * (1 - JKK_WOMEN_FACTOR)));
}

/** Fitted relativities beside the truth's exposure-weighted factor per level (both relative to the level with most exposure). */
function factorRows(v: K3Validation, test: readonly EmployerYear[], truth: ReadonlyMap<string, Truth>): Record<string, string | number>[] {
  const t = v.model.tariff;
  const terms = [
    ['size', (y: EmployerYear) => y.sizeBand, (x: Truth) => x.size, t.size],
    ['region', (y: EmployerYear) => regionOf(y.provinceCode), (x: Truth) => x.region, t.region],
    ['compliance', (y: EmployerYear) => complianceBand(y.jkkOnTimeShare), (x: Truth) => x.compliance, t.compliance],
  ] as const;
  const rows: Record<string, string | number>[] = [];
  for (const [term, level, factor, fitted] of terms) {
    const acc = new Map<string, { e: number; f: number; n: number }>();
    for (const y of test) {
      const a = acc.get(level(y)) ?? { e: 0, f: 0, n: 0 };
      a.e += y.workerYears;
      a.f += y.workerYears * factor(truth.get(y.employerId)!);
      a.n += y.claimCount;
      acc.set(level(y), a);
    }
    const ref = [...acc.entries()].reduce((p, q) => (q[1].e > p[1].e ? q : p));
    for (const [l, a] of [...acc.entries()].sort()) {
      rows.push({
        term, level: l, 'worker-years': Math.round(a.e), 'cases (test year)': a.n,
        'true factor': (a.f / a.e / (ref[1].f / ref[1].e)).toFixed(3), fitted: ((fitted[l] ?? 1) / (fitted[ref[0]] ?? 1)).toFixed(3),
      });
    }
  }
  return rows;
}

export async function run(): Promise<void> {
  const started = performance.now();
  const dir = KEEP_DIR ?? (await mkdtemp(join(tmpdir(), 'telisik-k3-validation-')));
  const warehousePath = join(dir, 'warehouse.duckdb');
  // A kept directory is reused only whole: the warehouse is written last.
  const reuse = KEEP_DIR !== undefined && existsSync(warehousePath);
  try {
    const extract = join(dir, 'extract');
    let t = performance.now();
    if (!reuse) {
      await mkdir(dir, { recursive: true });
      await generate({ outDir: extract, members: MEMBERS, months: MONTHS, seed: SEED, claimsPerMemberYear: 0.01, defectRate: 0, fraudRate: 0, threads: THREADS });
    }
    const generateSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const w = await openWarehouse(reuse ? warehousePath : join(dir, 'warehouse.tmp.duckdb'), { threads: THREADS });
    let years: EmployerYear[];
    const truth = new Map<string, Truth>();
    try {
      if (!reuse) {
        await ingestFiles(w, K3_TABLES.map((name) => join(extract, `${name}.parquet`)), { demoKey: true });
        await buildEmployerYearTable(w);
      }
      years = await loadEmployerYears(w);
      const rows = await w.query<Record<string, unknown>>(`SELECT * FROM '${join(extract, 'truth', 'employer_safety.parquet')}'`);
      for (const r of rows) {
        truth.set(String(r['employer_id']), {
          latent: Number(r['safety_latent']), expectedFrequency: Number(r['expected_frequency']),
          size: Number(r['size_factor']), region: Number(r['region_factor']), compliance: Number(r['compliance_factor']),
        });
      }
    } finally {
      await w.close();
    }
    if (!reuse) await rename(join(dir, 'warehouse.tmp.duckdb'), warehousePath);
    const featureSeconds = (performance.now() - t) / 1000;

    t = performance.now();
    const v = validateK3(years);
    const test = years.filter((y) => y.policyYear === 0 && y.workerYears > 0);
    const extra: ModelScore[] = [];
    let cannNote = '';
    if (WITH_CANN) {
      await useBackend('wasm');
      const c = await scoreCannChallenger(years, { seed: 1 });
      extra.push(c.score);
      cannNote = `CANN: ${c.epochs} epochs, balance ${c.balanceRatio.toFixed(6)}`;
    }
    const modelSeconds = (performance.now() - t) / 1000;
    const policyYears = years.reduce((m, y) => Math.max(m, y.policyYear), 0) + 1;
    const cases = years.reduce((s, y) => s + y.claimCount, 0);
    const workerYears = years.reduce((s, y) => s + y.workerYears, 0);
    console.log(`extract: ${MEMBERS.toLocaleString('en')} members, ${MONTHS} months, seed ${SEED}; ${new Set(years.map((y) => y.employerId)).size.toLocaleString('en')} employers, `
      + `${years.length.toLocaleString('en')} employer-years over ${policyYears} policy years, ${cases} KK/PAK cases, ${(1000 * cases / workerYears).toFixed(2)} per 1,000 worker-years`);
    console.log(`held-out policy year 0: ${v.testRows} employer-years, ${v.testClaims} cases; fitted on ${v.trainRows} employer-years; credibility k = ${v.model.credibility.k.toFixed(2)} expected cases`);

    console.log('\nout of time (latest policy year), average Poisson deviance per employer-year x100');
    const o = oracle(test, truth);
    printTable([...scoreRows(v, extra), { model: 'truth (oracle)', 'deviance x100': dev(averagePoissonDeviance(v.predictions.actual, o)), gini: '', 'gini vs statutory': '', 'predicted/actual': (o.reduce((s, x) => s + x, 0) / v.testClaims).toFixed(3) }]);
    if (cannNote) console.log(cannNote);

    console.log('\nrolling origin: each policy year with at least two earlier years held out in turn; z > 0 when the second model has the lower deviance');
    const rolling: Record<string, string | number>[] = [];
    for (let h = 0; h <= policyYears - 3; h++) {
      const r = h === 0 ? v : validateK3(years, h);
      const p = r.predictions;
      const pairs = [['statutory', 'apriori', p.statutory, p.apriori], ['apriori', 'credibility', p.apriori, p.credibility], ['statutory', 'credibility', p.statutory, p.credibility]] as const;
      for (const [a, b, pa, pb] of pairs) {
        const z = pairedZ(p.actual, pa, pb);
        rolling.push({ 'held-out year': h, rows: r.testRows, cases: r.testClaims, comparison: `${a} -> ${b}`, 'deviance gain x100': dev(z.diff), z: z.z.toFixed(2) });
      }
    }
    printTable(rolling);

    console.log('\nsafety latent vs log experience mod (held-out year 0 ratings), by credibility floor');
    const latent = new Map([...truth].map(([id, x]) => [id, x.latent]));
    printTable(LATENT_CREDIBILITY_BANDS.map((min) => latentAgreement(v, latent, min)).map((a) => ({
      'credibility >=': a.minCredibility, employers: a.employers, pearson: a.pearson.toFixed(3), spearman: a.spearman.toFixed(3),
    })));

    console.log('\na-priori factors: fitted relativities (year-0 validation model) beside the true factors, test-year exposure');
    console.log(`term tests: ${v.model.tariff.termTests.map((x) => `${x.term} ${x.kept ? 'kept' : 'dropped'} (${x.devianceIncrease.toFixed(1)} vs ${x.critical.toFixed(1)}, df ${x.df})`).join('; ')}`);
    printTable(factorRows(v, test, truth));
    console.log(`\nwall time: generate ${generateSeconds.toFixed(0)} s, ingest + features ${featureSeconds.toFixed(0)} s, models ${modelSeconds.toFixed(0)} s, total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    if (!KEEP_DIR) await rm(dir, { recursive: true, force: true });
  }
}
