// UPCODING as a severity mix that steps up and stays (upcoding-severity-step.ts), on fifteen months
// of typhoid stays at five class B and four class C hospitals. A class B hospital codes a fifth of its
// stays above severity I for six months, then four fifths from July on: its raised
// stays from July are named, up to three months before the extract's end. Near misses: a class B
// hospital correcting its under-coding up to its peers' level (its step passes every other bound),
// and, among class C hospitals whose peers code steadily, one that opens an ICU (twenty severity-III
// stays a month with intensive care: counted with the others, a step of 1.8x) and one that starts
// admitting pneumonia, a group its peers code above severity I two times in three.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, hospital, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { SEVERITY_STEP_THRESHOLDS } from './upcoding-severity-step.js';

const PEER_A = String(FACILITIES['jakarta2']?.['facility_id']);
const PEER_B = String(FACILITIES['makassar']?.['facility_id']);
const STEP = '3374R011';
const PEER_B3 = '3374R016';
const CORRECTING = '3374R012';
const PEER_C = String(FACILITIES['bandung']?.['facility_id']);
const PEER_C2 = '3374R015';
const NEW_ICU = '3374R013';
const NEW_GROUP = '3374R014';
/** The extract's last admission; stays within stepConfirmDays of it are not judged. */
const EXTRACT_END = '2025-03-31';
const CONFIRM = SEVERITY_STEP_THRESHOLDS.stepConfirmDays.value;
const MONTHS = 15;
const CHANGE = 6;

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;

/** A stay of group `base` ('A-4-11' typhoid, 'J-4-16' pneumonia) at `facility` on `masuk`, above severity I when `above`. */
function stay(facility_id: string, masuk: string, base: string, above: boolean, over: Row = {}): string {
  n++;
  const key = `st${n}`;
  members.push(member(key));
  const tariff = base === 'A-4-11' ? 2_300_000 : 3_000_000;
  const c = claim(key, {
    facility_id,
    tgl_masuk: masuk,
    tgl_sep: masuk,
    kode_inacbg: `${base}-${above ? 'II' : 'I'}`,
    diagnosa: base === 'A-4-11' ? (above ? 'A01.0#E87.1' : 'A01.0') : above ? 'J18.9#E87.1' : 'J18.9',
    tarif_inacbg: above ? Math.round(tariff * 1.45) : tariff,
    ...over,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

/** `count` stays of month `m` (0 = January 2024), `above` of them above severity I. */
function month(facility: string, m: number, base: string, count: number, above: number, over: Row = {}): string[] {
  const first = new Date(Date.UTC(2024, m, 1)).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => stay(facility, addDays(first, i % 27), base, i < above, over));
}

const stepped: string[] = [];
const newIcu: string[] = [];
const newGroup: string[] = [];
const correcting: string[] = [];
for (let m = 0; m < MONTHS; m++) {
  const after = m >= CHANGE;
  for (const peer of [PEER_A, PEER_B, PEER_C, PEER_C2]) {
    month(peer, m, 'A-4-11', 12, 4);
    month(peer, m, 'J-4-16', 12, 8);
  }
  month(PEER_B3, m, 'A-4-11', 30, 10);
  // 6 of 30 above severity I, then 24 of 30
  const s = month(STEP, m, 'A-4-11', 30, after ? 24 : 6);
  if (after) stepped.push(...s);
  correcting.push(...month(CORRECTING, m, 'A-4-11', 30, after ? 12 : 1));
  newIcu.push(...month(NEW_ICU, m, 'A-4-11', 30, 10));
  if (after) newIcu.push(...month(NEW_ICU, m, 'A-4-11', 20, 20, { kode_inacbg: 'A-4-11-III', icu_indikator: 1, icu_los: 2 }));
  newGroup.push(...month(NEW_GROUP, m, 'A-4-11', 30, 10));
  if (after) newGroup.push(...month(NEW_GROUP, m, 'J-4-16', 15, 10));
}
// the right-censoring edge: admitted exactly stepConfirmDays before the extract's end (judged), and a day later (not yet)
const edgeJudged = stay(STEP, addDays(EXTRACT_END, -CONFIRM), 'A-4-11', true);
const edgeCensored = stay(STEP, addDays(EXTRACT_END, 1 - CONFIRM), 'A-4-11', true);
// the extract's last admission: an outpatient visit
claims.push(
  claim('st-end', {
    jenis_rawat: 2,
    tgl_masuk: EXTRACT_END,
    tgl_sep: EXTRACT_END,
    tgl_pulang: EXTRACT_END,
    kode_inacbg: 'Q-5-44-0',
    diagnosa: 'J06.9',
  }),
);
members.push(member('st-end'));

const run = runDetectorsOnce(
  {
    facilities: [
      ...Object.values(FACILITIES),
      ...[STEP, CORRECTING, PEER_B3].map((f) => hospital(f)),
      ...[NEW_ICU, NEW_GROUP, PEER_C2].map((f) => hospital(f, { hospital_class: 'C' })),
    ],
    members,
    claims,
  },
  300_000,
);

const judgedUntil = addDays(EXTRACT_END, -CONFIRM);
const raisedOf = (seps: readonly string[]): string[] => {
  const rows = new Map(claims.map((c) => [String(c['nomor_sep']), c]));
  return seps.filter((s) => {
    const c = rows.get(s);
    return String(c?.['kode_inacbg']).endsWith('-II') && String(c?.['tgl_masuk']) <= judgedUntil;
  });
};

describe('UPCODING: a severity mix that steps up and stays', () => {
  it("names the hospital's stays above severity I from the change month on, with the step in the evidence", () => {
    const hits = run().hitsOfType('UPCODING', 'severity_step_at_provider');
    const expected = [...raisedOf(stepped), edgeJudged].sort();
    expect(hits.map((h) => h.nomor_sep).sort()).toEqual(expected);
    // July to December 2024: 24 a month, and the edge stay
    expect(expected).toHaveLength(6 * 24 + 1);
    const [h] = hits;
    expect(h?.strength).toBe('suspicious');
    expect(h?.evidence_en).toContain(
      `Provider ${STEP} coded stays above severity I at a higher ratio to its class peers from 2024-07 on: 36 where`,
    );
    expect(h?.evidence_en).toContain('218 where');
    expect(h?.amount_at_risk).toBeGreaterThan(0);
  });

  it('judges a stay only once three more months of the extract follow it', () => {
    expect(run().hitsOf(edgeJudged, 'severity_step_at_provider')).toHaveLength(1);
    expect(run().hitsOf(edgeCensored, 'severity_step_at_provider')).toHaveLength(0);
  });

  it("stays silent on a hospital rising only to its peers' level, opening an ICU, or admitting a more severe group", () => {
    for (const sep of [...correcting, ...newIcu, ...newGroup]) expect(run().hitsOf(sep, 'severity_step_at_provider'), sep).toHaveLength(0);
  });
});
