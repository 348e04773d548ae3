// The README's bring-your-own-table path, run as a bank would from the command line (real
// child processes, so start-up is exercised as in production): train a scorecard and a
// classifier on the committed credit sample, read the report, score a held-out file,
// register both, promote the challenger, serve the registry, score over HTTP with a bank key,
// and roll back. HTTP answers equal `telisik score` on the same rows, bit for bit.
import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK_TABLE_CONSENT } from '../../api/routes/models/access-log.js';
import { openOpsStore } from '../../api/store/open-store.js';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { loadTable } from '../../models/data/load.js';
import { numericValues, textValue } from '../../models/data/table.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'models/credit/sample/credit-bank-sample.csv');
const SPEC = join(ROOT, 'models/credit/sample/credit-bank-sample.spec.json');
const CLASSIFIER_SPEC = join(ROOT, 'models/credit/sample/credit-bank-sample.classifier.spec.json');
const CLI = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'pipelines/cli.ts')];

/** As a bank's shell has it: a bundle key set, not a test environment (so no demo key). */
function shellEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _test, VITEST: _vitest, TELISIK_DEMO: _demo, ...env } = process.env;
  void [_test, _vitest, _demo];
  return { ...env, TELISIK_BUNDLE_KEY: 'readme-test-bundle-key-0123456789abcdef', LOG_LEVEL: 'info' };
}

