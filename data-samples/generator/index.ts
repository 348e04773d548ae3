// The synthetic extract generator: `generate(options)` writes the source tables of the
// contract and, apart under truth/, the ground truth. Everything runs as SQL in a temporary
// DuckDB file with a memory limit, so the population is never held in memory.
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableName } from '../schema/types.js';
import { createOfflineDuckDB } from '../sql/index.js';
import { auditSql, displacedEpisodesSql, finalClaimsSql, spawnedClaimsSql } from './claims-final.js';
import { buildClaimsSql } from './claims-build.js';
import { skeletonSql } from './claims-skeleton.js';
import { kesContributionsSql, tkContributionsSql } from './contributions.js';
import { claimsOutSql, doctorsSql, sharedDoctorLicencesSql } from './doctors.js';
import { markInactiveClaimsSql, membershipSql } from './membership.js';
import { facilitiesSql, kkpakSql } from './facilities.js';
import { householdsSql } from './households.js';
import { memberFktpSql, primaryCareSql } from './primary-care.js';
import { DEFAULTS, resolvePlan } from './options.js';
import type { GenerateOptions, GenerateProgress, GenerateResult, OutputFile, RunPlan, TruthTableName } from './options.js';
import { copyTo, countRows, writeSourceTable } from './output.js';
import { employersSql, membersBaseSql, membersFinalSql, spellsRawSql } from './population.js';
import { referenceTableSql } from './reference-tables.js';
import { randomMacros } from './sql.js';
import { sourceParts, truthSql } from './tables-sql.js';

export type { GenerateOptions, GenerateProgress, GenerateResult, OutputFile, OutputFormat, TruthTableName } from './options.js';
export { DEFAULTS } from './options.js';
export { DEFECT_CLASSES, UNKNOWN_ICD10, UNKNOWN_INACBG, WRONG_TYPE_TEXT } from './output.js';
export type { DefectClass } from './output.js';
export { PLANTED_FRAUD_TYPES } from './facilities.js';
export { FRAUD_VARIANTS, HELD_OUT_VARIANTS, LOOKALIKES, variantsOf } from './variants.js';
export type { FraudVariant, Lookalike } from './variants.js';

type Step = readonly [phase: string, run: (conn: DuckDBConnection) => Promise<void>];

const runAll =
  (sqls: readonly string[]) =>
  async (conn: DuckDBConnection): Promise<void> => {
    for (const sql of sqls) await conn.run(sql);
  };

/** Source tables in the order they are written. */
const SOURCE_ORDER: readonly TableName[] = [
  'members',
  'membership_events',
  'employers',
  'facilities',
  'doctors',
  'employment_spells',
  'contributions',
  'claims',
  'fktp_facilities',
  'fktp_visits',
  'capitation',
  'prb_claims',
  'kkpak_cases',
  'deaths',
  'audit_outcomes',
];

export async function generate(options: GenerateOptions, onProgress?: (p: GenerateProgress) => void): Promise<GenerateResult> {
  const started = performance.now();
  const plan = resolvePlan(options);
  const outDir = resolve(options.outDir);
  const truthDir = join(outDir, 'truth');
  const workDir = join(outDir, '.generate-work');
  await mkdir(truthDir, { recursive: true });
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });

  const instance = await createOfflineDuckDB(join(workDir, 'work.duckdb'), {
    threads: options.threads ?? DEFAULTS.threads,
    memoryLimit: options.memoryLimit ?? DEFAULTS.memoryLimit,
    tempDirectory: join(workDir, 'spill'),
    settings: { preserve_insertion_order: 'true' },
  });
  const conn = await instance.connect();
  const tables = {} as Record<TableName, OutputFile>;
  const truth = {} as Record<TruthTableName, OutputFile>;
  try {
    const steps = buildSteps(plan, outDir, truthDir, tables, truth);
    for (const [i, [phase, run]] of steps.entries()) {
      onProgress?.({ phase, done: i, total: steps.length });
      await run(conn);
    }
    onProgress?.({ phase: 'done', done: steps.length, total: steps.length });
  } finally {
    conn.closeSync();
    instance.closeSync();
    await rm(workDir, { recursive: true, force: true });
  }
  return { tables, truth, seconds: (performance.now() - started) / 1000 };
}

function buildSteps(
  plan: RunPlan,
  outDir: string,
  truthDir: string,
  tables: Record<TableName, OutputFile>,
  truth: Record<TruthTableName, OutputFile>,
): Step[] {
  const write = (table: TableName, parts: () => string[]): Step => [
    `write ${table}`,
    async (conn) => {
      tables[table] = await writeSourceTable(conn, plan, table, parts(), outDir);
    },
  ];
  const writeTruth = (name: TruthTableName, select: string): Step => [
    `truth ${name}`,
    async (conn) => {
      const path = join(truthDir, `${name}.${plan.format}`);
      await conn.run(`CREATE OR REPLACE TABLE truth_out AS ${select}`);
      await copyTo(conn, 'SELECT * FROM truth_out', path, plan.format);
      truth[name] = { path, rows: await countRows(conn, 'truth_out') };
      await conn.run('DROP TABLE truth_out');
    },
  ];
  const t = truthSql(plan);
  const sourceSteps = SOURCE_ORDER.map((table) =>
    table === 'contributions'
      ? write(table, () => [kesContributionsSql(plan), tkContributionsSql(plan)])
      : write(table, () => sourceParts(plan, table)),
  );
  return [
    [
      'reference data',
      runAll([
        ...randomMacros(plan.seed),
        ...referenceTableSql(),
        `CREATE OR REPLACE TABLE truth_defects ("table" VARCHAR, row_number BIGINT, "column" VARCHAR, defect_class VARCHAR)`,
      ]),
    ],
    ['employers', runAll(employersSql(plan))],
    ['members', runAll([membersBaseSql(plan)])],
    ['employment spells', runAll([...spellsRawSql(plan), ...membersFinalSql(plan)])],
    ['households', runAll(householdsSql(plan))],
    ['membership events', runAll([...membershipSql(plan), memberFktpSql(plan)])],
    ['facilities and KK/PAK cases', runAll([...facilitiesSql(plan), kkpakSql(plan)])],
    ['doctors', runAll(doctorsSql())],
    ['claim episodes', runAll(skeletonSql(plan))],
    [
      'claims',
      runAll([
        buildClaimsSql(plan),
        markInactiveClaimsSql(),
        displacedEpisodesSql(),
        spawnedClaimsSql(plan),
        finalClaimsSql(),
        auditSql(plan),
        claimsOutSql(),
        sharedDoctorLicencesSql(),
      ]),
    ],
    ['primary care', runAll(primaryCareSql(plan))],
    ...sourceSteps,
    writeTruth('claim_fraud', t.claim_fraud),
    writeTruth('claim_lookalike', t.claim_lookalike),
    writeTruth('credit_outcome', t.credit_outcome),
    writeTruth('employer_safety', t.employer_safety),
    [
      'truth defects',
      async (conn) => {
        const path = join(truthDir, `defects.${plan.format}`);
        await copyTo(conn, `SELECT * FROM truth_defects`, path, plan.format);
        truth.defects = { path, rows: await countRows(conn, 'truth_defects') };
      },
    ],
  ];
}
