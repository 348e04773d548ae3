// The k3 stage on a generated extract: it publishes the rating table and the book, the book
// loads back, and the stage sits after `features` in the default registry.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { k3TestWarehouseCopy } from '../../../../features/k3/testing/k3-extract.js';
import { openWarehouse } from '../../../../features/warehouse/index.js';
import { CLAIMS_FILE, readK3Book } from '../../../../models/k3/index.js';
import { createStageRegistry } from '../default-registry.js';
import type { RunSpec, StageTask, TaskResult } from '../stage-definition.js';
import { K3_RATING_TABLE, VALIDATION_FILE, k3BookDir, k3RatingProcessor } from './k3-stage.js';

let run: RunSpec;
let dir: string;
let result: TaskResult;

beforeAll(async () => {
  const copy = await k3TestWarehouseCopy();
  dir = copy.dir;
  run = { runId: 'k3-test', warehousePath: copy.warehousePath, outDir: join(dir, 'out') };
  // As in a synthetic run, the generated extract (with its truth/) sits under <outDir>/extract.
  await mkdir(run.outDir, { recursive: true });
  await symlink(copy.extractDir, join(run.outDir, 'extract'), 'dir');
  const task: StageTask = {
    run,
    stage: 'k3',
    processor: k3RatingProcessor.name,
    partition: 'all',
    attempt: 1,
    reportProgress: async () => undefined,
  };
  result = await k3RatingProcessor.process(task);
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('k3 stage', () => {
  it('is registered after the features stage and before the report', () => {
    const names = createStageRegistry().names();
    expect(names.indexOf('k3')).toBeGreaterThan(names.indexOf('features'));
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
});
