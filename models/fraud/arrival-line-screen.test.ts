// INFLATED_BILL's line screens on arrival (arrival-line-screen.ts): the SQL shapes the screen's bound reads, a claim's
// screen on hand-built peers and provider rows, and on the fraud tests' generated extract every claim either line
// branch names passes its screen, while most claims do not.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { openWarehouse } from '../../features/warehouse/index.js';
import type { Warehouse } from '../../features/warehouse/index.js';
import { ARRIVAL_SOURCES } from './arrival-request-sql.js';
import { unionBranches } from './arrival-detectors.js';
import { ARRIVAL_BRANCH_GATES, branchGateHolds, hitRowWhere, requiresOneOf } from './arrival-branch-gates.js';
import { LineScreen, SCREEN_COLUMNS, lineScreenAtoms } from './arrival-line-screen.js';
import type { ScreenRow, ScreenedLine } from './arrival-line-screen.js';
import { FRAUD_DETECTORS, PROCEDURE_PEER_TABLE, PROVIDER_DISTRIBUTION_TABLE, thresholdValues } from './detectors/index.js';
import { drugExcessSql, drugPeerColumn, procedurePeerJoin, supportExcessSql } from './detectors/inflated-line-repeat.js';
import { LOG_COST_SMOOTHING, ordinaryDrugLogSql, supportLogSql } from './detectors/peers.js';
import { buildFraudTables } from './tables.js';
import { copyWarehouse, ingestedFraudExtract } from './test-support/ingested-extract.js';
import type { IngestedExtract } from './test-support/ingested-extract.js';

const inflated = FRAUD_DETECTORS.find((d) => d.code === 'INFLATED_BILL');
const lineGates = (ARRIVAL_BRANCH_GATES.INFLATED_BILL ?? []).filter((g) => g.requiresOneOf !== undefined);
/** The branch of INFLATED_BILL whose hit is `line`'s outlier on the whole line. */
const lineBranch = (branches: readonly string[], line: ScreenedLine): string | undefined =>
  branches.find(
    (b) =>
      new RegExp(`^\\s*SELECT b\\.nomor_sep, '${line === 'drug' ? 'drug_device_outlier' : 'support_services_outlier'}'`).test(b) &&
      lineGates.some((g) => branchGateHolds(g, b)),
  );

describe('the SQL a line screen bounds', () => {
  it('reads the line log shares and the peer keys as the screen forms them', () => {
    const s = LOG_COST_SMOOTHING;
    expect(ordinaryDrugLogSql('b')).toBe(
      `ln((b.tarif_obat + b.tarif_alkes + b.tarif_bmhp + ${s}) / ((b.billed_cost - b.tarif_obat - b.tarif_alkes - b.tarif_bmhp - b.tarif_obat_kronis) + ${s}))`,
    );
    const support = '(b.tarif_laboratorium + b.tarif_radiologi + b.tarif_penunjang + b.tarif_sewa_alat)';
    expect(supportLogSql('b')).toBe(`ln((${support} + ${s}) / (b.billed_cost - ${support} + ${s}))`);
    expect(procedurePeerJoin('b').trim().split('\n')).toEqual([
      `LEFT JOIN ${PROCEDURE_PEER_TABLE} ppr ON ppr.scope = 'procedures' AND ppr.group_key = b.kode_inacbg || '|' || array_to_string(list_sort(b.px_list), '+')`,
      `LEFT JOIN ${PROCEDURE_PEER_TABLE} pdx ON pdx.scope = 'diagnosis' AND pdx.group_key = b.kode_inacbg || '|' || b.dx_category`,
      `LEFT JOIN ${PROCEDURE_PEER_TABLE} pcb ON pcb.scope = 'cbg' AND pcb.group_key = b.kode_inacbg`,
      `LEFT JOIN ${PROCEDURE_PEER_TABLE} pal ON pal.scope = 'procedures_all_levels' AND pal.group_key = b.cbg_base || '|' || array_to_string(list_sort(b.px_list), '+')`,
    ]);
  });

  it('takes each excess as the line less one of the four peer medians, the drug norm only raised (a factor of at least 1, an allowance of at least 0)', () => {
    const peers = (sql: string, col: string): string[] =>
      [...sql.matchAll(new RegExp(`\\b(\\w+)\\.${col}\\b`, 'g'))].map((m) => m[1] as string);
    expect(supportExcessSql.startsWith(`(${supportLogSql('b')} - coalesce(`)).toBe(true);
    expect(new Set(peers(supportExcessSql, 'support_log'))).toEqual(new Set(['ppr', 'pdx', 'pcb']));
    const norm = drugPeerColumn('ordinary_drug_log');
    expect(new Set(peers(norm, 'ordinary_drug_log'))).toEqual(new Set(['ppr', 'pdx', 'pcb', 'pal']));
    const head = `(${ordinaryDrugLogSql('b')} - ln(exp(${norm}) * (CASE WHEN `;
    expect(drugExcessSql.startsWith(head)).toBe(true);
    const factor = /^[\s\S]*? THEN ([0-9.]+) ELSE 1 END\) \+ greatest\(0, /.exec(drugExcessSql.slice(head.length));
    expect(Number(factor?.[1])).toBeGreaterThanOrEqual(1);
  });

  it("gates exactly the two line branches, whose WHERE asks an atom of its own line's screen", () => {
    expect(lineGates).toHaveLength(1);
    const { branches } = unionBranches(inflated?.sql(thresholdValues(inflated), ARRIVAL_SOURCES) ?? '');
    const held = branches.filter((b) => lineGates.some((g) => branchGateHolds(g, b)));
    expect(held).toHaveLength(2);
    for (const line of ['drug', 'support'] as const) {
      const own = lineBranch(branches, line);
      expect(own, line).toBeDefined();
      expect(requiresOneOf(hitRowWhere(own ?? '') ?? '', new Set(lineScreenAtoms(line))), line).toBe(true);
    }
    // each step atom asks its line's excess past the peer floor and a published own-series row (lst: NULL without one)
    const floor = thresholdValues(inflated as NonNullable<typeof inflated>)['lineStepPeerFloor'];
    for (const [line, excess] of [
      ['drug', drugExcessSql],
      ['support', supportExcessSql],
    ] as const)
      for (const atom of lineScreenAtoms(line).slice(1)) {
        expect(atom).toMatch(/\blst(_\w+)?\.own_median\b/);
        expect(atom.split(`${excess} > ln(${floor})`).length).toBeGreaterThan(1);
      }
  });
});