async function telisik(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [...CLI, ...args], { cwd: ROOT, env: shellEnv(), maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'byo-readme-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('README path: train -> report -> score -> register -> promote -> serve -> score over HTTP', () => {
  it('runs end to end from the command line', async () => {
    const registry = join(dir, 'registry');
    const store = `duckdb:${join(dir, 'ops.duckdb')}`;
    // 1. train the scorecard (champion) and a classifier (challenger); each writes bundle/ and report/
    const card = await telisik('train', '--family', 'scorecard', '--spec', SPEC, '--data', SAMPLE, '--out', join(dir, 'scorecard'));
    expect(card).toMatch(/AUC: 0\.\d+/);
    expect((await stat(join(dir, 'scorecard/report/report.html'))).size).toBeGreaterThan(1000);
    expect(card).toMatch(/gradient-boosting baseline AUC: 0\.\d+/);
    // The development report: KS curve, goods and bads, a WoE chart per kept characteristic, the baseline beside the model.
    const cardReport = await readFile(join(dir, 'scorecard/report/report.html'), 'utf8');
    for (const id of ['ks', 'score-goods-bads', 'woe-on_time_share_24m']) expect(cardReport).toContain(`charts/${id}.png`);
    expect(cardReport).toMatch(/Gradient-boosting baseline on the same \d+ test rows/);
    await telisik(
      'train',
      '--family',
      'classifier',
      '--spec',
      CLASSIFIER_SPEC,
      '--data',
      SAMPLE,
      '--out',
      join(dir, 'classifier'),
      '--explain-rows',
      '20',
      '--fairness',
      'sex',
      '--fairness',
      'province_code',
    );
    expect(await readFile(join(dir, 'classifier/report/report.html'), 'utf8')).toMatch(/Fairness on the test rows/);
    // 2. a held-out file without the target, scored by the classifier bundle
    const holdout = join(dir, 'holdout.csv');
    const db = await createOfflineDuckDB(':memory:');
    const c = await db.connect();
    await c.run(
      `COPY (SELECT * EXCLUDE (default_12m, sample) FROM read_csv($1, auto_detect = true) WHERE sample = 'oot' LIMIT 40) TO '${holdout}' (HEADER true)`,
      [SAMPLE],
    );
    c.closeSync();
    db.closeSync();
    const scored = await telisik(
      'score',
      '--bundle',
      join(dir, 'classifier/bundle'),
      '--data',
      holdout,
      '--out',
      join(dir, 'holdout-scores.parquet'),
    );
    expect(scored).toMatch(/rows: 40, scored: 40/);
    // 3. register both, promote the classifier
    expect(await telisik('models', 'register', 'bank-credit', join(dir, 'scorecard/bundle'), '--registry', registry)).toMatch(
      /champion scorecard-/,
    );
    expect(await telisik('models', 'register', 'bank-credit', join(dir, 'classifier/bundle'), '--registry', registry)).toMatch(
      /challenger classifier-/,
    );
    expect(await telisik('models', 'promote', 'bank-credit', '--registry', registry)).toMatch(/champion classifier-.*challenger \(none\)/);
    expect(await telisik('models', 'list', '--registry', registry)).toMatch(/^bank-credit: champion classifier-/m);
    // 4. a bank client, then serve the registry and score the same rows over HTTP
    const key =
      /api key: (\S+)/.exec(await telisik('clients', 'create', '--name', 'bank-a', '--role', 'bank', '--store', store))?.[1] ?? '';
    const server = spawn(process.execPath, [...CLI, 'serve', '--port', '0', '--store', store, '--models-registry', registry], {
      cwd: ROOT,
      env: shellEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    let rows0Id: string | undefined;
    try {
      const address = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => {
          log += chunk.toString();
          const m = /telisik API on (http:\/\/[^\s]+)/.exec(log);
          if (m?.[1]) resolve(m[1]);
        });
        server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
        server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${log}`)));
      });
      const table = await loadTable(holdout);
      const columns = [...table.columns.keys()];
      const rows = Array.from({ length: table.nRows }, (_, r) =>
        Object.fromEntries(
          columns.map((name) => {
            const col = table.columns.get(name)!;
            return [name, col.kind === 'numeric' ? (Number.isNaN(col.values[r]!) ? null : col.values[r]!) : textValue(col, r)];
          }),
        ),
      );
      const noKey = await fetch(`${address}/models/bank-credit/score`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rows }),
      });
      expect(noKey.status).toBe(401);
      const res = await fetch(`${address}/models/bank-credit/score`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ rows }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        family: string;
        results: { id: string; probabilityOfDefault: number; reasons: unknown[]; explanation: { contributions: unknown[] } | null }[];
      };
      expect(body.family).toBe('classifier');
      const cli = await loadTable(join(dir, 'holdout-scores.parquet'));
      expect(body.results.map((r) => r.probabilityOfDefault)).toEqual(Array.from(numericValues(cli, 'probability_of_default')));
      // The classifier reads the spec's characteristics that passed the IV rule on the learning rows (the bundle's spec).
      const fitted = (
        JSON.parse(await readFile(join(dir, 'classifier/bundle/manifest.json'), 'utf8')) as { featureSpec: { features: unknown[] } }
      ).featureSpec.features.length;
      expect(fitted).toBeGreaterThan(8);
      expect(fitted).toBeLessThan(16);
      expect(body.results.every((r) => r.explanation !== null && r.explanation.contributions.length === fitted)).toBe(true);
      expect(
        (
          await fetch(`${address}/models/nope/score`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': key },
            body: JSON.stringify({ rows }),
          })
        ).status,
      ).toBe(404);
      // The access is logged (who, which model, how many rows), the rows themselves are not.
      await new Promise((r) => setTimeout(r, 200));
      expect(log).toMatch(/"access":"model-score".*"rows":40/);
      rows0Id = String(rows[0]?.['applicant_id']);
      expect(log).not.toContain(rows0Id);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    // The durable access log: one row per scored row, under the bank's client, nothing of the rows.
    const ops = await openOpsStore(store);
    try {
      const logged = await ops.listScoreAccess({ limit: 100 });
      expect(logged).toHaveLength(40);
      expect(
        logged.every(
          (l) => l.consentId === BANK_TABLE_CONSENT && l.bankName === 'bank-a' && l.purpose === 'bank_table_scoring:bank-credit',
        ),
      ).toBe(true);
      expect(JSON.stringify(logged)).not.toContain(String(rows0Id));
    } finally {
      await ops.close();
    }
    // Without the key the registry is not trusted: serve refuses to start, saying what to set.
    const { TELISIK_BUNDLE_KEY: _key, ...keyless } = shellEnv();
    void _key;
    const refused = await run(
      process.execPath,
      [...CLI, 'serve', '--port', '0', '--store', 'duckdb::memory:', '--models-registry', registry],
      { cwd: ROOT, env: keyless },
    ).catch((e: { stderr: string }) => e);
    expect((refused as { stderr: string }).stderr).toMatch(/TELISIK_BUNDLE_KEY is not set/);
    // 5. roll back to the scorecard
    expect(await telisik('models', 'rollback', 'bank-credit', '--registry', registry)).toMatch(/champion scorecard-/);
    const shown = await telisik('models', 'show', 'bank-credit', '--registry', registry);
    expect(shown).toMatch(/rollback scorecard-/);
    expect(JSON.parse(await readFile(join(registry, 'bank-credit/registry.json'), 'utf8')).history).toHaveLength(4);
  }, 900_000);
});
