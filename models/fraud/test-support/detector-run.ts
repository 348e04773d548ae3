// Test support: one in-memory warehouse with hand-built raw rows, every fraud table built
// over them, and the detector hits read back in plain JavaScript values. Each detector test
// builds its rows, calls runDetectors once (beforeAll) and asserts on the hits.
import { afterAll, beforeAll } from 'vitest';
import { openWarehouse } from '../../../features/warehouse/index.js';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { buildFraudTables } from '../tables.js';
import type { DetectorOverrides } from '../detectors/index.js';
import { FACILITIES, insertRows } from './hand-built.js';
import type { Row } from './hand-built.js';

/** Raw rows by source table (raw_ prefix left out); facilities default to the four hand-built hospitals. */
type HandBuiltTables = Readonly<
  Partial<Record<'facilities' | 'members' | 'claims' | 'deaths' | 'kkpak_cases' | 'fktp_visits' | 'prb_claims' | 'doctors', readonly Row[]>>
>;

export interface DetectorHit {
  readonly fraud_type: string;
  readonly signal: string;
  readonly strength: string;
  readonly nomor_sep: string;
  readonly amount_at_risk: number;
  readonly related_sep: readonly string[];
  readonly evidence_en: string;
  readonly evidence_id: string;
}

export interface DetectorRun {
  readonly warehouse: Warehouse;
  readonly hits: readonly DetectorHit[];
  /** Hits of one claim, of one signal when given. */
  hitsOf(nomorSep: string, signal?: string): DetectorHit[];
  /** Hits of one fraud type, of one signal when given. */
  hitsOfType(fraudType: string, signal?: string): DetectorHit[];
  /** The signals one claim carries (of one fraud type when given), sorted: what a near miss must not show. */
  signalsOf(nomorSep: string, fraudType?: string): string[];
  close(): Promise<void>;
}

/** `detectorOverrides`: threshold values by taxonomy code and name, for a file that tests one part of a rule. */
export async function runDetectors(tables: HandBuiltTables, detectorOverrides?: DetectorOverrides): Promise<DetectorRun> {
  const warehouse = await openWarehouse(':memory:');
  try {
    await insertRows(warehouse, 'raw_facilities', tables.facilities ?? Object.values(FACILITIES));
    for (const [table, rows] of Object.entries(tables))
      if (table !== 'facilities' && rows) await insertRows(warehouse, `raw_${table}`, rows);
    await buildFraudTables(warehouse.connection, detectorOverrides ? { detectorOverrides } : {});
    const rows = await warehouse.query<
      Omit<DetectorHit, 'amount_at_risk' | 'related_sep'> & {
        amount_at_risk: bigint | number;
        related_sep: { items: string[] } | string[] | null;
      }
    >('SELECT fraud_type, signal, strength, nomor_sep, amount_at_risk, related_sep, evidence_en, evidence_id FROM fraud_detector_hits');
    const hits: DetectorHit[] = rows.map((r) => ({
      ...r,
      amount_at_risk: Number(r.amount_at_risk),
      related_sep: r.related_sep === null ? [] : Array.isArray(r.related_sep) ? r.related_sep : r.related_sep.items,
    }));
    return {
      warehouse,
      hits,
      hitsOf: (sep, signal) => hits.filter((h) => h.nomor_sep === sep && (signal === undefined || h.signal === signal)),
      hitsOfType: (type, signal) => hits.filter((h) => h.fraud_type === type && (signal === undefined || h.signal === signal)),
      signalsOf: (sep, type) =>
        hits
          .filter((h) => h.nomor_sep === sep && (type === undefined || h.fraud_type === type))
          .map((h) => h.signal)
          .sort(),
      close: () => warehouse.close(),
    };
  } catch (err) {
    await warehouse.close();
    throw err;
  }
}

/**
 * Runs every detector once for the test file over the tables (filled while the file is collected)
 * and closes the warehouse after its tests; the run is read through the returned getter.
 */
export function runDetectorsOnce(tables: HandBuiltTables, timeoutMs?: number, detectorOverrides?: DetectorOverrides): () => DetectorRun {
  let run: DetectorRun | undefined;
  // without a timeout the config's hang guard applies (sized for two files sharing the cores)
  beforeAll(async () => {
    run = await runDetectors(tables, detectorOverrides);
  }, timeoutMs);
  afterAll(async () => {
    await run?.close();
  });
  return () => {
    if (run === undefined) throw new Error('the detectors did not run');
    return run;
  };
}
