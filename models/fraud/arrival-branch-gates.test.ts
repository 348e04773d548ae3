// Gates on single UNION ALL branches (arrival-branch-gates.ts): a branch's hit-row conjuncts are read
// as SQL binds them, each gate is held by a branch of the current SQL, and a claim a gate refuses is
// one DuckDB's own evaluation of the gate's conjuncts refuses too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createOfflineDuckDB, literal } from '../../data-samples/sql/index.js';
import { ARRIVAL_SOURCES } from './arrival-context.js';
import { INPATIENT, OUTPATIENT, splitArrivalDetectorHits, unionBranches } from './arrival-detectors.js';
import type { GatedClaim } from './arrival-detectors.js';
import { ARRIVAL_BRANCH_GATES, branchGateHolds, hitRowConjuncts, mayBeOperation, requiresOneOf } from './arrival-branch-gates.js';
import type { ArrivalBranchGate } from './arrival-branch-gates.js';
import { FRAUD_DETECTORS, thresholdValues } from './detectors/index.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await createOfflineDuckDB(':memory:', { threads: 1 });
  connection = await instance.connect();
});

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

describe('hit-row conjuncts of a branch', () => {
  it('reads the top-level AND chain of the WHERE, inside parentheses too, and nothing under an OR', () => {
    const branch = `-- a comment with AND and OR
SELECT b.nomor_sep, 'x' AS signal FROM fraud_claim_base b JOIN t d USING (facility_id)
WHERE (b.jenis_rawat = 2 AND b.los BETWEEN 1 AND 3) AND NOT coalesce(d.flag, false)
  AND CASE WHEN b.a = 1 AND b.c = 2 THEN true END AND b.e IN (SELECT e FROM t WHERE k = 1 AND j = 2) AND b.s = 'a AND b'
GROUP BY ALL`;
    const conjuncts = hitRowConjuncts(branch);
    expect(conjuncts).toEqual([
      '(b.jenis_rawat = 2 AND b.los BETWEEN 1 AND 3)',
      'b.jenis_rawat = 2',
      'b.los BETWEEN 1 AND 3',
      'NOT coalesce(d.flag, false)',
      'CASE WHEN b.a = 1 AND b.c = 2 THEN true END',
      'b.e IN (SELECT e FROM t WHERE k = 1 AND j = 2)',
      "b.s = 'a AND b'",
    ]);
    // an OR at the top level makes no part of the WHERE necessary; inside a conjunct it stays there
    expect(hitRowConjuncts('SELECT b.nomor_sep FROM fraud_claim_base b WHERE b.a = 1 AND b.c = 2 OR b.e = 3')).toEqual([]);
    expect(hitRowConjuncts('SELECT b.nomor_sep FROM fraud_claim_base b WHERE b.a = 1 AND (b.c = 2 OR b.e = 3)')).toEqual([
      'b.a = 1',
      '(b.c = 2 OR b.e = 3)',
    ]);
    // a branch whose hit is another row's, or that has no WHERE, gives none
    expect(hitRowConjuncts('SELECT o.nomor_sep FROM fraud_claim_base b JOIN x o USING (k) WHERE b.a = 1')).toEqual([]);
    expect(hitRowConjuncts('SELECT b.nomor_sep FROM fraud_claim_base b')).toEqual([]);
  });

  it('reads a WHERE as requiring one of some atoms through AND, OR and parentheses only', () => {
    const atoms = new Set(['b.x > ln(2)', 'coalesce((b.y > 1 AND s.z), false)']);
    expect(requiresOneOf('b.x > ln(2)', atoms)).toBe(true);
    expect(requiresOneOf('(b.x > ln(2) AND r.k IS NOT NULL) OR coalesce((b.y > 1 AND s.z), false)', atoms)).toBe(true);
    expect(
      requiresOneOf(
        'b.d <> 4 AND ((b.x > ln(2) AND (b.x > ln(3) OR r.k IS NOT NULL)) OR (coalesce((b.y > 1 AND s.z), false) AND b.q))',
        atoms,
      ),
    ).toBe(true);
    expect(requiresOneOf('b.a BETWEEN 1 AND 2 AND b.x > ln(2)', atoms)).toBe(true);
    // an OR with a part that asks no atom, a negation, a CASE or a quoted atom asks none
    expect(requiresOneOf('b.x > ln(2) OR b.w = 1', atoms)).toBe(false);
    expect(requiresOneOf('NOT b.x > ln(2)', atoms)).toBe(false);
    expect(requiresOneOf('NOT coalesce((b.d <> 4 AND (b.x > ln(2))), false)', atoms)).toBe(false);
    expect(requiresOneOf('CASE WHEN b.x > ln(2) THEN true END', atoms)).toBe(false);
    expect(requiresOneOf("b.s = 'b.x > ln(2)'", atoms)).toBe(false);
    // parentheses only group: ((A)) is A, (A) OR (B) each
    expect(requiresOneOf('((b.x > ln(2))) OR (coalesce((b.y > 1 AND s.z), false))', atoms)).toBe(true);
  });

  it('finds each branch gate in a branch of its detector, and only there', () => {
    const gated = Object.entries(ARRIVAL_BRANCH_GATES);
    expect(gated.length).toBeGreaterThan(0);
    for (const [code, gates] of gated) {
      const d = FRAUD_DETECTORS.find((x) => x.code === code);
      expect(d, code).toBeDefined();
      if (!d) continue;
      const { branches } = unionBranches(d.sql(thresholdValues(d), ARRIVAL_SOURCES));
      for (const g of gates ?? []) {
        const held = branches.filter((b) => branchGateHolds(g, b));
        expect(held.length, `${code}: ${g.why}`).toBeGreaterThan(0);
        for (const b of held) expect(b, g.why).toMatch(g.branchCondition);
      }
    }
  });
});

