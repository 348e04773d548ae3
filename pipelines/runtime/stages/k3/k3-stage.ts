// The `k3` stage: builds the employer x policy-year features in the warehouse, validates
// the rating out of time, fits the tariff and credibility on every year, rates every
// employer and publishes the book (files for the API) and the `k3_employer_rating` table.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../../features/snapshot/index.js';
import { literal } from '../../../../data-samples/sql/index.js';
import { buildEmployerYearTable, loadClaims, loadEmployerYears } from '../../../../features/k3/index.js';
import type { EmployerYear, K3Claim } from '../../../../features/k3/index.js';
import {
  CLAIMS_FILE,
  EMPLOYER_YEARS_FILE,
  MODEL_FILE,
  PORTFOLIO_FILE,
  RATINGS_FILE,
  buildK3RatingModel,
  byEmployer,
  claimsByEmployer,
  latentAgreement,
  modelJson,
  rateBook,
  rateEmployer,
  ratingInputOf,
  scoreCannChallenger,
  validateK3,
  writeK3Report,
} from '../../../../models/k3/index.js';
import type { K3Validation } from '../../../../models/k3/index.js';
import { replaceTableAtomic, withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import type { RunSpec, StageDefinition, StageProcessor } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';
import { extractDir } from '../foundation/run-paths.js';

export const K3_RATING_TABLE = 'k3_employer_rating';
/**
 * Fewest KK/PAK cases in the book for a tariff to be fitted: a log-link GLM has no finite
 * fit on zero cases (with a few, the term tests drop sector, size and region detail and the
 * rating falls back to the statutory relativities). A tiny extract skips rating with the
 * reason instead of failing the run.
 */
export const MIN_BOOK_CASES = 1;
/** Credibility floors at which the mod is compared with the true latent: everyone, then employers whose history carries weight. */
export const LATENT_CREDIBILITY_BANDS = Object.freeze([0, 0.05, 0.2]);
export const VALIDATION_FILE = 'validation.json';

/** Where a run's K3 book is published (what `telisik serve --k3-book` points at). */
export function k3BookDir(run: RunSpec): string {
  return join(run.outDir, 'k3');
}

/** The generated extract's employer safety truth, when this run generated one. */
async function employerSafetyTruth(run: RunSpec): Promise<string | undefined> {
  for (const ext of ['parquet', 'csv']) {
    const path = join(extractDir(run), 'truth', `employer_safety.${ext}`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Seed of the CANN challenger's fit: the stage's validation is reproducible run to run. */
export const K3_CHALLENGER_SEED = 1;

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Out-of-time validation of the statutory, a-priori and credibility models, with the CANN
 * challenger scored on the same held-out year beside them. A challenger that cannot be fitted
 * is reported, not fatal: the tariff is what gets published.
 */
async function tryValidate(
  years: readonly EmployerYear[],
  claims: readonly K3Claim[],
): Promise<{ validation: K3Validation | { readonly skipped: string }; challenger?: string }> {
  let validation: K3Validation;
  try {
    validation = validateK3(years, 0, claims);
  } catch (err) {
    return { validation: { skipped: reasonOf(err) } };
  }
  try {
    const cann = await scoreCannChallenger(years, { seed: K3_CHALLENGER_SEED }, validation.holdoutYear);
    return {
      validation: { ...validation, scores: [...validation.scores, cann.score] },
      challenger: `CANN challenger: ${cann.epochs} epochs, learning-set balance ${cann.balanceRatio.toFixed(6)}.`,
    };
  } catch (err) {
    return { validation, challenger: `CANN challenger not scored: ${reasonOf(err)}` };
  }
}

/** Worksheets shown in the report: the experience-rated employers with the most expected cases. */
export const REPORT_WORKSHEETS = 3;

function sampleWorksheets(model: ReturnType<typeof buildK3RatingModel>, years: readonly EmployerYear[], claims: readonly K3Claim[]) {
  const listed = claimsByEmployer(claims);
  return [...byEmployer(years).values()]
    .map((h) => ({ employerId: h[0]!.employerId, rating: rateEmployer(model, ratingInputOf(h, listed.get(h[0]!.employerId) ?? [])) }))
    .filter((x) => x.rating.worksheet.eligible)
    .sort((p, q) => q.rating.worksheet.totals.expectedCases - p.rating.worksheet.totals.expectedCases)
    .slice(0, REPORT_WORKSHEETS)
    .map((x) => ({ employerId: x.employerId, worksheet: x.rating.worksheet }));
}

export const k3RatingProcessor: StageProcessor = {
  name: 'k3-employer-rating',
  description: 'K3 employer features, a-priori tariff, Bühlmann-Straub experience mods, JKK group recommendations and their validation.',
  async process(task) {
    const dir = k3BookDir(task.run);
    await mkdir(dir, { recursive: true });
    const truthFile = await employerSafetyTruth(task.run);
    const { years, claims, latent } = await withTelisikWarehouse(task.run.warehousePath, {}, async (w) => {
      await buildEmployerYearTable(w);
      // Ground truth exists only for generated extracts; it is read for the report, never for rating.
      // A file path in FROM cannot be a bound parameter: it goes through the one quoting module.
      const truth = truthFile
        ? await w.query<{ employer_id: string; safety_latent: number }>(`SELECT employer_id, safety_latent FROM ${literal(truthFile)}`)
        : [];
      return {
        years: await loadEmployerYears(w),
        claims: await loadClaims(w),
        latent: new Map(truth.map((t) => [t.employer_id, Number(t.safety_latent)])),
      };
    });
    // A run without employment data (a JKN-only extract) has nothing to rate: that is no failure.
    if (years.length === 0)
      return { outputs: [{ kind: 'report', name: K3_RATING_TABLE, rows: 0, detail: { skipped: 'no employer has exposure' } }] };
    const cases = years.reduce((n, y) => n + y.claimCount, 0);
    if (cases < MIN_BOOK_CASES) {
      return {
        outputs: [
          {
            kind: 'report',
            name: K3_RATING_TABLE,
            rows: 0,
            detail: { skipped: `${cases} KK/PAK cases in the book, a tariff needs at least ${MIN_BOOK_CASES}` },
          },
        ],
      };
    }
    await task.reportProgress(30, `${years.length} employer-years`);
    const { validation, challenger } = await tryValidate(years, claims);
    const asOf = years.find((y) => y.policyYear === 0)?.pyEnd ?? years[0]!.pyEnd;
    const model = buildK3RatingModel(years, asOf, claims);
    const { rows, summary } = rateBook(model, years, 'scores' in validation ? validation.scores : undefined, claims);
    await task.reportProgress(70, `${rows.length} employers rated`);
    const ratingsPath = join(dir, RATINGS_FILE);
    await writeFileAtomic(join(dir, MODEL_FILE), modelJson(model));
    await writeFileAtomic(join(dir, EMPLOYER_YEARS_FILE), JSON.stringify(years));
    await writeFileAtomic(join(dir, CLAIMS_FILE), JSON.stringify(claims));
    await writeFileAtomic(join(dir, PORTFOLIO_FILE), `${JSON.stringify(summary, null, 2)}\n`);
    await writeFileAtomic(ratingsPath, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const agreement =
      'scores' in validation && latent.size > 0
        ? LATENT_CREDIBILITY_BANDS.map((min) => latentAgreement(validation, latent, min))
        : undefined;
    const notes = [
      ...(challenger ? [challenger] : []),
      ...(agreement ?? []).map(
        (a) =>
          `Ground truth: log experience mod vs safety latent over ${a.employers} employers with credibility >= ${a.minCredibility}: Pearson ${a.pearson.toFixed(3)}, Spearman ${a.spearman.toFixed(3)}.`,
      ),
    ];
    const report =
      'scores' in validation
        ? await writeK3Report(join(dir, 'report'), validation, notes, { summary, worksheets: sampleWorksheets(model, years, claims) })
        : undefined;
    await writeFileAtomic(
      join(dir, VALIDATION_FILE),
      `${JSON.stringify(
        'scores' in validation
          ? {
              scores: validation.scores.map(({ lorenz: _l, ...s }) => s),
              actualExpected: validation.actualExpected,
              doubleLift: validation.doubleLift,
              latentAgreement: agreement,
              notes,
            }
          : validation,
        null,
        2,
      )}\n`,
    );
    const published = await withTelisikWarehouse(task.run.warehousePath, {}, (w) =>
      replaceTableAtomic(
        w.connection,
        K3_RATING_TABLE,
        `SELECT * FROM read_json(${literal(ratingsPath)}, format = 'newline_delimited') ORDER BY employer_id`,
      ),
    );
    return {
      outputs: [
        {
          kind: 'table',
          name: K3_RATING_TABLE,
          rows: published,
          detail: { employers: summary.employers, expectedPer1000: summary.expectedPerThousandWorkerYears },
        },
        { kind: 'file', name: join(dir, MODEL_FILE) },
        ...(report ? [{ kind: 'report' as const, name: report.htmlPath }] : []),
      ],
    };
  },
};

export const K3_STAGE: StageDefinition = defineStage({
  name: 'k3',
  description: 'K3 employer risk: features, frequency/severity/credibility rating and JKK group recommendation for every employer.',
  retry: { attempts: 2, backoff: { type: 'exponential', delay: 2_000 } },
  processors: [k3RatingProcessor],
});
