// CLONING and rehabilitation sessions (clone-packages.ts REHABILITATION_SESSION_PREFIXES): a small
// hospital's rehabilitation clinic billing every physiotherapy session at its one session price, twice a
// week, to a few stroke and back-pain patients of care classes 2 and 3 alike (red team RT-NM-PHYSIO-111),
// is its fee, not copies. Against it: a clinic that itemises each patient's sessions and copies one
// patient's bill to another, and a respiratory therapy visit (93.9, priced by item) billed alike to two
// patients. Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const SMALL = '3273R001';
const ITEMISED = '7371R001';

const book = patients('rehab');
const { claims, members } = book;

const SESSION = {
  tarif_konsultasi: 35_000,
  tarif_tenaga_ahli: 20_000,
  tarif_penunjang: 7_500,
  tarif_rehabilitasi: 92_500,
  tarif_bmhp: 6_000,
};
const stroke = { kode_inacbg: 'Z-3-12-0', diagnosa: 'I69.4#G81.9', procedure: '93.11#93.39' };
const backPain = { kode_inacbg: 'Z-3-12-0', diagnosa: 'M54.5', procedure: '93.39' };

/** Eight sessions, Tuesday and Friday from `monday`, of a new patient of `careClass`, each billed `components`. */
function programme(monday: string, careClass: number, over: Row, components: Row): string[] {
  const card = book.card({ care_class: careClass });
  return Array.from({ length: 8 }, (_, s) => {
    const masuk = addDays(monday, 7 * Math.floor(s / 2) + (s % 2 === 0 ? 1 : 4));
    return book.claimOf(card, {
      tgl_masuk: masuk,
      tgl_pulang: masuk,
      jenis_rawat: 2,
      kelas_rawat: careClass,
      ...over,
      ...billOf(components),
    });
  });
}

// the small hospital: one session price for everyone, whatever the class; three or four patients a session type
const MONDAYS = ['2024-01-01', '2024-01-15', '2024-01-29', '2024-02-19', '2024-03-04', '2024-03-25', '2024-04-08'];
const sessionPrice = MONDAYS.flatMap((monday, p) =>
  programme(monday, p % 3 === 0 ? 2 : 3, { ...(p % 2 === 0 ? stroke : backPain), facility_id: SMALL }, SESSION),
);
// the itemising clinic: fourteen back-pain patients, each patient's sessions billed their own modalities; one patient's
// bill copied to another patient
const own = Array.from({ length: 14 }, (_, k) =>
  programme(
    addDays('2024-01-01', 7 * k),
    3,
    { ...backPain, facility_id: ITEMISED },
    { ...SESSION, tarif_rehabilitasi: 70_000 + 4_300 * k },
  ),
);
const copied = programme(
  addDays('2024-01-01', 7 * 6 + 2),
  3,
  { ...backPain, facility_id: ITEMISED },
  { ...SESSION, tarif_rehabilitasi: 70_000 + 4_300 * 6 },
);
// respiratory therapy (oxygen, 93.96) is no rehabilitation session: a bill alike for two patients among own bills
const VISIT = { tarif_konsultasi: 85_000, tarif_obat: 63_400, tarif_sewa_alat: 48_200, tarif_bmhp: 9_300 };
const oxygen = { kode_inacbg: 'Q-5-42-0', diagnosa: 'J45.9', procedure: '93.96', facility_id: SMALL, jenis_rawat: 2 };
const oneVisit = (day: number, size: number): string => {
  const masuk = addDays('2024-05-06', day);
  const bill = Object.fromEntries(Object.entries(billOf(VISIT)).map(([c, v]) => [c, Math.round((Number(v) * size) / 100) * 100]));
  return book.claimOf(book.card({ care_class: 3 }), { tgl_masuk: masuk, tgl_pulang: masuk, kelas_rawat: 3, ...oxygen, ...bill });
};
const oxygenOwn = [1.3, 1.6, 1.9, 2.2].map((f, k) => oneVisit(3 * k, f));
const oxygenCopies = [0, 5].map((d) => oneVisit(d + 1, 1));

const run = runDetectorsOnce({ members, claims });
const cloningOf = (sep: string): string[] => run().signalsOf(sep, 'CLONING');

describe('CLONING and rehabilitation sessions priced by the facility', () => {
  it("leaves a rehabilitation clinic's sessions billed at its one session price clean, across care classes", () => {
    expect(sessionPrice).toHaveLength(56);
    for (const sep of sessionPrice) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('still flags a session bill copied to another patient where every other patient’s bill is their own', () => {
    expect(copied.filter((sep) => cloningOf(sep).includes('near_identical_claim_other_patient')).length).toBeGreaterThan(0);
    for (const sep of own.filter((_, k) => k !== 6 && k !== 5 && k !== 7).flat()) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('still flags a respiratory therapy visit (priced by item) billed alike to two patients', () => {
    expect(cloningOf(oxygenCopies[1] ?? '')).toEqual(['near_identical_claim_other_patient']);
    for (const sep of oxygenOwn) expect(cloningOf(sep), sep).toEqual([]);
  });
});
