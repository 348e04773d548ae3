// K3 validation on generated data with ground truth (issue 6): a generated extract
// (K3_VALIDATION_MEMBERS, default 1,000,000 members; K3_VALIDATION_MONTHS, default 48, so
// that two origins can be rolled) is ingested and turned into employer x policy-year
// features; the statutory groups, the a-priori tariff, the credibility-rated model and the
// CANN challenger are scored out of time on the latest policy year, then on every origin
// with at least two earlier years (paired z of the deviance differences), and the
// experience mods are compared with the true safety latent. Set K3_VALIDATION_CANN=0 to
// skip the challenger, K3_VALIDATION_SEED to change the extract, K3_VALIDATION_DIR to keep
// the extract and warehouse there (a later run with the same directory reuses them).
// Issue 17: the group changes with their reasons, the coverage of the frequency intervals on
// the truth, and, with K3_VALIDATION_OTHER_DIR (a kept directory of another seed), the
// agreement of the recommended groups when this book's employers are rated by both books' models.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JKK_WOMEN_FACTOR } from '../../data-samples/generator/calibration.js';
import { generate } from '../../data-samples/generator/index.js';
import { buildEmployerYearTable, loadClaims, loadEmployerYears } from '../../features/k3/index.js';
import type { EmployerYear, K3Claim } from '../../features/k3/index.js';
import { ingestFiles } from '../../features/ingest/index.js';
import { openWarehouse } from '../../features/warehouse/index.js';
import {
  buildK3RatingModel,
  byEmployer,
  claimsByEmployer,
  complianceBand,
  latentAgreement,
  rateBook,
  rateEmployer,
  ratingInputOf,
  regionOf,
  scoreCannChallenger,
  validateK3,
} from '../../models/k3/index.js';
import type { K3RatingModel, K3Validation, ModelScore } from '../../models/k3/index.js';
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
const OTHER_DIR = process.env['K3_VALIDATION_OTHER_DIR'];
/** One DuckDB thread: the bench must leave a core to other work on a 2-core machine. */
const THREADS = 1;
/** Source tables the K3 features read; hospital claims are irrelevant and generated sparsely. */
const K3_TABLES = ['members', 'employers', 'employment_spells', 'contributions', 'kkpak_cases'] as const;

interface Truth {
  readonly latent: number;
  readonly expectedFrequency: number;
  readonly size: number;
  readonly region: number;
  readonly compliance: number;
}

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
    model: s.model,
    'deviance x100': dev(s.deviance),
    gini: s.gini.toFixed(4),
    'gini vs statutory': s.giniVsStatutory.toFixed(4),
    'predicted/actual': (s.predicted / v.testClaims).toFixed(3),
  }));
}

/** The truth's expected count of an employer-year: per male worker-year frequency, women at JKK_WOMEN_FACTOR. */
function oracle(test: readonly EmployerYear[], truth: ReadonlyMap<string, Truth>): Float64Array {
  return Float64Array.from(
    test,
    (y) => (truth.get(y.employerId)?.expectedFrequency ?? 0) * y.workerYears * (1 - y.femaleShare * (1 - JKK_WOMEN_FACTOR)),
  );
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
        term,
        level: l,
        'worker-years': Math.round(a.e),
        'cases (test year)': a.n,
        'true factor': (a.f / a.e / (ref[1].f / ref[1].e)).toFixed(3),
        fitted: ((fitted[l] ?? 1) / (fitted[ref[0]] ?? 1)).toFixed(3),
      });
    }
  }
  return rows;
}

/** A kept bench directory's book: employer-years and claims. */
async function keptBook(dir: string): Promise<{ years: EmployerYear[]; claims: K3Claim[] }> {
  const w = await openWarehouse(join(dir, 'warehouse.duckdb'), { readOnly: true, threads: THREADS });
  try {
    return { years: await loadEmployerYears(w), claims: await loadClaims(w) };
  } finally {
    await w.close();
  }
}

const asOfOf = (years: readonly EmployerYear[]): string => years.find((y) => y.policyYear === 0)?.pyEnd ?? years[0]!.pyEnd;

