// The red-team runner: generates a small base extract (CSV), lets every scenario add its rows,
// appends them to the extract's files, runs the whole pipeline once (ingest -> features ->
// fraud) and reads, through read-outcome.ts only, what became of every asserted claim.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../../data-samples/generator/index.js';
import { InlineRunner } from '../../../pipelines/runtime/runners/inline-runner.js';
import { SILENT_LOG } from '../../../pipelines/runtime/runtime-log.js';
import { createStageRegistry } from '../../../pipelines/runtime/stages/default-registry.js';
import { CAPACITY_PARAM, fraudPublishDir } from '../../../pipelines/runtime/stages/fraud/fraud-stage.js';
import type { RunSpec } from '../../../pipelines/runtime/stages/stage-definition.js';
import { spreadBackgroundStays } from './background-stays.js';
import { RedTeamContext } from './context.js';
import { injectRows, readCsv } from './inject.js';
import { judge, validateScenario } from './judge.js';
import { readOutcomes } from './read-outcome.js';
import type { ClaimOutcome } from './read-outcome.js';
import type { BuiltClaim, Scenario, ScenarioClaims, SourceRow } from './types.js';

/**
 * The base extract: a few thousand members over two years, as the fraud end-to-end tests use
 * (enough past audits for the model to train), no injected defects so that a quarantined row
 * can only be a scenario's fault.
 */
export const BASE_EXTRACT = Object.freeze({ members: 8000, seed: 3, months: 24, endPeriod: '2026-06', defectRate: 0 });

/**
 * Worklist capacity for the run. The suite checks case assembly (is the claim in a case at
 * all), not how many cases fit an audit team's week, so capacity is set beyond the number of
 * claims. Issue 11 moves capacity to cases; adapt here if the run parameter changes.
 */
export const RUN_PARAMS: Readonly<Record<string, number>> = Object.freeze({ [CAPACITY_PARAM]: 10_000_000 });

const PSEUDONYM_KEY = 'telisik-redteam-suite-pseudonym-key-not-secret';

export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly claims: ScenarioClaims;
  /** Empty when the scenario holds; otherwise one line per claim that did not. */
  readonly problems: readonly string[];
  readonly outcomes: ReadonlyMap<string, ClaimOutcome>;
}

export interface RedTeamResult {
  readonly results: ReadonlyMap<string, ScenarioResult>;
  /** Source rows ingestion quarantined (the base has no defects, so these are scenario rows). */
  readonly rowsQuarantined: number;
  readonly seconds: number;
}

const seps = (xs: readonly BuiltClaim[] | undefined): string[] => (xs ?? []).map((c) => c.nomorSep);

/** A scenario's claims with each row as it now stands in the context (background-stays.ts re-dates some). */
function withRows(claims: ScenarioClaims, rows: ReadonlyMap<string, SourceRow>): ScenarioClaims {
  const now = (xs: readonly BuiltClaim[] | undefined): BuiltClaim[] | undefined =>
    xs?.map((c) => ({ nomorSep: c.nomorSep, row: rows.get(c.nomorSep) ?? c.row }));
  return { fraud: now(claims.fraud), nearMiss: now(claims.nearMiss), context: now(claims.context) };
}

export interface RunRedTeamOptions {
  /** Keep the working directory (extract, warehouse, published run) for inspection. */
  readonly keepDir?: boolean;
  readonly onLog?: (line: string) => void;
}

