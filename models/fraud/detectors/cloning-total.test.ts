// CLONING of a bill's total (bill_total_copied_other_patient): one pneumonia stay's total, to the
// rupiah, billed for other patients with its money moved between drugs, tests and consumables, so
// no component, share or line matches. Against it: stays billed the INA-CBG tariff (the payer's
// price, not an itemised total), outpatient visits priced item by item, the same total at another
// hospital of the regency, and a delivery package every patient of the service is billed.
// Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { cloningOnArrival } from '../test-support/cloning-arrival.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import type { DetectorHit } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { patients } from '../test-support/patients.js';

const JAKARTA1 = '3171R001';
/** Jakarta 2 is in the same regency (3171) as Jakarta 1. */
const JAKARTA2 = '3171R002';

const book = patients('ct');
const { claims, members } = book;
const add = (over: Row): string => book.stay(over);

/** A five-day pneumonia stay's bill; every other component zero. */
const BILL: Row = {
  tarif_prosedur_non_bedah: 210_000,
  tarif_prosedur_bedah: 0,
  tarif_konsultasi: 150_000,
  tarif_tenaga_ahli: 300_000,
  tarif_keperawatan: 375_000,
  tarif_penunjang: 118_400,
  tarif_radiologi: 176_300,
  tarif_laboratorium: 342_700,
  tarif_pelayanan_darah: 0,
  tarif_rehabilitasi: 0,
  tarif_kamar: 750_000,
  tarif_rawat_intensif: 0,
  tarif_obat: 964_800,
  tarif_obat_kronis: 0,
  tarif_obat_kemoterapi: 0,
  tarif_alkes: 0,
  tarif_bmhp: 187_600,
  tarif_sewa_alat: 0,
};
const TOTAL = Object.values(BILL).reduce((s: number, v) => s + Number(v), 0);
/** The bill with `amount` moved from one line to another: the total kept to the rupiah. */
const moved = (from: string, to: string, amount: number, base: Row = BILL): Row => ({
  ...base,
  [from]: Number(base[from]) - amount,
  [to]: Number(base[to]) + amount,
});
const pneumonia = (facility: string, masuk: string, bill: Row): Row => ({
  ...bill,
  facility_id: facility,
  kode_inacbg: 'J-4-16-I',
  diagnosa: 'J18.9',
  procedure: '87.44#99.21',
  tgl_masuk: masuk,
  tgl_pulang: addDays(masuk, 5),
  tarif_inacbg: 4_310_000,
});

const START = '2024-03-04';
const template = add(pneumonia(JAKARTA1, START, BILL));
// copies every two to three weeks, each with another share of one line moved to another
const copies = [
  add(pneumonia(JAKARTA1, addDays(START, 16), moved('tarif_obat', 'tarif_laboratorium', 38_600))),
  add(pneumonia(JAKARTA1, addDays(START, 34), moved('tarif_bmhp', 'tarif_radiologi', 14_100))),
  add(pneumonia(JAKARTA1, addDays(START, 51), moved('tarif_penunjang', 'tarif_laboratorium', 11_800))),
];
// honest stays of the same service between them, each with a total of its own
const honest = [5, 22, 40].map((d, i) =>
  add(
    pneumonia(JAKARTA1, addDays(START, d), {
      ...BILL,
      tarif_obat: 812_300 + 97_100 * i,
      tarif_laboratorium: 301_200 + 61_800 * i,
      tarif_bmhp: 171_300 + 29_900 * i,
    }),
  ),
);
// near miss: the same total split differently at the other hospital of the regency (not the facility's own bill)
const sisterTotal = add(pneumonia(JAKARTA2, addDays(START, 20), moved('tarif_obat', 'tarif_radiologi', 52_400)));

