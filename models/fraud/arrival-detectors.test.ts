// The detector step of arrival scoring cut per detector and per signal gate: the parts are the
// batch's statement, and what a claim skips cannot hit it (every branch says so, and rows agree).
import { describe, expect, it } from 'vitest';
import { ARRIVAL_SOURCES } from './arrival-context.js';
import {
  ARRIVAL_DETECTOR_GATES,
  ARRIVAL_SIGNAL_GATES,
  INPATIENT,
  OUTPATIENT,
  fieldGatesAdmit,
  splitArrivalDetectorHits,
  unionBranches,
} from './arrival-detectors.js';
import type { GatedClaim } from './arrival-detectors.js';
import { FRAUD_DETECTORS, thresholdValues } from './detectors/index.js';
import { addDays, claim, member } from './test-support/hand-built.js';
import { runDetectors } from './test-support/detector-run.js';

/** A detector's top-level UNION ALL branches, the first with the common table expressions it opens with (all of them with `withCtes`). */
function branchesOf(code: string, withCtes = false): string[] {
  const d = FRAUD_DETECTORS.find((x) => x.code === code);
  if (!d) return [];
  const { ctes, branches } = unionBranches(d.sql(thresholdValues(d), ARRIVAL_SOURCES));
  return branches.map((b, i) => (i === 0 || withCtes ? `${ctes}${b}` : b));
}

/** The signals of the variant a claim runs for each detector (none when it skips the detector). */
function signalsRun(c: Record<string, string | number | null>): Map<string, readonly string[]> {
  return new Map(
    splitArrivalDetectorHits(ARRIVAL_SOURCES).map((p) => {
      const v = p.variantOf(c);
      return [p.code, v === undefined ? [] : (p.variants[v]?.signals ?? [])];
    }),
  );
}

const STAY = { jenis_rawat: INPATIENT, kode_inacbg: 'A-4-11-I', discharge_status: 1, icu_indikator: 0, ventilator_hour: 0 };
const VISIT = { jenis_rawat: OUTPATIENT, kode_inacbg: 'Q-5-44-0', discharge_status: 1, icu_indikator: 0, ventilator_hour: 0 };

