// CLONING over months (clone-templates.ts), two ways a copier moves a template off itself:
// - the room line prorated to each copy's own length of stay, every other line the template's to the
//   rupiah (red team RT-CLONE-151): a copy of another length joins the family, its room compared per
//   day. Near misses: honest stays of the same hospital whose room is its daily rate too but whose
//   drugs and tests are their own, and a clinical pathway billed to nine of eleven patients, room per
//   day (a package).
// - every line moved by a flat sum of a few thousand to tens of thousands of rupiah up or down, one
//   small line nudged to zero (red team RT-CLONE-152): two copies of one template differ by twice
//   the nudge, beyond 1% of a Rp2.3 million bill. Near misses: honest stays sharing the fee
//   schedule's lines to the rupiah, honest stays whose every line is 5-25% from the others', and two
//   honest stays 9% apart line by line (within 2% of the bill): flat sums count in a family only.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';
import { CLONING_DETECTOR } from './cloning.js';

const book = patients('tlen');
const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const BANDUNG = '3273R001';
const MAKASSAR = '7371R001';

/** A typhoid stay's lines but the room (the room is billed per day: ROOM_A_DAY). */
const TYPHOID: Row = {
  tarif_prosedur_non_bedah: 130_400,
  tarif_konsultasi: 57_400,
  tarif_tenaga_ahli: 201_000,
  tarif_keperawatan: 195_300,
  tarif_penunjang: 57_500,
  tarif_radiologi: 74_300,
  tarif_laboratorium: 281_300,
  tarif_obat: 297_700,
  tarif_bmhp: 103_400,
};
const ROOM_A_DAY = 60_500;
/** TYPHOID's line k times `f(k)`, to Rp100, the room at `room`. */
const typhoidBill = (room: number, f: (k: number) => number = () => 1): Row =>
  billOf({
    ...Object.fromEntries(Object.entries(TYPHOID).map(([c, v], k) => [c, Math.round((Number(v) * f(k)) / 100) * 100])),
    tarif_kamar: room,
  });
const typhoid = (facility: string, masuk: string, days: number, bill: Row, diagnosa = 'A01.0'): string =>
  book.stay({
    facility_id: facility,
    kode_inacbg: 'A-4-11-I',
    diagnosa,
    procedure: null,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, days),
    ...bill,
  });

// Jakarta 1: a five-day template; its copies of 4, 6 and 5 days five weeks apart (past the four-week comparison), the
// room prorated to each copy's days, every other line the template's
const TEMPLATE_ROOM = 5 * ROOM_A_DAY;
const template = typhoid(JAKARTA1, '2024-01-08', 5, typhoidBill(TEMPLATE_ROOM));
const prorated = [
  { at: '2024-02-12', days: 4 },
  { at: '2024-03-18', days: 6 },
  { at: '2024-04-22', days: 5 },
].map(({ at, days }, n) =>
  typhoid(JAKARTA1, at, days, typhoidBill(Math.round((TEMPLATE_ROOM * days) / 5 / 100) * 100), n === 2 ? 'A01.0#R50.9' : 'A01.0'),
);
// honest stays of 4, 5 and 6 days: the hospital's daily room rate, their own drugs, tests and consumables (8-30% apart)
const honestTyphoid = [4, 5, 6, 4, 5, 6].map((days, i) =>
  typhoid(
    JAKARTA1,
    addDays('2024-01-22', 19 * i),
    days,
    typhoidBill(days * ROOM_A_DAY, (k) => 0.8 + 0.09 * ((i + 2 * k) % 5) + 0.02 * i),
  ),
);

// Jakarta 2: a clinical pathway, nine of eleven patients billed its drugs and tests, room per day, over four to six days
const pathway = [4, 5, 6, 4, 5, 6, 4, 5, 6].map((days, i) =>
  typhoid(JAKARTA2, addDays('2024-01-05', 16 * i), days, typhoidBill(days * ROOM_A_DAY)),
);
[0, 1].forEach((i) =>
  typhoid(
    JAKARTA2,
    addDays('2024-01-30', 40 * i),
    4,
    typhoidBill(4 * ROOM_A_DAY, (k) => 1.15 + 0.07 * ((i + k) % 3)),
  ),
);

/** A fracture stay's bill (Rp2.35 million); blood and rehabilitation are the fee schedule's, the same for every patient. */
const FRACTURE: Row = {
  tarif_prosedur_non_bedah: 158_500,
  tarif_konsultasi: 72_700,
  tarif_tenaga_ahli: 229_200,
  tarif_keperawatan: 236_200,
  tarif_penunjang: 50_700,
  tarif_radiologi: 102_400,
  tarif_laboratorium: 354_000,
  tarif_pelayanan_darah: 18_400,
  tarif_rehabilitasi: 24_600,
  tarif_kamar: 388_000,
  tarif_obat: 481_600,
  tarif_alkes: 53_600,
  tarif_bmhp: 121_700,
  tarif_sewa_alat: 46_900,
};
/** FRACTURE's line k moved by `move(k)` rupiah (never under zero). */
const movedBy = (lines: Row, move: (k: number) => number): Row =>
  billOf(Object.fromEntries(Object.entries(lines).map(([c, v], k) => [c, Math.max(0, Number(v) + move(k))])));
