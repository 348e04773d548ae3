// Test support: a small generated extract ingested into a warehouse, built once per machine
// under the OS temp dir (keyed by its parameters) and copied per test file, so the K3 test
// files share one generation instead of each paying for it.
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../../data-samples/generator/index.js';
import { ingestFiles } from '../../ingest/index.js';
import { openWarehouse } from '../../warehouse/index.js';

/** Small enough to generate in well under a minute on a shared 2-core machine, large enough for a few hundred KK/PAK cases. */
export const K3_TEST_MEMBERS = 12_000;
/** Four ledger years: three to fit on, one held out. */
export const K3_TEST_MONTHS = 48;
export const K3_TEST_SEED = 17;
/** Hospital claims are irrelevant to K3: generate few, for speed. */
const CLAIMS_PER_MEMBER_YEAR = 0.01;

/** Bump the version when the generator's output changes, so no stale cache is reused (v2: size, region and compliance drive KK/PAK). */
const CACHE_DIR = join(tmpdir(), `telisik-k3-extract-v2-${K3_TEST_MEMBERS}-${K3_TEST_MONTHS}-${K3_TEST_SEED}`);

/** The cached extract directory (source tables, truth/, and a pristine warehouse.duckdb). */
export async function k3TestExtract(): Promise<string> {
  if (existsSync(join(CACHE_DIR, 'warehouse.duckdb'))) return CACHE_DIR;
  const work = await mkdtemp(join(tmpdir(), 'telisik-k3-gen-'));
  await generate({
    outDir: work,
    members: K3_TEST_MEMBERS,
    months: K3_TEST_MONTHS,
    seed: K3_TEST_SEED,
    claimsPerMemberYear: CLAIMS_PER_MEMBER_YEAR,
    defectRate: 0,
    fraudRate: 0,
    threads: 1,
  });
  const w = await openWarehouse(join(work, 'warehouse.duckdb'), { threads: 1 });
  try {
    await ingestFiles(w, work, { demoKey: true });
  } finally {
    await w.close();
  }
  // Another test file may have finished first: keep whichever landed.
  await rename(work, CACHE_DIR).catch(async () => rm(work, { recursive: true, force: true }));
  return CACHE_DIR;
}

/** A private copy of the cached warehouse for one test file. */
export async function k3TestWarehouseCopy(): Promise<{ dir: string; warehousePath: string; extractDir: string }> {
  const extractDir = await k3TestExtract();
  const dir = await mkdtemp(join(tmpdir(), 'telisik-k3-test-'));
  const warehousePath = join(dir, 'warehouse.duckdb');
  await copyFile(join(extractDir, 'warehouse.duckdb'), warehousePath);
  return { dir, warehousePath, extractDir };
}