describe('arrival detector parts', () => {
  it('cuts the batch statement into one part per detector, in the registry order, each variant a SELECT of its hits', () => {
    const parts = splitArrivalDetectorHits(ARRIVAL_SOURCES);
    expect(parts.map((p) => p.code)).toEqual(FRAUD_DETECTORS.map((d) => d.code));
    for (const p of parts) {
      expect(p.variants).toHaveLength(2 ** p.gates.length);
      for (const v of p.variants) if (v) expect(v.sql).toMatch(new RegExp(`^SELECT h\\.fraud_type[\\s\\S]*'${p.code}' AS fraud_type`));
    }
  });

  it('splits SQL at top-level UNION ALL only, keeping a leading WITH for every branch', () => {
    const sql = `WITH a AS (SELECT 1 AS x UNION ALL SELECT 2)
-- the patient's visits (an apostrophe in a comment), and ')' in a literal
SELECT x, 'a)' AS s FROM a
UNION ALL
SELECT x, 'UNION ALL' FROM (SELECT 3 AS x UNION ALL SELECT 4)`;
    const { ctes, branches } = unionBranches(sql);
    expect(ctes).toMatch(/^WITH a AS \(SELECT 1 AS x UNION ALL SELECT 2\)\n-- the patient's[^\n]*\n$/);
    expect(branches).toHaveLength(2);
    expect(branches[0]).toMatch(/^SELECT x, 'a\)' AS s FROM a\n$/);
    expect(`${ctes}${branches.join('UNION ALL')}`).toBe(sql);
  });

  it("keeps each gate's condition in every branch it covers", () => {
    const gated = Object.entries(ARRIVAL_DETECTOR_GATES);
    expect(gated.length).toBeGreaterThan(0);
    for (const [code, gate] of gated) {
      const parts = branchesOf(code);
      expect(parts.length, code).toBeGreaterThan(0);
      for (const [i, b] of parts.entries()) expect(b, `${code} branch ${i}`).toMatch(gate?.branchCondition ?? /^$/);
    }
    for (const d of FRAUD_DETECTORS) {
      const withCtes = branchesOf(d.code, true);
      for (const [i, b] of branchesOf(d.code).entries()) {
        for (const s of Object.keys(d.signals).filter((x) => b.includes(`'${x}'`))) {
          const gate = ARRIVAL_SIGNAL_GATES[s];
          // a gate marked inCtes may find its condition in the detector's leading WITH, which the branch reads
          if (gate) expect(gate.inCtes ? withCtes[i] : b, `${d.code} branch ${i} (${s})`).toMatch(gate.branchCondition);
        }
      }
    }
  });

  it('gates only declared signals, and plans the batch-only branches in no variant', () => {
    const declared = new Set(FRAUD_DETECTORS.flatMap((d) => Object.keys(d.signals)));
    for (const s of Object.keys(ARRIVAL_SIGNAL_GATES)) expect(declared.has(s), s).toBe(true);
    const batchOnly = Object.entries(ARRIVAL_SIGNAL_GATES).filter(([, g]) => g.batchOnly);
    expect(batchOnly.map(([s]) => s)).toEqual(expect.arrayContaining(['comorbidity_once_on_record', 'severity_step_at_provider']));
    const planned = splitArrivalDetectorHits(ARRIVAL_SOURCES).flatMap((p) => p.variants.flatMap((v) => v?.signals ?? []));
    for (const [s] of batchOnly) expect(planned, s).not.toContain(s);
    // every other declared signal is planned in some variant
    for (const s of declared) if (!ARRIVAL_SIGNAL_GATES[s]?.batchOnly) expect(planned, s).toContain(s);
  });

  it('runs for a stay no visit-only branch and for a visit no stay-only branch, and skips gated detectors for a visit', () => {
    const stay = signalsRun(STAY);
    const visit = signalsRun(VISIT);
    for (const [code, signals] of visit) {
      if (ARRIVAL_DETECTOR_GATES[code as keyof typeof ARRIVAL_DETECTOR_GATES]) expect(signals, code).toEqual([]);
      for (const s of signals) expect(ARRIVAL_SIGNAL_GATES[s]?.applies(VISIT) ?? true, s).toBe(true);
    }
    for (const [, signals] of stay) for (const s of signals) expect(ARRIVAL_SIGNAL_GATES[s]?.applies(STAY) ?? true, s).toBe(true);
    expect(visit.get('INFLATED_BILL')).not.toContain('surgical_fee_without_operation');
    expect(stay.get('INFLATED_BILL')).toContain('surgical_fee_without_operation');
    expect(stay.get('PHANTOM_BILLING')).not.toContain('impossible_doctor_volume');
    expect(visit.get('PHANTOM_BILLING')).toContain('impossible_doctor_volume');
    // a medical stay discharged home is judged against its follow-up; a severity-III one also against the provider's severe stays
    expect(stay.get('UPCODING')).toContain('primary_contradicted_by_follow_up');
    expect(stay.get('UPCODING')).not.toContain('severity_three_billed_as_one_at_provider');
    expect(signalsRun({ ...STAY, kode_inacbg: 'A-4-11-III' }).get('UPCODING')).toContain('severity_three_billed_as_one_at_provider');
    // a severity-III group billed as outpatient care is still an UPCODING question; ventilation needs ventilator hours
    expect(signalsRun({ ...VISIT, kode_inacbg: 'A-4-11-III' }).get('UPCODING')?.length).toBeGreaterThan(0);
    expect(stay.get('VENTILATOR')).toEqual([]);
    expect(signalsRun({ ...STAY, ventilator_hour: 100 }).get('VENTILATOR')?.length).toBeGreaterThan(0);
  });

  it('finds no hit of a gated detector or signal on a claim its gate refuses, as a stay or as an outpatient visit', async () => {
    // a 12-day stay (3x the 4-day norm) and a return 10 days after it, billed as stays and as outpatient visits
    const start = '2024-03-01';
    const stay = (card: string, jenis: number, over = {}) =>
      claim(card, { jenis_rawat: jenis, tgl_masuk: start, tgl_sep: start, tgl_pulang: addDays(start, 12), ...over });
    const back = (card: string, jenis: number) =>
      claim(card, { jenis_rawat: jenis, tgl_masuk: addDays(start, 22), tgl_sep: addDays(start, 22), tgl_pulang: addDays(start, 25) });
    const claims = [stay('IP1', 1), back('IP1', 1), stay('OP1', 2), back('OP1', 2)];
    const run = await runDetectors({ members: [member('IP1'), member('OP1')], claims });
    try {
      const bySep = new Map(claims.map((c) => [String(c['nomor_sep']), c as GatedClaim]));
      // the stays are hit, so the outpatient copies were judged by the same SQL
      expect(run.hits.some((h) => h.fraud_type === 'PROLONGED_LOS')).toBe(true);
      expect(run.hits.filter((h) => !fieldGatesAdmit(h, bySep.get(h.nomor_sep) ?? {}))).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