describe('a claim on the screen', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  let screen: LineScreen;
  // peers of CBG K-1-12-I with procedures 47.09 and of its diagnosis category; the hospital RS2 steps in its own drug series
  beforeAll(async () => {
    instance = await createOfflineDuckDB(':memory:', { threads: 1 });
    connection = await instance.connect();
    await connection.run(`CREATE TABLE ${PROCEDURE_PEER_TABLE} AS SELECT * FROM (VALUES
      ('procedures', 'K-1-12-I|47.09+54.11', -1.0, -0.5), ('diagnosis', 'K-1-12-I|K35', -0.8, -0.2), ('cbg', 'K-1-12-I', -0.9, NULL),
      ('procedures_all_levels', 'K-1-12|47.09+54.11', -1.2, -0.9)) v(scope, group_key, ordinary_drug_log, support_log)`);
    await connection.run(`CREATE TABLE ${PROVIDER_DISTRIBUTION_TABLE} AS SELECT * FROM (VALUES
      ('RS1', [{'line': 'device', 'peer_key': 'x', 'own_median': 0.1}]), ('RS2', [{'line': 'drug', 'peer_key': 'x', 'own_median': 0.1}])) v(facility_id, line_step)`);
    screen = await LineScreen.load(connection);
  });
  afterAll(() => {
    connection?.closeSync();
    instance?.closeSync();
  });

  /**
   * A stay whose drug and support lines are `drug` and `support` in log share (odds against the rest of the bill, each
   * line's rest holding the other: drug + support < 0), on services of Rp10 million.
   */
  const stay = (drug: number, support: number, over: Partial<Record<keyof ScreenRow, unknown>> = {}): ScreenRow => {
    const services = 10_000_000;
    const [d, s] = [Math.exp(drug), Math.exp(support)];
    const lab = Math.round((s * services + d * s * (services + 1000) - 1000) / (1 - d * s));
    const obat = Math.round(d * (services + lab + 1000) - 1000);
    return {
      nomor_sep: 'S1',
      facility_id: 'RS1',
      kode_inacbg: 'K-1-12-I',
      cbg_base: 'K-1-12',
      dx_category: 'K35',
      px_list: { items: ['54.11', '47.09'] },
      billed_cost: BigInt(services + obat + lab),
      tarif_obat: BigInt(obat),
      tarif_alkes: 0n,
      tarif_bmhp: 0n,
      tarif_obat_kronis: 0n,
      tarif_laboratorium: BigInt(lab),
      tarif_radiologi: 0n,
      tarif_penunjang: 0n,
      tarif_sewa_alat: 0n,
      ...over,
    } as ScreenRow;
  };
  const may = (row: ScreenRow | undefined, line: ScreenedLine): boolean => screen.mayStep(row, line);

  it('refuses a drug line under the lone screen over its lowest peer median, unless its hospital steps in the line', () => {
    // lowest drug median -1.2 (all levels): 2.5x is ln 2.5 = 0.92 above it, 1.25x 0.22
    expect(may(stay(-1.2 + 0.9, -3), 'drug')).toBe(false);
    expect(may(stay(-1.2 + 0.95, -3), 'drug')).toBe(true);
    expect(may(stay(-1.2 + 0.5, -3, { facility_id: 'RS2' }), 'drug')).toBe(true);
    expect(may(stay(-1.2 + 0.2, -3, { facility_id: 'RS2' }), 'drug')).toBe(false);
    // without the all-levels peers the lowest is the procedures' -1.0, found in either order; without those, the CBG's -0.9
    const otherGroup = { cbg_base: 'K-1-13' };
    expect(may(stay(-1.0 + 0.95, -3, { ...otherGroup, px_list: { items: ['47.09', '54.11'] } }), 'drug')).toBe(true);
    expect(may(stay(-1.0 + 0.95, -3, otherGroup), 'drug')).toBe(true);
    expect(may(stay(-1.0 + 0.95, -3, { ...otherGroup, px_list: { items: ['47.09'] } }), 'drug')).toBe(false);
    expect(may(stay(-1.0 + 0.5, -3, otherGroup), 'drug')).toBe(false);
  });

  it('refuses a claim with no peer median, and lets through what it cannot read', () => {
    const unknownGroup = { kode_inacbg: 'Z-9-99-0', cbg_base: 'Z-9-99' };
    expect(may(stay(-0.1, -0.1, unknownGroup), 'drug')).toBe(false);
    expect(may(stay(-0.1, -0.1, unknownGroup), 'support')).toBe(false);
    expect(may(undefined, 'drug')).toBe(true);
    expect(may(stay(-3, -3, { tarif_bmhp: null }), 'drug')).toBe(true);
    expect(may(stay(-3, -3, { px_list: { items: ['47.09', '54.1\u00b9'] } }), 'drug')).toBe(true);
    expect(may(stay(-3, -3, { kode_inacbg: null }), 'support')).toBe(true);
  });

  it('refuses a support line under 2x its lowest peer median where its hospital steps in no support series', () => {
    // lowest support median -0.9 (all levels): 2x is ln 2 = 0.69 above it
    expect(may(stay(-3, -0.9 + 0.6), 'support')).toBe(false);
    expect(may(stay(-3, -0.9 + 0.8), 'support')).toBe(true);
    // RS1 steps in its device series only, a line of the drugs: no floor for the support line
    expect(may(stay(-3, -0.9 + 0.5, { facility_id: 'RS1' }), 'support')).toBe(false);
  });
});

