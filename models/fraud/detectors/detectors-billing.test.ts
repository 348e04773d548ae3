// Bill-content detectors on hand-built cases and near misses: drugs, devices, tests and top-ups far
// above the CBG's peers (INFLATED_BILL), an operation billed without its fee or recorded as not done
// (CANCELLED_SERVICE), another patient's bill copied (CLONING). Against haemodialysis sessions that
// all bill alike, a dying patient's drugs, a top-up with its device, an intervention billed by the
// cath lab, another patient with the same diagnoses and a bill of its own, and a flat-fee package.
// One in-memory warehouse of its own, with ordinary and procedure peers.
import { describe } from 'vitest';
import { CASE_TOPICS, caseBook, components, itFiresOnTheCases, ordinaryPeers, detectorsRunOnce } from '../test-support/detector-cases.js';
import type { Row } from '../test-support/hand-built.js';
import { INACBG } from '../../../data-samples/reference/index.js';

const book = caseBook();
const { add, vary, expectCase } = book;

ordinaryPeers(book);

const twinA = add('cl1', { kode_dpjp: 'DCLONE', diagnosa: 'A01.4#E11.9', procedure: '99.04' });
const clone = add('cl2', { kode_dpjp: 'DCLONE', diagnosa: 'A01.4#E11.9', procedure: '99.04' }, { province_code: '73' });
// the same diagnoses and procedures with a bill of its own (its drugs, tests and consumables) is another patient's claim, not a copy
const notClone = add(
  'cl3',
  {
    kode_dpjp: 'DCLONE2',
    diagnosa: 'A01.4#E11.9',
    procedure: '99.04',
    tarif_obat: 400_000,
    tarif_laboratorium: 160_000,
    tarif_bmhp: 70_000,
    tarif_radiologi: 130_000,
  },
  { province_code: '73' },
);
// a copy by another doctor three days later, one component edited by Rp100
const otherDoctorClone = add('cl4', {
  kode_dpjp: 'DCLONE2',
  diagnosa: 'A01.4#E11.9',
  procedure: '99.04',
  tarif_obat: 100_100,
  tgl_masuk: '2024-03-13',
});
expectCase('CLONING', clone, notClone);
expectCase('CLONING', clone, twinA);
// a flat-fee outpatient package: ten patients, identical claims, none a clone
const pkg = Array.from({ length: 10 }, (_, i) =>
  add(`pk${i}`, {
    jenis_rawat: 2,
    tgl_masuk: '2024-03-20',
    tgl_pulang: '2024-03-20',
    kode_inacbg: 'Q-5-44-0',
    diagnosa: 'M54.5',
    procedure: '93.39',
  }),
);
expectCase('CLONING', otherDoctorClone, pkg[9] as string);

expectCase(
  'INFLATED_BILL',
  add('inf1', { tarif_obat: 400_000, tarif_alkes: 400_000, tarif_bmhp: 400_000 }),
  add('inf2', { tarif_obat: 150_000, tarif_alkes: 150_000, tarif_bmhp: 150_000 }),
);
expectCase(
  'INFLATED_BILL',
  add('top1', { special_cmg: 'RR-03', tarif_special_cmg: 4_800_000 }),
  add('top2', { special_cmg: 'RR-03', tarif_special_cmg: 4_800_000, procedure: '79.35' }),
);

const surgicalCbg = INACBG.find((g) => g.caseType === 1 && g.severity === 'I')?.code ?? 'missing';
/** An open reduction with internal fixation of the femur (79.35) in a surgical CBG, its theatre fee given. */
const orif = (fee: number, over: Row = {}): Row => ({ kode_inacbg: surgicalCbg, procedure: '79.35', tarif_prosedur_bedah: fee, ...over });
expectCase('CANCELLED_SERVICE', add('cs1', orif(0)), add('cs2', orif(2_800_000)));
// the operation's peers (enough for a median, MIN_PEER_GROUP)
for (let i = 0; i < 20; i++) add(`csp${i}`, vary(orif(3_000_000)));
// a fee far below peers (not zero) for the operation billed
expectCase('CANCELLED_SERVICE', add('cs3', orif(20_000)), add('cs4', orif(2_500_000)));
// the claim itself records that the operation was not carried out; the near miss codes Z53.8 with no operation billed
expectCase(
  'CANCELLED_SERVICE',
  add('cs5', orif(1_500_000, { diagnosa: 'S72.0#Z53.8' })),
  add('cs6', { diagnosa: 'A01.0#Z53.8', procedure: '99.04' }),
);

