// CLONING and a standardised outpatient service (clone-packages.ts STANDARDISED_OUTPATIENT_PROCEDURES):
// a small hospital's cataract day cases billed from its price list, a few prices each shared by two
// patients (red team RT-NM-CATARACT-104), are its fee, not copies; dialysis sessions of a unit's
// patients with hepatitis B likewise. Against them: a hospital that itemises every cataract bill
// (each patient's own) and copies one patient's bill to another, and a visit that is no standard act
// billed alike to two patients at a price list of its own. Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const SMALL = '3273R001';
const ITEMISED = '7371R001';

const book = patients('std');
const { claims, members } = book;

/** One outpatient claim of a new class-3 patient on `day` (from `start`), billed `components` times `size` (to Rp100). */
function visit(start: string, day: number, over: Row, components: Row, size = 1): string {
  const masuk = addDays(start, day);
  const bill = Object.fromEntries(Object.entries(billOf(components)).map(([c, v]) => [c, Math.round((Number(v) * size) / 100) * 100]));
  return book.claimOf(book.card({ care_class: 3 }), {
    tgl_masuk: masuk,
    tgl_pulang: masuk,
    jenis_rawat: 2,
    kelas_rawat: 3,
    ...over,
    ...bill,
  });
}

const PHACO = {
  tarif_prosedur_bedah: 2_650_000,
  tarif_alkes: 1_450_000,
  tarif_bmhp: 385_000,
  tarif_obat: 142_000,
  tarif_tenaga_ahli: 900_000,
};
const cataract = { kode_inacbg: 'H-2-36-0', diagnosa: 'H25.9', procedure: '13.41#13.71' };
// the small hospital: six cataracts six days apart at four prices (lens types), each of two prices billed to two patients
const priceList = Array.from({ length: 6 }, (_, k) =>
  visit('2024-01-08', 6 * k, { ...cataract, facility_id: SMALL }, PHACO, 0.95 + 0.02 * (k % 4)),
);
// the itemising hospital: fourteen cataracts with bills of their own, and one patient's bill copied to another patient
const own = Array.from({ length: 14 }, (_, k) =>
  visit(
    '2024-01-08',
    5 * k,
    { ...cataract, facility_id: ITEMISED },
    { ...PHACO, tarif_alkes: 1_100_000 + 61_700 * k, tarif_bmhp: 300_000 + 17_300 * k },
  ),
);
const copied = visit(
  '2024-01-08',
  5 * 6 + 2,
  { ...cataract, facility_id: ITEMISED },
  {
    ...PHACO,
    tarif_alkes: 1_100_000 + 61_700 * 6,
    tarif_bmhp: 300_000 + 17_300 * 6,
  },
);
// haemodialysis for two patients with hepatitis B at the small hospital's unit: single-use kits, sessions alike
const SESSION = { tarif_prosedur_non_bedah: 450_000, tarif_bmhp: 620_000, tarif_obat: 85_000, tarif_alkes: 230_000 };
const dialysis = { kode_inacbg: 'N-3-15-0', diagnosa: 'N18.5#B18.1#Z49.1', procedure: '39.95', facility_id: SMALL };
const hepatitisB = [0, 1].flatMap((p) => {
  const card = book.card({ care_class: 3 });
  return Array.from({ length: 6 }, (_, s) => {
    const masuk = addDays('2024-02-05', 7 * Math.floor(s / 2) + 3 * (s % 2) + p);
    const bill = billOf({ ...SESSION, tarif_bmhp: SESSION.tarif_bmhp + 4_000 * ((p + s) % 3) });
    return book.claimOf(card, { tgl_masuk: masuk, tgl_pulang: masuk, jenis_rawat: 2, kelas_rawat: 3, ...dialysis, ...bill });
  });
});
// a gastroenteritis visit (no standard act) billed alike to two patients at the small hospital among four own bills
const VISIT = { tarif_konsultasi: 85_000, tarif_obat: 63_400, tarif_laboratorium: 48_200, tarif_bmhp: 9_300 };
const gastro = { kode_inacbg: 'Q-5-42-0', diagnosa: 'A09', procedure: null, facility_id: SMALL };
const gastroOwn = [1.3, 1.6, 1.9, 2.2].map((f, k) => visit('2024-03-04', 3 * k, gastro, VISIT, f));
const gastroCopies = [0, 5].map((d) => visit('2024-03-04', d + 1, gastro, VISIT));

const run = runDetectorsOnce({ members, claims });
const cloningOf = (sep: string): string[] => run().signalsOf(sep, 'CLONING');

describe('CLONING and a standardised outpatient service', () => {
  it("leaves a small hospital's cataracts billed from its price list clean (a price two patients share)", () => {
    for (const sep of priceList) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('leaves dialysis sessions of a unit’s patients with hepatitis B clean', () => {
    for (const sep of hepatitisB) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('still flags a cataract bill copied to another patient where every other bill is the patient’s own', () => {
    expect(cloningOf(copied)).toEqual(['near_identical_claim_other_patient']);
    for (const sep of own.filter((_, k) => k !== 6)) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('still flags a visit that is no standard act billed alike to two patients', () => {
    expect(cloningOf(gastroCopies[1] ?? '')).toEqual(['near_identical_claim_other_patient']);
    for (const sep of gastroOwn) expect(cloningOf(sep), sep).toEqual([]);
  });
});
