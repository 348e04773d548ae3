// The k3-book and k3 stages on a generated extract: they publish the rating table and the
// book, the book loads back, the stages sit after `features` in the default registry, and
// the partitioned run (sectors, employer buckets) publishes what one job per step would.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { k3TestWarehouseCopy } from '../../../../features/k3/testing/k3-extract.js';
import { openWarehouse } from '../../../../features/warehouse/index.js';
import { CLAIMS_FILE, readK3Book } from '../../../../models/k3/index.js';
import { employerYearSql } from '../../../../features/k3/index.js';
import type { PortfolioSummary } from '../../../../models/k3/index.js';
import { InlineRunner } from '../../runners/inline-runner.js';
import { SILENT_LOG } from '../../runtime-log.js';
import { createStageRegistry } from '../default-registry.js';
import type { RunSpec, StageOutput } from '../stage-definition.js';
import { EMPLOYER_BUCKETS_PARAM, K3_RATING_TABLE, VALIDATION_FILE, k3BookDir } from './k3-stage.js';

let run: RunSpec;
let whole: RunSpec;
let result: { outputs: readonly StageOutput[] };
const dirs: string[] = [];

/** The k3-book and k3 stages, inline, on a private copy of the generated extract. */
async function k3Run(name: string, buckets?: number): Promise<{ run: RunSpec; outputs: readonly StageOutput[] }> {
  const copy = await k3TestWarehouseCopy();
  dirs.push(copy.dir);
  const spec: RunSpec = {
    runId: `k3-test-${name}`,
    warehousePath: copy.warehousePath,
    outDir: join(copy.dir, 'out'),
    stages: ['k3-book', 'k3'],
    ...(buckets ? { params: { [EMPLOYER_BUCKETS_PARAM]: buckets } } : {}),
  };
  // As in a synthetic run, the generated extract (with its truth/) sits under <outDir>/extract.
  await mkdir(spec.outDir, { recursive: true });
  await symlink(copy.extractDir, join(spec.outDir, 'extract'), 'dir');
  const report = await new InlineRunner({ registry: createStageRegistry(), log: SILENT_LOG }).run(spec);
  const k3 = report.stages.find((s) => s.stage === 'k3');
  return { run: spec, outputs: k3?.status === 'ran' ? k3.published : [] };
}

beforeAll(async () => {
  const split = await k3Run('split');
  run = split.run;
  result = { outputs: split.outputs };
  whole = (await k3Run('whole', 1)).run;
}, 600_000);

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('k3 stage', () => {
  it('is registered after the features stage and before the report', () => {
    const names = createStageRegistry().names();
    expect(names.indexOf('k3-book')).toBeGreaterThan(names.indexOf('features'));
    expect(names.indexOf('k3')).toBe(names.indexOf('k3-book') + 1);
    expect(names.indexOf('k3')).toBeLessThan(names.indexOf('report'));
  });

  it('rates every employer with exposure and publishes the table', async () => {
    const table = result.outputs.find((o) => o.kind === 'table');
    expect(table?.name).toBe(K3_RATING_TABLE);
    const w = await openWarehouse(run.warehousePath, { readOnly: true });
    try {
      const [counts] = await w.query<{ rated: bigint; employers: bigint; groups: bigint }>(`
        SELECT (SELECT count(*) FROM ${K3_RATING_TABLE}) AS rated,
               (SELECT count(DISTINCT employer_id) FROM k3_employer_year) AS employers,
               (SELECT count(DISTINCT pp44_recommended_group) FROM ${K3_RATING_TABLE}) AS groups`);
      expect(Number(counts!.rated)).toBe(Number(counts!.employers));
      expect(Number(counts!.rated)).toBe(table?.rows);
      expect(Number(counts!.groups)).toBeGreaterThan(1);
    } finally {
      await w.close();
    }
  });

  it('publishes a book the API can load, and a validation report', async () => {
    const book = await readK3Book(k3BookDir(run));
    expect(book.summary.employers).toBe(result.outputs[0]!.rows);
    // The CANN challenger is scored on the same held-out year beside the three rating models.
    expect(book.summary.validation?.map((s) => s.model)).toEqual(['statutory', 'apriori', 'credibility', 'cann']);
    expect(book.summary.validation?.every((s) => Number.isFinite(s.deviance) && s.deviance > 0)).toBe(true);
    const some =
      book.summary.employers > 0
        ? book.history(JSON.parse(await readFile(join(k3BookDir(run), 'employer-years.json'), 'utf8'))[0].employerId)
        : undefined;
    expect(some?.length).toBeGreaterThan(0);
    const report = result.outputs.find((o) => o.kind === 'report');
    expect(report && existsSync(report.name)).toBe(true);
    expect(book.model.tariff.fit.claims).toBeGreaterThan(0);
    // The claim listing is published beside the histories, and the credibility estimator is named in the bundle.
    expect(existsSync(join(k3BookDir(run), CLAIMS_FILE))).toBe(true);
    expect(book.model.credibility.estimator).toMatch(/(negative-binomial|Poisson-lognormal).*maximum likelihood/);
    expect(book.summary.actualExpected.sector.length).toBeGreaterThan(3);
    const html = await readFile(report!.name, 'utf8');
    expect(html).toMatch(/(negative-binomial|Poisson-lognormal).*maximum likelihood/);
    expect(html).toMatch(/Worksheet \d{8}: split point 6 wage months/);
    // On a generated extract the validation compares the mods with the true safety latent.
    const validation = JSON.parse(await readFile(join(k3BookDir(run), VALIDATION_FILE), 'utf8')) as {
      latentAgreement: { employers: number; pearson: number }[];
      notes: string[];
    };
    expect(validation.notes[0]).toMatch(/^CANN challenger: \d+ epochs/);
    expect(validation.latentAgreement).toHaveLength(3);
    expect(validation.latentAgreement[0]!.employers).toBeGreaterThan(100);
    expect(Number.isFinite(validation.latentAgreement[0]!.pearson)).toBe(true);
  });

  const rows = async (spec: RunSpec, sql: string): Promise<unknown[]> => {
    const w = await openWarehouse(spec.warehousePath, { readOnly: true });
    try {
      return (await w.connection.runAndReadAll(sql)).getRowsJson();
    } finally {
      await w.close();
    }
  };

  it('builds the employer-years by sector as one statement over every employer does', async () => {
    const merged = await rows(run, 'SELECT * FROM k3_employer_year ORDER BY employer_id, policy_year');
    expect(merged.length).toBeGreaterThan(1000);
    expect(merged).toEqual(await rows(run, `SELECT * FROM (${employerYearSql()}) ORDER BY employer_id, policy_year`));
  });

  it('rates in employer buckets row for row as in one job, with the same summary', async () => {
    const sql = `SELECT * FROM ${K3_RATING_TABLE} ORDER BY employer_id`;
    const [split, one] = [await rows(run, sql), await rows(whole, sql)];
    expect(split.length).toBeGreaterThan(400);
    expect(split).toEqual(one);
    // Sums of floating-point parts may differ in the last digits: compared to 10 significant digits.
    const rounded = (x: unknown): unknown =>
      typeof x === 'number'
        ? Number(x.toPrecision(10))
        : Array.isArray(x)
          ? x.map(rounded)
          : x && typeof x === 'object'
            ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, rounded(v)]))
            : x;
    const summary = async (spec: RunSpec) =>
      JSON.parse(await readFile(join(k3BookDir(spec), 'portfolio.json'), 'utf8')) as PortfolioSummary;
    expect(rounded(await summary(run))).toEqual(rounded(await summary(whole)));
  });
});