// haemodialysis twice a week at a fixed tariff: drugs and consumables far above the CBG's other claims, yet the same as
// every other session (procedure-matched peers); one session bills three times the consumables of the others
const HD: Row = {
  jenis_rawat: 2,
  kode_inacbg: 'N-3-15-0',
  diagnosa: 'N18.5',
  procedure: '39.95',
  tgl_pulang: '2024-03-10',
  ...components(50_000),
  tarif_bmhp: 900_000,
  tarif_obat: 300_000,
};
const OTHER_N315: Row = {
  jenis_rawat: 2,
  kode_inacbg: 'N-3-15-0',
  diagnosa: 'Z49.1',
  procedure: null,
  tgl_pulang: '2024-03-10',
  ...components(50_000),
};
const sessions = Array.from({ length: 22 }, (_, i) => {
  const day = `2024-03-${String(1 + i).padStart(2, '0')}`;
  return add(`hd${i}`, { ...HD, tgl_masuk: day, tgl_pulang: day, tarif_obat: 300_000 + 1_000 * i });
});
for (let i = 0; i < 22; i++) add(`hdo${i}`, { ...OTHER_N315, tarif_konsultasi: 50_000 + 1_000 * i });
// one session, so no repeat at its unit: a hit alone only past the drug line's lone ratio (inflated-line-repeat.ts)
expectCase('INFLATED_BILL', add('hdx', { ...HD, tarif_bmhp: 6_000_000, tarif_obat: 900_000 }), sessions[5] as string);
// laboratory, radiology and equipment rental at five times the typhoid stays' share
expectCase(
  'INFLATED_BILL',
  add('inf3', vary({ tarif_laboratorium: 900_000, tarif_radiologi: 900_000, tarif_sewa_alat: 900_000, tarif_penunjang: 400_000 })),
  add('inf4', vary({ tarif_laboratorium: 130_000, tarif_radiologi: 120_000 })),
);

// an intervention billed by the cath lab as a non-surgical procedure fee is done; a token fee split over both is not
expectCase(
  'CANCELLED_SERVICE',
  add('cs7', orif(250_000, { tarif_prosedur_non_bedah: 150_000 })),
  add('cs8', orif(0, { tarif_prosedur_non_bedah: 1_600_000 })),
);
// a dying patient's drugs are no inflated bill; the same bill discharged home is
expectCase(
  'INFLATED_BILL',
  add('inf5', { tarif_obat: 400_000, tarif_alkes: 400_000, tarif_bmhp: 400_000 }),
  add('inf6', { tarif_obat: 400_000, tarif_alkes: 400_000, tarif_bmhp: 400_000, discharge_status: 4 }),
);
// a plate top-up with its operation coded but no device in the bill (issue 11's generalising signal); the near miss
// bills the plate
const plateTopup: Row = { special_cmg: 'RR-03', tarif_special_cmg: 4_800_000, procedure: '79.35' };
const plateNotFitted = add('top3', vary({ ...plateTopup, tarif_alkes: 0 }));
expectCase('INFLATED_BILL', plateNotFitted, add('top4', vary(plateTopup)), 'topup_item_not_billed');
// day surgery: a cataract operation billed with no theatre fee; the near miss bills its fee
const cataract: Row = {
  jenis_rawat: 2,
  kode_inacbg: 'H-2-36-0',
  diagnosa: 'H25.9',
  procedure: '13.41#13.71',
  tgl_masuk: '2024-12-02',
  tgl_pulang: '2024-12-02',
};
expectCase(
  'CANCELLED_SERVICE',
  add('cat1', vary({ ...cataract, tarif_prosedur_bedah: 0, tarif_prosedur_non_bedah: 0 })),
  add('cat2', vary({ ...cataract, tarif_prosedur_bedah: 1_500_000 })),
);

const run = detectorsRunOnce(book);

describe('fraud detectors on hand-built cases: bill content', () => {
  itFiresOnTheCases(book, CASE_TOPICS['billing'] ?? [], run);
});