const fracture = (facility: string, masuk: string, days: number, bill: Row): string =>
  book.stay({
    facility_id: facility,
    kode_inacbg: 'S-4-11-I',
    diagnosa: 'S82.6',
    procedure: '87.44',
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, days),
    ...bill,
  });

// Bandung: a four-day template; four three-day copies three to four weeks apart, two with every line raised by
// Rp5,000-20,000, two with every line lowered by as much (the blood line, Rp18,400, to zero on one): two copies differ
// by up to Rp40,000 a line, 1.7% of the bill
const up = (n: number) => (k: number) => 5_000 * (1 + ((n + k) % 4));
fracture(BANDUNG, '2024-01-08', 4, billOf(FRACTURE));
const flatCopies = [
  fracture(BANDUNG, '2024-02-05', 3, movedBy(FRACTURE, up(0))),
  fracture(
    BANDUNG,
    '2024-03-01',
    3,
    movedBy(FRACTURE, (k) => -up(1)(k) - (k === 7 ? 15_000 : 0)),
  ),
  fracture(BANDUNG, '2024-03-25', 3, movedBy(FRACTURE, up(2))),
  fracture(
    BANDUNG,
    '2024-04-22',
    3,
    movedBy(FRACTURE, (k) => -up(3)(k)),
  ),
];
// honest three-day fractures: their own drugs, tests and fees, the fee schedule's blood and rehabilitation lines
const honestFractures = [0, 1, 2].map((i) =>
  fracture(
    BANDUNG,
    addDays('2024-01-20', 31 * i),
    3,
    movedBy(FRACTURE, (k) =>
      k === 7 || k === 8 ? 0 : Math.round(Number(Object.values(FRACTURE)[k]) * (0.08 + 0.05 * ((i + k) % 4)) * (k % 2 ? 1 : -1)),
    ),
  ),
);

// Makassar: honest fractures with no line in common, each line 10-25% from the others' (Rp7,000-120,000)
const apart = [0, 1, 2, 3, 4].map((i) =>
  fracture(
    MAKASSAR,
    addDays('2024-01-10', 23 * i),
    3,
    movedBy(FRACTURE, (k) => Math.round(Number(Object.values(FRACTURE)[k]) * (0.05 + 0.05 * ((i + 2 * k) % 5)) * (i % 2 ? 1 : -1))),
  ),
);

// Makassar: two honest heart-failure stays a month apart, every line of one 9% above or below the other's (Rp1,700 to
// Rp43,000, within 2% of the bill line by line, as two patients' bills of one service at a generated hospital can be):
// a pair alone, no family of distinct bills
const heartFailure = (masuk: string, bill: Row): string =>
  book.stay({
    facility_id: MAKASSAR,
    kode_inacbg: 'I-4-17-I',
    diagnosa: 'I50.0',
    procedure: null,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, 3),
    ...bill,
  });
const proportional = [
  heartFailure('2024-02-01', billOf(FRACTURE)),
  heartFailure(
    '2024-03-04',
    movedBy(FRACTURE, (k) => Math.round(Number(Object.values(FRACTURE)[k]) * (k % 2 ? 0.09 : -0.09))),
  ),
];

const run = runDetectorsOnce({ members: book.members, claims: book.claims });
const named = (): Set<string> =>
  new Set(
    run()
      .hitsOfType('CLONING', 'bill_template_reused')
      .map((h) => h.nomor_sep),
  );

describe('CLONING: a template copied to stays of other lengths, the room prorated', () => {
  it('names the first copy, five weeks after its template and a day shorter', () => {
    expect(named().has(prorated[0] as string), 'the first copy').toBe(true);
    const hit = run().hitsOf(prorated[0] as string, 'bill_template_reused')[0];
    expect(hit?.related_sep).toEqual(expect.arrayContaining([template, prorated[1]]));
    expect(hit?.evidence_en).toContain('another length, the room line within 5% per day');
    // every copy is CLONING, by the template family or by the four-week comparison with another copy
    for (const sep of prorated) expect(run().signalsOf(sep, 'CLONING').length, sep).toBeGreaterThan(0);
  });

  it("leaves honest stays billed the hospital's daily room rate and a pathway billed to nine of eleven patients", () => {
    for (const sep of [...honestTyphoid, ...pathway]) expect(named().has(sep), sep).toBe(false);
  });
});

describe('CLONING: a template nudged by flat sums of rupiah, line by line', () => {
  it('names every copy, the one with a line nudged to zero too', () => {
    expect(CLONING_DETECTOR.thresholds.templateNudgeRupiah.value).toBe(50_000);
    for (const sep of flatCopies) expect(named().has(sep), sep).toBe(true);
    // the copy lowered to a zero blood line: a copy raised (Rp15,000-35,000 a line apart) and one lowered (Rp10,000)
    expect(run().hitsOf(flatCopies[1] as string, 'bill_template_reused')[0]?.related_sep).toEqual([flatCopies[2], flatCopies[3]]);
  });

  it("leaves honest stays sharing the fee schedule's lines and honest stays 5-25% apart line by line", () => {
    for (const sep of [...honestFractures, ...apart]) expect(named().has(sep), sep).toBe(false);
  });

  it('leaves two honest stays whose lines differ in proportion, within 2% of the bill, a pair alone', () => {
    for (const sep of proportional) expect(named().has(sep), sep).toBe(false);
  });
});