/** Runs every scenario in one pipeline run and judges each. */
export async function runRedTeam(
  scenarios: readonly Scenario[],
  options: RunRedTeamOptions = {},
): Promise<RedTeamResult & { dir: string }> {
  const started = performance.now();
  const ids = new Set<string>();
  for (const s of scenarios) {
    if (ids.has(s.id)) throw new Error(`duplicate scenario id ${s.id}`);
    ids.add(s.id);
  }
  const dir = await mkdtemp(join(tmpdir(), 'telisik-redteam-'));
  const extractDir = join(dir, 'extract');
  const log = options.onLog ?? (() => undefined);
  const previousKey = process.env.TELISIK_PSEUDONYM_KEY;
  try {
    await generate({ outDir: extractDir, format: 'csv', ...BASE_EXTRACT });
    log(`base extract generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const facilities = await readCsv(join(extractDir, 'facilities.csv'));
    const employers = await readCsv(join(extractDir, 'employers.csv'));
    const truth = await readCsv(join(extractDir, 'truth', 'claim_fraud.csv'));
    const ctx = new RedTeamContext({
      facilities: [...facilities].sort((a, b) => (a['facility_id'] ?? '').localeCompare(b['facility_id'] ?? '')),
      fraudulentFacilities: new Set(truth.map((r) => r['facility_id'] ?? '')),
      employerIds: employers.map((e) => e['employer_id'] ?? ''),
    });
    const built = new Map<string, ScenarioClaims>();
    for (const s of scenarios) {
      ctx.begin(s.id);
      const claims = s.build(ctx);
      const invalid = validateScenario(s, claims);
      if (invalid.length > 0) throw new Error(`scenario ${s.id}: ${invalid.join('; ')}`);
      built.set(s.id, claims);
    }
    if (ctx.sharedHosts.length > 0)
      throw new Error(`too few clean hospitals in the base extract, scenarios would share one: ${ctx.sharedHosts.join(', ')}`);
    const background = spreadBackgroundStays(ctx, scenarios, built);
    log(
      `${background.spread.length} of ${background.atNorm} stays written at their norm re-dated around it as background; kept: ` +
        Object.entries(background.kept)
          .map(([why, n]) => `${why} ${n}`)
          .join(', '),
    );
    // the context claims a scenario returned carry their rows as injected
    const current = new Map(ctx.claimsBuilt.map((c) => [c.nomorSep, c.row]));
    for (const [id, claims] of built) built.set(id, withRows(claims, current));
    await injectRows(extractDir, ctx.rows);
    log(
      `injected ${ctx.rows.claims.length} claims, ${ctx.rows.members.length} members, ${ctx.rows.facilities.length} hospitals, ` +
        `${ctx.rows.doctors.length} doctors, ${ctx.rows.fktp_visits.length} P-Care visits, ${ctx.rows.prb_claims.length} PRB claims`,
    );

    process.env.TELISIK_PSEUDONYM_KEY = PSEUDONYM_KEY;
    const inputs = (await readdir(extractDir))
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => join(extractDir, f));
    const run: RunSpec = {
      runId: 'redteam',
      warehousePath: join(dir, 'warehouse.duckdb'),
      outDir: join(dir, 'run'),
      inputs,
      stages: ['ingest', 'features', 'fraud'],
      params: RUN_PARAMS,
    };
    const report = await new InlineRunner({ registry: createStageRegistry(), log: SILENT_LOG }).run(run);
    let rowsQuarantined = 0;
    for (const stage of report.stages) {
      if (stage.stage !== 'ingest' || stage.status !== 'ran') continue;
      for (const t of stage.tasks)
        for (const o of t.outputs) rowsQuarantined += Number((o.detail as { rowsQuarantined?: number } | undefined)?.rowsQuarantined ?? 0);
    }
    const fraudStage = report.stages.find((s) => s.stage === 'fraud');
    const skipped =
      fraudStage?.status === 'ran' ? fraudStage.tasks.flatMap((t) => t.outputs).find((o) => o.detail && 'skipped' in o.detail) : undefined;
    if (!fraudStage || fraudStage.status !== 'ran' || skipped) {
      throw new Error(`the fraud stage did not publish: ${JSON.stringify(skipped?.detail ?? fraudStage)}`);
    }
    log(`pipeline ran in ${((performance.now() - started) / 1000).toFixed(1)} s, ${rowsQuarantined} rows quarantined`);

    const wanted = [...built.values()].flatMap((c) => [...seps(c.fraud), ...seps(c.nearMiss), ...seps(c.context)]);
    const outcomes = await readOutcomes(fraudPublishDir(run), wanted);
    const results = new Map<string, ScenarioResult>();
    for (const s of scenarios) {
      const claims = built.get(s.id) as ScenarioClaims;
      const own = new Map(
        [...seps(claims.fraud), ...seps(claims.nearMiss), ...seps(claims.context)].map((sep) => [sep, outcomes.get(sep) as ClaimOutcome]),
      );
      results.set(s.id, { scenario: s, claims, problems: judge(s, claims, own), outcomes: own });
    }
    return { results, rowsQuarantined, seconds: (performance.now() - started) / 1000, dir };
  } finally {
    if (previousKey === undefined) delete process.env.TELISIK_PSEUDONYM_KEY;
    else process.env.TELISIK_PSEUDONYM_KEY = previousKey;
    if (!options.keepDir) await rm(dir, { recursive: true, force: true });
  }
}
