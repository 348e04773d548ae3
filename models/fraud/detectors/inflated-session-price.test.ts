// INFLATED_BILL drug_device_outlier on a routine dialysis session against other units' session
// price, each unit one voice (inflated-session-price.ts, session-units.ts). Two busy units bill a
// dearer session than six small ones and hold most of the sessions, so the pooled median is their
// price: a unit billing a new dialyser kit at every reused session (red team RT-INFLATED-101) sits
// under 2.5x of that pooled median but far above the median unit and the dearest units. Near misses:
// the busy units' own sessions; a third dear unit whose one session with a new kit passes 2.5x the
// median unit while the unit's price does not; the inflated unit's hepatitis B patient on the
// single-use kit (RT-NM-DIALYSER-108); the same inflated line on a dialysis stay (not a routine
// session). Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const book = patients('sp');
/** A session as a small unit bills it: the dialyser reprocessed (its share of consumables and devices). */
const SESSION = {
  tarif_prosedur_non_bedah: 520_000,
  tarif_keperawatan: 180_000,
  tarif_laboratorium: 60_000,
  tarif_obat: 30_000,
  tarif_bmhp: 350_000,
  tarif_alkes: 150_000,
};
const small = Array.from({ length: 6 }, (_, u) => `33${String(u + 1).padStart(2, '0')}R001`);
const busy = ['3401R001', '3402R001'];
const DEAR = '3403R001';
const BILLED_NEW = '3501R001';
const facilities: Row[] = [
  ...Object.values(FACILITIES),
  ...[...small, ...busy, DEAR, BILLED_NEW].map((id) => hospital(id, { hospital_class: 'C' })),
];

let day = 0;
/** One haemodialysis session of a new patient at `facility`, consumables and devices times `kit`. */
function session(facility: string, kit: number, diagnosa = 'N18.5#Z49.1', over: Row = {}): string {
  const masuk = addDays('2025-01-06', day++ % 60);
  const bill: Row = billOf({ ...SESSION, tarif_bmhp: SESSION.tarif_bmhp * kit, tarif_alkes: SESSION.tarif_alkes * kit });
  return book.stay({
    facility_id: facility,
    kode_inacbg: 'N-3-15-0',
    diagnosa,
    procedure: '39.95',
    jenis_rawat: 2,
    tgl_masuk: masuk,
    tgl_pulang: masuk,
    ...bill,
    ...over,
  });
}

// six small units at the reused-dialyser price, three sessions each
for (const unit of small) for (let k = 0; k < 3; k++) session(unit, 1);
// two busy units at twice the kit: 40 of the 64 sessions, so the pooled median is their price
const busySessions = busy.flatMap((unit) => Array.from({ length: 20 }, () => session(unit, 2)));
// a dear unit like the busy ones, one session of four with a new kit (2.9x the median unit): the unit's price is twice
const dearKit = [session(DEAR, 2), session(DEAR, 2), session(DEAR, 2), session(DEAR, 3)][3] as string;
// a unit billing the new kit (four times the reused share) at every session: 2.0x the pooled median and the dearest
// units, 3.8x the median unit
const billedNew = Array.from({ length: 6 }, () => session(BILLED_NEW, 4));
// the same unit's hepatitis B patient: the new kit its infection requires, within the single-use allowance
const hepatitisB = session(BILLED_NEW, 4, 'N18.5#B18.1#Z49.1');
// the same inflated line on a stay with dialysis: no routine session, its own peers judge it
const stay = session(BILLED_NEW, 3, 'N18.5#Z49.1', { jenis_rawat: 1, kode_inacbg: 'N-4-11-I', tgl_pulang: '2025-03-20' });

const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims });
const outlier = (sep: string) => run().hitsOf(sep, 'drug_device_outlier');

describe('INFLATED_BILL: a routine dialysis session against other units’ session price', () => {
  it('flags a unit billing a new kit at every session against the median unit, though under 2.5x of the pooled median', () => {
    for (const sep of billedNew) {
      const hits = outlier(sep);
      expect(hits, sep).toHaveLength(1);
      expect(hits[0]?.evidence_en).toMatch(/= 3\.8x the share of the median session price of 9 other units billing CBG N-3-15-0/);
      expect(hits[0]?.evidence_en).toMatch(/this unit's price is 3\.8x that median and 2\.0x the dearest tenth of the units/);
      expect(hits[0]?.evidence_id).toMatch(/satu unit satu suara/);
      expect(hits[0]?.amount_at_risk).toBeGreaterThan(0);
    }
  });

  it('leaves the busy units’ sessions, twice the median unit, clean', () => {
    for (const sep of busySessions) expect(outlier(sep), sep).toEqual([]);
  });

  it('judges the unit’s price, not one session: a dear unit’s one new kit past 2.5x the median unit is not named', () => {
    expect(outlier(dearKit)).toEqual([]);
  });

  it('leaves a hepatitis B patient’s single-use kit clean (the single-use allowance applies to unit voices too)', () => {
    expect(outlier(hepatitisB)).toEqual([]);
  });

  it('does not judge a stay with dialysis by unit voices', () => {
    expect(
      run()
        .hitsOf(stay)
        .filter((h) => /each unit one voice/.test(h.evidence_en)),
    ).toEqual([]);
  });
});
