// A stay's level judged where its level's stays elsewhere are too few to be a norm
// (provider-excess-hits.ts LEVEL_NORM_MIN_STAYS, red team RT-NM-READMIT-91): severe
// pre-eclampsias of a rare group billed at their level's tariff are no severity coded up; stays
// of a rare group coded up and billed at the level below still are. Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const id = (name: string): string => String(FACILITIES[name]?.['facility_id']);
/** Tariff key of each facility at care class 2 (CARE_CLASS 1.2 x hospital class x region x private 1.03). */
const KEY: Record<string, number> = { jakarta1: 1.2 * 1.3 * 1.03, jakarta2: 1.2 * 1.3, makassar: 1.2 * 1.3 * 1.09 * 1.03, bandung: 1.2 };

const book = patients('tl');
let k = 0;
/** A stay at `name` billed `base` rupiah at the base tariff key (a room fee of its own: honest bills never share every line). */
const stay = (name: string, over: Row, base: number, days = 3): string => {
  k++;
  const masuk = `2024-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`;
  const pulang = `2024-0${1 + (k % 9)}-${String(1 + (k % 27) + days).padStart(2, '0')}`;
  const billed = Math.round((base * (KEY[name] as number)) / 1000) * 1000;
  return book.stay({
    facility_id: id(name),
    tgl_masuk: masuk,
    tgl_pulang: pulang,
    ...billOf({ tarif_kamar: billed - 1000 * k, tarif_obat: 1000 * k }),
    ...over,
  });
};

// other facilities: pre-eclampsia (O-6-14) ten stays at severity I, two at II (a median of two is no norm)
for (let i = 0; i < 10; i++) stay(i % 2 ? 'jakarta1' : 'makassar', { kode_inacbg: 'O-6-14-I', diagnosa: 'O14.0' }, 2_300_000);
for (let i = 0; i < 2; i++) stay(i % 2 ? 'jakarta1' : 'makassar', { kode_inacbg: 'O-6-14-II', diagnosa: 'O14.1' }, 3_700_000);
// near miss: four severe pre-eclampsias after delivery, magnesium and monitoring, billed at 95% of severity II (Rp3.48M)
const severe = Array.from({ length: 4 }, () =>
  stay('jakarta2', { kode_inacbg: 'O-6-14-II', diagnosa: 'O14.1', procedure: '99.18#89.52' }, 3_300_000),
);

// poisoning (T-4-10): the same thin norm elsewhere; Bandung codes five stays severity II billed as severity I
for (let i = 0; i < 10; i++) stay(i % 2 ? 'jakarta1' : 'makassar', { kode_inacbg: 'T-4-10-I', diagnosa: 'T60.0' }, 2_100_000);
for (let i = 0; i < 2; i++) stay(i % 2 ? 'jakarta1' : 'makassar', { kode_inacbg: 'T-4-10-II', diagnosa: 'T60.0#E87.1' }, 3_200_000);
const codedUp = Array.from({ length: 5 }, () => stay('bandung', { kode_inacbg: 'T-4-10-II', diagnosa: 'T60.0#E87.1' }, 2_000_000));

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe("UPCODING: a group's severity against its peers where the level's stays elsewhere are few", () => {
  it('names stays of a rare group coded up and billed at the level below', () => {
    for (const sep of codedUp) expect(run().hitsOf(sep, 'group_severity_above_peers')).toHaveLength(1);
  });

  it("leaves severe stays billed at their level's tariff alone, though the group's rate elsewhere is low", () => {
    for (const sep of severe)
      expect(
        run()
          .hitsOfType('UPCODING')
          .filter((h) => h.nomor_sep === sep),
      ).toEqual([]);
  });
});
