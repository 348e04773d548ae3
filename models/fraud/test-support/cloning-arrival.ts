// Test support: CLONING scored on arrival. A claim arriving alone is scored on what arrival loads
// for it (features/fraud arrival-context.ts); a test compares that evidence with the batch's, so a
// copy is named, and a near miss left, the same way however the claim reaches the detector.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RAW_SOURCES, claimBaseSql, referenceTablesSql } from '../../../features/fraud/index.js';
import { openWarehouse } from '../../../features/warehouse/index.js';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { clonedFacilitiesSql } from '../detectors/clone-sisters.js';
import { CLONING_DETECTOR } from '../detectors/cloning.js';
import { thresholdValues } from '../detectors/types.js';
import type { DetectorRun } from './detector-run.js';
import { FACILITIES, insertRows } from './hand-built.js';
import type { Row } from './hand-built.js';

/** The raw rows the batch ran on (facilities default to the four hand-built hospitals, as in runDetectors). */
interface BatchRows {
  readonly facilities?: readonly Row[];
  readonly doctors?: readonly Row[];
  readonly members: readonly Row[];
  readonly claims: readonly Row[];
}

/** The claims arrival loads for a CLONING verdict on `sep`: its CBG within the clone window at its facility and the hospitals clonedFacilitiesSql links to it. */
async function cloningLoad(batch: DetectorRun, rows: BatchRows, sep: string): Promise<Row[]> {
  const t = thresholdValues(CLONING_DETECTOR);
  const x = rows.claims.find((c) => c['nomor_sep'] === sep);
  if (x === undefined) throw new Error(`no claim ${sep} in the batch`);
  const linked = await batch.warehouse.query<{ facility_id: string }>(clonedFacilitiesSql('$1', RAW_SOURCES, t.sisterFacilityKm), [
    String(x['facility_id']),
  ]);
  const hospitals = new Set(linked.map((r) => r.facility_id));
  const day = (c: Row): number => Date.parse(String(c['tgl_masuk'])) / 86_400_000;
  return rows.claims.filter(
    (c) => hospitals.has(String(c['facility_id'])) && c['kode_inacbg'] === x['kode_inacbg'] && Math.abs(day(c) - day(x)) <= t.windowDays,
  );
}

/** The CLONING evidence of `sep` in a warehouse of what arrival loads for it. */
async function cloningEvidence(arrival: Warehouse, sep: string): Promise<string[]> {
  const evidence = await arrival.query<{ evidence_en: string }>(
    `SELECT evidence_en FROM (${CLONING_DETECTOR.sql(thresholdValues(CLONING_DETECTOR), RAW_SOURCES)}) WHERE nomor_sep = $1`,
    [sep],
  );
  return evidence.map((r) => r.evidence_en);
}

/**
 * The CLONING evidence of one claim from only what arrival loads for it: the claims of its CBG
 * within the clone window at its facility and the hospitals clonedFacilitiesSql links to it, their
 * members, the whole facility table and doctor registry, and the batch's published flat packages.
 */
export async function cloningOnArrival(batch: DetectorRun, rows: BatchRows, sep: string): Promise<string[]> {
  return onArrivalWarehouse(batch.warehouse, { ...rows, claims: await cloningLoad(batch, rows, sep) }, (arrival) =>
    cloningEvidence(arrival, sep),
  );
}

/** cloningOnArrival of each claim of `seps`, by claim; claims that load the same rows are judged in one warehouse of them (arrivalByLoad). */
export async function cloningOnArrivalEach(batch: DetectorRun, rows: BatchRows, seps: readonly string[]): Promise<Map<string, string[]>> {
  const loads = new Map<string, Row[]>();
  for (const sep of seps) loads.set(sep, await cloningLoad(batch, rows, sep));
  return arrivalByLoad(batch.warehouse, rows, seps, (sep) => loads.get(sep) ?? [], cloningEvidence);
}

/**
 * Runs `read` on a warehouse of only what arrival loads for a claim: the `claims` loaded for it,
 * their members, the facility table and doctor registry, the reference tables, the claim base, and
 * the flat packages the batch published (through a parquet file, as arrival reads them).
 */
export async function onArrivalWarehouse<T>(batch: Warehouse, rows: BatchRows, read: (arrival: Warehouse) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'telisik-cloning-arrival-'));
  const arrival = await openWarehouse(':memory:');
  try {
    const packages = join(dir, 'flat_packages.parquet');
    await batch.run('COPY fraud_flat_packages TO $1 (FORMAT parquet)', [packages]);
    await insertRows(arrival, 'raw_facilities', rows.facilities ?? Object.values(FACILITIES));
    await insertRows(arrival, 'raw_doctors', rows.doctors ?? []);
    await insertRows(
      arrival,
      'raw_members',
      rows.members.filter((m) => rows.claims.some((c) => c['card_key'] === m['card_key'])),
    );
    await insertRows(arrival, 'raw_claims', rows.claims);
    for (const sql of referenceTablesSql()) await arrival.run(sql);
    await arrival.run(claimBaseSql(RAW_SOURCES));
    await arrival.run('CREATE TABLE fraud_flat_packages AS SELECT * FROM read_parquet($1)', [packages]);
    return await read(arrival);
  } finally {
    await arrival.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `read` of each claim of `seps` on a warehouse of only what arrival loads for it (`loadedOf`, with
 * the rest of `rows` as in onArrivalWarehouse), by claim. Claims whose loaded claims are the same
 * rows share one such warehouse: it is built from those rows alone, so it is the same warehouse,
 * and `prepare` (what arrival adds before the detector statement) runs once on it. `read` must only
 * read, so no claim's verdict sees another's.
 */
export async function arrivalByLoad<T>(
  batch: Warehouse,
  rows: Omit<BatchRows, 'claims'>,
  seps: readonly string[],
  loadedOf: (sep: string) => readonly Row[],
  read: (arrival: Warehouse, sep: string) => Promise<T>,
  prepare?: (arrival: Warehouse) => Promise<void>,
): Promise<Map<string, T>> {
  const groups = new Map<string, { loaded: readonly Row[]; seps: string[] }>();
  for (const sep of seps) {
    const loaded = loadedOf(sep);
    const key = loaded.map((c) => String(c['nomor_sep'])).join(' ');
    const group = groups.get(key);
    if (group) group.seps.push(sep);
    else groups.set(key, { loaded, seps: [sep] });
  }
  const judged = new Map<string, T>();
  for (const group of groups.values())
    await onArrivalWarehouse(batch, { ...rows, claims: group.loaded }, async (arrival) => {
      await prepare?.(arrival);
      for (const sep of group.seps) judged.set(sep, await read(arrival, sep));
    });
  return judged;
}