// near miss: a hospital billing its stays at the INA-CBG tariff, itemised differently: the payer's price, not a total
const atTariff = [0, 12, 25].map((d, i) =>
  add({
    ...pneumonia(JAKARTA1, addDays('2024-07-01', d), moved('tarif_obat', 'tarif_bmhp', 31_500 * i)),
    kode_inacbg: 'J-4-17-I',
    diagnosa: 'J44.1',
    procedure: '99.21',
    tarif_inacbg: TOTAL,
  }),
);

// near miss: outpatient visits priced item by item from a schedule: one test swapped for another of the same price
const VISIT: Row = Object.fromEntries(Object.keys(BILL).map((k) => [k, 0]));
const visits = [0, 7, 14].map((d, i) =>
  add({
    ...VISIT,
    tarif_konsultasi: 75_000,
    tarif_laboratorium: 80_000 - 40_000 * i,
    tarif_radiologi: 40_000 * i,
    tarif_obat: 56_300,
    facility_id: JAKARTA1,
    jenis_rawat: 2,
    kelas_rawat: 3,
    kode_inacbg: 'Q-5-44-0',
    diagnosa: 'I10',
    procedure: null,
    tgl_masuk: addDays('2024-04-02', d),
    tgl_pulang: addDays('2024-04-02', d),
  }),
);

// near miss: a delivery package, one price for every patient of the service, itemised as each delivery went
const packageStays = Array.from({ length: 9 }, (_, i) =>
  add({
    ...moved('tarif_obat', 'tarif_bmhp', 12_500 * i),
    facility_id: JAKARTA1,
    kode_inacbg: 'O-6-10-I',
    diagnosa: 'O80',
    procedure: '73.59',
    tgl_masuk: addDays('2024-05-06', 4 * i),
    tgl_pulang: addDays('2024-05-06', 4 * i + 2),
  }),
);

const run = runDetectorsOnce({ members, claims });
const hits = (): DetectorHit[] => run().hitsOfType('CLONING');

const cloningOf = (sep: string): string[] => run().signalsOf(sep, 'CLONING');

describe('CLONING: the same total reshuffled between lines', () => {
  it('names every copy of the total, with the window’s earlier stays of that total as originals', () => {
    for (const sep of copies) expect(cloningOf(sep), sep).toEqual(['bill_total_copied_other_patient']);
    const last = hits().find((h) => h.nomor_sep === copies[2]);
    // the window's: the copy before it, 17 days earlier (the template and the first copy lie beyond four weeks)
    expect(last?.related_sep).toEqual([copies[1]]);
    expect(hits().find((h) => h.nomor_sep === copies[0])?.related_sep).toEqual([template]);
    expect(last?.evidence_en).toMatch(
      /^Diagnoses, procedures and bill total \(to the rupiah, split differently between its lines\) match 1 earlier/,
    );
  });

  it('leaves the template (nothing before it) and the honest stays of the service with totals of their own', () => {
    for (const sep of [template, ...honest]) expect(cloningOf(sep), sep).toEqual([]);
  });
});

describe('CLONING near misses of a shared total', () => {
  it('leaves the same total at another hospital of the regency', () => {
    expect(cloningOf(sisterTotal)).toEqual([]);
  });

  it('leaves stays billed at the INA-CBG tariff, itemised differently', () => {
    for (const sep of atTariff) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('leaves outpatient visits whose scheduled items add up alike', () => {
    for (const sep of visits) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('leaves a package price every patient of the service is billed, itemised as each went', () => {
    for (const sep of packageStays) expect(cloningOf(sep), sep).toEqual([]);
  });
});

describe('CLONING of a total on arrival', () => {
  it('gives each copy, and the package and at-tariff stays, the verdict of the batch', async () => {
    for (const sep of [...copies, packageStays[8] as string, atTariff[2] as string]) {
      const batch = hits()
        .filter((h) => h.nomor_sep === sep)
        .map((h) => h.evidence_en);
      expect(await cloningOnArrival(run(), { members, claims }, sep), sep).toEqual(batch);
    }
    expect(cloningOf(copies[0] as string)).toHaveLength(1);
  });
});
