// CLONING near misses: flat-fee packages, a facility's one price for a service, billed alike to
// every patient by design: haemodialysis and chemotherapy sessions at a small hospital (too few
// patients for a package by count, one price over months), a physiotherapy series whose patients
// carry diagnoses of their own, phaco and lens day cases and vaginal deliveries priced per care
// class. Against them, what a package must not hide: a template copied among honest stays of a
// service, and a visit copied to three patients within a week where the service is otherwise rare.
// Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const BANDUNG = '3273R001';
const MAKASSAR = '7371R001';

const book = patients('pk');
const { claims, members } = book;

/** The price of care class `kelas`: the class-3 price times the JKN class step (1.2, 1.4), to Rp100. */
const priced = (components: Row, kelas: number): Row =>
  Object.fromEntries(
    Object.entries(billOf(components)).map(([c, v]) => [
      c,
      Math.round((Number(v) * (kelas === 1 ? 1.4 : kelas === 2 ? 1.2 : 1)) / 100) * 100,
    ]),
  );

/** A new patient of `kelas` with the claims at `days` (offsets from `start`), each `over` billed at the class's price. */
function patient(start: string, days: readonly number[], kelas: number, over: Row, components: Row): string[] {
  const card = book.card({ care_class: kelas });
  return days.map((d) => {
    const masuk = addDays(start, d);
    return book.claimOf(card, {
      tgl_masuk: masuk,
      tgl_pulang: masuk,
      jenis_rawat: 2,
      kelas_rawat: kelas,
      ...over,
      ...priced(components, kelas),
    });
  });
}

// haemodialysis at a small hospital: four patients, twice a week for three months, classes 3, 3, 2 and 1
const DIALYSIS = { kode_inacbg: 'N-3-15-0', diagnosa: 'N18.5', procedure: '39.95', facility_id: MAKASSAR };
const DIALYSER = {
  tarif_prosedur_non_bedah: 450_000,
  tarif_bmhp: 310_000,
  tarif_obat: 85_000,
  tarif_laboratorium: 62_300,
  tarif_alkes: 120_000,
};
const dialysis = [3, 3, 2, 1].flatMap((kelas, p) =>
  patient(
    '2024-02-05',
    Array.from({ length: 26 }, (_, s) => Math.floor(3.5 * s) + p),
    kelas,
    DIALYSIS,
    DIALYSER,
  ),
);
// chemotherapy cycles every three weeks: five patients over four months, their cancers their own
const CHEMO_CYCLE = {
  tarif_prosedur_non_bedah: 210_000,
  tarif_obat_kemoterapi: 1_480_000,
  tarif_bmhp: 96_500,
  tarif_laboratorium: 143_700,
};
const chemo = (
  [
    ['Z51.1#C50.9', 3],
    ['Z51.1#C18.9', 2],
    ['Z51.1#C34.9', 3],
    ['Z51.1#C53.9', 1],
    ['Z51.1#C50.9', 3],
  ] as const
).flatMap(([dx, kelas], p) =>
  patient(
    '2024-03-04',
    [0, 21, 42, 63, 84, 105].map((d) => d + 2 * p),
    kelas,
    {
      kode_inacbg: 'C-3-12-0',
      diagnosa: dx,
      procedure: '99.25',
      facility_id: BANDUNG,
    },
    CHEMO_CYCLE,
  ),
);
// a physiotherapy series at Jakarta: ten patients, weekly sessions for ten weeks, each with the diagnosis that sent them
const PHYSIO_SESSION = { tarif_rehabilitasi: 95_000, tarif_konsultasi: 35_000, tarif_bmhp: 12_400 };
const physio = ['M54.5', 'G81.9#E11.9', 'I69.4', 'M54.5#I10', 'Z50.1', 'G81.9', 'M54.5', 'I69.4#I10', 'Z50.1#M54.5', 'M54.5'].flatMap(
  (dx, p) =>
    patient(
      '2024-04-01',
      Array.from({ length: 10 }, (_, s) => 7 * s + (p % 5)),
      p % 3 === 0 ? 2 : 3,
      {
        kode_inacbg: 'Z-3-12-0',
        diagnosa: dx,
        procedure: '93.39#93.11',
      },
      PHYSIO_SESSION,
    ),
);
// phaco and lens as a day case: nine patients over three months at one package price per class
const PHACO = {
  tarif_prosedur_bedah: 2_650_000,
  tarif_alkes: 1_450_000,
  tarif_bmhp: 385_000,
  tarif_obat: 142_000,
  tarif_tenaga_ahli: 900_000,
};
const phaco = Array.from({ length: 9 }, (_, p) =>
  patient(
    '2024-05-06',
    [10 * p],
    [3, 3, 2, 3, 1, 3, 2, 3, 3][p] ?? 3,
    {
      kode_inacbg: 'H-2-36-0',
      diagnosa: 'H25.9',
      procedure: '13.41#13.71',
      facility_id: BANDUNG,
    },
    PHACO,
  ),
).flat();
// vaginal deliveries: two-day stays at the hospital's delivery package, ten mothers over three months, one whose
// delivery needed more (her own bill)
const DELIVERY = {
  tarif_prosedur_non_bedah: 1_100_000,
  tarif_kamar: 300_000,
  tarif_keperawatan: 240_000,
  tarif_obat: 118_000,
  tarif_laboratorium: 96_000,
  tarif_bmhp: 215_000,
};
const stay = { jenis_rawat: 1, kode_inacbg: 'O-6-13-I', diagnosa: 'O80.0', procedure: '73.59', facility_id: BANDUNG };
const deliveries = Array.from({ length: 10 }, (_, p) => {
  const [sep] = patient('2024-06-03', [9 * p], p % 4 === 0 ? 2 : 3, { ...stay, tgl_pulang: addDays('2024-06-03', 9 * p + 2) }, DELIVERY);
  return sep as string;
});
patient('2024-06-05', [0], 3, { ...stay, tgl_pulang: '2024-06-08' }, { ...DELIVERY, tarif_obat: 412_000, tarif_laboratorium: 233_000 });

