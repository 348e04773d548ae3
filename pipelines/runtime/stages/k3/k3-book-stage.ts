// The `k3-book` stage: the employer x policy-year features, one partition job per business
// sector (each reads the warehouse READ_ONLY and writes its Parquet), then one publish step,
// the only writer: it merges the partitions into `k3_employer_year` and fits the tariff and
// credibility on the whole book, which the `k3` stage's rating partitions then share.
// Sector, not a hash of the employer: the only figure across employers is the sector's
// median wage, so a sector's job sees every row that figure needs and no other job does.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SECTORS } from '../../../../data-samples/reference/index.js';
import { literal, literalList, varcharList } from '../../../../data-samples/sql/index.js';
import { writeFileAtomic, replaceFileAtomic } from '../../../../features/snapshot/index.js';
import { K3_EMPLOYER_YEAR_TABLE, employerYearSql, loadClaims, loadEmployerYears } from '../../../../features/k3/index.js';
import { CLAIMS_FILE, EMPLOYER_YEARS_FILE, MODEL_FILE, buildK3RatingModel, modelJson } from '../../../../models/k3/index.js';
import type { K3RatingModel } from '../../../../models/k3/index.js';
import { replaceTableAtomic, withTelisikWarehouse } from '../../warehouse/warehouse-session.js';
import type { RunSpec, StageDefinition, StageProcessor } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';

/**
 * Fewest KK/PAK cases in the book for a tariff to be fitted: a log-link GLM has no finite
 * fit on zero cases (with a few, the term tests drop sector, size and region detail and the
 * rating falls back to the statutory relativities). A tiny extract skips rating with the
 * reason instead of failing the run.
 */
const MIN_BOOK_CASES = 1;
/** Written instead of a model when the book cannot be rated, with the reason. */
const SKIP_FILE = 'skipped.json';

/** Where a run's K3 book is published (what `telisik serve --k3-book` points at). */
export function k3BookDir(run: RunSpec): string {
  return join(run.outDir, 'k3');
}

/** Partition files of the K3 stages, removed by the publish step that merges them. */
export function k3WorkDir(run: RunSpec, stage: string): string {
  return join(run.outDir, 'k3-work', stage);
}

const SECTOR_CODES = SECTORS.map((s) => s.code);

/** One partition per KBLI section, and one for codes outside the list or missing (none in a validated extract). */
function sectorPartitions(): Readonly<Record<string, string>> {
  const parts: Record<string, string> = {};
  for (const code of SECTOR_CODES) parts[`sector-${code}`] = `sector_code = ${literal(code)}`;
  // NOT IN alone drops a missing sector (NULL NOT IN ... is NULL): no row may fall between partitions
  parts['sector-other'] = `(sector_code IS NULL OR sector_code NOT IN ${literalList(SECTOR_CODES)})`;
  return parts;
}

/** The fitted model, or why the book is not rated (no exposure, too few cases). */
export async function readBookModel(run: RunSpec): Promise<{ model: K3RatingModel } | { skipped: string }> {
  const dir = k3BookDir(run);
  if (existsSync(join(dir, SKIP_FILE))) return JSON.parse(await readFile(join(dir, SKIP_FILE), 'utf8')) as { skipped: string };
  const model = JSON.parse(await readFile(join(dir, MODEL_FILE), 'utf8')) as K3RatingModel;
  // Infinity does not survive JSON: modelJson wrote k as -1 when no heterogeneity was found.
  const credibility = model.credibility.k < 0 ? { ...model.credibility, k: Number.POSITIVE_INFINITY } : model.credibility;
  return { model: { ...model, credibility } };
}

const partitionPath = (run: RunSpec, partition: string): string => join(k3WorkDir(run, 'k3-book'), `${partition}.parquet`);

const k3EmployerYearProcessor: StageProcessor = {
  name: 'k3-employer-year',
  description: 'K3 employer x policy-year features of one sector (exposure, wages, KK/PAK experience, JKK compliance).',
  partitions: () => Object.keys(sectorPartitions()),
  async process(task) {
    const where = sectorPartitions()[task.partition];
    if (where === undefined) throw new Error(`k3-employer-year has no partition "${task.partition}"`);
    const target = partitionPath(task.run, task.partition);
    await mkdir(k3WorkDir(task.run, 'k3-book'), { recursive: true });
    const rows = await withTelisikWarehouse(task.run.warehousePath, { readOnly: true }, async (w) => {
      const sql = employerYearSql({ employerWhere: where });
      await replaceFileAtomic(target, (temporary) => w.run(`COPY (${sql}) TO $1 (FORMAT parquet)`, [temporary]));
      const counted = await w.query<{ n: bigint }>('SELECT count(*) AS n FROM read_parquet($1)', [target]);
      return Number(counted[0]?.n ?? 0);
    });
    return { outputs: [{ kind: 'partition', name: target, rows }] };
  },
  async publish(run, partitions) {
    const dir = k3BookDir(run);
    await mkdir(dir, { recursive: true });
    // A model or skip mark of an earlier attempt must not outlive this one.
    await rm(join(dir, SKIP_FILE), { force: true });
    await rm(join(dir, MODEL_FILE), { force: true });
    const files = partitions.map((p) => partitionPath(run, p));
    const { years, claims } = await withTelisikWarehouse(run.warehousePath, {}, async (w) => {
      // replaceTableAtomic builds its statements from SQL text, so the paths are quoted here.
      const merged = `SELECT * FROM read_parquet(${varcharList(files)}) ORDER BY employer_id, policy_year`;
      await replaceTableAtomic(w.connection, K3_EMPLOYER_YEAR_TABLE, merged);
      return { years: await loadEmployerYears(w), claims: await loadClaims(w) };
    });
    const cases = years.reduce((n, y) => n + y.claimCount, 0);
    // A run without employment data (a JKN-only extract) has nothing to rate: that is no failure.
    const skipped =
      years.length === 0
        ? 'no employer has exposure'
        : cases < MIN_BOOK_CASES
          ? `${cases} KK/PAK cases in the book, a tariff needs at least ${MIN_BOOK_CASES}`
          : undefined;
    // The partitions are merged: removed once nothing here can fail (a retried publish re-reads them).
    const done = () => rm(k3WorkDir(run, 'k3-book'), { recursive: true, force: true });
    if (skipped !== undefined) {
      await writeFileAtomic(join(dir, SKIP_FILE), JSON.stringify({ skipped }));
      await done();
      return { outputs: [{ kind: 'table', name: K3_EMPLOYER_YEAR_TABLE, rows: years.length }] };
    }
    const asOf = years.find((y) => y.policyYear === 0)?.pyEnd ?? years[0]!.pyEnd;
    const model = buildK3RatingModel(years, asOf, claims);
    await writeFileAtomic(join(dir, EMPLOYER_YEARS_FILE), JSON.stringify(years));
    await writeFileAtomic(join(dir, CLAIMS_FILE), JSON.stringify(claims));
    await writeFileAtomic(join(dir, MODEL_FILE), modelJson(model));
    await done();
    return {
      outputs: [
        { kind: 'table', name: K3_EMPLOYER_YEAR_TABLE, rows: years.length },
        { kind: 'file', name: join(dir, MODEL_FILE) },
      ],
    };
  },
};

export const K3_BOOK_STAGE: StageDefinition = defineStage({
  name: 'k3-book',
  description: 'K3 employer-year features by sector, merged into the book, and the tariff and credibility fitted on it.',
  retry: { attempts: 2, backoff: { type: 'exponential', delay: 2_000 } },
  processors: [k3EmployerYearProcessor],
});
