// Every detector on hand-built cases that must fire and near misses that must not, including
// the variants the generator does not plant (shifted dates, another doctor, another severity,
// a threshold hugged from above, a clean hospital) and legitimate look-alikes (a flat-fee
// package, a readmission for another condition, a child's fracture, an allergy). One in-memory
// warehouse holds all scenarios (distinct cards), plus ordinary peer claims.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { CBG_SEVERE, FACILITIES, LOS_NORM, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { INACBG } from '../../../data-samples/reference/index.js';
import { FRAUD_DETECTORS, FRAUD_SIGNALS } from './index.js';

const claims: Row[] = [];
const members: Row[] = [];
const deaths: Row[] = [];
const kkpak: Row[] = [];
/** fraud type -> [SEP that must fire, SEP that must not] */
const cases: Record<string, Array<[fire: string, nearMiss: string]>> = {};

function add(card: string, over: Row = {}, memberOver: Row = {}): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, memberOver));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const expectCase = (type: string, fire: string, nearMiss: string): void => {
  (cases[type] ??= []).push([fire, nearMiss]);
};

/** Honest claims never share all 18 tariff components: vary the room component per scenario claim. */
let varied = 0;
const vary = (over: Row = {}): Row => {
  varied++;
  return { tarif_kamar: 100_000 + 40_000 * (varied % 10), tarif_keperawatan: 100_000 + 40_000 * (Math.floor(varied / 10) % 10), ...over };
};

// Ordinary peers: the CBG's drug share and length of stay are set by these.
for (let i = 0; i < 40; i++) add(`peer${i}`, vary());

expectCase(
  'UPCODING',
  add('up1', { kode_inacbg: CBG_SEVERE, diagnosa: 'A01.0#J96.0#R57.0' }),
  add('up2', { kode_inacbg: CBG_SEVERE, diagnosa: 'A01.0#J96.0#I10' }),
);

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