describe('the line screens on the generated extract', () => {
  let extract: IngestedExtract | undefined;
  let dir = '';
  let w: Warehouse | undefined;

  beforeAll(async () => {
    extract = await ingestedFraudExtract();
    dir = await mkdtemp(join(tmpdir(), 'telisik-line-screen-'));
    await copyWarehouse(extract, join(dir, 'w.duckdb'));
    w = await openWarehouse(join(dir, 'w.duckdb'), { threads: 2 });
    await buildFraudTables(w.connection);
  }, 600_000);

  afterAll(async () => {
    await w?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    await extract?.dispose();
  });

  it("lets through every claim either line branch names in the batch's tables, and refuses most claims", async () => {
    const connection = (w as Warehouse).connection;
    const screen = await LineScreen.load(connection);
    const rows = (
      await connection.runAndReadAll(`SELECT ${SCREEN_COLUMNS.join(', ')} FROM fraud_claim_base`)
    ).getRowObjects() as unknown as ScreenRow[];
    expect(rows.length).toBeGreaterThan(1000);
    const { branches } = unionBranches(inflated?.sql(thresholdValues(inflated), ARRIVAL_SOURCES) ?? '');
    let named = 0;
    for (const line of ['drug', 'support'] as const) {
      const branch = lineBranch(branches, line) ?? '';
      // the line branches read the claim base, the peers and the provider rows only: the batch's tables by the same names
      expect(branch).not.toMatch(/\barr_\w+/);
      const hits = new Set((await connection.runAndReadAll(`SELECT nomor_sep FROM (${branch})`)).getRows().map((r) => String(r[0])));
      const passed = rows.filter((r) => screen.mayStep(r, line));
      const through = new Set(passed.map((r) => String(r.nomor_sep)));
      const refusedHits = [...hits].filter((sep) => !through.has(sep));
      expect(refusedHits, line).toEqual([]);
      expect(passed.length, line).toBeLessThan(rows.length / 4);
      named += hits.size;
    }
    // the comparison is not of empty sets
    expect(named).toBeGreaterThan(0);
  });
});