/** Share of this book's employers given the same PP 44/2015 group by both models, and of the changed ones changed alike. */
function groupAgreement(
  years: readonly EmployerYear[],
  claims: readonly K3Claim[],
  a: K3RatingModel,
  b: K3RatingModel,
): Record<string, string | number> {
  const listed = claimsByEmployer(claims);
  let same = 0;
  let n = 0;
  let changedA = 0;
  let changedB = 0;
  let alike = 0;
  for (const h of byEmployer(years).values()) {
    const input = ratingInputOf(h, listed.get(h[0]!.employerId) ?? []);
    const ra = rateEmployer(a, input).recommendations[0]!;
    const rb = rateEmployer(b, input).recommendations[0]!;
    n++;
    if (ra.recommendedGroup === rb.recommendedGroup) same++;
    const ca = ra.recommendedGroup !== ra.statutoryGroup;
    const cb = rb.recommendedGroup !== rb.statutoryGroup;
    if (ca) changedA++;
    if (cb) changedB++;
    if (ca && cb && ra.recommendedGroup === rb.recommendedGroup) alike++;
  }
  return {
    employers: n,
    'same group': `${((100 * same) / n).toFixed(2)}%`,
    'changed (this model)': changedA,
    'changed (other model)': changedB,
    'changed alike': alike,
  };
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
      await generate({
        outDir: extract,
        members: MEMBERS,
        months: MONTHS,
        seed: SEED,
        claimsPerMemberYear: 0.01,
        defectRate: 0,
        fraudRate: 0,
        threads: THREADS,
      });
    }
    const generateSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const w = await openWarehouse(reuse ? warehousePath : join(dir, 'warehouse.tmp.duckdb'), { threads: THREADS });
    let years: EmployerYear[];
    let claims: K3Claim[];
    const truth = new Map<string, Truth>();
    try {
      if (!reuse) {
        await ingestFiles(
          w,
          K3_TABLES.map((name) => join(extract, `${name}.parquet`)),
          { demoKey: true },
        );
        await buildEmployerYearTable(w);
      }
      years = await loadEmployerYears(w);
      claims = await loadClaims(w);
      const rows = await w.query<Record<string, unknown>>(`SELECT * FROM '${join(extract, 'truth', 'employer_safety.parquet')}'`);
      for (const r of rows) {
        truth.set(String(r['employer_id']), {
          latent: Number(r['safety_latent']),
          expectedFrequency: Number(r['expected_frequency']),
          size: Number(r['size_factor']),
          region: Number(r['region_factor']),
          compliance: Number(r['compliance_factor']),
        });
      }
    } finally {
      await w.close();
    }
    if (!reuse) await rename(join(dir, 'warehouse.tmp.duckdb'), warehousePath);
    const featureSeconds = (performance.now() - t) / 1000;

    t = performance.now();
    const v = validateK3(years, 0, claims);
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
    console.log(
      `extract: ${MEMBERS.toLocaleString('en')} members, ${MONTHS} months, seed ${SEED}; ${new Set(years.map((y) => y.employerId)).size.toLocaleString('en')} employers, ` +
        `${years.length.toLocaleString('en')} employer-years over ${policyYears} policy years, ${cases} KK/PAK cases, ${((1000 * cases) / workerYears).toFixed(2)} per 1,000 worker-years`,
    );
    console.log(
      `held-out policy year 0: ${v.testRows} employer-years, ${v.testClaims} cases; fitted on ${v.trainRows} employer-years; credibility k = ${v.model.credibility.k.toFixed(2)} expected cases`,
    );

    console.log('\nout of time (latest policy year), average Poisson deviance per employer-year x100');
    const o = oracle(test, truth);
    printTable([
      ...scoreRows(v, extra),
      {
        model: 'truth (oracle)',
        'deviance x100': dev(averagePoissonDeviance(v.predictions.actual, o)),
        gini: '',
        'gini vs statutory': '',
        'predicted/actual': (o.reduce((s, x) => s + x, 0) / v.testClaims).toFixed(3),
      },
    ]);
    if (cannNote) console.log(cannNote);

    console.log(
      '\nrolling origin: each policy year with at least two earlier years held out in turn; z > 0 when the second model has the lower deviance',
    );
    const rolling: Record<string, string | number>[] = [];
    for (let h = 0; h <= policyYears - 3; h++) {
      const r = h === 0 ? v : validateK3(years, h, claims);
      const p = r.predictions;
      const pairs = [
        ['statutory', 'apriori', p.statutory, p.apriori],
        ['apriori', 'credibility', p.apriori, p.credibility],
        ['statutory', 'credibility', p.statutory, p.credibility],
      ] as const;
      for (const [a, b, pa, pb] of pairs) {
        const z = pairedZ(p.actual, pa, pb);
        rolling.push({
          'held-out year': h,
          rows: r.testRows,
          cases: r.testClaims,
          comparison: `${a} -> ${b}`,
          'deviance gain x100': dev(z.diff),
          z: z.z.toFixed(2),
        });
      }
    }
    printTable(rolling);

    console.log('\nsafety latent vs log experience mod (held-out year 0 ratings), by credibility floor');
    const latent = new Map([...truth].map(([id, x]) => [id, x.latent]));
    printTable(
      LATENT_CREDIBILITY_BANDS.map((min) => latentAgreement(v, latent, min)).map((a) => ({
        'credibility >=': a.minCredibility,
        employers: a.employers,
        pearson: a.pearson.toFixed(3),
        spearman: a.spearman.toFixed(3),
      })),
    );

    console.log('\na-priori factors: fitted relativities (year-0 validation model) beside the true factors, test-year exposure');
    console.log(
      `term tests: ${v.model.tariff.termTests.map((x) => `${x.term} ${x.kept ? 'kept' : 'dropped'} (${x.devianceIncrease.toFixed(1)} vs ${x.critical.toFixed(1)}, df ${x.df})`).join('; ')}`,
    );
    printTable(factorRows(v, test, truth));

    console.log(
      `\ncredibility: ${v.model.credibility.estimator}; between-employer variance ${v.model.credibility.betweenVariance.toFixed(4)} ` +
        `[${v.model.credibility.betweenVarianceInterval.map((x) => x.toFixed(4)).join(', ')}], k = ${v.model.credibility.k.toFixed(3)}`,
    );
    // Coverage: the true expected frequency of each held-out employer inside its 95% interval (rated on the earlier years).
    const listedTrain = claimsByEmployer(claims.filter((c) => c.policyYear > 0));
    const histories = byEmployer(years.filter((y) => y.policyYear > 0));
    let inside = 0;
    for (const y of test) {
      const r = rateEmployer(v.model, {
        attributes: y,
        workerYears: y.workerYears,
        wageBill: y.wageBill,
        history: histories.get(y.employerId) ?? [],
        claims: listedTrain.get(y.employerId) ?? [],
      });
      const f = (truth.get(y.employerId)?.expectedFrequency ?? 0) * (1 - y.femaleShare * (1 - JKK_WOMEN_FACTOR));
      if (f >= r.frequencyInterval.lower && f <= r.frequencyInterval.upper) inside++;
    }
    console.log(
      `frequency intervals (95%) cover the true expected frequency of ${((100 * inside) / test.length).toFixed(1)}% of ${test.length} held-out employers`,
    );

    console.log('\ngroup recommendation of the whole book (rated for the year ahead), by rate table and reason');
    const model = buildK3RatingModel(years, asOfOf(years), claims);
    const { summary } = rateBook(model, years, undefined, claims);
    printTable(
      summary.groupShifts.map((g) => ({
        table: g.rateTable,
        lower: g.lower,
        same: g.same,
        higher: g.higher,
        'premium change': `${((g.recommendedPremium / g.statutoryPremium - 1) * 100).toFixed(2)}%`,
        ...g.reasons,
        'zero-claim indicated 2+ up (held)': g.zeroClaimTwoUpIndicated,
      })),
    );
    if (OTHER_DIR) {
      const other = await keptBook(OTHER_DIR);
      console.log(`\ngroup agreement: this book's employers rated by its model and by the model of ${OTHER_DIR}`);
      printTable([groupAgreement(years, claims, model, buildK3RatingModel(other.years, asOfOf(other.years), other.claims))]);
    }
    console.log(
      `\nwall time: generate ${generateSeconds.toFixed(0)} s, ingest + features ${featureSeconds.toFixed(0)} s, models ${modelSeconds.toFixed(0)} s, total ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    if (!KEEP_DIR) await rm(dir, { recursive: true, force: true });
  }
}