// what a package must not hide: a dengue stay's bill copied to eight patients over four months among eight honest
// stays of the service with bills of their own (8 of 16 billed the template: no package price)
const DENGUE = {
  tarif_kamar: 600_000,
  tarif_keperawatan: 320_000,
  tarif_obat: 612_300,
  tarif_laboratorium: 418_700,
  tarif_bmhp: 97_600,
  tarif_konsultasi: 150_000,
};
const dengue = { jenis_rawat: 1, kode_inacbg: 'A-4-13-I', diagnosa: 'A90', procedure: '90.59' };
const template = (day: number, own = 0): string => {
  const masuk = addDays('2024-02-01', day);
  const components = own
    ? { ...DENGUE, tarif_obat: 612_300 + own * 41_000, tarif_laboratorium: 418_700 - own * 23_000, tarif_bmhp: 97_600 + own * 6_100 }
    : DENGUE;
  const [sep] = patient('2024-02-01', [day], 3, { ...dengue, tgl_pulang: addDays(masuk, 4) }, components);
  return sep as string;
};
const honestDengue = Array.from({ length: 8 }, (_, i) => template(15 * i + 3, i + 1));
const dengueCopies = Array.from({ length: 9 }, (_, i) => template(14 * i));
// a gastroenteritis visit copied to three more patients within a week at a hospital that bills no other such visit
const VISIT = { tarif_konsultasi: 85_000, tarif_obat: 63_400, tarif_laboratorium: 48_200, tarif_bmhp: 9_300 };
const visitCopies = [0, 2, 4, 6].flatMap((d) =>
  patient('2024-09-02', [d], 3, { kode_inacbg: 'Q-5-42-0', diagnosa: 'A09', procedure: null, facility_id: MAKASSAR }, VISIT),
);

const run = runDetectorsOnce({ members, claims });

const cloningOf = (sep: string): string[] => run().signalsOf(sep, 'CLONING');

describe('CLONING near misses: a facility’s one price for a service', () => {
  it('leaves haemodialysis sessions of four patients at one price per class over three months clean', () => {
    for (const sep of dialysis) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('leaves chemotherapy cycles of five patients with cancers of their own clean', () => {
    for (const sep of chemo) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('leaves a physiotherapy series clean whatever diagnoses sent its patients', () => {
    for (const sep of physio) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('leaves phaco and lens day cases at the package price of each care class clean', () => {
    for (const sep of phaco) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('leaves deliveries billed the delivery package clean', () => {
    for (const sep of deliveries) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('records the prices as packages across care classes and diagnoses', async () => {
    const rows = await run().warehouse.query<{ kode_inacbg: string; patients: bigint }>(
      'SELECT kode_inacbg, patients FROM fraud_flat_packages ORDER BY kode_inacbg',
    );
    expect(rows?.map((r) => [r.kode_inacbg, Number(r.patients)])).toEqual([
      ['C-3-12-0', 5],
      ['H-2-36-0', 9],
      ['N-3-15-0', 4],
      ['O-6-13-I', 10],
      ['Z-3-12-0', 10],
    ]);
  });
});

describe('CLONING: what a package must not hide', () => {
  it('names a stay bill copied to eight patients among honest stays of the service', () => {
    for (const sep of dengueCopies.slice(1)) expect(cloningOf(sep), sep).toEqual(['near_identical_claim_other_patient']);
    for (const sep of honestDengue) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('names a visit copied to three patients within a week where the service is otherwise rare', () => {
    for (const sep of visitCopies.slice(1)) expect(cloningOf(sep), sep).toEqual(['near_identical_claim_other_patient']);
  });
});
