// The `k3` stage: on the book `k3-book` published (features and the fitted tariff), one job
// validates the rating out of time with the CANN challenger beside it while the rating jobs,
// one per employer bucket, rate their employers read-only; the publish step, the only
// writer, merges the ratings and summaries and publishes the book (files for the API), the
// report and the `k3_employer_rating` table.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../../features/snapshot/index.js';
import { literal } from '../../../../data-samples/sql/index.js';
import { K3_EMPLOYER_YEAR_TABLE, employersKept, loadClaims, loadEmployerYears } from '../../../../features/k3/index.js';
import type { EmployerYear, K3Claim } from '../../../../features/k3/index.js';
import {
  PORTFOLIO_FILE,
  RATINGS_FILE,
  byEmployer,
  claimsByEmployer,
  latentAgreement,
  rateBook,
  rateEmployer,
  ratingInputOf,
  scoreCannChallenger,
  validateK3,
  writeK3Report,
} from '../../../../models/k3/index.js';
import type { K3RatingModel, K3Validation, PortfolioSummary, RatingRow } from '../../../../models/k3/index.js';
import { replaceTableAtomic, withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import { extractDir } from '../foundation/run-paths.js';
import { bucketCount, hexKeyBuckets } from '../foundation/member-buckets.js';
import type { RunSpec, StageDefinition, StageProcessor } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';
import { k3BookDir, k3WorkDir, readBookModel } from './k3-book-stage.js';
import { mergePortfolioSummaries } from './k3-summary.js';

export { k3BookDir } from './k3-book-stage.js';

export const K3_RATING_TABLE = 'k3_employer_rating';
/** Credibility floors at which the mod is compared with the true latent: everyone, then employers whose history carries weight. */
export const LATENT_CREDIBILITY_BANDS = Object.freeze([0, 0.05, 0.2]);
export const VALIDATION_FILE = 'validation.json';
/** Run parameter: employer buckets of the rating jobs (1 = one job). */
export const EMPLOYER_BUCKETS_PARAM = 'employerBuckets';
/** Seed of the CANN challenger's fit: the stage's validation is reproducible run to run. */
const K3_CHALLENGER_SEED = 1;
/** Worksheets shown in the report: the experience-rated employers with the most expected cases. */
const REPORT_WORKSHEETS = 3;

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const work = (run: RunSpec): string => k3WorkDir(run, 'k3');
/** Employer ids are plain codes: bucketed by their MD5, whose hex prefix is uniform. */
const employerBuckets = (run: RunSpec) => hexKeyBuckets('md5(employer_id)', bucketCount(run, EMPLOYER_BUCKETS_PARAM));

/** The generated extract's employer safety truth, when this run generated one. */
function employerSafetyTruth(run: RunSpec): string | undefined {
  for (const ext of ['parquet', 'csv']) {
    const path = join(extractDir(run), 'truth', `employer_safety.${ext}`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** What the report reads of a validation (it reads no per-employer field), as JSON. */
type ValidationRecord = Pick<
  K3Validation,
  'holdoutYear' | 'trainRows' | 'testRows' | 'testClaims' | 'scores' | 'actualExpected' | 'doubleLift'
> & {
  readonly model: K3RatingModel;
};
interface ValidationOutcome {
  readonly validation?: ValidationRecord;
  readonly skipped?: string;
  readonly notes: readonly string[];
  readonly latentAgreement?: ReturnType<typeof latentAgreement>[];
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;
const readBook = async (run: RunSpec) => ({
  years: await readJson<EmployerYear[]>(join(k3BookDir(run), 'employer-years.json')),
  claims: await readJson<K3Claim[]>(join(k3BookDir(run), 'claims.json')),
});

/**
 * Out-of-time validation of the statutory, a-priori and credibility models, with the CANN
 * challenger scored on the same held-out year beside them. A challenger that cannot be fitted
 * is reported, not fatal: the tariff is what gets published.
 */
const k3ValidationProcessor: StageProcessor = {
  name: 'k3-validation',
  description: 'Out-of-time validation of the K3 rating models, the CANN challenger beside them, and agreement with ground truth.',
  async process(task) {
    const book = await readBookModel(task.run);
    if ('skipped' in book) return { outputs: [] };
    const { years, claims } = await readBook(task.run);
    let outcome: ValidationOutcome;
    try {
      const v = validateK3(years, 0, claims);
      const notes: string[] = [];
      let scores = v.scores;
      try {
        const cann = await scoreCannChallenger(years, { seed: K3_CHALLENGER_SEED }, v.holdoutYear);
        scores = [...scores, cann.score];
        notes.push(`CANN challenger: ${cann.epochs} epochs, learning-set balance ${cann.balanceRatio.toFixed(6)}.`);
      } catch (err) {
        notes.push(`CANN challenger not scored: ${reasonOf(err)}`);
      }
      // Ground truth exists only for generated extracts; it is read for the report, never for rating.
      const truthFile = employerSafetyTruth(task.run);
      const truth = truthFile
        ? await withTelisikWarehouse(task.run.warehousePath, { readOnly: true }, (w) =>
            // A file path in FROM cannot be a bound parameter: it goes through the one quoting module.
            w.query<{ employer_id: string; safety_latent: number }>(`SELECT employer_id, safety_latent FROM ${literal(truthFile)}`),
          )
        : [];
      const latent = new Map(truth.map((t) => [t.employer_id, Number(t.safety_latent)]));
      const agreement = latent.size > 0 ? LATENT_CREDIBILITY_BANDS.map((min) => latentAgreement(v, latent, min)) : undefined;
      for (const a of agreement ?? []) {
        notes.push(
          `Ground truth: log experience mod vs safety latent over ${a.employers} employers with credibility >= ${a.minCredibility}: Pearson ${a.pearson.toFixed(3)}, Spearman ${a.spearman.toFixed(3)}.`,
        );
      }
      const { holdoutYear, trainRows, testRows, testClaims, actualExpected, doubleLift } = v;
      const k = Number.isFinite(v.model.credibility.k) ? v.model.credibility.k : -1;
      const model = { ...v.model, credibility: { ...v.model.credibility, k } };
      outcome = {
        validation: { holdoutYear, trainRows, testRows, testClaims, scores, actualExpected, doubleLift, model },
        notes,
        ...(agreement ? { latentAgreement: agreement } : {}),
      };
    } catch (err) {
      outcome = { skipped: reasonOf(err), notes: [] };
    }
    await mkdir(work(task.run), { recursive: true });
    await writeFileAtomic(join(work(task.run), VALIDATION_FILE), JSON.stringify(outcome));
    return { outputs: [] };
  },
};

interface RatedPartition {
  readonly summary: PortfolioSummary;
  readonly worksheets: { employerId: string; worksheet: ReturnType<typeof rateEmployer>['worksheet'] }[];
}

function topWorksheets(model: K3RatingModel, years: readonly EmployerYear[], claims: readonly K3Claim[]): RatedPartition['worksheets'] {
  const listed = claimsByEmployer(claims);
  return [...byEmployer(years).values()]
    .map((h) => ({ employerId: h[0]!.employerId, rating: rateEmployer(model, ratingInputOf(h, listed.get(h[0]!.employerId) ?? [])) }))
    .filter((x) => x.rating.worksheet.eligible)
    .sort((p, q) => q.rating.worksheet.totals.expectedCases - p.rating.worksheet.totals.expectedCases)
    .slice(0, REPORT_WORKSHEETS)
    .map((x) => ({ employerId: x.employerId, worksheet: x.rating.worksheet }));
}

const ratedPath = (run: RunSpec, partition: string): string => join(work(run), `rated-${partition}.json`);
const rowsPath = (run: RunSpec, partition: string): string => join(work(run), `ratings-${partition}.ndjson`);

async function publishRatings(run: RunSpec, partitions: readonly string[]) {
  const book = await readBookModel(run);
  if ('skipped' in book)
    return { outputs: [{ kind: 'report' as const, name: K3_RATING_TABLE, rows: 0, detail: { skipped: book.skipped } }] };
  const dir = k3BookDir(run);
  const outcome = await readJson<ValidationOutcome>(join(work(run), VALIDATION_FILE));
  const parts = await Promise.all(partitions.map((p) => readJson<RatedPartition>(ratedPath(run, p))));
  const rows: RatingRow[] = [];
  for (const p of partitions) {
    const text = await readFile(rowsPath(run, p), 'utf8');
    for (const line of text.split('\n')) if (line) rows.push(JSON.parse(line) as RatingRow);
  }
  rows.sort((a, b) => (a.employer_id < b.employer_id ? -1 : a.employer_id > b.employer_id ? 1 : 0));
  const counted = await withTelisikWarehouse(run.warehousePath, { readOnly: true }, (w) =>
    w.query<{ n: bigint }>(`SELECT count(DISTINCT policy_year) AS n FROM ${K3_EMPLOYER_YEAR_TABLE}`),
  );
  const policyYears = Number(counted[0]?.n ?? 0);
  const summary = mergePortfolioSummaries(
    parts.map((p) => p.summary),
    policyYears,
    outcome.validation?.scores,
  );
  const worksheets = parts
    .flatMap((p) => p.worksheets)
    .sort((p, q) => q.worksheet.totals.expectedCases - p.worksheet.totals.expectedCases)
    .slice(0, REPORT_WORKSHEETS);
  const ratingsPath = join(dir, RATINGS_FILE);
  await writeFileAtomic(join(dir, PORTFOLIO_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  await writeFileAtomic(ratingsPath, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  let report: { htmlPath: string } | undefined;
  if (outcome.validation) {
    const v = outcome.validation;
    const k = v.model.credibility.k < 0 ? Number.POSITIVE_INFINITY : v.model.credibility.k;
    // The report reads the scores, segments, double lift and the validation model, never the per-employer maps.
    const forReport: K3Validation = {
      ...v,
      model: { ...v.model, credibility: { ...v.model.credibility, k } },
      mods: new Map(),
      credibilities: new Map(),
      predictions: {
        employerId: [],
        actual: new Float64Array(),
        statutory: new Float64Array(),
        apriori: new Float64Array(),
        credibility: new Float64Array(),
      },
    };
    report = await writeK3Report(join(dir, 'report'), forReport, outcome.notes, { summary, worksheets });
  }
  await writeFileAtomic(
    join(dir, VALIDATION_FILE),
    `${JSON.stringify(
      outcome.validation
        ? {
            scores: outcome.validation.scores.map(({ lorenz: _l, ...s }) => s),
            actualExpected: outcome.validation.actualExpected,
            doubleLift: outcome.validation.doubleLift,
            latentAgreement: outcome.latentAgreement,
            notes: outcome.notes,
          }
        : { skipped: outcome.skipped },
      null,
      2,
    )}\n`,
  );
  const published = await withTelisikWarehouse(run.warehousePath, {}, (w) =>
    replaceTableAtomic(
      w.connection,
      K3_RATING_TABLE,
      `SELECT * FROM read_json(${literal(ratingsPath)}, format = 'newline_delimited') ORDER BY employer_id`,
    ),
  );
  await rm(work(run), { recursive: true, force: true });
  return {
    outputs: [
      {
        kind: 'table' as const,
        name: K3_RATING_TABLE,
        rows: published,
        detail: { employers: summary.employers, expectedPer1000: summary.expectedPerThousandWorkerYears },
      },
      ...(report ? [{ kind: 'report' as const, name: report.htmlPath }] : []),
    ],
  };
}

const k3RatingProcessor: StageProcessor = {
  name: 'k3-employer-rating',
  description: 'A-priori tariff, Bühlmann-Straub experience mods and JKK group recommendations for one bucket of employers.',
  partitions: (run) => Object.keys(employerBuckets(run)),
  async process(task) {
    const where = employerBuckets(task.run)[task.partition];
    if (where === undefined) throw new Error(`k3-employer-rating has no partition "${task.partition}"`);
    const book = await readBookModel(task.run);
    if ('skipped' in book) return { outputs: [] };
    const { years, claims } = await withTelisikWarehouse(task.run.warehousePath, { readOnly: true }, async (w) => {
      const kept = employersKept({ employerWhere: where });
      const sql = `SELECT * FROM ${K3_EMPLOYER_YEAR_TABLE} WHERE employer_id ${kept} ORDER BY employer_id, policy_year`;
      return { years: await loadEmployerYears(w, sql), claims: await loadClaims(w, { employerWhere: where }) };
    });
    const { rows, summary } = rateBook(book.model, years, undefined, claims);
    await task.reportProgress(80, `${rows.length} employers rated`);
    await mkdir(work(task.run), { recursive: true });
    await writeFileAtomic(rowsPath(task.run, task.partition), rows.map((r) => JSON.stringify(r) + '\n').join(''));
    const rated: RatedPartition = { summary, worksheets: topWorksheets(book.model, years, claims) };
    await writeFileAtomic(ratedPath(task.run, task.partition), JSON.stringify(rated));
    return { outputs: [{ kind: 'partition', name: rowsPath(task.run, task.partition), rows: rows.length }] };
  },
  publish: publishRatings,
};

export const K3_STAGE: StageDefinition = defineStage({
  name: 'k3',
  description:
    'K3 employer risk: frequency/severity/credibility rating and JKK group recommendation for every employer, with its validation.',
  retry: { attempts: 2, backoff: { type: 'exponential', delay: 2_000 } },
  processors: [k3ValidationProcessor, k3RatingProcessor],
});