deaths.push({ member_key: 'm_dead', death_date: '2024-02-01', source: 'DUKCAPIL' });
expectCase('PHANTOM_BILLING', add('dead', { tgl_masuk: '2024-03-10' }), add('dead', { tgl_masuk: '2024-01-10' }));
expectCase('PHANTOM_BILLING', add('sep1', { tgl_sep: '2024-03-16' }), add('sep2'));
add('far', { tgl_masuk: '2024-04-01', facility_id: '3171R001' });
const distant = add('far', { tgl_masuk: '2024-04-01', facility_id: '7371R001', jenis_rawat: 2, tgl_pulang: '2024-04-01' });
add('near', { tgl_masuk: '2024-04-01', facility_id: '3171R001' });
expectCase(
  'PHANTOM_BILLING',
  distant,
  add('near', { tgl_masuk: '2024-04-01', facility_id: '3273R001', jenis_rawat: 2, tgl_pulang: '2024-04-01' }),
);
// overlapping stays with shifted dates, 1,300 km apart; the near miss is a transfer on the day the first stay ends
add('far2', vary({ tgl_masuk: '2024-04-01', tgl_pulang: '2024-04-05' }));
const overlapping = add('far2', vary({ tgl_masuk: '2024-04-03', tgl_pulang: '2024-04-07', facility_id: '7371R001' }));
add('far3', vary({ tgl_masuk: '2024-04-01', tgl_pulang: '2024-04-05' }));
expectCase(
  'PHANTOM_BILLING',
  overlapping,
  add('far3', vary({ tgl_masuk: '2024-04-05', tgl_pulang: '2024-04-09', facility_id: '7371R001' })),
);
// a stay after an episode that ended in the member's death (no death record yet); the near miss was discharged home
add('died', vary({ tgl_masuk: '2024-05-01', tgl_pulang: '2024-05-04', discharge_status: 4 }));
const afterDeathEpisode = add('died', vary({ tgl_masuk: '2024-05-20', kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9' }));
add('alive', vary({ tgl_masuk: '2024-05-01', tgl_pulang: '2024-05-04' }));
expectCase(
  'PHANTOM_BILLING',
  afterDeathEpisode,
  add('alive', vary({ tgl_masuk: '2024-05-20', kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9' })),
);

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

add('ub1', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
const split = add('ub1', { tgl_masuk: '2024-03-06', tgl_pulang: '2024-03-08', kode_inacbg: CBG_SEVERE });
add('ub2', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
expectCase('UNBUNDLING', split, add('ub2', { tgl_masuk: '2024-03-08', tgl_pulang: '2024-03-10', kode_inacbg: CBG_SEVERE }));

add('rp1', { tgl_pengajuan: '2024-03-20' });
const repeat = add('rp1', { tgl_pengajuan: '2024-05-01' });
add('rp2', { tgl_pengajuan: '2024-03-20' });
// a second episode of the same group after the first ended is no repeat (it may be a readmission)
expectCase('REPEAT_BILLING', repeat, add('rp2', { tgl_pengajuan: '2024-05-01', tgl_masuk: '2024-03-20', tgl_pulang: '2024-03-24' }));
// resubmitted with dates shifted by a day, regrouped to another severity, under a new SEP
add('rp3', vary({ tgl_pengajuan: '2024-03-20' }));
const shifted = add(
  'rp3',
  vary({ tgl_masuk: '2024-03-11', tgl_pulang: '2024-03-15', kode_inacbg: CBG_SEVERE, tgl_pengajuan: '2024-04-02' }),
);
// the same stay under another card (same birth date and sex); the near miss is another person of another age
add('oc1', vary({ diagnosa: 'J18.9', kode_inacbg: 'J-4-16-I', tgl_masuk: '2024-06-02' }), { birth_date: '1977-07-07' });
const otherCard = add('oc2', vary({ diagnosa: 'J18.0', kode_inacbg: 'J-4-16-II', tgl_masuk: '2024-06-03', tgl_pengajuan: '2024-07-01' }), {
  birth_date: '1977-07-07',
});
const otherPerson = add(
  'oc3',
  vary({ diagnosa: 'J18.0', kode_inacbg: 'J-4-16-II', tgl_masuk: '2024-06-03', tgl_pengajuan: '2024-07-01' }),
  { birth_date: '1988-08-08' },
);
expectCase('REPEAT_BILLING', shifted, otherPerson);
expectCase('REPEAT_BILLING', otherCard, otherPerson);

expectCase('PROLONGED_LOS', add('los1', { tgl_pulang: '2024-03-22' }), add('los2', { tgl_pulang: '2024-03-16' }));

expectCase(
  'ROOM_CLASS',
  add('rc1', { kelas_rawat: 1 }, { care_class: 3 }),
  add(
    'rc2',
    { upgrade_class_ind: 1, upgrade_class_class: 'kelas_1', upgrade_class_payor: 'peserta', upgrade_class_los: 4 },
    { jkn_segment: 'PPU' },
  ),
);

add('ra1', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
const readmit = add('ra1', { tgl_masuk: '2024-03-15' });
add('ra2', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
// a readmission for another condition (pneumonia after typhoid) is care, not a scheme
expectCase('READMISSION', readmit, add('ra2', { tgl_masuk: '2024-03-15', diagnosa: 'J18.9#I10', kode_inacbg: 'J-4-16-I' }));
// regrouped to severity III with a swapped 4th digit: the same clinical group
add('ra3', vary({ tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' }));
expectCase(
  'READMISSION',
  add('ra3', vary({ tgl_masuk: '2024-03-20', kode_inacbg: CBG_SEVERE, diagnosa: 'A01.1#I10' })),
  add('ra2', { tgl_masuk: '2024-03-15', diagnosa: 'J18.9#I10', kode_inacbg: 'J-4-16-I' }),
);

const doubleBilled = add('kk1', { diagnosa: 'S72.0' }, { jkn_segment: 'PPU' });
kkpak.push({
  case_id: 'PLKK1',
  member_key: 'm_kk1',
  employer_id: '12345678',
  accident_date: '2024-03-10',
  reported_date: '2024-03-11',
  case_type: 'KK',
  location: 'TEMPAT_KERJA',
  outcome: 'SEMBUH',
  days_off: 10,
  nomor_sep: doubleBilled,
  jkk_benefit_paid: 8_000_000,
});
const reported = add('kk2', { diagnosa: 'S72.0' }, { jkn_segment: 'PPU' });
kkpak.push({
  case_id: 'PLKK2',
  member_key: 'm_kk2',
  employer_id: '12345678',
  accident_date: '2024-03-05',
  reported_date: '2024-03-06',
  case_type: 'KK',
  location: 'TEMPAT_KERJA',
  outcome: 'SEMBUH',
  days_off: 10,
  nomor_sep: null,
  jkk_benefit_paid: 2_000_000,
});
expectCase('COB_KKPAK', doubleBilled, reported);
const worker = { jkn_segment: 'PPU', bpjstk_registered_date: '2015-01-01' };
// on a working day (Tuesday 12 March 2024): a lone worker's injury on a rest day is no sign of a work accident
const workday = '2024-03-12';
expectCase(
  'COB_KKPAK',
  add('kk3', { diagnosa: 'S72.0', tgl_masuk: workday }, worker),
  add('kk4', { diagnosa: 'S72.0', tgl_masuk: workday }, { jkn_segment: 'PBI' }),
);
// a child's fracture on a parent's PPU card, and an allergy of a worker, are no work accidents
expectCase(
  'COB_KKPAK',
  add('kk5', { diagnosa: 'S52.5', tgl_masuk: workday }, worker),
  add('kk6', { diagnosa: 'S52.5', tgl_masuk: workday }, { jkn_segment: 'PPU', birth_date: '2016-05-05' }),
);
expectCase(
  'COB_KKPAK',
  add('kk7', { diagnosa: 'T23.2', tgl_masuk: workday }, worker),
  add('kk8', { diagnosa: 'T78.4', tgl_masuk: workday }, worker),
);
// the episode JKK paid under its own SEP, billed to JKN under another SEP a day after the accident
const episodeBilled = add('kk9', vary({ diagnosa: 'S82.2', tgl_masuk: '2024-03-10' }), { jkn_segment: 'PPU' });
kkpak.push({
  case_id: 'PLKK9',
  member_key: 'm_kk9',
  employer_id: '12345678',
  accident_date: '2024-03-09',
  reported_date: '2024-03-09',
  case_type: 'KK',
  location: 'TEMPAT_KERJA',
  outcome: 'SEMBUH',
  days_off: 20,
  nomor_sep: 'JKK-SEP-9',
  jkk_benefit_paid: 9_000_000,
});
expectCase('COB_KKPAK', episodeBilled, reported);

expectCase(
  'PARTICIPANT_ABUSE',
  add('pa1', { diagnosa: 'O80.0' }, { sex: 'L' }),
  add('pa2', { diagnosa: 'O80.0' }, { sex: 'P', birth_date: '1995-01-01' }),
);
// a delivery on a six-year-old's card, and a newborn's code on an adult's
expectCase(
  'PARTICIPANT_ABUSE',
  add('pa3', { diagnosa: 'O80.0' }, { sex: 'P', birth_date: '2018-01-01' }),
  add('pa4', { diagnosa: 'O80.0' }, { sex: 'P', birth_date: '1990-01-01' }),
);
expectCase(
  'PARTICIPANT_ABUSE',
  add('pa5', { diagnosa: 'P59.9' }, { birth_date: '1970-01-01' }),
  add('pa6', { diagnosa: 'P59.9' }, { birth_date: '2024-02-20' }),
);

add('sr1', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-02', discharge_status: 2 });
const referred = claims.at(-1)?.['nomor_sep'] as string;
add('sr1', { tgl_masuk: '2024-03-03', facility_id: '3171R002' });
add('sr2', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05', discharge_status: 2 });
const referredLate = claims.at(-1)?.['nomor_sep'] as string;
add('sr2', { tgl_masuk: '2024-03-06', facility_id: '3171R002' });
expectCase('SELF_REFERRAL', referred, referredLate);

const surgicalCbg = INACBG.find((g) => g.caseType === 1 && g.severity === 'I')?.code ?? 'missing';
expectCase(
  'CANCELLED_SERVICE',
  add('cs1', { kode_inacbg: surgicalCbg, procedure: '79.35', tarif_prosedur_bedah: 0 }),
  add('cs2', { kode_inacbg: surgicalCbg, procedure: '79.35', tarif_prosedur_bedah: 2_800_000 }),
);
// the operation's peers (enough for a median, MIN_PEER_GROUP)
for (let i = 0; i < 20; i++) add(`csp${i}`, vary({ kode_inacbg: surgicalCbg, procedure: '79.35', tarif_prosedur_bedah: 3_000_000 }));
// a fee far below peers (not zero) for the operation billed
expectCase(
  'CANCELLED_SERVICE',
  add('cs3', { kode_inacbg: surgicalCbg, procedure: '79.35', tarif_prosedur_bedah: 20_000 }),
  add('cs4', { kode_inacbg: surgicalCbg, procedure: '79.35', tarif_prosedur_bedah: 2_500_000 }),
);
expectCase(
  'UNNECESSARY_TREATMENT',
  add('un1', { diagnosa: 'J06.9', tgl_pulang: '2024-03-11' }),
  add('un2', { diagnosa: 'J06.9', tgl_pulang: '2024-03-13' }),
);
// Bandung ends seven ventilations just past 96 h and none just before it; Jakarta ends as many on either side
const bunched = Array.from({ length: 7 }, (_, i) =>
  add(`ve${i}`, vary({ facility_id: '3273R001', ventilator_hour: 96 + i, icu_indikator: 1, icu_los: 5 })),
);
const spread = Array.from({ length: 6 }, (_, i) =>
  add(`vj${i}`, vary({ ventilator_hour: i < 3 ? 90 + i : 97 + i, icu_indikator: 1, icu_los: 5 })),
);
expectCase('VENTILATOR', bunched[1] as string, spread[4] as string);
expectCase(
  'VENTILATOR',
  bunched[6] as string,
  add('ve-late', vary({ facility_id: '3273R001', ventilator_hour: 130, icu_indikator: 1, icu_los: 7 })),
);
// Makassar codes twelve severity-III stays of a CBG group its peers code as severity I; Jakarta's own few are no pattern
const upcoded = Array.from({ length: 12 }, (_, i) => add(`us${i}`, vary({ facility_id: '7371R001', kode_inacbg: CBG_SEVERE })));
expectCase('UPCODING', upcoded[0] as string, add('us-jkt', vary({ kode_inacbg: CBG_SEVERE })));

// ---- detectors that compare with case-mix, procedure and workload peers ----
/** Every tariff component set to `each` rupiah (a bill of 18 x each). */
const components = (each: number): Row =>
  Object.fromEntries(
    [
      'tarif_prosedur_non_bedah',
      'tarif_prosedur_bedah',
      'tarif_konsultasi',
      'tarif_tenaga_ahli',
      'tarif_keperawatan',
      'tarif_penunjang',
      'tarif_radiologi',
      'tarif_laboratorium',
      'tarif_pelayanan_darah',
      'tarif_rehabilitasi',
      'tarif_kamar',
      'tarif_rawat_intensif',
      'tarif_obat',
      'tarif_obat_kronis',
      'tarif_obat_kemoterapi',
      'tarif_alkes',
      'tarif_bmhp',
      'tarif_sewa_alat',
    ].map((c) => [c, each]),
  );
const BANDUNG = '3273R001';
const MEDAN = '1271R001';
/** A class A referral hospital: its case-mix peers are class A hospitals. */
const MEDAN_CLASS_A: Row = {
  facility_id: MEDAN,
  facility_type: 'RSU',
  hospital_class: 'A',
  province_code: '12',
  regency_code: '1271',
  ownership: 'PEMERINTAH',
  tariff_region: 2,
  latitude: 3.6,
  longitude: 98.7,
};
const JAKARTA2 = '3171R002';
// pneumonia at class C (Bandung) and class A (Medan): severity I stays of 4 days, severity III stays of 8 days
// costing twice as much, and class A hospitals spending more on both
for (let i = 0; i < 20; i++) {
  add(`pnC1-${i}`, { facility_id: BANDUNG, kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9', ...components(100_000 + 1_000 * i) });
  add(`pnC3-${i}`, {
    facility_id: BANDUNG,
    kode_inacbg: 'J-4-16-III',
    diagnosa: 'J18.9#J96.0',
    tgl_pulang: '2024-03-18',
    ...components(250_000 + 1_000 * i),
  });
  add(`pnA1-${i}`, { facility_id: MEDAN, kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9', ...components(250_000 + 1_000 * i) });
  add(`pnA3-${i}`, {
    facility_id: MEDAN,
    kode_inacbg: 'J-4-16-III',
    diagnosa: 'J18.9#J96.0',
    tgl_pulang: '2024-03-18',
    ...components(600_000 + 1_000 * i),
  });
}
// severity III at class C billed like its severity I stays; the class A stay costs what a class C severity III
// stay costs, which is more than a class A severity I stay: its severity is supported against its own class
const unsupportedSeverity = add('upr1', {
  facility_id: BANDUNG,
  kode_inacbg: 'J-4-16-III',
  diagnosa: 'J18.9#J96.0',
  ...components(95_000),
});
const classAStay = add('upr2', {
  facility_id: MEDAN,
  kode_inacbg: 'J-4-16-III',
  diagnosa: 'J18.9#J96.0',
  tgl_pulang: '2024-03-16',
  ...components(300_000),
});
expectCase('UPCODING', unsupportedSeverity, classAStay);
// sepsis as primary diagnosis on a 2-day, cheap stay sent home; the near miss is a short stay in intensive care
for (let i = 0; i < 5; i++)
  add(`sep${i}`, { kode_inacbg: 'A-4-10-III', diagnosa: 'A41.9', tgl_pulang: '2024-03-18', ...components(400_000) });
expectCase(
  'UPCODING',
  add('sepx1', { kode_inacbg: 'A-4-10-III', diagnosa: 'A41.9', tgl_pulang: '2024-03-12', ...components(80_000) }),
  add('sepx2', {
    kode_inacbg: 'A-4-10-III',
    diagnosa: 'A41.9',
    tgl_pulang: '2024-03-12',
    icu_indikator: 1,
    icu_los: 2,
    ...components(400_000),
  }),
);

// Jakarta 2 (a clean history) keeps four typhoid stays to 7 days, beyond the peers' 90th percentile but under the
// claim-level cut (1.75x the norm); Makassar has one such stay, which is no pattern
const longStays = Array.from({ length: 4 }, (_, i) => add(`ls${i}`, vary({ facility_id: JAKARTA2, tgl_pulang: '2024-03-17' })));
expectCase('PROLONGED_LOS', longStays[2] as string, add('ls-mks', vary({ facility_id: '7371R001', tgl_pulang: '2024-03-17' })));

// a 2-day admission for dyspepsia; the near miss is a 2-day stay for appendicitis (no outpatient condition)
expectCase(
  'UNNECESSARY_TREATMENT',
  add('un3', { diagnosa: 'K30', tgl_pulang: '2024-03-12' }),
  add('un4', { diagnosa: 'K35.8', tgl_pulang: '2024-03-12' }),
);

// the claim itself records that the operation was not carried out; the near miss codes Z53.8 with no operation billed
expectCase(
  'CANCELLED_SERVICE',
  add('cs5', { kode_inacbg: surgicalCbg, procedure: '79.35', diagnosa: 'S72.0#Z53.8', tarif_prosedur_bedah: 1_500_000 }),
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
const sessions = Array.from({ length: 22 }, (_, i) =>
  add(`hd${i}`, {
    ...HD,
    tgl_masuk: `2024-03-${String(1 + i).padStart(2, '0')}`,
    tgl_pulang: `2024-03-${String(1 + i).padStart(2, '0')}`,
    tarif_obat: 300_000 + 1_000 * i,
  }),
);
for (let i = 0; i < 22; i++) add(`hdo${i}`, { ...OTHER_N315, tarif_konsultasi: 50_000 + 1_000 * i });
expectCase('INFLATED_BILL', add('hdx', { ...HD, tarif_bmhp: 2_700_000, tarif_obat: 900_000 }), sessions[5] as string);
// laboratory, radiology and equipment rental at five times the typhoid stays' share
expectCase(
  'INFLATED_BILL',
  add('inf3', vary({ tarif_laboratorium: 900_000, tarif_radiologi: 900_000, tarif_sewa_alat: 900_000, tarif_penunjang: 400_000 })),
  add('inf4', vary({ tarif_laboratorium: 130_000, tarif_radiologi: 120_000 })),
);

// an outpatient visit on Monday whose SEP was issued six working days later; the near miss is an emergency stay from
// Friday to Saturday whose SEP followed on Monday, within the three working days allowed
expectCase(
  'PHANTOM_BILLING',
  add('sep3', {
    jenis_rawat: 2,
    tgl_masuk: '2024-03-04',
    tgl_pulang: '2024-03-04',
    tgl_sep: '2024-03-12',
    kode_inacbg: 'Q-5-42-0',
    diagnosa: 'J06.9',
  }),
  add('sep4', { tgl_masuk: '2024-03-08', tgl_pulang: '2024-03-09', tgl_sep: '2024-03-11' }),
);
// one doctor with 45 outpatient claims on a day (the national norm is a handful); another with 38 stays under the floor
const busy = Array.from({ length: 45 }, (_, i) =>
  add(
    `dv${i}`,
    vary({
      jenis_rawat: 2,
      facility_id: JAKARTA2,
      kode_dpjp: 'DBUSY',
      tgl_masuk: '2024-06-11',
      tgl_pulang: '2024-06-11',
      kode_inacbg: 'Q-5-44-0',
      diagnosa: 'I10',
    }),
  ),
);
const notBusy = Array.from({ length: 38 }, (_, i) =>
  add(
    `dn${i}`,
    vary({
      jenis_rawat: 2,
      facility_id: JAKARTA2,
      kode_dpjp: 'DSTEADY',
      tgl_masuk: '2024-06-12',
      tgl_pulang: '2024-06-12',
      kode_inacbg: 'Q-5-44-0',
      diagnosa: 'I10',
    }),
  ),
);
expectCase('PHANTOM_BILLING', busy[44] as string, notBusy[37] as string);
// links: one doctor billing in Jakarta and Makassar (1,400 km) on the same day; the near miss works at two Jakarta hospitals
add(
  'dt1',
  vary({
    jenis_rawat: 2,
    kode_dpjp: 'DTRAVEL',
    tgl_masuk: '2024-07-01',
    tgl_pulang: '2024-07-01',
    kode_inacbg: 'Q-5-44-0',
    diagnosa: 'I10',
  }),
);
const travelling = add(
  'dt2',
  vary({
    jenis_rawat: 2,
    facility_id: '7371R001',
    kode_dpjp: 'DTRAVEL',
    tgl_masuk: '2024-07-01',
    tgl_pulang: '2024-07-01',
    kode_inacbg: 'Q-5-44-0',
    diagnosa: 'I10',
  }),
);
add(
  'dt3',
  vary({ jenis_rawat: 2, kode_dpjp: 'DNEAR', tgl_masuk: '2024-07-01', tgl_pulang: '2024-07-01', kode_inacbg: 'Q-5-44-0', diagnosa: 'I10' }),
);
expectCase(
  'PHANTOM_BILLING',
  travelling,
  add(
    'dt4',
    vary({
      jenis_rawat: 2,
      facility_id: JAKARTA2,
      kode_dpjp: 'DNEAR',
      tgl_masuk: '2024-07-01',
      tgl_pulang: '2024-07-01',
      kode_inacbg: 'Q-5-44-0',
      diagnosa: 'I10',
    }),
  ),
);

// a work accident reported to e-PLKK without a SEP, and the JKN stay for the injury the next day
const noSepEpisode = add('kk10', vary({ diagnosa: 'S82.2', tgl_masuk: '2024-03-10' }), { jkn_segment: 'PPU' });
kkpak.push({
  case_id: 'PLKK10',
  member_key: 'm_kk10',
  employer_id: '12345678',
  accident_date: '2024-03-09',
  reported_date: '2024-03-10',
  case_type: 'KK',
  location: 'TEMPAT_KERJA',
  outcome: 'SEMBUH',
  days_off: 14,
  nomor_sep: null,
  jkk_benefit_paid: 3_000_000,
});
expectCase('COB_KKPAK', noSepEpisode, reported);

// chronic drugs collected five times in 60 days at two hospitals; the near miss collects monthly at two hospitals
const RX: Row = { jenis_rawat: 2, kode_inacbg: 'Q-5-44-0', diagnosa: 'E11.9', ...components(20_000), tarif_obat_kronis: 400_000 };
const rx = ['2024-03-01', '2024-03-12', '2024-03-22', '2024-04-02', '2024-04-15'].map((d, i) =>
  add('rx1', vary({ ...RX, tgl_masuk: d, tgl_pulang: d, facility_id: i % 2 ? JAKARTA2 : '3171R001' })),
);
const monthly = ['2024-03-01', '2024-03-31', '2024-04-30', '2024-05-30'].map((d, i) =>
  add('rx2', vary({ ...RX, tgl_masuk: d, tgl_pulang: d, facility_id: i % 2 ? JAKARTA2 : '3171R001' })),
);
expectCase('PARTICIPANT_ABUSE', rx[4] as string, monthly[3] as string);

// ventilation at a clean ICU (Jakarta 2): six stays billed at 98-104 h; spread-out hours at a referral hospital
for (let i = 0; i < 200; i++) add(`vs${i}`, vary({ facility_id: MEDAN, ventilator_hour: 20 + i, icu_indikator: 1, icu_los: 6 }));
const hugged = Array.from({ length: 6 }, (_, i) =>
  add(`vh${i}`, vary({ facility_id: JAKARTA2, ventilator_hour: 98 + i, icu_indikator: 1, icu_los: 5 })),
);
expectCase(
  'VENTILATOR',
  hugged[3] as string,
  add('vs-near', vary({ facility_id: '7371R001', ventilator_hour: 98, icu_indikator: 1, icu_los: 5 })),
);
// Makassar writes its long ventilations as whole days (120 h, 144 h); one whole day among Medan's spread-out hours is chance
const wholeDays = Array.from({ length: 5 }, (_, i) =>
  add(`vw${i}`, vary({ facility_id: '7371R001', ventilator_hour: i % 2 ? 144 : 120, icu_indikator: 1, icu_los: 6 })),
);
expectCase(
  'VENTILATOR',
  wholeDays[0] as string,
  claims.find((c) => c['facility_id'] === MEDAN && c['ventilator_hour'] === 120)?.['nomor_sep'] as string,
);

// a genuine transfer: a medical stay at a class C hospital referred the same day for an intervention the first
// cannot give (a procedural CBG at the receiving hospital) is a step up in care, not a sham referral; a referral
// loop (A -> B -> A) is one whatever the length of the stays
const procedural = INACBG.find((g) => g.caseType === 1 && g.severity === 'I')?.code ?? 'missing';
add('tr1', vary({ tgl_masuk: '2024-08-01', tgl_pulang: '2024-08-01', discharge_status: 2 }));
const transferred = claims.at(-1)?.['nomor_sep'] as string;
add(
  'tr1',
  vary({ tgl_masuk: '2024-08-01', tgl_pulang: '2024-08-05', facility_id: '3171R002', kode_inacbg: procedural, procedure: '36.07' }),
);
add('lp1', vary({ tgl_masuk: '2024-08-10', tgl_pulang: '2024-08-12', discharge_status: 2 }));
const loopMiddle = add('lp1', vary({ tgl_masuk: '2024-08-12', tgl_pulang: '2024-08-15', facility_id: '3171R002', discharge_status: 2 }));
add('lp1', vary({ tgl_masuk: '2024-08-15', tgl_pulang: '2024-08-19' }));
expectCase('SELF_REFERRAL', loopMiddle, transferred);
// a PBI member (class 3 by law, no upgrade) billed at class 1 is proof; a PBPU member billed in the class paid for is not
const pbiAbove = add('pbi1', vary({ kelas_rawat: 1 }), { jkn_segment: 'PBI', care_class: 3 });
expectCase('ROOM_CLASS', pbiAbove, add('pbpu1', vary({ kelas_rawat: 1 }), { jkn_segment: 'PBPU', care_class: 1 }));
// an intervention billed by the cath lab as a non-surgical procedure fee is done; a token fee split over both is not
expectCase(
  'CANCELLED_SERVICE',
  add('cs7', { kode_inacbg: surgicalCbg, procedure: '79.35', tarif_prosedur_bedah: 250_000, tarif_prosedur_non_bedah: 150_000 }),
  add('cs8', { kode_inacbg: surgicalCbg, procedure: '79.35', tarif_prosedur_bedah: 0, tarif_prosedur_non_bedah: 1_600_000 }),
);
// a dying patient's drugs are no inflated bill; the same bill discharged home is
expectCase(
  'INFLATED_BILL',
  add('inf5', { tarif_obat: 400_000, tarif_alkes: 400_000, tarif_bmhp: 400_000 }),
  add('inf6', { tarif_obat: 400_000, tarif_alkes: 400_000, tarif_bmhp: 400_000, discharge_status: 4 }),
);

// red team, round 3: a stay going on past the registered death and discharged home; the near miss died in it
deaths.push(
  { member_key: 'm_dad1', death_date: '2024-07-05', source: 'DUKCAPIL' },
  { member_key: 'm_dad2', death_date: '2024-07-05', source: 'DUKCAPIL' },
);
expectCase(
  'PHANTOM_BILLING',
  add('dad1', vary({ tgl_masuk: '2024-07-02', tgl_pulang: '2024-07-08' })),
  add('dad2', vary({ tgl_masuk: '2024-07-02', tgl_pulang: '2024-07-05', discharge_status: 4 })),
);
// chemotherapy cycles admitted by protocol every three weeks are planned care, not readmissions
const chemoCycle: Row = { kode_inacbg: 'C-4-12-I', diagnosa: 'Z51.1#C50.9', procedure: '99.25', tarif_obat_kronis: 0 };
add('chm1', vary({ ...chemoCycle, tgl_masuk: '2024-06-01', tgl_pulang: '2024-06-03' }));
expectCase('READMISSION', readmit, add('chm1', vary({ ...chemoCycle, tgl_masuk: '2024-06-22', tgl_pulang: '2024-06-24' })));
// a plate top-up with its operation coded but no device in the bill; the near miss bills the plate
const plateTopup: Row = { special_cmg: 'RR-03', tarif_special_cmg: 4_800_000, procedure: '79.35' };
const plateNotFitted = add('top3', vary({ ...plateTopup, tarif_alkes: 0 }));
expectCase('INFLATED_BILL', plateNotFitted, add('top4', vary(plateTopup)));

// ---- generalising signals of issue 11 (red-team known misses): hit and near miss each ----
/** A class C hospital in Tegal, 270 km from Jakarta: too far for one surgeon's two operating lists on one day. */
const TEGAL: Row = {
  facility_id: '3376R001',
  facility_type: 'RSU',
  hospital_class: 'C',
  province_code: '33',
  regency_code: '3376',
  ownership: 'SWASTA',
  tariff_region: 1,
  latitude: -6.87,
  longitude: 109.14,
};
// an echocardiogram of the stay billed again as an outpatient visit inside it; the near miss is the control visit on
// the day of discharge
add(
  'usv1',
  vary({ tgl_masuk: '2024-09-01', tgl_pulang: '2024-09-05', kode_inacbg: 'I-4-12-II', diagnosa: 'I50.0#I10', procedure: '89.52#88.72' }),
);
const stayServiceVisit = add(
  'usv1',
  vary({
    jenis_rawat: 2,
    tgl_masuk: '2024-09-03',
    tgl_pulang: '2024-09-03',
    kode_inacbg: 'I-5-16-0',
    diagnosa: 'I11.9',
    procedure: '88.72',
  }),
);
add(
  'usv2',
  vary({ tgl_masuk: '2024-09-01', tgl_pulang: '2024-09-05', kode_inacbg: 'I-4-12-II', diagnosa: 'I50.0#I10', procedure: '89.52#88.72' }),
);
const dischargeDayControl = add(
  'usv2',
  vary({
    jenis_rawat: 2,
    tgl_masuk: '2024-09-05',
    tgl_pulang: '2024-09-05',
    kode_inacbg: 'I-5-16-0',
    diagnosa: 'I11.9',
    procedure: '88.72',
  }),
);
expectCase('UNBUNDLING', stayServiceVisit, dischargeDayControl);
// the gallstone ultrasound billed as a visit on the day of the cholecystectomy admission; the near miss is an eye visit that day
const openingVisit = add(
  'uad1',
  vary({
    jenis_rawat: 2,
    tgl_masuk: '2024-09-10',
    tgl_pulang: '2024-09-10',
    kode_inacbg: 'K-5-14-0',
    diagnosa: 'K80.2',
    procedure: '88.76',
  }),
);
add('uad1', vary({ tgl_masuk: '2024-09-10', tgl_pulang: '2024-09-14', kode_inacbg: 'B-1-10-I', diagnosa: 'K80.2', procedure: '51.23' }));
const otherConditionVisit = add(
  'uad2',
  vary({ jenis_rawat: 2, tgl_masuk: '2024-09-10', tgl_pulang: '2024-09-10', kode_inacbg: 'H-5-14-0', diagnosa: 'H52.1' }),
);
add('uad2', vary({ tgl_masuk: '2024-09-10', tgl_pulang: '2024-09-14', kode_inacbg: 'B-1-10-I', diagnosa: 'K80.2', procedure: '51.23' }));
expectCase('UNBUNDLING', openingVisit, otherConditionVisit);
// a typhoid stay ended after 2 days (its peers keep 4) and resumed 4 days later; the near miss stayed its 4 days
add('cut1', vary({ tgl_masuk: '2024-05-01', tgl_pulang: '2024-05-03' }));
const cutShort = add('cut1', vary({ tgl_masuk: '2024-05-07', tgl_pulang: '2024-05-10' }));
add('cut2', vary({ tgl_masuk: '2024-05-01', tgl_pulang: '2024-05-05' }));
expectCase('UNBUNDLING', cutShort, add('cut2', vary({ tgl_masuk: '2024-05-09', tgl_pulang: '2024-05-12' })));
// a sister hospital bills the same tonsillectomy stay three weeks later; the near miss is a transfer the day the first stay ends
add(
  'sof1',
  vary({
    tgl_masuk: '2024-10-01',
    tgl_pulang: '2024-10-03',
    kode_inacbg: 'U-1-13-I',
    diagnosa: 'J35.0',
    procedure: '28.2',
    tarif_obat_kronis: 0,
    tgl_pengajuan: '2024-10-08',
  }),
);
const sisterRepeat = add(
  'sof1',
  vary({
    facility_id: JAKARTA2,
    tgl_masuk: '2024-10-01',
    tgl_pulang: '2024-10-03',
    kode_inacbg: 'U-1-13-I',
    diagnosa: 'J35.0',
    procedure: '28.2',
    tarif_obat_kronis: 0,
    tgl_pengajuan: '2024-10-29',
  }),
);
add(
  'sof2',
  vary({
    tgl_masuk: '2024-10-01',
    tgl_pulang: '2024-10-03',
    discharge_status: 2,
    kode_inacbg: 'U-1-13-I',
    diagnosa: 'J35.0',
    procedure: '28.2',
    tarif_obat_kronis: 0,
  }),
);
const sameDayTransfer = add(
  'sof2',
  vary({
    facility_id: JAKARTA2,
    tgl_masuk: '2024-10-03',
    tgl_pulang: '2024-10-06',
    kode_inacbg: 'U-1-13-I',
    diagnosa: 'J35.0',
    procedure: '28.2',
    tarif_obat_kronis: 0,
  }),
);
expectCase('REPEAT_BILLING', sisterRepeat, sameDayTransfer);
// a Jakarta surgeon's name on an appendectomy in Tegal on a day of two operations in Jakarta; the near miss operates at
// two Jakarta hospitals 8 km apart
const appendectomy: Row = {
  kode_inacbg: 'K-1-12-I',
  diagnosa: 'K35.8',
  procedure: '47.09',
  tgl_masuk: '2024-11-05',
  tgl_pulang: '2024-11-08',
  tarif_prosedur_bedah: 3_000_000,
};
add('sg1', vary({ ...appendectomy, kode_dpjp: 'DSURG1' }));
add('sg2', vary({ ...appendectomy, kode_dpjp: 'DSURG1' }));
const borrowedSurgeon = add('sg3', vary({ ...appendectomy, kode_dpjp: 'DSURG1', facility_id: '3376R001' }));
add('sg4', vary({ ...appendectomy, kode_dpjp: 'DSURG2' }));
const nearbyTheatre = add('sg5', vary({ ...appendectomy, kode_dpjp: 'DSURG2', facility_id: JAKARTA2 }));
expectCase('PHANTOM_BILLING', borrowedSurgeon, nearbyTheatre);
// infarction coded on stays billed like Bandung's angina stays; the near miss is an infarction stay with an infarction's care
for (let i = 0; i < 20; i++) {
  add(`ami${i}`, {
    facility_id: BANDUNG,
    kode_inacbg: 'I-4-10-I',
    diagnosa: 'I21.9',
    procedure: '89.52#88.72',
    tgl_pulang: '2024-03-15',
    ...components(300_000 + 5_000 * i),
  });
  add(`ang${i}`, {
    facility_id: BANDUNG,
    kode_inacbg: 'I-4-17-I',
    diagnosa: 'I20.9',
    procedure: '89.52',
    tgl_pulang: '2024-03-13',
    ...components(100_000 + 5_000 * i),
  });
}
expectCase(
  'UPCODING',
  add('amix1', {
    facility_id: BANDUNG,
    kode_inacbg: 'I-4-10-I',
    diagnosa: 'I21.9',
    procedure: '89.52',
    tgl_pulang: '2024-03-12',
    ...components(95_000),
  }),
  add('amix2', {
    facility_id: BANDUNG,
    kode_inacbg: 'I-4-10-I',
    diagnosa: 'I21.9',
    procedure: '89.52#88.72',
    tgl_pulang: '2024-03-12',
    ...components(310_000),
  }),
);
// Makassar's severity-III mix above its peers names its stays without intensive care, not a ventilated one
expectCase(
  'UPCODING',
  upcoded[1] as string,
  add('us-vent', vary({ facility_id: '7371R001', kode_inacbg: CBG_SEVERE, icu_indikator: 1, icu_los: 2, ventilator_hour: 30 })),
);
// twelve days in a ward is a stretched stay; twelve days of which eight in intensive care is not
expectCase(
  'PROLONGED_LOS',
  add('los3', vary({ tgl_pulang: '2024-03-22' })),
  add('los-icu', vary({ facility_id: '7371R001', tgl_pulang: '2024-03-22', icu_indikator: 1, icu_los: 8 })),
);
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
// febrile convulsions on a 60-year-old's card; the near miss is a toddler's
expectCase(
  'PARTICIPANT_ABUSE',
  add('fc1', vary({ kode_inacbg: 'G-4-15-I', diagnosa: 'R56.0#R50.9' }), { birth_date: '1964-02-02' }),
  add('fc2', vary({ kode_inacbg: 'G-4-15-I', diagnosa: 'R56.0#R50.9' }), { birth_date: '2021-06-06' }),
);

let run: DetectorRun | undefined;
let w: Warehouse;
let hits: Array<{
  fraud_type: string;
  signal: string;
  strength: string;
  nomor_sep: string;
  amount_at_risk: bigint;
  evidence_en: string;
  evidence_id: string;
}>;

beforeAll(async () => {
  run = await runDetectors({
    facilities: [...Object.values(FACILITIES), MEDAN_CLASS_A, TEGAL],
    members,
    claims,
    deaths,
    kkpak_cases: kkpak,
  });
  w = run.warehouse;
  hits = await w.query('SELECT fraud_type, signal, strength, nomor_sep, amount_at_risk, evidence_en, evidence_id FROM fraud_detector_hits');
}, 60_000);

afterAll(async () => {
  await run?.close();
});

describe('fraud detectors on hand-built cases', () => {
  it('covers every taxonomy code of DOMAIN.md section 3, each typed with names and sourced thresholds', () => {
    expect(FRAUD_DETECTORS.map((d) => d.code).sort()).toEqual([
      'CANCELLED_SERVICE',
      'CLONING',
      'COB_KKPAK',
      'INFLATED_BILL',
      'PARTICIPANT_ABUSE',
      'PHANTOM_BILLING',
      'PROLONGED_LOS',
      'READMISSION',
      'REPEAT_BILLING',
      'ROOM_CLASS',
      'SELF_REFERRAL',
      'UNBUNDLING',
      'UNNECESSARY_TREATMENT',
      'UPCODING',
      'VENTILATOR',
    ]);
    for (const d of FRAUD_DETECTORS) {
      expect(d.nameId.length).toBeGreaterThan(5);
      expect(d.nameEn.length).toBeGreaterThan(5);
      for (const t of Object.values(d.thresholds)) expect(t.source.length).toBeGreaterThan(10);
    }
  });

  it('declares every signal a detector emits, each certain or suspicious', () => {
    const declared = new Set(FRAUD_SIGNALS.map((x) => `${x.fraudType}/${x.signal}`));
    for (const h of hits) expect(declared.has(`${h.fraud_type}/${h.signal}`), `${h.fraud_type}/${h.signal}`).toBe(true);
    for (const x of FRAUD_SIGNALS) expect(['certain', 'suspicious']).toContain(x.strength);
    const strengthOf = (type: string, signal: string): string | undefined =>
      FRAUD_SIGNALS.find((x) => x.fraudType === type && x.signal === signal)?.strength;
    expect(strengthOf('PHANTOM_BILLING', 'service_after_death')).toBe('certain');
    expect(strengthOf('COB_KKPAK', 'kkpak_case_billed_to_jkn')).toBe('certain');
    expect(strengthOf('COB_KKPAK', 'wage_earner_trauma_without_eplkk')).toBe('suspicious');
    expect(strengthOf('ROOM_CLASS', 'pbi_billed_above_class_3')).toBe('certain');
    expect(hits.find((h) => h.nomor_sep === pbiAbove && h.fraud_type === 'ROOM_CLASS')?.signal).toBe('pbi_billed_above_class_3');
    expect(hits.find((h) => h.nomor_sep === loopMiddle && h.fraud_type === 'SELF_REFERRAL' && h.signal === 'referral_loop')).toBeDefined();
    for (const h of hits) expect(h.strength).toBe(strengthOf(h.fraud_type, h.signal));
  });

  it('gives each hand-built case a scenario', () => {
    expect(Object.keys(cases).sort()).toEqual(FRAUD_DETECTORS.map((d) => d.code).sort());
    expect(LOS_NORM).toBe(4);
  });

  for (const d of FRAUD_DETECTORS) {
    it(`${d.code}: fires on the case, not on the near miss, with evidence and an amount at risk`, () => {
      for (const [fire, nearMiss] of cases[d.code] ?? []) {
        const mine = hits.filter((h) => h.fraud_type === d.code);
        const hit = mine.find((h) => h.nomor_sep === fire);
        expect(hit, `${d.code} should fire on ${fire}`).toBeDefined();
        expect(Number(hit?.amount_at_risk)).toBeGreaterThan(0);
        expect(hit?.evidence_en.length).toBeGreaterThan(10);
        expect(hit?.evidence_id.length).toBeGreaterThan(10);
        expect(
          mine.some((h) => h.nomor_sep === nearMiss),
          `${d.code} must not fire on ${nearMiss}`,
        ).toBe(false);
      }
    });
  }

  it('names the generalising signals of the red-team misses on their cases', () => {
    const signalOn = (sep: string, type: string): string[] =>
      hits.filter((h) => h.nomor_sep === sep && h.fraud_type === type).map((h) => h.signal);
    expect(signalOn(stayServiceVisit, 'UNBUNDLING')).toContain('stay_service_billed_again_as_visit');
    expect(signalOn(openingVisit, 'UNBUNDLING')).toContain('visit_opening_admission_same_condition');
    expect(signalOn(cutShort, 'UNBUNDLING')).toContain('stay_cut_short_and_resumed');
    expect(signalOn(plateNotFitted, 'INFLATED_BILL')).toContain('topup_item_not_billed');
    expect(signalOn(sisterRepeat, 'REPEAT_BILLING')).toContain('same_episode_other_facility');
    expect(signalOn(borrowedSurgeon, 'PHANTOM_BILLING')).toContain('surgeon_operating_at_distant_facilities');
    // the surgeon's own list (two operations that day) is where the surgeon was
    const ownList = claims.filter((c) => c['kode_dpjp'] === 'DSURG1' && c['facility_id'] === '3171R001').map((c) => String(c['nomor_sep']));
    for (const sep of ownList) expect(signalOn(sep, 'PHANTOM_BILLING')).not.toContain('surgeon_operating_at_distant_facilities');
    const certainOf = (sep: string): string[] => hits.filter((h) => h.nomor_sep === sep && h.strength === 'certain').map((h) => h.signal);
    expect(certainOf(stayServiceVisit)).toEqual(['stay_service_billed_again_as_visit']);
    expect(certainOf(sisterRepeat)).toEqual(['same_episode_other_facility']);
  });

  it('names the distant facility and the other claim as evidence of phantom billing', () => {
    const hit = hits.find((h) => h.nomor_sep === distant && h.fraud_type === 'PHANTOM_BILLING');
    expect(hit?.evidence_en).toMatch(/3171R001 during the same days \(2024-04-01 to 2024-04-01\), \d+ km away/);
  });
});