describe('INFLATED_BILL branch gates', () => {
  const part = splitArrivalDetectorHits(ARRIVAL_SOURCES).find((p) => p.code === 'INFLATED_BILL');
  const sqlRun = (c: GatedClaim): string => {
    const v = part?.variantOf(c);
    return v === undefined ? '' : (part?.variants[v]?.sql ?? '');
  };
  const [session, device] = ARRIVAL_BRANCH_GATES.INFLATED_BILL ?? [];
  const VISIT: GatedClaim = { jenis_rawat: OUTPATIENT, kode_inacbg: 'Q-5-44-0', procedure: '89.03', discharge_status: 1 };

  it('runs the session-price branch for a routine session only and the device branch for an operation only', () => {
    const d = FRAUD_DETECTORS.find((x) => x.code === 'INFLATED_BILL');
    const { branches } = unionBranches(d?.sql(thresholdValues(d), ARRIVAL_SOURCES) ?? '');
    // whether the claim's variant holds the branches the gate covers (each branch's text is its own)
    const runs = (c: GatedClaim, g: ArrivalBranchGate | undefined): boolean => {
      const held = branches.filter((b) => g !== undefined && branchGateHolds(g, b));
      expect(held.length).toBeGreaterThan(0);
      return held.every((b) => sqlRun(c).includes(b));
    };
    expect(runs(VISIT, session)).toBe(false);
    expect(runs(VISIT, device)).toBe(false);
    expect(runs({ ...VISIT, kode_inacbg: 'N-3-15-0', procedure: '39.95' }, session)).toBe(true);
    expect(runs({ ...VISIT, procedure: '39.95#89.03' }, session)).toBe(false);
    expect(runs({ ...VISIT, procedure: '86.22' }, device)).toBe(true);
    const stay = { ...VISIT, jenis_rawat: INPATIENT, kode_inacbg: 'K-1-12-I', procedure: '47.09' };
    expect(runs(stay, device)).toBe(true);
    expect(runs(stay, session)).toBe(false);
    expect(runs({ ...stay, discharge_status: 4 }, device)).toBe(false);
    // the line's own branch runs whatever the gates say (its signal is the same)
    expect(sqlRun(VISIT)).toContain(branches[0] ?? '<none>');
  });

  it('refuses no claim whose conjuncts DuckDB finds true (px_list split as claim-sql.ts splits it)', async () => {
    const procedures = [null, '', '39.95', '39.95#39.95', '39.95#', '89.03', '86.22', '87.41', '0087.1', ' 12.3', '+5', '-1.2', '1e1.0'];
    const more = ['abc', 'V12', '99999999999.1', '12', '39.95#87.41'];
    const claims: GatedClaim[] = [];
    for (const procedure of [...procedures, ...more])
      for (const jenis_rawat of [INPATIENT, OUTPATIENT, null])
        for (const discharge_status of [1, 4, null]) claims.push({ jenis_rawat, discharge_status, procedure });
    const value = (v: string | number | null | undefined): string =>
      v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : literal(v);
    const rows = claims.map((c, i) => `(${i}, ${value(c['jenis_rawat'])}, ${value(c['discharge_status'])}, ${value(c['procedure'])})`);
    let refusedByBoth = 0;
    // the gates on the claim's own fields (the line screens read the request's rows: arrival-line-screen.test.ts)
    for (const g of (ARRIVAL_BRANCH_GATES.INFLATED_BILL ?? []).filter((x) => x.conjuncts !== undefined)) {
      const conjuncts = g.conjuncts ?? [];
      const passed = (
        await connection.runAndReadAll(`SELECT i FROM (SELECT i, jenis_rawat, discharge_status,
          coalesce(string_split(procedure, '#'), []::VARCHAR[]) AS px_list FROM (VALUES ${rows.join(', ')}) v(i, jenis_rawat, discharge_status, procedure)) b
          WHERE ${conjuncts.join(' AND ')}`)
      ).getRows();
      const sqlPasses = new Set(passed.map((r) => Number(r[0])));
      expect(sqlPasses.size, g.why).toBeGreaterThan(0);
      for (const [i, c] of claims.entries()) {
        if (sqlPasses.has(i)) expect(g.applies(c), `${g.why}: ${JSON.stringify(c)}`).toBe(true);
        else if (!g.applies(c)) refusedByBoth++;
      }
    }
    // the gates refuse claims (they are not always true)
    expect(refusedByBoth).toBeGreaterThan(claims.length);
  });

  it('reads an operation as operationsSql does: a chapter of digits at most 86, or one DuckDB might cast', () => {
    expect(['47.09', '86.22', '0086.1', '-1.2', ' 87.1', '1e1.0'].every(mayBeOperation)).toBe(true);
    expect(['87.41', '89.03', '99.25', '', 'abc', '99999999999.1'].some(mayBeOperation)).toBe(false);
  });
});
