// CLONING across an owner's hospitals and in proportion: an appendectomy bill copied to the
// rupiah at a hospital of the next regency 21 km away and at a far hospital where a doctor of the
// first also holds a licence; a dengue stay's bill rescaled by the care-class tariff ratio for
// patients of other classes. Against them: the same bill at a hospital 45 km away that no doctor
// links, a linked hospital's stay alike only in its drugs and tests, a package both hospitals bill
// alike, a class-1 stay priced by class with drugs and tests of its own, and a stay of another
// hospital of the regency in proportion. On arrival, a claim loads the linked hospitals' claims and
// gets the batch's verdict. Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { cloningOnArrival } from '../test-support/cloning-arrival.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import type { DetectorHit } from '../test-support/detector-run.js';
import { FACILITIES, addDays, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const privateHospital = (id: string, latitude: number, longitude: number): Row =>
  hospital(id, { hospital_class: 'C', ownership: 'SWASTA', latitude, longitude });
/** Surabaya and a second hospital of the city; Sidoarjo 21 km south, Gresik 15 km north-west; Mojokerto 45 km south-west. */
const SURABAYA = '3578R001';
const SURABAYA2 = '3578R002';
const SIDOARJO = '3515R001';
const GRESIK = '3525R001';
const MOJOKERTO = '3516R001';
const MAKASSAR = '7371R001';
const facilities: Row[] = [
  ...Object.values(FACILITIES),
  privateHospital(SURABAYA, -7.2575, 112.7521),
  privateHospital(SURABAYA2, -7.29, 112.73),
  privateHospital(SIDOARJO, -7.4478, 112.7183),
  privateHospital(GRESIK, -7.16, 112.65),
  privateHospital(MOJOKERTO, -7.47, 112.4),
];
// a surgeon licensed in Surabaya and in Makassar (Permenkes 2052/2011: up to three places)
const doctors: Row[] = [
  { doctor_id: 'DOWNER', specialty: 'SP_B', licensed_facilities: `${SURABAYA}#${MAKASSAR}` },
  { doctor_id: 'DSBY', specialty: 'SP_B', licensed_facilities: SURABAYA },
];

const book = patients('cs');
const { claims, members } = book;
// each patient's doctor one of three at the hospital
const add = (over: Row, kelas = 3): string =>
  book.stay({ kelas_rawat: kelas, kode_dpjp: `D${String(over['facility_id'])}${(book.cards + 1) % 3}`, ...over }, { care_class: kelas });
const scaled = (components: Row, factor: number): Row =>
  Object.fromEntries(Object.entries(components).map(([c, v]) => [c, Math.round((Number(v) * factor) / 100) * 100]));

// one appendectomy bill, every component to the rupiah
const APPENDECTOMY: Row = billOf({
  tarif_prosedur_bedah: 3_150_000,
  tarif_tenaga_ahli: 1_420_000,
  tarif_kamar: 450_000,
  tarif_keperawatan: 380_000,
  tarif_obat: 734_600,
  tarif_laboratorium: 286_300,
  tarif_radiologi: 172_800,
  tarif_bmhp: 418_900,
  tarif_alkes: 96_400,
});
const operate = (facility: string, day: number, bill: Row = APPENDECTOMY): Row => ({
  facility_id: facility,
  kode_inacbg: 'K-1-12-I',
  diagnosa: 'K35.8',
  procedure: '47.09',
  tgl_masuk: addDays('2024-03-04', day),
  tgl_pulang: addDays('2024-03-04', day + 3),
  ...bill,
});
const original = add({ ...operate(SURABAYA, 0), kode_dpjp: 'DSBY' });
const nearbyCopy = add(operate(SIDOARJO, 7));
const linkedCopy = add(operate(MAKASSAR, 12));
// near misses: the bill at a hospital 45 km away that no doctor links; at Gresik, a longer stay whose drugs and tests
// are Surabaya's (room and nursing for its own days)
const unlinked = add(operate(MOJOKERTO, 9));
const linesOnly = add(
  operate(GRESIK, 15, { ...APPENDECTOMY, tarif_kamar: 750_000, tarif_keperawatan: 640_000, tarif_prosedur_bedah: 3_380_000 }),
);

// a dialysis package both cities bill at one price (an owner's fee schedule): eight patients at each, twice a week
// for eight weeks
const SESSION: Row = billOf({ tarif_prosedur_non_bedah: 450_000, tarif_bmhp: 310_000, tarif_obat: 85_000, tarif_laboratorium: 62_300 });
const packages = [SURABAYA, SIDOARJO].flatMap((f, h) =>
  Array.from({ length: 8 }, (_, i) => {
    const card = book.card();
    return Array.from({ length: 16 }, (_, s) => {
      const day = addDays('2024-04-01', Math.floor(3.5 * s) + (i % 3) + h);
      return book.claimOf(card, {
        facility_id: f,
        jenis_rawat: 2,
        kode_inacbg: 'N-3-15-0',
        diagnosa: 'N18.5',
        procedure: '39.95',
        tgl_masuk: day,
        tgl_pulang: day,
        ...SESSION,
      });
    });
  }).flat(),
);

// a dengue stay's bill rescaled for patients of other classes: class 1 (x1.4 and 2% more), class 2 (x1.2 and 2% less)
const DENGUE: Row = billOf({
  tarif_konsultasi: 150_000,
  tarif_kamar: 600_000,
  tarif_keperawatan: 320_000,
  tarif_obat: 612_300,
  tarif_laboratorium: 418_700,
  tarif_bmhp: 97_600,
  tarif_penunjang: 54_200,
});
const dengue = (facility: string, day: number, bill: Row): Row => ({
  facility_id: facility,
  kode_inacbg: 'A-4-13-I',
  diagnosa: 'A90#D69.6',
  procedure: '90.59',
  tgl_masuk: addDays('2024-06-03', day),
  tgl_pulang: addDays('2024-06-03', day + 4),
  ...bill,
});
const dengueTemplate = add(dengue(SURABAYA, 0, DENGUE));
const classOneCopy = add(dengue(SURABAYA, 5, scaled(DENGUE, 1.4 * 1.02)), 1);
const classTwoCopy = add(dengue(SURABAYA, 11, scaled(DENGUE, 1.2 * 0.98)), 2);
// near misses: a class-1 stay priced by class (room, nursing, consultation x1.4) with drugs and tests of its own; a stay
// of the city's other hospital in proportion to the template (one regional tariff scaled by class)
const ownClassOne = add(
  dengue(SURABAYA, 8, {
    ...scaled(DENGUE, 1.4),
    tarif_obat: 540_000,
    tarif_laboratorium: 466_500,
    tarif_bmhp: 88_900,
    tarif_penunjang: 61_000,
  }),
  1,
);
const otherHospitalInProportion = add(dengue(SURABAYA2, 9, scaled(DENGUE, 1.3)), 3);

const run = runDetectorsOnce({ facilities, members, claims, doctors });

const cloning = (sep: string): DetectorHit[] =>
  run()
    .hitsOf(sep)
    .filter((h) => h.fraud_type === 'CLONING');
const signalsOf = (sep: string): string[] => run().signalsOf(sep, 'CLONING');

describe('CLONING across an owner’s hospitals', () => {
  it('names the copy at a hospital of the next regency 21 km away, with the distance as the link', () => {
    expect(signalsOf(nearbyCopy)).toEqual(['claim_copied_at_sister_facility']);
    const [hit] = cloning(nearbyCopy);
    expect(hit?.related_sep).toEqual([original]);
    expect(hit?.evidence_en).toMatch(
      /tariff components \(within 2%\) match 1 earlier claim\(s\) of other patients at 3578R001 .*this claim: 3515R001/,
    );
    expect(hit?.evidence_en).toMatch(/; hospitals of another regency linked to this one: 3578R001 \(21 km away\)$/);
  });

  it('names the copy at a far hospital where a doctor of the first also holds a licence', () => {
    expect(signalsOf(linkedCopy)).toEqual(['claim_copied_at_sister_facility']);
    expect(cloning(linkedCopy)[0]?.evidence_en).toMatch(/linked to this one: 3578R001 \(doctor DOWNER licensed at both\)$/);
  });

  it('leaves the bill at a hospital 45 km away that no doctor links', () => {
    expect(signalsOf(unlinked)).toEqual([]);
  });

  it('compares a linked hospital’s stay as a whole bill only, not on its drugs and tests alone', () => {
    expect(signalsOf(linesOnly)).toEqual([]);
  });

  it('never compares a package across hospitals', () => {
    for (const sep of packages) expect(signalsOf(sep), sep).toEqual([]);
  });
});

describe('CLONING in proportion', () => {
  it('names stays billed the template rescaled by the care-class ratio', () => {
    expect(signalsOf(classOneCopy)).toEqual(['claim_copied_in_proportion']);
    expect(cloning(classOneCopy)[0]?.evidence_en).toMatch(
      /^Diagnoses, procedures and tariff components in proportion \(shares of the bill within 2%, this bill 1\.43-1\.43 times the other\)/,
    );
    expect(signalsOf(classTwoCopy)).toEqual(['claim_copied_in_proportion']);
    expect(cloning(classTwoCopy)[0]?.related_sep).toEqual([dengueTemplate, classOneCopy]);
  });

  it('leaves a class-1 stay priced by class whose drugs and tests are its own', () => {
    expect(signalsOf(ownClassOne)).toEqual([]);
  });

  it('compares bills in proportion within one hospital only', () => {
    expect(signalsOf(otherHospitalInProportion)).toEqual([]);
  });
});

describe('CLONING on arrival: the linked hospitals are loaded', () => {
  it('gives the copies at linked hospitals, and the unlinked bill, the verdict of the batch', async () => {
    for (const sep of [nearbyCopy, linkedCopy, unlinked, classTwoCopy]) {
      const batch = cloning(sep).map((h) => h.evidence_en);
      expect(await cloningOnArrival(run(), { facilities, doctors, members, claims }, sep), sep).toEqual(batch);
    }
    expect(cloning(nearbyCopy)).toHaveLength(1);
  });
});
