// The detector step of arrival scoring cut per detector: the parts are the batch's statement, and
// the detectors a claim skips cannot hit it (every branch of their SQL says so, and rows agree).
import { describe, expect, it } from 'vitest';
import { ARRIVAL_SOURCES } from './arrival-context.js';
import { ARRIVAL_DETECTOR_GATES, INPATIENT, splitArrivalDetectorHits } from './arrival-detectors.js';
import { FRAUD_DETECTORS, thresholdValues } from './detectors/index.js';
import { addDays, claim, member } from './test-support/hand-built.js';
import { runDetectors } from './test-support/detector-run.js';

/** The top-level UNION ALL branches of a detector's SQL (outside any parentheses). */
function branches(sql: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of sql.matchAll(/\(|\)|\bUNION ALL\b/g)) {
    if (m[0] === '(') depth++;
    else if (m[0] === ')') depth--;
    else if (depth === 0) {
      out.push(sql.slice(start, m.index));
      start = (m.index ?? 0) + m[0].length;
    }
  }
  return [...out, sql.slice(start)];
}

describe('arrival detector parts', () => {
  it('cuts the batch statement into one SELECT per detector, in the registry order', () => {
    const parts = splitArrivalDetectorHits(ARRIVAL_SOURCES);
    expect(parts.map((p) => p.code)).toEqual(FRAUD_DETECTORS.map((d) => d.code));
    for (const p of parts) expect(p.sql).toMatch(new RegExp(`^SELECT h\\.fraud_type[\\s\\S]*'${p.code}' AS fraud_type`));
  });

  it("keeps each gate's condition in every branch of the detectors a claim may skip", () => {
    const gated = Object.entries(ARRIVAL_DETECTOR_GATES);
    expect(gated.length).toBeGreaterThan(0);
    for (const [code, gate] of gated) {
      const d = FRAUD_DETECTORS.find((x) => x.code === code);
      expect(d, code).toBeDefined();
      const parts = d ? branches(d.sql(thresholdValues(d), ARRIVAL_SOURCES)) : [];
      expect(parts.length, code).toBeGreaterThan(0);
      for (const [i, b] of parts.entries()) expect(b, `${code} branch ${i}`).toMatch(gate?.branchCondition ?? /^$/);
    }
  });

  it('skips a gated detector for an outpatient claim of an outpatient group, and no detector for a stay', () => {
    const parts = splitArrivalDetectorHits(ARRIVAL_SOURCES);
    const stay = { jenis_rawat: INPATIENT, kode_inacbg: 'A-4-11-I' };
    const visit = { jenis_rawat: 2, kode_inacbg: 'Q-5-44-0' };
    // a severity-III group billed as outpatient care is still an UPCODING question
    const severeVisit = { jenis_rawat: 2, kode_inacbg: 'A-4-11-III' };
    for (const p of parts) {
      expect(p.applies(stay), p.code).toBe(true);
      expect(p.applies(visit), p.code).toBe(ARRIVAL_DETECTOR_GATES[p.code] === undefined);
    }
    expect(parts.find((p) => p.code === 'UPCODING')?.applies(severeVisit)).toBe(true);
    expect(parts.find((p) => p.code === 'PROLONGED_LOS')?.applies(severeVisit)).toBe(false);
  });

  it('finds no hit of a gated detector on an outpatient claim that would be one as a stay', async () => {
    // a 12-day stay (3x the 4-day norm) and a return 10 days after it, billed as stays and as outpatient visits
    const start = '2024-03-01';
    const stay = (card: string, jenis: number, over = {}) =>
      claim(card, { jenis_rawat: jenis, tgl_masuk: start, tgl_sep: start, tgl_pulang: addDays(start, 12), ...over });
    const back = (card: string, jenis: number) =>
      claim(card, { jenis_rawat: jenis, tgl_masuk: addDays(start, 22), tgl_sep: addDays(start, 22), tgl_pulang: addDays(start, 25) });
    const claims = [stay('IP1', 1), back('IP1', 1), stay('OP1', 2), back('OP1', 2)];
    const run = await runDetectors({ members: [member('IP1'), member('OP1')], claims });
    try {
      const outpatient = new Set(claims.filter((c) => c['jenis_rawat'] !== INPATIENT).map((c) => String(c['nomor_sep'])));
      const gates = ARRIVAL_DETECTOR_GATES as Readonly<Record<string, unknown>>;
      const gated = run.hits.filter((h) => gates[h.fraud_type] !== undefined);
      // the stays are hit, so the outpatient copies were judged by the same SQL
      expect(gated.some((h) => h.fraud_type === 'PROLONGED_LOS')).toBe(true);
      expect(gated.filter((h) => outpatient.has(h.nomor_sep))).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
