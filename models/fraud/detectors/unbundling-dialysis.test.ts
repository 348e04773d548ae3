// A clinic visit billed beside the same doctor's haemodialysis session the same day
// (unbundling-dialysis.ts, RT-UNBUND-61): the hit, and the honest look-alikes beside it: another
// doctor's clinic the same day (an eye or cardiac review), the same internist on a day without a
// session, and the session alone. Distinct cards, one warehouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const claims: Row[] = [];
const members: Row[] = [];
const INTERNIST = 'D3171R001901';
const CARDIOLOGIST = 'D3171R001902';

function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
/** An outpatient claim at Jakarta 1 on `day`. */
const outpatient = (day: string, over: Row): Row => ({
  jenis_rawat: 2,
  tgl_masuk: day,
  tgl_pulang: day,
  jenis_pelayanan: 'RAWAT_JALAN',
  ...over,
});
/** A haemodialysis session by the internist. */
const session = (day: string): Row =>
  outpatient(day, { kode_inacbg: 'N-3-15-0', diagnosa: 'N18.5#Z49.1', procedure: '39.95', kode_dpjp: INTERNIST, tarif_inacbg: 900_000 });
/** A clinic visit for the kidney disease and hypertension. */
const clinic = (day: string, dpjp: string): Row =>
  outpatient(day, { kode_inacbg: 'Q-5-44-0', diagnosa: 'N18.9#I10', kode_dpjp: dpjp, tarif_inacbg: 200_000 });

const hdSession = add('hd1', session('2024-03-04'));
const besideSession = add('hd1', clinic('2024-03-04', INTERNIST));
// near misses: the cardiologist's clinic beside a session; the internist's clinic on a day without one
const cardioSession = add('hd2', session('2024-03-05'));
const cardioVisit = add('hd2', clinic('2024-03-05', CARDIOLOGIST));
add('hd3', session('2024-03-04'));
const otherDayVisit = add('hd3', clinic('2024-03-06', INTERNIST));

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members, claims });
});
afterAll(async () => run?.close());

describe('a clinic visit billed beside a haemodialysis session', () => {
  it("names the same doctor's visit on the session's day, with the session", () => {
    const [hit] = run.hitsOf(besideSession, 'visit_billed_beside_dialysis_session');
    expect(hit?.fraud_type).toBe('UNBUNDLING');
    expect(hit?.related_sep).toEqual([hdSession]);
    expect(hit?.amount_at_risk).toBeGreaterThan(0);
    expect(hit?.evidence_en).toContain(INTERNIST);
  });

  it('leaves the session itself unnamed', () => {
    expect(run.hitsOf(hdSession, 'visit_billed_beside_dialysis_session')).toEqual([]);
  });

  it("leaves another doctor's clinic the same day, and the same doctor's clinic on another day, silent", () => {
    expect(run.hitsOf(cardioVisit, 'visit_billed_beside_dialysis_session')).toEqual([]);
    expect(run.hitsOf(cardioSession, 'visit_billed_beside_dialysis_session')).toEqual([]);
    expect(run.hitsOf(otherDayVisit, 'visit_billed_beside_dialysis_session')).toEqual([]);
  });
});
